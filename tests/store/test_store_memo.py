"""Per-data-version memo: computed once between writes, recomputed after one, frozen when read-only."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from store_helpers import make_doc

from seismo.store import Store
from seismo.store.memo import VersionMemo


def test_value_is_computed_once_per_version_and_key() -> None:
    memo, calls = VersionMemo(), []

    def compute(tag: str) -> str:
        calls.append(tag)
        return tag.upper()

    assert memo.get(1, "a", lambda: compute("a")) == "A"
    assert memo.get(1, "a", lambda: compute("again")) == "A"
    assert memo.get(1, "b", lambda: compute("b")) == "B"
    assert memo.get(2, "a", lambda: compute("new")) == "NEW"
    assert calls == ["a", "b", "new"]


def test_a_failed_computation_is_not_kept_and_does_not_block_the_next() -> None:
    memo = VersionMemo()

    def fail() -> int:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        memo.get(1, "k", fail)
    assert memo.get(1, "k", lambda: 7) == 7


def test_concurrent_askers_share_one_computation() -> None:
    memo, calls, results = VersionMemo(), [], []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.2)
        return 42

    threads = [threading.Thread(target=lambda: results.append(memo.get(1, "k", slow))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [42] * 8 and len(calls) == 1


def test_least_recently_used_values_are_dropped_beyond_the_size() -> None:
    memo, calls = VersionMemo(size=2), []
    for key in ("a", "b", "a", "c"):  # "b" is the least recently used when "c" arrives
        memo.get(1, key, lambda key=key: calls.append(key) or key)
    memo.get(1, "a", lambda: calls.append("a2") or "a")
    memo.get(1, "b", lambda: calls.append("b2") or "b")
    assert calls == ["a", "b", "c", "b2"]


def test_store_cached_recomputes_after_a_write(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        store.add_documents([make_doc("a")])
        count = lambda: store.count_events()  # noqa: E731
        assert store.cached("n", count) == 1
        store.add_documents([make_doc("b")])
        assert store.cached("n", count) == 2
        assert store.cached("n", lambda: -1) == 2  # unchanged data: the kept value


def test_read_only_store_reads_its_version_once_but_a_read_view_does_not(tmp_path: Path) -> None:
    import copy

    path = tmp_path / "s.duckdb"
    with Store.open(path) as writable:
        writable.add_documents([make_doc("a")])
        view = copy.copy(writable)
        view.read_only = True  # as the server's read view of a writable store
        before = view.data_version()
        writable.add_documents([make_doc("b")])
        assert not view.frozen and view.data_version() != before
    with Store.open(path, read_only=True) as frozen:
        assert frozen.frozen
        first = frozen.data_version()
        frozen._rows = None  # type: ignore[assignment,method-assign]  # no query may run now
        assert frozen.data_version() == first == (2, first[1])
