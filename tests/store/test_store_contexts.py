"""PLOVER contexts in the store (issue 16): a column of its own, a filter, and old stores upgraded."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError
from store_helpers import make_doc, make_event

from seismo.store import EventFilter, Store

OLD_STORE = Path(__file__).parent / "fixtures" / "store-duckdb-1.5.duckdb.gz"


def test_contexts_round_trip_and_filter(store: Store) -> None:
    both = make_event("d1", 0, contexts=["military", "diplomatic"])
    none = make_event("d1", 1, contexts=[])
    store.add_documents([make_doc("d1", events=[both, none])])
    assert {e.event_id: e.contexts for e in store.events()} == {"d1-e0": ["military", "diplomatic"], "d1-e1": []}
    assert [e.event_id for e in store.events(EventFilter(context="diplomatic"))] == ["d1-e0"]
    assert store.count_events(EventFilter(context="Military")) == 1  # any case, like --type
    assert store.count_events(EventFilter(context="election")) == 0
    raw = store.query("SELECT contexts FROM events ORDER BY event_id")
    assert [r["contexts"] for r in raw] == ["military,diplomatic", None]  # flat text for SQL and CSV users


def test_context_filter_does_not_match_inside_a_name(store: Store) -> None:
    """'crime' must not match an event whose only context merely contains the word."""
    store.add_documents([make_doc("d1", events=[make_event("d1", 0, contexts=["illegal_drugs"])])])
    assert store.count_events(EventFilter(context="crime")) == 0
    assert store.count_events(EventFilter(context="illegal_drugs")) == 1


def test_unknown_context_is_an_error_listing_the_valid_ones() -> None:
    with pytest.raises(ValidationError) as info:
        EventFilter(context="elections")
    message = str(info.value)
    assert "unknown context 'elections'" in message
    assert "election" in message and "human_rights" in message


def test_old_store_gains_the_contexts_column(tmp_path: Path) -> None:
    """A store written before schema 4 (the DuckDB 1.5 fixture, schema 2) upgrades: its events read
    back with no contexts, and new events keep theirs next to them."""
    db = tmp_path / "old.duckdb"
    with gzip.open(OLD_STORE, "rb") as src, db.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    with Store.open(db) as store:
        assert store.query("SELECT max(version) AS v FROM _seismo_migrations")[0]["v"] >= 4
        old = store.events()
        assert len(old) == 11 and all(e.contexts == [] for e in old)
        assert store.count_events(EventFilter(context="military")) == 0
        store.add_documents([make_doc("new", events=[make_event("new", 0, contexts=["military"])])])
        assert [e.event_id for e in store.events(EventFilter(context="military"))] == ["new-e0"]


def test_the_in_memory_snapshot_filters_contexts_like_sql(store: Store) -> None:
    """A read-only server pages from a snapshot: the same context filter, the same events."""
    from seismo.store.snapshot import EventSnapshot

    events = [make_event("d1", 0, contexts=["military"]), make_event("d1", 1, contexts=["economic", "military"]),
              make_event("d1", 2, contexts=["illegal_drugs"]), make_event("d1", 3)]  # fmt: skip
    store.add_documents([make_doc("d1", events=events)])
    snapshot = EventSnapshot.build(store, max_bytes=10_000_000)
    assert snapshot is not None
    for name in ("military", "economic", "crime", "illegal_drugs"):
        f = EventFilter(context=name)
        _, total = snapshot.select(f)
        assert total == store.count_events(f), name
