"""Noun phrases from the parse: the part of a phrase that names who or where it is."""

from __future__ import annotations

from spacy.tokens import Span, Token

from seismo.coding.doc_memo import memo

LEFT_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "quantmod", "predet", "punct"}


def phrase_span(token: Token) -> Span:
    """The token and its left modifiers: the part of a noun phrase that names who it is. Its start is read once
    per token (``coding.doc_memo``): the coder asks for the same phrases over and over."""
    doc = token.doc
    starts: dict[int, int] = memo(doc, "phrase_starts", dict)
    start = starts.get(token.i)
    if start is None:
        start = starts[token.i] = _phrase_start(token)
    return Span(doc, start, token.i + 1)


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
    return token.pos_ == "ADP" and token.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in token.children)


# "North Waziristan", "central Kabul": a direction word before a place keeps the place (it names a part of it)
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                   "southeastern", "southwestern", "upper", "lower", "greater", "inner", "outer"}


def name_tail(head: Token, before: int) -> bool:
    """'Causeway Bay', 'Tin Hau Temple': the head word is the last word of a longer proper name (a name word before
    position ``before`` hangs on it), so the head alone ('Bay', a Somali region) names no place."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < before and c.lower_ not in DIRECTION_WORDS
               for c in head.children)
