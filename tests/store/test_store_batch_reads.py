"""One-query reads for a whole ingest run (issue 15): stored hashes and the events of many documents."""

from __future__ import annotations

from store_helpers import make_doc, make_event

from seismo.models import Modality
from seismo.store import Store


def test_stored_hashes_answers_has_document_for_many_ids(store: Store) -> None:
    a, b = make_doc("a"), make_doc("b")
    store.add_documents([a, b])
    assert store.stored_hashes(["a", "b", "nope"]) == {"a": a.article.content_hash, "b": b.article.content_hash}
    assert store.stored_hashes([]) == {}
    for doc_id in ("a", "b", "nope"):
        found = store.stored_hashes([doc_id]).get(doc_id)
        assert (found is not None) == store.has_document(doc_id)


def test_events_of_reads_every_mention_of_each_document(store: Store) -> None:
    hypothetical = make_event("a", 1, modality=Modality.HYPOTHETICAL)
    store.add_documents([make_doc("a", [make_event("a", 0), hypothetical]), make_doc("b")])
    found = store.events_of(["a", "b", "missing"])
    assert sorted(e.event_id for e in found["a"]) == sorted([make_event("a", 0).event_id, hypothetical.event_id])
    assert len(found["b"]) == 1 and found["missing"] == []
    assert store.events_of([]) == {}
