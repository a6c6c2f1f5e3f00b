"""The dashboard: server-rendered pages (``views``), each with a ``.json`` twin of its data."""
