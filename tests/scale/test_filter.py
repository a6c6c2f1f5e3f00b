"""The candidate-sentence filter without a model: sentence spans, trigger forms, Doc joining."""

from __future__ import annotations

import itertools

import spacy
from hypothesis import given
from hypothesis import strategies as st

from seismo.coding import load_lexicon
from seismo.coding.filter import (
    CandidateFilter,
    Segment,
    _flat_doc,
    _join,
    build_trigger_forms,
    parse_filtered,
    split_segments,
)

TEXT = ("Russia attacks Ukraine\n\nKYIV (Wire) - Mr. Smith met U.S. officials on Monday. The weather was "
        "fine.  It rained later!\n\"We will not back down,\" he said. Missiles hit the city of Kharkiv.\n")


def words(sentence: str) -> set[str]:
    return set(sentence.lower().replace(".", " ").replace(",", " ").split())


@given(st.text(alphabet=st.sampled_from(list("ab. \n!?\"'ABC1")), max_size=200))
def test_segments_cover_the_text_exactly(text: str) -> None:
    spans = split_segments(text)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e > s for s, e in spans)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_segments_split_sentences_not_abbreviations() -> None:
    sentences = [TEXT[s:e].strip() for s, e in split_segments(TEXT)]
    assert sentences == [
        "Russia attacks Ukraine",
        "KYIV (Wire) - Mr. Smith met U.S. officials on Monday.",
        "The weather was fine.",
        "It rained later!",
        "\"We will not back down,\" he said.",
        "Missiles hit the city of Kharkiv.",
    ]


def test_trigger_forms_inflect_dictionary_lemmas() -> None:
    forms = build_trigger_forms(load_lexicon())
    for form in ("attack", "attacks", "attacked", "attacking", "meets", "meeting", "protests", "talks", "banned"):
        assert form in forms.always or form in forms.conditional, form
    assert forms.matches(words("Russia attacked Ukraine"))
    assert not forms.matches(words("The weather was fine"))


def test_verbs_that_need_an_object_count_only_with_it() -> None:
    forms = build_trigger_forms(load_lexicon())
    assert "hit" in forms.conditional
    assert not forms.matches(words("The ball hit the post"))
    assert forms.matches(words("Missiles hit the city"))


def test_a_to_infinitive_verb_counts_only_with_to() -> None:
    # 'tell' is a trigger only as a directive ("told Chile to recall its envoy"): speech is no candidate
    forms = build_trigger_forms(load_lexicon())
    assert not forms.matches(words("The minister told reporters that the harvest was good"))
    assert forms.matches(words("The minister told Chile to recall its envoy"))


def test_flat_runs_keep_text_offsets_and_sentences() -> None:
    nlp = spacy.blank("en")
    run = [Segment(s, e, False) for s, e in split_segments(TEXT)]
    doc = _join(nlp, TEXT, [_flat_doc(nlp, TEXT, run)])
    assert doc.text == TEXT
    assert [s.text.strip() for s in doc.sents] == [TEXT[s.start:s.end].strip() for s in run]
    assert all(TEXT[t.idx:t.idx + len(t.text)] == t.text for t in doc)


def test_parse_filtered_returns_the_text_unchanged_with_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    filt = CandidateFilter(build_trigger_forms(load_lexicon()))
    texts = [TEXT, "", "   ", "No event here.", TEXT * 3]
    docs = list(parse_filtered(nlp, texts, batch_size=2, filt=filt))
    assert [d.text for d in docs] == texts
    for doc in docs:
        assert all(doc.text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
