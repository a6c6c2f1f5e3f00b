"""The events list reads the same pages from a read-only server's in-memory index as from DuckDB."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
from api_helpers import build_store, bulk_documents, make_doc, sample_documents, serve

pytestmark = pytest.mark.serial

QUERIES = ["", "?page=2", "?page=12", "?country=PAK", "?country=PAK&page=3", "?q=shelled+Kharkiv",
           "?q=assault&since=2024-02-20", "?type=ACCUSE&until=2024-02-01&page=2", "?actor=USA&q=aid",
           "?q=nosuchword"]  # fmt: skip


def test_the_memory_index_and_duckdb_give_the_same_pages(tmp_path: Path) -> None:
    undated = [make_doc(f"undated-{n}", "Wire One", dt.date(2024, 3, 1), [
        (f"ev-undated-{n}", "ASSAULT", 4, -10.0, "PAK", "IND", None, f"Pakistan shelled posts, report {n} said.")])
        for n in range(3)]  # fmt: skip
    db = build_store(tmp_path / "db.duckdb", [*sample_documents(), *bulk_documents(), *undated])
    with serve(db) as memory, serve(db, snapshot_mb=0, index_mb=0, response_cache_mb=0) as plain:
        assert memory.app.state.snapshot is not None and plain.app.state.snapshot is None
        for query in QUERIES:
            a = httpx.get(f"{memory.url}/events.json{query}", timeout=30)
            b = httpx.get(f"{plain.url}/events.json{query}", timeout=30)
            assert a.status_code == b.status_code == 200
            assert a.json() == b.json(), query
        last = httpx.get(f"{memory.url}/events.json?country=PAK&page=999").json()
        assert last["events"] == []
        pages = last["paging"]["pages"]
        tail = httpx.get(f"{memory.url}/events.json?country=PAK&page={pages}").json()["events"]
        assert [e["event_id"] for e in tail[-3:]] == ["ev-undated-0", "ev-undated-1", "ev-undated-2"]  # last
