"""Fixtures: real servers on 127.0.0.1 over real DuckDB files (read-only and writable)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from api_helpers import LiveServer, build_store, serve


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """Read-only server (no API key) over the sample store."""
    db = build_store(tmp_path_factory.mktemp("ro") / "seismo.duckdb")
    with serve(db) as live:
        yield live


@pytest.fixture
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c
