"""Per-document memos (``coding.doc_memo``): computed once per document and key, gone with the document."""

from __future__ import annotations

import gc
import weakref

import spacy
from spacy.tokens import Doc

from seismo.coding import doc_memo
from seismo.coding.doc_memo import memo, sentence_of, sentences, span_text
from seismo.coding.place_names import known_places
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
    gc.collect()
    before = len(doc_memo._MEMOS)
    doc = NLP("Fishermen protested in Vigo on Sunday.")
    words = len(doc)
    memo(doc, "words", lambda: words)
    assert len(doc_memo._MEMOS) == before + 1
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
    assert len(doc_memo._MEMOS) == before  # the table went with it


def test_known_places_are_plain_values_read_once_per_sentence() -> None:
    doc = NLP("Fishermen protested in Vigo and Lisbon on Sunday.")
    kb = load_kb()
    sent = doc[:]
    first = known_places(sent, kb)
    assert [doc[p.start : p.end].text for p in first] == ["Vigo", "Lisbon"]
    assert all(isinstance(v, int) for p in first for v in (p.start, p.end, p.root))
    assert known_places(sent, kb) is first  # the second trigger of the sentence reads the memo


def test_span_text_and_sentence_of_read_what_spacy_reads() -> None:
    doc = NLP("Dockers walked out in Gdansk.  Police  fired tear gas on Tuesday!\nThe union said talks would resume.")
    doc[0].is_sent_start = True
    for start in (7, 15):  # three sentences, the second with double spaces inside it
        doc[start].is_sent_start = True
    for i in range(1, len(doc)):
        if i not in (7, 15):
            doc[i].is_sent_start = False
    for token in doc:
        sent = sentence_of(token)
        assert (sent.start, sent.end, sent.start_char, sent.end_char) == (
            token.sent.start,
            token.sent.end,
            token.sent.start_char,
            token.sent.end_char,
        )
        assert span_text(token.sent) == token.sent.text
    assert span_text(doc[9:12]) == doc[9:12].text == "fired tear gas"
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]


def test_a_phrase_is_read_once_and_given_as_a_fresh_span() -> None:
    from seismo.coding.phrases import phrase_span

    doc = Doc(NLP.vocab, words=["the", "striking", "miners"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"])
    first = phrase_span(doc[2])
    assert first.text == "the striking miners"
    again = phrase_span(doc[2])
    assert again == first and again is not first  # the memo keeps the start, not the span
    assert memo(doc, "phrase_starts", dict) == {2: 0}


def test_a_verbs_object_is_read_once_per_verb() -> None:
    from seismo.coding.verb_roles import direct_object

    words = ["Police", "detained", "two", "reporters"]
    doc = Doc(NLP.vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "nummod", "dobj"])
    assert direct_object(doc[1]).text == "reporters"
    assert direct_object(doc[3]) is None
    assert memo(doc, "direct_object", dict) == {1: 3, 3: None}  # indices only: the memo keeps no token


def test_a_phrase_text_is_the_phrase_spans_text() -> None:
    from seismo.coding.phrases import phrase_span, phrase_text

    words, spaces = ["the", "Nakuru", "county", "council", "met"], [True, True, True, True, False]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        heads=[3, 2, 3, 4, 4],
        deps=["det", "compound", "compound", "nsubj", "ROOT"],
    )
    assert phrase_text(doc[3]) == phrase_span(doc[3]).text == "the Nakuru county council"
    assert memo(doc, "phrase_texts", dict) == {3: "the Nakuru county council"}


def test_a_passive_is_read_once_per_verb() -> None:
    from seismo.coding.verb_roles import is_passive

    words = ["Reporters", "were", "detained", "yesterday"]
    doc = Doc(NLP.vocab, words=words, heads=[2, 2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT", "npadvmod"])
    assert is_passive(doc[2]) and not is_passive(doc[3])
    assert memo(doc, "is_passive", dict) == {2: True, 3: False}


def test_documents_asked_in_turn_keep_their_own_tables() -> None:
    first, second = NLP("Miners struck in Potosi."), NLP("Nurses marched in Quito.")
    for _ in range(2):  # the memo keeps the last document asked: switching back and forth must not mix them
        assert memo(first, "head", lambda: "first") == "first"
        assert memo(second, "head", lambda: "second") == "second"
    assert memo(first, "head", lambda: "again") == "first"


def test_entities_are_the_span_ents_read_once_per_document() -> None:
    words = ["Teachers", "of", "the", "Lowland", "Union", "met", "in", "Dorvik", ".",
             "The", "Green", "Lantern", "Party", "walked", "out", "."]  # fmt: skip
    doc = Doc(NLP.vocab, words=words, sent_starts=[True] + [False] * 8 + [True] + [False] * 6,
              ents=["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-GPE", "O",
                    "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])  # fmt: skip
    first, second = doc[0:9], doc[9:16]
    for span in (first, second, doc[4:12], doc[3:8]):
        assert doc_memo.entities(span) == [(e.start, e.end, e.label_) for e in span.ents]
    # an entity that starts before the span ('Lowland Union') or runs past its end ('Green Lantern Party') is not in it
    assert doc_memo.entities(doc[4:12]) == [(7, 8, "GPE")]
    assert doc_memo.entities(doc) == [(3, 5, "ORG"), (7, 8, "GPE"), (10, 13, "ORG")]
    assert memo(doc, "entities", tuple) == ((3, 5, "ORG"), (7, 8, "GPE"), (10, 13, "ORG"))  # read once, kept


def test_unknown_places_are_read_once_for_both_readings(monkeypatch) -> None:
    from seismo.coding import place_names as places

    words = ["Clashes", "erupted", "in", "Qarvelo", "near", "the", "town", "of", "Dunmirra", "."]
    doc = Doc(NLP.vocab, words=words, pos=["NOUN", "VERB", "ADP", "PROPN", "ADP", "DET", "NOUN", "ADP", "PROPN",
                                           "PUNCT"],
              heads=[1, 1, 1, 2, 1, 6, 4, 6, 7, 1], lemmas=[w.lower() for w in words],
              deps=["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
              ents=["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"])  # fmt: skip
    kb, sent = load_kb(), doc[:]
    calls: list[int] = []
    read = places._unknown
    monkeypatch.setattr(places, "_unknown", lambda *a: calls.append(1) or read(*a))
    named = places.unknown_in(sent, [], kb, "ISL", True)
    plain = places.unknown_in(sent, [], kb, "ISL", False)
    assert [(doc[i].text, loc.country) for i, loc in named] == [("Qarvelo", "ISL"), ("Dunmirra", "ISL")]
    assert [doc[i].text for i, _ in plain] == ["Dunmirra"]  # the town noun's name; the bare name only with named
    assert named == [(t.i, loc) for t, loc in places.unknown_places(sent, [], kb, "ISL", True)]
    assert plain == [(t.i, loc) for t, loc in places.unknown_places(sent, [], kb, "ISL", False)]
    assert len(calls) == 1 + 2  # one read serves both readings (the last two are unknown_places' own)


def test_a_phrase_start_and_text_need_no_span() -> None:
    """``phrase_start`` is where ``phrase_span`` starts, read from the same memo; ``phrase_text`` is sliced from the
    word lists, spaced as written and without the space or comma after the phrase's last word."""
    from seismo.coding.aliases import _name
    from seismo.coding.phrases import phrase_span, phrase_start, phrase_text

    words = ["Yesterday", ",", "the", "Upper", "Valley", "herders", ",", "angry", ",", "marched"]
    spaces = [False, True, True, True, True, False, True, False, True, False]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        heads=[9, 9, 5, 4, 5, 9, 5, 5, 5, 9],
        deps=["npadvmod", "punct", "det", "compound", "compound", "nsubj", "punct", "amod", "punct", "ROOT"],
    )
    assert phrase_start(doc[5]) == phrase_span(doc[5]).start == 2
    assert memo(doc, "phrase_starts", dict) == {5: 2}
    assert phrase_text(doc[5]) == phrase_span(doc[5]).text == "the Upper Valley herders"
    assert _name(doc[5]) == "Upper Valley herders"  # the alias pass's name: its phrase less the article
