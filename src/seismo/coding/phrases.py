"""Noun phrases from the parse: the part of a phrase that names who or where it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from seismo.coding.doc_memo import doc_text, memo
from seismo.coding.doc_words import children_with, doc_words, has_child
from seismo.coding.lexicon import word_list, word_sets

if TYPE_CHECKING:
    import datetime as dt

    from seismo.kb import KnowledgeBase

LEFT_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "quantmod", "predet", "punct"}


def phrase_span(token: Token) -> Span:
    """The token and its left modifiers: the part of a noun phrase that names who it is. Its start is read once
    per token (``coding.doc_memo``): the coder asks for the same phrases over and over."""
    return Span(token.doc, phrase_start(token), token.i + 1)


def phrase_start(token: Token) -> int:
    """Where ``phrase_span(token)`` starts, for askers that need no ``Span`` (kept per token in the memo)."""
    starts: dict[int, int] = memo(token.doc, "phrase_starts", dict)
    start = starts.get(token.i)
    if start is None:
        start = starts[token.i] = _phrase_start(token)
    return start


def phrase_text(token: Token) -> str:
    """``phrase_span(token).text``, kept per token in the document's memo and sliced from the document's text
    (``Span.text`` builds a ``Token`` for each word)."""
    doc = token.doc
    texts: dict[int, str] = memo(doc, "phrase_texts", dict)
    text = texts.get(token.i)
    if text is None:
        words = doc_words(doc)
        text = texts[token.i] = doc_text(doc)[words.idx[phrase_start(token)] : words.end_char(token.i)]
    return text


def _phrase_start(token: Token) -> int:
    start = token.i
    for child in token.lefts:
        if child.dep_ in LEFT_DEPS or child.dep_ == "appos":
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and doc[start].is_punct:
        start += 1
    if start > 0 and _orphan_preposition(doc[start - 1]) and token.ent_type_ == "PERSON" and token.ent_iob_ != "O":
        # "On live television Erdogan attacked": the preposition's object was hung on the name as modifiers
        start = max(start, next(t.i for t in reversed(doc[: token.i + 1]) if t.ent_iob_ == "B"))
    return start


def _orphan_preposition(token: Token) -> bool:
    return token.pos_ == "ADP" and token.dep_ == "prep" and not has_child(token, ("pobj", "pcomp"))


@word_list
def part_words() -> frozenset[str]:
    """Words that name a part of the place after them ('North Waziristan', 'East Jerusalem', 'Greater
    Manchester', 'Old Jaffa'): ``name_part_words`` in ``dictionaries/placement.yaml``."""
    return word_sets("placement.yaml", ("name_part_words",))[1][0]


def name_tail(words: Span) -> bool:
    """'Causeway Bay', 'Tin Hau Temple', 'Tel Sabra': the words end a longer proper name (a proper-noun word
    before them hangs on one of them as a compound), so they alone name no place ('Bay' is a Somali region,
    'Sabra' no Sabratha). A part word before a place keeps the place: 'central Kabul' is in Kabul."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < words.start and c.lower_ not in part_words()
               for token in words for c in token.children)


def named_with_of(kb: KnowledgeBase, token: Token, text: str, on: dt.date | None) -> str | None:
    """'the Human Rights Commission of Pakistan', 'the Bank of England': a capitalised head with an 'of'
    complement that the knowledge base knows as one named organisation is that organisation, not the
    head's sector in the complement's country ('Human Rights Commission' + Pakistan). A 'for' complement the same
    ('the International Organization for Migration'). None otherwise."""
    if token.pos_ != "PROPN":
        return None
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    pobj = next(children_with(prep, ("pobj",)), None) if prep is not None else None
    if pobj is None or pobj.pos_ != "PROPN" or has_child(pobj, ("prep", "conj", "appos")):
        return None
    doc = token.doc
    whole = f"{text} {doc[prep.i:pobj.i + 1].text}"
    found = kb.find_actor_mentions(whole, on)
    if len(found) == 1 and found[0][0] < len(text) and found[0][1] == len(whole) \
            and found[0][2].reason.startswith("institution"):
        return whole
    return None
