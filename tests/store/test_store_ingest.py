"""Writing: idempotent add, replacement on changed content, all-or-nothing batches, rejections."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from store_helpers import TEXT, doc_text, make_doc, make_event

from seismo.errors import StoreError
from seismo.models import Article, Modality, Rejection
from seismo.store import EventFilter, IngestStats, Store
from seismo.store import store as store_module

ALL = EventFilter(all_modalities=True)


def snapshot(s: Store) -> tuple[object, ...]:
    """Everything a failed write must leave untouched."""
    docs = [(d.doc_id, d.title, d.n_events) for d in s.documents()]
    hashes = s.query("SELECT doc_id, content_hash FROM documents ORDER BY doc_id")
    return docs, hashes, s.events(ALL), s.rejections()


def test_add_documents_counts(store: Store) -> None:
    docs = [make_doc("a", [make_event("a", 0), make_event("a", 1)]), make_doc("b", [])]
    stats = store.add_documents(docs)
    assert stats == IngestStats(added=2, skipped=0, updated=0, events_added=2, asserted_added=2)
    assert store.count_events() == 2
    assert store.add_documents([]) == IngestStats()


def test_same_docs_twice_is_idempotent(db_path: Path) -> None:
    docs = [make_doc("a", [make_event("a", 0), make_event("a", 1)]), make_doc("b")]
    with Store.open(db_path) as s:
        s.add_documents(docs)
        before = snapshot(s)
    with Store.open(db_path) as s:
        stats = s.add_documents(docs)
        assert stats == IngestStats(added=0, skipped=2, updated=0, events_added=0)
        assert snapshot(s) == before
        assert s.count_events() == 3


def test_changed_content_replaces_document_and_events(store: Store) -> None:
    store.add_documents([make_doc("a", [make_event("a", 0), make_event("a", 1)]), make_doc("b")])
    new_text = TEXT + " Later, protesters marched."
    changed = make_doc(
        "a", [make_event("a", 5, type="PROTEST")], text=new_text, title="New title"
    )
    stats = store.add_documents([changed, make_doc("b")])
    assert stats == IngestStats(added=0, skipped=1, updated=1, events_added=1, asserted_added=1)
    assert [e.event_id for e in store.events(EventFilter(doc_id="a"))] == ["a-e5"]
    article = store.document("a")
    assert article is not None
    assert article.text == new_text
    assert article.title == "New title"
    assert store.count_events() == 2  # a's new event and b's


def test_replace_true_rewrites_unchanged_documents(store: Store) -> None:
    store.add_documents([make_doc("a")])
    recoded = make_doc("a", [make_event("a", 0, coder_version="seismo-0.2.0")])
    stats = store.add_documents([recoded], replace=True)
    assert stats == IngestStats(added=0, skipped=0, updated=1, events_added=1, asserted_added=1)
    assert store.events()[0].coder_version == "seismo-0.2.0"


def test_same_event_ids_can_be_rewritten(store: Store) -> None:
    """Re-coding a changed document usually reproduces the same event ids (delete before insert)."""
    store.add_documents([make_doc("a", [make_event("a", 0), make_event("a", 1)])])
    changed = make_doc("a", [make_event("a", 0), make_event("a", 1)], text=TEXT + " More.")
    assert store.add_documents([changed]).updated == 1
    assert store.count_events() == 2


def test_repeated_doc_id_in_one_batch_last_wins(store: Store) -> None:
    first = make_doc("a", [make_event("a", 0)])
    second = make_doc("a", [make_event("a", 1), make_event("a", 2)], text=TEXT + " Again.")
    stats = store.add_documents([first, second])
    assert stats == IngestStats(added=1, skipped=1, updated=0, events_added=2, asserted_added=2)
    assert [e.event_id for e in store.events()] == ["a-e1", "a-e2"]


def test_has_document(store: Store) -> None:
    doc = make_doc("a")
    assert not store.has_document("a")
    store.add_documents([doc])
    assert store.has_document("a")
    assert store.has_document("a", doc.article.content_hash)
    assert not store.has_document("a", "other-hash")
    assert not store.has_document("a", "")
    assert not store.has_document("b")


def test_empty_content_hash_is_filled_from_text(store: Store) -> None:
    store.add_documents([make_doc("a", content_hash="")])
    article = store.document("a")
    assert article is not None
    assert article.content_hash == Article.hash_text(doc_text("a"))
    assert store.add_documents([make_doc("a", content_hash="")]).skipped == 1
    changed = make_doc("a", text=TEXT + " x", content_hash="")
    assert store.add_documents([changed]).updated == 1


def test_event_filed_under_another_document_refused(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        store.add_documents([make_doc("a", [make_event("b", 0)])])
    assert info.value.code == "S006"
    assert store.documents() == []


def _seed(store: Store) -> tuple[object, ...]:
    store.add_documents([make_doc("a", [make_event("a", 0), make_event("a", 1)]), make_doc("b")])
    store.add_rejections([Rejection(source="x.txt", code="I002", reason="empty")])
    return snapshot(store)


def test_bad_event_mid_batch_rolls_back(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch replaces a, adds c, then fails on one event row: nothing of it may remain."""
    before = _seed(store)
    real = store_module.event_to_row

    def poisoned(event):  # type: ignore[no-untyped-def]
        row = real(event)
        if event.event_id == "c-e1":
            row = (*row[:6], "not-a-quad-class", *row[7:])
        return row

    monkeypatch.setattr(store_module, "event_to_row", poisoned)
    batch = [
        make_doc("a", [make_event("a", 3)], text=TEXT + " changed"),
        make_doc("c", [make_event("c", 0), make_event("c", 1)]),
    ]
    with pytest.raises(StoreError) as info:
        store.add_documents(batch)
    assert info.value.code == "S006"
    assert "nothing from this call was saved" in str(info.value)
    assert snapshot(store) == before


def test_database_constraint_failure_rolls_back(store: Store) -> None:
    """A duplicate primary key is only detected by DuckDB, after documents were written."""
    before = _seed(store)
    clash = make_event("c", 0, event_id="a-e0")  # id already used by document a
    batch = [make_doc("b", text=TEXT + " b changed"), make_doc("c", [clash])]
    with pytest.raises(StoreError) as info:
        store.add_documents(batch)
    assert info.value.code == "S006"
    assert "\n" not in str(info.value)
    assert snapshot(store) == before


def test_store_usable_after_failed_batch(store: Store) -> None:
    store.add_documents([make_doc("a")])
    with pytest.raises(StoreError):
        store.add_documents([make_doc("c", [make_event("c", 0, event_id="doc-x")] * 2)])
    assert store.add_documents([make_doc("d")]).added == 1


def test_rejections_not_duplicated(store: Store) -> None:
    first = [
        Rejection(source="a.bin", code="I003", reason="binary"),
        Rejection(source="a.bin", code="I003", reason="binary"),
        Rejection(source="b.txt", code="I002", reason="empty"),
    ]
    assert store.add_rejections(first) == 2
    seen = {(r.source, r.code): r.seen_at for r in store.rejections()}
    again = [
        Rejection(source="a.bin", code="I003", reason="binary (again)"),
        Rejection(source="a.bin", code="I004", reason="not utf-8"),
    ]
    assert store.add_rejections(again) == 1
    assert store.add_rejections([]) == 0
    rows = {(r.source, r.code): r for r in store.rejections()}
    assert len(rows) == 3
    assert rows[("a.bin", "I003")].reason == "binary (again)"
    assert rows[("a.bin", "I003")].seen_at >= seen[("a.bin", "I003")]
    assert store.summary().rejections == 3


def test_rejections_order_and_fields(store: Store) -> None:
    store.add_rejections([Rejection(source="z", code="I001", reason="missing")])
    store.add_rejections([Rejection(source="a", code="I002", reason="empty")])
    rows = store.rejections()
    assert [(r.source, r.code, r.reason) for r in rows] == [
        ("z", "I001", "missing"),
        ("a", "I002", "empty"),
    ]
    assert all(isinstance(r.seen_at, dt.datetime) for r in rows)


def test_documents_listing(store: Store) -> None:
    events = [
        make_event("a", 0),
        make_event("a", 1, modality=Modality.NEGATED),
        make_event("a", 2, modality=Modality.FUTURE),
    ]
    store.add_documents(
        [
            make_doc("a", events, published=dt.date(2024, 3, 5)),
            make_doc("b", [], published=None),
            make_doc("c", [make_event("c")], published=dt.date(2024, 1, 1)),
        ]
    )
    rows = store.documents()
    assert [r.doc_id for r in rows] == ["c", "a", "b"]  # by published, undated last
    by_id = {r.doc_id: r for r in rows}
    assert by_id["a"].n_events == 1  # asserted only
    assert by_id["b"].n_events == 0
    assert by_id["a"].title == "Title of a"
    assert by_id["a"].url == "https://example.org/a"
    assert by_id["a"].source == "/data/a.txt"
    assert isinstance(by_id["a"].ingested_at, dt.datetime)
    assert [r.doc_id for r in store.documents(limit=2)] == ["c", "a"]


def test_document_round_trip(store: Store) -> None:
    doc = make_doc("a", text="Ünïcödé — text\nwith lines\x00 and a NUL")
    store.add_documents([doc])
    assert store.document("a") == doc.article
    assert store.document("missing") is None


def test_summary(store: Store) -> None:
    assert store.summary().documents == 0
    events = [
        make_event("a", 0, type="ASSAULT", quad_class=4, date=dt.date(2024, 1, 2)),
        make_event("a", 1, type="PROTEST", quad_class=3, date=dt.date(2024, 2, 1)),
        make_event("a", 2, type="ASSAULT", quad_class=None, date=None),
        make_event("a", 3, type="AID", modality=Modality.HYPOTHETICAL, date=dt.date(2020, 1, 1)),
    ]
    store.add_documents([make_doc("a", events), make_doc("b", [])])
    summary = store.summary()
    assert summary.documents == 2
    assert summary.events == 3
    assert summary.events_by_modality == {"asserted": 3, "hypothetical": 1}
    assert summary.events_by_type == {"ASSAULT": 2, "PROTEST": 1}
    assert list(summary.events_by_type) == ["ASSAULT", "PROTEST"]
    assert summary.events_by_quad_class == {3: 1, 4: 1}
    assert summary.first_date == dt.date(2024, 1, 2)
    assert summary.last_date == dt.date(2024, 2, 1)
