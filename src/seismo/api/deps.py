"""FastAPI dependencies that read the app's state (store, write access).

Reads never write: routes get a read-only view of the store, so an analysis call that
finds the story tables out of date cannot rebuild them on a reader thread. Instead
``get_store`` has the writer thread rebuild them first (DuckDB allows one writer).
"""

from __future__ import annotations

import copy
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import State

from seismo.analysis.stories import ensure_stories
from seismo.store import Store


def read_view(store: Store) -> Store:
    """The same database (same connection, cursor per call) flagged read-only."""
    if store.read_only:
        return store
    view = copy.copy(store)
    view.read_only = True
    return view


async def get_store(request: Request) -> Store:
    """The app's read view, with story events brought up to date by the writer if needed.

    A read-only server's data cannot change under it (DuckDB lets no process write to a
    file opened read-only elsewhere), so only a writable server checks its stories, off
    the event loop.
    """
    state = request.app.state
    reader: Store = state.reader
    if state.store is not reader:
        await run_in_threadpool(_current_stories, state)
    return reader


def _current_stories(state: State) -> None:
    if not state.reader.stories_current():
        state.writer.call(ensure_stories, state.store)


def writable(request: Request) -> bool:
    """Whether this server accepts writes (an API key is configured)."""
    return bool(request.app.state.settings.api_key)


StoreDep = Annotated[Store, Depends(get_store)]
