"""The document's word lists (``coding.doc_words``): the same values as spaCy's ``Token`` attributes, read once per
document, never keeping it alive, and read again after a step that changes the parse (``surname_forms``)."""

from __future__ import annotations

import gc
import weakref

import pytest
import spacy
from spacy.attrs import DEP, IS_TITLE, ORTH

from seismo.coding import doc_memo
from seismo.coding.aliases import _strip
from seismo.coding.contexts import reporters
from seismo.coding.doc_words import VERB_POS, children_with, doc_words, tagged, words_now
from seismo.coding.lexicon import load_lexicon
from seismo.coding.mentions import mention_tokens
from seismo.coding.reporting import ReportingTest, is_reporting, reporting_words
from seismo.coding.sentence import SentenceInfo, sentence_quantities
from seismo.coding.story import word_bounds
from seismo.coding.surname_forms import _as_name
from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow  # loads the spaCy model

TEXT = ("Harbour workers in Valdora said on Tuesday that 300 of them had blocked the Port of Kessel. "
        "  The ministry, according to its spokeswoman Ilse Marant, rejected their demands.\n\n"
        "“We will not leave,” one organiser told reporters; police said they arrested dozens of protesters.")


@pytest.fixture(scope="module")
def doc() -> spacy.tokens.Doc:
    return load_pipeline()(TEXT)


def test_the_word_lists_are_what_the_tokens_say(doc) -> None:
    w = doc_words(doc)
    assert w.pos == tuple(t.pos_ for t in doc)
    assert w.dep == tuple(t.dep_ for t in doc)
    assert w.lower == tuple(t.lower_ for t in doc)
    assert w.lemma == tuple(t.lemma_.lower() for t in doc)
    assert w.text == tuple(t.text for t in doc)
    assert w.space == tuple(t.is_space for t in doc)
    assert w.shape == tuple(t.shape_ for t in doc)
    assert w.ent_type == tuple(t.ent_type_ for t in doc)
    assert w.idx == tuple(t.idx for t in doc)
    assert w.head == tuple(t.head.i for t in doc)
    assert [w.end_char(t.i) for t in doc] == [t.idx + len(t.text) for t in doc]
    assert any(h < i for i, h in enumerate(w.head)) and any(h > i for i, h in enumerate(w.head))  # both ways
    assert any(w.space) and "VERB" in w.pos and "PROPN" in w.pos  # the text has each kind the lists tell apart


def test_sentence_bounds_and_stripped_names_read_from_the_lists(doc) -> None:
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        want = (words[0].idx, words[-1].idx + len(words[-1].text)) if words else None
        assert word_bounds(sent) == want
    assert any(all(t.is_space for t in sent) for sent in doc.sents)  # the blank line: a sentence with no word
    port = next(t for t in doc if t.text == "Port")
    assert _strip(doc, port.i - 1, port.i + 3) == "Port of Kessel"  # 'the' left out, spaced as written
    assert _strip(doc, port.i - 1, port.i) == ""


def test_an_unparsed_document_reads_empty_tags() -> None:
    doc = spacy.blank("en")("Pickets stood at the gate.")
    assert doc_words(doc).pos == ("",) * len(doc) == tuple(t.pos_ for t in doc)
    assert doc_words(spacy.blank("en")("")).lemma == ()


def test_tagged_builds_tokens_only_for_the_asked_parts_of_speech_in_order(doc) -> None:
    for sent in doc.sents:
        assert [t.i for t in tagged(sent, VERB_POS)] == [t.i for t in sent if t.pos_ in ("VERB", "AUX")]
    assert [t.i for t in tagged(doc, ("PROPN",))] == [t.i for t in doc if t.pos_ == "PROPN"]


def test_the_passes_that_read_the_lists_find_what_the_token_passes_found(doc) -> None:
    lexicon = load_lexicon()
    for sent in doc.sents:
        assert reporting_words(sent, lexicon) == [t for t in sent if is_reporting(t, lexicon)]
        assert mention_tokens(sent) == [t for t in sent if t.pos_ in ("PROPN", "NOUN")
                                        and t.dep_ not in ("compound", "amod", "poss")]
    assert any(reporting_words(sent, lexicon) for sent in doc.sents)


def test_the_lists_do_not_keep_their_document_alive() -> None:
    gc.collect()
    doc = spacy.blank("en")("Dockers marched through Kessel.")
    assert doc_words(doc).lower[0] == "dockers"
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None


def test_a_parse_changed_in_place_is_read_again() -> None:
    # the surname repair turns a modal 'may' into a name: what was read of the parse before must not stand
    doc = spacy.blank("en")("May said it.")
    doc[0].pos_ = "AUX"
    assert doc_words(doc).pos[0] == "AUX"
    _as_name(doc, doc[0])
    assert doc_words(doc).pos[0] == "PROPN"
    assert doc_memo.entities(doc) == [(0, 1, "PERSON")]


def test_forget_drops_only_that_documents_memo() -> None:
    a, b = spacy.blank("en")("Strikers met."), spacy.blank("en")("Farmers left.")
    memo = doc_memo.memo
    memo(a, "k", lambda: 1)
    memo(b, "k", lambda: 2)
    doc_memo.forget(a)
    assert memo(a, "k", lambda: 3) == 3
    assert memo(b, "k", lambda: 4) == 2


def test_a_sentences_quantities_are_read_when_first_asked(doc, monkeypatch) -> None:
    sent = next(iter(doc.sents))
    asked: list[int] = []

    def counting(span):
        asked.append(span.start)
        return sentence_quantities(span)

    monkeypatch.setattr("seismo.coding.sentence.sentence_quantities", counting)
    info = SentenceInfo(sent, [], None)
    assert asked == []  # a sentence no quantity-type trigger reads costs no quantity search
    assert [q.value for _, q in info.quantities] == [300]
    assert [q.value for _, q in info.quantities] == [300]
    assert asked == [sent.start]  # read once


def test_who_reports_is_the_same_read_from_the_lists_or_token_by_token(doc) -> None:
    lexicon = load_lexicon()
    test = ReportingTest(lexicon)
    asked: list[int] = []

    def by_token(token) -> bool:
        asked.append(token.i)
        return is_reporting(token, lexicon)

    found = [reporters(sent, test) for sent in doc.sents]
    assert found == [reporters(sent, by_token) for sent in doc.sents]
    assert len(asked) == len(doc)  # a plain test is still asked of every word
    assert any(found)  # "..., officials told reporters" and "according to its spokeswoman" are quiet
    assert test.words(doc) == [t for t in doc if test(t)]


def test_words_now_finds_what_a_scan_of_every_token_finds_in_the_parse_as_it_is(doc) -> None:
    assert words_now(doc, DEP, ("nsubj", "conj")) == [t.i for t in doc if t.dep_ in ("nsubj", "conj")]
    assert words_now(doc, ORTH, (",", "Kessel")) == [t.i for t in doc if t.text in (",", "Kessel")]
    assert words_now(doc, IS_TITLE) == [t.i for t in doc if t.is_title]
    assert words_now(doc, ORTH, ("[",)) == [] and words_now(spacy.blank("en")(""), DEP, ("neg",)) == []
    changed = load_pipeline()(TEXT)
    first = words_now(changed, DEP, ("nsubj",))[0]
    changed[first].dep_ = "dep"  # a repair step relabels a word: the next ask reads the parse as changed
    assert first not in words_now(changed, DEP, ("nsubj",)) and first in words_now(changed, DEP, ("dep",))


def test_children_read_from_the_heads_are_spacy_s_in_order(doc) -> None:
    w = doc_words(doc)
    assert [list(w.children[t.i]) for t in doc] == [[c.i for c in t.children] for t in doc]
    for token in doc:
        want = [c.i for c in token.children if c.dep_ in ("nsubj", "prep", "punct")]
        assert [c.i for c in children_with(token, ("nsubj", "prep", "punct"))] == want
    assert any(len(k) > 2 for k in w.children)  # a word with several dependents on both sides is in the text


def test_the_converted_dependent_readers_find_what_the_token_scans_found(doc) -> None:
    from seismo.coding.arguments import prep_objects
    from seismo.coding.complements import to_infinitive
    from seismo.coding.verb_roles import direct_object, is_passive

    for token in doc:
        want = [g.i for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in ("of", "to", "with")
                for g in c.children if g.dep_ == "pobj"]
        assert [g.i for g in prep_objects(token, ("of", "to", "with"))] == want
        assert to_infinitive(token) == any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert any(direct_object(v) is not None for v in verbs) and not all(is_passive(v) for v in verbs)
