"""News outlets named by a publication word are media, not the place or body in their name (issue 13, relevance).

'The Washington Post' is no USA government because 'Washington' is a capital, 'China Daily' is no Chinese state
act, 'the UNESCO Courier' is no UNESCO: the name's head (``outlet_heads`` in group_nouns.yaml: Post, Times, Daily,
Courier, News, ...) makes it an outlet, and its other words say whose (MED of that country). An outlet reports;
when it acts (sues, is banned) it is a MED actor, and the 'you' of an interview it gives is not it
(``speakers.QuoteSpeakers``).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from seismo.coding.doc_memo import sentence_of
from seismo.coding.doc_words import Words, doc_words
from seismo.coding.lexicon import word_list, word_sets
from seismo.kb import KnowledgeBase
from seismo.models import Actor


@word_list
def outlet_heads() -> frozenset[str]:
    """The publication words of ``group_nouns.yaml`` ``outlet_heads``."""
    return frozenset(w.lower() for w in word_sets("group_nouns.yaml", ("outlet_heads",))[1][0])


def outlet(token: Token, span: Span | list[Token], text: str, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """The outlet a capitalised proper name ending in a publication word names ('the Washington Post': USAMED). The
    name is read as the run of proper nouns around ``token`` (a flat parse may hang 'UNESCO' and 'Courier' on the
    verb one by one), so each of its words names the outlet."""
    if token.pos_ != "PROPN":
        return None
    words = doc_words(token.doc)
    start, end = _proper_run(token, words)
    head_text = words.text[end]
    if not head_text[:1].isupper() or words.lower[end] not in outlet_heads():
        return None
    found = kb.resolve_phrase(" ".join(words.text[start:end]), on) if end > start else None
    country = found.actor.country if found is not None else None
    code = f"{country}MED" if country else None
    whose = f" of {country}" if country else ""
    name = " ".join(words.text[start : end + 1]) if token.i != end or not text else text
    return Actor(
        name=name,
        code=code,
        country=country,
        agent="MED",
        reason=f"outlet: a name ending in '{head_text}' is a news outlet{whose}",
    )


def _proper_run(token: Token, words: Words) -> tuple[int, int]:
    """The first and last index of the proper nouns next to one another around ``token``, within its sentence.
    Read from the document's word lists (``coding.doc_words``): every resolved name asks, and ``Token.sent`` and
    a ``Token`` per neighbour cost more than the test (issue 15)."""
    sent, pos, ents = sentence_of(token), words.pos, words.ent_type
    start = end = token.i
    while start - 1 >= sent.start and pos[start - 1] == "PROPN":
        start -= 1
    while end + 1 < sent.end and pos[end + 1] == "PROPN" and ents[end + 1] not in ("DATE", "TIME"):
        end += 1  # "told the Washington Post Monday": the day is no part of the name
    return start, end
