"""Sentence and document scans that read the word lists (``coding.doc_words``) instead of building a ``Token`` for
every word (issue 15) find what the token scans found: the causes a group's name states, the clauses that describe
a place, the first full name a surname ends, a story's person names."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from seismo.coding.contexts import cause_names, place_clauses
from seismo.coding.surname_forms import _first_in_full, _person_name
from seismo.kb import load_kb
from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow  # loads the spaCy model

TEXT = ("Fighters of the Union for the Total Independence of Ostrava attacked a convoy in Brelle, where 12 people "
        "were killed in May. Independence is what they want, said Karel Novak, a spokesman. "
        "Theresa May met Carlo Rossi in Milan. Later, May said the Front for Democracy would talk.")


@pytest.fixture(scope="module")
def doc() -> spacy.tokens.Doc:
    return load_pipeline()(TEXT)


def _token_causes(sent, causes) -> frozenset[int]:  # the scan as it read before: a Token per word
    first = sent[0].i if len(sent) else 0
    quiet = set()
    for token in sent:
        if token.i == first or not token.text[:1].isupper() or token.lower_ not in causes:
            continue
        k = token.i - 1
        while k > first and (sent.doc[k].text[:1].isupper() or sent.doc[k].lower_ in ("the", "of", "and")):
            k -= 1
        if k > first and sent.doc[k].lower_ in ("for", "(") and sent.doc[k - 1].text[:1].isupper():
            quiet.add(token.i)
    return frozenset(quiet)


def test_cause_names_read_from_the_lists_are_the_token_scan_s(doc) -> None:
    causes = frozenset({"independence", "democracy"})
    for sent in [*doc.sents, doc]:
        assert cause_names(sent, causes) == _token_causes(sent, causes)
    assert {doc[i].text for i in cause_names(doc, causes)} == {"Independence", "Democracy"}
    assert cause_names(doc, frozenset()) == frozenset()


def test_place_clauses_read_from_the_lists(doc) -> None:
    first = next(iter(doc.sents))
    clauses = place_clauses(first)
    want = [t for t in first if (t.dep_ in ("relcl", "appos") and t.head.ent_type_ in ("GPE", "LOC", "FAC"))
            or (t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children if c.i < t.i))]
    assert [c.root.i for c in clauses] == [t.i for t in want]


def test_the_first_full_name_a_surname_ends_skips_the_other_uses_of_the_word(doc) -> None:
    kb, on = load_kb(), dt.date(2023, 3, 10)
    texts = tuple(t.text for t in doc)
    want = next((t.i for t in doc if t.text == "May" and _person_name(doc, t, kb, on)), None)
    assert want is not None and doc[want - 1].text == "Theresa"  # the month 'May' before it is no name
    assert _first_in_full(doc, texts, "May", kb, on) == want
    assert _first_in_full(doc, texts, "Nobody", kb, on) is None


def test_misread_place_reads_the_earlier_words_from_the_lists() -> None:
    from seismo.coding.running_names import misread_place

    doc = load_pipeline()("Rebels shelled Alexandria on Monday. John Jackson said the army beat Jackson.")
    for token in doc:  # the scan as it read before: a Token per earlier word
        before = not any(t.text == token.text and t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON"
                         for t in doc[: token.i])
        if not before:
            assert not misread_place(token)  # 'Jackson' written after a given name is the person, not a place
    assert [t.text for t in doc if misread_place(t)] in (["Alexandria"], [])
