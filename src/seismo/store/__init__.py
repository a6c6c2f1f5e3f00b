"""Stage 4: the DuckDB store. ``Store.open(path)`` and its methods are the whole public API."""

from seismo.store.filters import EventFilter
from seismo.store.records import DocumentRow, IngestStats, RejectionRow, Summary
from seismo.store.store import Store

__all__ = [
    "DocumentRow",
    "EventFilter",
    "IngestStats",
    "RejectionRow",
    "Store",
    "Summary",
]
