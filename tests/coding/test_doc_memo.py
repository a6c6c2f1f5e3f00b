"""Per-document memos (``coding.doc_memo``): computed once per document and key, gone with the document."""

from __future__ import annotations

import gc
import weakref

import spacy

from seismo.coding import doc_memo
from seismo.coding.doc_memo import memo
from seismo.coding.places import known_places
from seismo.kb import load_kb

NLP = spacy.blank("en")


def test_a_memo_is_computed_once_per_document_and_key() -> None:
    doc = NLP("Farmers blocked the road near Lyon.")
    calls: list[int] = []

    def count() -> int:
        calls.append(1)
        return len(calls)

    assert memo(doc, ("n", 0), count) == 1
    assert memo(doc, ("n", 0), count) == 1
    assert memo(doc, ("n", 1), count) == 2  # another key: computed again
    assert memo(NLP("Farmers blocked the road near Lyon."), ("n", 0), count) == 3  # another document, same text


def test_a_memo_does_not_keep_its_document_alive() -> None:
    doc = NLP("Fishermen protested in Vigo on Sunday.")
    memo(doc, "words", lambda: [t.i for t in doc])
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
    assert all(d is not None for d in doc_memo._MEMOS.keys())  # the table went with it


def test_known_places_are_plain_values_read_once_per_sentence() -> None:
    doc = NLP("Fishermen protested in Vigo and Lisbon on Sunday.")
    kb = load_kb()
    sent = doc[:]
    first = known_places(sent, kb)
    assert [doc[p.start : p.end].text for p in first] == ["Vigo", "Lisbon"]
    assert all(isinstance(v, int) for p in first for v in (p.start, p.end, p.root))
    assert known_places(sent, kb) is first  # the second trigger of the sentence reads the memo
