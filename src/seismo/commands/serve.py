"""`seismo serve`: the REST API and the dashboard, served by uvicorn."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from seismo.commands.options import DbOpt, _settings, app, err
from seismo.errors import Errors, StoreError


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on (default loopback only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(min=1, max=64, help="Server processes (more than 1 only without SEISMO_API_KEY)."),
    ] = 1,
    access_log: Annotated[bool, typer.Option(help="Log every request.")] = True,
) -> None:
    """Serve the API (/api, docs at /docs) and the dashboard (/); writes need SEISMO_API_KEY."""
    import uvicorn

    from seismo.server import create_app, open_server_store

    settings = _settings(db)
    if workers > 1 and settings.api_key:
        raise StoreError(Errors.S010, "S010")
    store = open_server_store(settings)  # fail here, with one line, if the store cannot be opened
    mode = "read-write (API key set)" if settings.api_key else "read-only (no SEISMO_API_KEY)"
    processes = f" in {workers} processes" if workers > 1 else ""
    err.print(f"serving {settings.db} {mode}{processes} on http://{host}:{port}/", highlight=False)
    options = {"host": host, "port": port, "log_level": "info", "access_log": access_log,
               "server_header": False, "proxy_headers": False}  # fmt: skip
    if workers > 1:  # each process opens the file read-only itself (DuckDB allows many readers)
        store.close()
        os.environ["SEISMO_DB"] = str(settings.db)
        uvicorn.run("seismo.server:app_from_environment", factory=True, workers=workers, **options)
        return
    try:
        uvicorn.run(create_app(settings, store=store), **options)  # type: ignore[arg-type]
    finally:
        store.close()
