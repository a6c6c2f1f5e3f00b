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
    run = _proper_run(token)
    head = run[-1]
    if not head.text[:1].isupper() or head.lower_ not in outlet_heads():
        return None
    words = [t.text for t in run[:-1]]
    found = kb.resolve_phrase(" ".join(words), on) if words else None
    country = found.actor.country if found is not None else None
    code = f"{country}MED" if country else None
    whose = f" of {country}" if country else ""
    name = " ".join(t.text for t in run) if token.i != head.i or not text else text
    return Actor(
        name=name,
        code=code,
        country=country,
        agent="MED",
        reason=f"outlet: a name ending in '{head.text}' is a news outlet{whose}",
    )


def _proper_run(token: Token) -> list[Token]:
    """The proper nouns next to one another around ``token``, within its sentence."""
    doc, sent = token.doc, token.sent
    start = end = token.i
    while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end + 1 < sent.end and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ not in ("DATE", "TIME"):
        end += 1  # "told the Washington Post Monday": the day is no part of the name
    return list(doc[start : end + 1])
