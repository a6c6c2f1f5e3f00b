"""``create_app(settings)``: the API and the dashboard on one FastAPI app.

The app holds one Store (reads open their own cursors, so they run in parallel)
and one writer thread (DuckDB allows one writer). Without an API key the store
is opened read-only and every write is refused.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.concurrency import run_in_threadpool

from seismo import __version__
from seismo.analysis.stories import ensure_stories
from seismo.api.analysis import alerts_page
from seismo.api.auth import RateLimiter
from seismo.api.cache import ResponseCacheMiddleware
from seismo.api.deps import read_view
from seismo.api.errors import error_responses, install_error_handlers
from seismo.api.middleware import GuardMiddleware
from seismo.api.params import check_query_names
from seismo.api.queries import summary_of
from seismo.api.writes import CodeFn, Worker, pipeline_coder
from seismo.config import Settings
from seismo.errors import StoreError
from seismo.store import EventFilter, Store
from seismo.store.snapshot import EventSnapshot
from seismo.web.views import warm as warm_pages

log = logging.getLogger("seismo.api")

DESCRIPTION = """Political events coded from news (PLOVER), with their evidence.

Reads are open. `POST /api/documents` needs the server's API key
(`Authorization: Bearer KEY` or `X-API-Key: KEY`); without a configured key the
server is read-only. Every error has the body
`{"ok": false, "error": "...", "errors": ["..."], "status": 404}`."""


class ServerOptions(BaseSettings):
    """Knobs of the HTTP layer only (env ``SEISMO_SERVER_*``); the rest is in ``Settings``."""

    model_config = SettingsConfigDict(env_prefix="SEISMO_SERVER_", extra="ignore")

    max_body_bytes: int = Field(default=5 * 1024 * 1024, ge=1)
    write_rate: float = Field(default=1.0, gt=0, description="write requests per second per client")
    write_burst: int = Field(default=10, ge=1, description="writes a client may make at once")
    cors_origins: list[str] = Field(default_factory=list, description="empty: CORS off")
    response_cache_mb: float = Field(
        default=64, ge=0, description="memory for repeated GET answers (per data version); 0: off"
    )
    snapshot_mb: float = Field(
        default=128,
        ge=0,
        description="a read-only server keeps its events in memory for /api/events if they fit; 0: off",
    )
    index_mb: float = Field(
        default=512,
        ge=0,
        description="when the events' JSON does not fit snapshot_mb, a read-only server keeps their filter "
        "columns and word index (~150 bytes an event) in memory if they fit this; 0: off",
    )
    db_threads: int = Field(
        default=1, ge=0, description="DuckDB threads per query; 0 keeps DuckDB's default (all cores)"
    )


def open_server_store(settings: Settings) -> Store:
    """Read-write with an API key; otherwise read-only. Either way with current story events.

    A read-only store cannot create, migrate or rebuild its story tables, so when it
    needs any of that the file is opened read-write once first.
    """
    path = Path(settings.db)
    if settings.api_key:
        store = Store.open(path)
        ensure_stories(store)
        return store
    if path.exists():
        try:
            store = Store.open(path, read_only=True)
        except StoreError as exc:
            if exc.code not in ("S003", "S005"):  # no seismo tables yet, or an older schema
                raise
        else:
            if store.stories_current():
                return store
            store.close()
    with Store.open(path) as writable:
        ensure_stories(writable)
    return Store.open(path, read_only=True)


def create_app(
    settings: Settings,
    options: ServerOptions | None = None,
    *,
    store: Store | None = None,
    code: CodeFn | None = None,
) -> FastAPI:
    """The seismo server; ``store`` (owned by the caller) and ``code`` serve tests and embedding."""
    from seismo.api.routes import router as api_router
    from seismo.api.routes_analysis import router as analysis_router
    from seismo.web.errors import install_html_errors, page_error
    from seismo.web.routes_browse import router as browse_router
    from seismo.web.views import router as web_router

    options = options or ServerOptions()
    app = FastAPI(
        title="seismo",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan(settings, store, options),
        dependencies=[Depends(check_query_names)],  # an unknown query parameter is a 400, on every route
        responses=error_responses(400),
    )
    app.state.settings = settings
    app.state.code = code or pipeline_coder(settings)
    app.state.write_limiter = RateLimiter(options.write_rate, options.write_burst)
    install_error_handlers(app)
    install_html_errors(app)  # the same errors as HTML pages for dashboard URLs
    app.include_router(api_router)
    app.include_router(analysis_router)
    app.include_router(web_router)
    app.include_router(browse_router)
    app.mount("/static", StaticFiles(packages=[("seismo.web", "static")]), name="static")
    if options.response_cache_mb:  # inside CORS: the cached answer must not carry another origin's headers
        app.add_middleware(ResponseCacheMiddleware, max_bytes=int(options.response_cache_mb * 1024 * 1024))
    if options.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=options.cors_origins, allow_methods=["GET"]
        )
    app.add_middleware(GuardMiddleware, max_body_bytes=options.max_body_bytes, error_page=page_error)  # outermost
    return app


INDEX_BYTES_PER_EVENT = 160  # filter columns, row id and ~25 words of an index-only snapshot


def _snapshot(store: Store, megabytes: float, index_megabytes: float = 0) -> EventSnapshot | None:
    """Every event in memory, when the data cannot change (read-only) and they fit; else, if that
    fits, their filter columns and word index only (pages then read their rows by row id)."""
    if not store.frozen:
        return None
    snapshot = EventSnapshot.build(store, int(megabytes * 1024 * 1024)) if megabytes else None
    if snapshot is not None:
        log.info("serving /api/events from memory: %d events, %.0f MB", len(snapshot), snapshot.nbytes / 1e6)
        return snapshot
    n = store.count_events(EventFilter(all_modalities=True, include_duplicates=True))
    if not index_megabytes or n * INDEX_BYTES_PER_EVENT > index_megabytes * 1024 * 1024:
        log.info("events do not fit in %s MB: /api/events pages are read from the store", megabytes)
        return None
    snapshot = EventSnapshot.build(store, 0, index_only=True)
    if snapshot is not None:
        log.info("/api/events pages picked in memory (%d events, %.0f MB index), rows read from the store",
                 len(snapshot), snapshot.index_bytes / 1e6)
    return snapshot


def app_from_environment() -> FastAPI:
    """App factory for ``seismo serve --workers N``: each worker process builds its own app
    (and opens the store read-only) from the ``SEISMO_*`` environment."""
    return create_app(Settings())


def warm_caches(store: Store) -> None:
    """Compute the aggregates every dashboard view needs before the first one is asked for.

    A store whose story tables are out of date is left alone: the first read rebuilds them.
    """
    if store.stories_current():
        summary_of(store)
        alerts_page(store, None, 1)


def _lifespan(settings: Settings, given: Store | None, options: ServerOptions):  # type: ignore[no-untyped-def]
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = given or open_server_store(settings)
        app.state.store = store
        app.state.reader = read_view(store)
        app.state.snapshot = None
        try:
            store.configure_for_serving(options.db_threads)
            await run_in_threadpool(warm_caches, app.state.reader)
            await run_in_threadpool(warm_pages, app.state.reader)
            app.state.snapshot = await run_in_threadpool(_snapshot, app.state.reader, options.snapshot_mb,
                                                         options.index_mb)
        except Exception:  # still serve: the first request computes (or reports) the same
            log.warning("could not prepare the store for serving", exc_info=True)
        app.state.writer = Worker("seismo-writer")
        app.state.coder = Worker("seismo-coder")
        try:
            yield
        finally:
            app.state.coder.close()
            app.state.writer.close()
            if given is None:
                store.close()

    return lifespan
