"""`seismo serve`: the REST API and the dashboard, served by uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from seismo.cli import DbOpt, _settings, app, err


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on (default loopback only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the API (/api, docs at /docs) and the dashboard (/); writes need SEISMO_API_KEY."""
    import uvicorn

    from seismo.api.app import create_app, open_server_store

    settings = _settings(db)
    store = open_server_store(settings)  # fail here, with one line, if the store cannot be opened
    mode = "read-write (API key set)" if settings.api_key else "read-only (no SEISMO_API_KEY)"
    err.print(f"serving {settings.db} {mode} on http://{host}:{port}/", highlight=False)
    try:
        uvicorn.run(
            create_app(settings, store=store),
            host=host,
            port=port,
            log_level="info",
            server_header=False,
            proxy_headers=False,
        )
    finally:
        store.close()
