"""A document's view of the knowledge base (``preferring``) keeps what its look-ups gave (issue 15): the same
words asked again in the same document skip the shared caches' keys; a new document, another date or the shared
knowledge base itself never read that memo."""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase


def _counting(view: KnowledgeBase, name: str) -> list[object]:
    calls: list[object] = []
    inner = getattr(view, name)

    def counted(*args: object) -> object:
        calls.append(args)
        return inner(*args)

    setattr(view, name, counted)
    return calls


def test_the_same_phrase_is_looked_up_once_per_document_and_date(kb: KnowledgeBase) -> None:
    view = kb.preferring(("LBN",))
    calls = _counting(view, "_resolve_phrase")
    first = view.resolve_phrase("the Lebanese army")
    assert view.resolve_phrase("the Lebanese army") is first
    assert len(calls) == 1
    view.resolve_phrase("the Lebanese army", dt.date(2019, 5, 2))  # another date: its own look-up
    view.resolve_phrase("the Lebanese navy")
    assert len(calls) == 3


def test_a_sentence_scan_is_kept_per_document_and_returned_as_a_new_list(kb: KnowledgeBase) -> None:
    view = kb.preferring(("LBN",))
    calls = _counting(view, "_actor_mentions")
    text = "Tripoli said the harbour talks would resume on Monday."
    first = view.find_actor_mentions(text)
    first.clear()  # a caller's list is its own
    again = view.find_actor_mentions(text)
    assert len(calls) == 1 and again and again[0][2].actor.country == "LBN"


def test_each_document_starts_a_memo_of_its_own(kb: KnowledgeBase) -> None:
    """'Tripoli' in a story about Lebanon, then in one about Libya: the second view does not read the first's."""
    lebanese = kb.preferring(("LBN",))
    assert lebanese.resolve_phrase("Tripoli").actor.country == "LBN"  # type: ignore[union-attr]
    [(_, _, found)] = lebanese.find_actor_mentions("Tripoli said the harbour talks would resume.")
    assert found.actor.country == "LBN"
    libyan = kb.preferring(("LBY", "LBN"))
    assert libyan.resolve_phrase("Tripoli").actor.code == "LBYGOV"  # type: ignore[union-attr]
    [(_, _, found)] = libyan.find_actor_mentions("Tripoli said the harbour talks would resume.")
    assert found.actor.code == "LBYGOV"
    assert kb.resolve_phrase("Tripoli").actor.code == "LBYGOV"  # type: ignore[union-attr]


def test_the_shared_knowledge_base_keeps_no_memo(kb: KnowledgeBase) -> None:
    """The shared object serves every document of a process: only its bounded caches hold look-ups."""
    kb.resolve_phrase("the Lebanese army")
    kb.find_actor_mentions("Tripoli said the harbour talks would resume.")
    assert kb._memo is None
    view = kb.preferring(())
    assert view._memo == {} and view.preferring(("LBN",))._memo is not view._memo
