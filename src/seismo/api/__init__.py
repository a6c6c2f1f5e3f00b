"""The REST API and dashboard server: ``create_app(settings)``, served by ``seismo serve``.

Routes, auth and the error shape are described in docs/api.md.
"""

from seismo.api.app import ServerOptions, create_app, open_server_store

__all__ = ["ServerOptions", "create_app", "open_server_store"]
