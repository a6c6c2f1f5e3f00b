"""Noun phrases from the parse: the part of a phrase that names who or where it is."""

from __future__ import annotations

from spacy.tokens import Span, Token

LEFT_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "quantmod", "predet", "punct"}


def phrase_span(token: Token) -> Span:
    """The token and its left modifiers: the part of a noun phrase that names who it is."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in LEFT_DEPS or child.dep_ == "appos":
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and doc[start].is_punct:
        start += 1
    return doc[start : token.i + 1]
