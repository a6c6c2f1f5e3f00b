"""Near-duplicate documents: detected at write time, within a batch and across ingest runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import CALL_TEXTS, document, event, syndicated_copy, unique_text

from seismo.ingest.dedupe import NUM_PERM, NearDuplicateIndex, shingles, signature, similarity
from seismo.store import EventFilter, Store


def duplicates(store: Store) -> dict[str, str | None]:
    rows = store.query("SELECT doc_id, duplicate_of FROM documents ORDER BY doc_id")
    return {r["doc_id"]: r["duplicate_of"] for r in rows}


def test_shingles_ignore_case_punctuation_and_spacing() -> None:
    assert shingles("The  Cat, sat on the MAT!") == shingles("the cat sat on the mat")
    assert shingles("too short") == {b"too short"}
    assert len(shingles("one two three four five six")) == 2


def test_signature_is_stable_and_similarity_tracks_jaccard() -> None:
    text = CALL_TEXTS["reuters"]
    sig = signature(text)
    assert sig.dtype == np.uint32 and sig.shape == (NUM_PERM,)
    assert np.array_equal(sig, signature(text))  # fixed seed and hash: comparable across runs
    assert similarity(sig, signature(syndicated_copy(text))) >= 0.8
    assert similarity(sig, signature(CALL_TEXTS["ap"])) < 0.2


def test_index_resolves_copies_of_copies_to_the_original() -> None:
    index = NearDuplicateIndex()
    text = CALL_TEXTS["reuters"]
    assert index.check("orig", signature(text)) is None
    first = index.check("copy1", signature(syndicated_copy(text)))
    second = index.check("copy2", signature(syndicated_copy(syndicated_copy(text))))
    assert first is not None and first.original == "orig"
    assert second is not None and second.original == "orig"
    assert index.check("other", signature(CALL_TEXTS["bbc"])) is None


def test_copy_in_the_same_batch_is_flagged_and_its_events_not_counted(store: Store) -> None:
    text = CALL_TEXTS["reuters"]
    store.add_documents(
        [
            document("orig", [event("orig")], text=text),
            document("copy", [event("copy")], text=syndicated_copy(text), outlet="Partner"),
        ]
    )
    assert duplicates(store) == {"copy": "orig", "orig": None}
    assert [e.doc_id for e in store.events()] == ["orig"]
    assert store.count_events() == 1
    assert store.count_events(EventFilter(include_duplicates=True)) == 2


def test_copy_of_a_document_from_an_earlier_run_is_flagged(db_path: Path) -> None:
    text = CALL_TEXTS["ap"]
    with Store.open(db_path) as store:
        store.add_documents([document("orig", [event("orig")], text=text)])
    with Store.open(db_path) as store:  # a new process: the LSH index comes from doc_minhash
        store.add_documents([document("later", [event("later")], text=syndicated_copy(text))])
        assert duplicates(store) == {"later": "orig", "orig": None}
        similarity_ = store.query("SELECT similarity FROM doc_minhash WHERE doc_id = 'later'")
        assert similarity_[0]["similarity"] >= 0.8


def test_distinct_documents_are_not_flagged(store: Store) -> None:
    docs = [document(key, [event(key)], text=text) for key, text in CALL_TEXTS.items()]
    docs.append(document("short", [event("short")], text=unique_text("short")))
    store.add_documents(docs)
    assert set(duplicates(store).values()) == {None}


def test_exact_re_ingest_is_skipped_not_flagged(store: Store) -> None:
    doc = document("a", [event("a")], text=CALL_TEXTS["bbc"])
    store.add_documents([doc])
    stats = store.add_documents([doc])
    assert stats.skipped == 1 and stats.added == 0
    assert duplicates(store) == {"a": None}
    assert store.query("SELECT count(*) AS n FROM doc_minhash")[0]["n"] == 1


def test_replaced_document_is_judged_again(store: Store) -> None:
    text = CALL_TEXTS["reuters"]
    store.add_documents(
        [
            document("orig", [event("orig")], text=text),
            document("b", [event("b")], text=syndicated_copy(text)),
        ]
    )
    assert duplicates(store)["b"] == "orig"
    store.add_documents([document("b", [event("b")], text=CALL_TEXTS["bbc"])])  # new text: updated
    assert duplicates(store)["b"] is None
    assert store.query("SELECT count(*) AS n FROM doc_minhash")[0]["n"] == 2


def test_failed_write_leaves_no_signature_behind(store: Store) -> None:
    text = CALL_TEXTS["reuters"]
    bad = document("bad", [event("other-doc")], text=text)  # event filed under another doc_id
    with pytest.raises(Exception, match="S006"):
        store.add_documents([bad])
    store.add_documents([document("good", [event("good")], text=text)])
    assert duplicates(store) == {"good": None}  # "bad" was rolled back, so it is no original


def test_index_reloads_when_another_store_wrote_signatures(db_path: Path) -> None:
    text = CALL_TEXTS["bbc"]
    with Store.open(db_path) as first:
        first.add_documents([document("x", [event("x")], text=unique_text("x"))])  # index built
        other = Store(first._con.cursor(), str(db_path), read_only=False)  # its own index
        other.add_documents([document("orig", [event("orig")], text=text)])
        first.add_documents([document("copy", [event("copy")], text=syndicated_copy(text))])
        assert duplicates(first)["copy"] == "orig"
