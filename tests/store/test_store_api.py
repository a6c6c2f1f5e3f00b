"""The store's public surface, and one Store shared by threads (as the web API does)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from store_helpers import make_doc, make_event

import seismo.store
from seismo.store import EventFilter, Store


def test_exported_members() -> None:
    public = sorted(name for name in vars(seismo.store) if not name.startswith("_"))
    modules = {"check", "connection", "export", "filters", "memo", "migrations", "records", "rows", "search",
               "snapshot", "store", "stories", "transfer"}
    assert seismo.store.__all__ == sorted(seismo.store.__all__)
    assert set(public) - modules == set(seismo.store.__all__)


def test_memory_store_is_never_read_only() -> None:
    with Store.open(":memory:", read_only=True) as s:
        assert not s.read_only
        assert s.add_documents([make_doc("a")]).added == 1


def test_threads_share_one_store(db_path: Path) -> None:
    with Store.open(db_path) as s:
        ids = [f"d{i:03}" for i in range(40)]
        docs = [make_doc(i, [make_event(i, n) for n in range(5)]) for i in ids]

        def write(chunk: int) -> int:
            return s.add_documents(docs[chunk * 10 : chunk * 10 + 10]).events_added

        def read(_: int) -> int:
            return len(s.events(EventFilter(limit=50))) + s.count_events()

        with ThreadPoolExecutor(max_workers=8) as pool:
            written = sum(pool.map(write, range(4)))
            list(pool.map(read, range(16)))
        assert written == 200
        assert s.count_events() == 200
        assert len(s.documents()) == 40
