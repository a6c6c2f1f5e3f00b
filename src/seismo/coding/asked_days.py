"""A day the parser hangs on the infinitive of a past request or threat is the day it was said.

"The opposition called on the president to resign on Monday", "Rebels threatened to quit the talks on Tuesday":
the small model attaches the date phrase to the nearest verb, the infinitive. When the infinitive is itself an
event head (RETREAT 'resign') the date stops there and the request or threat falls back to the publication day.
Told in the past, a day that is not after publication is the day of the asking or threatening: the asked-for act
has not happened, so a past day cannot be its own. A deadline ('to resign by Friday', bound words stop at
``clause_owner``) and a day after publication ('to resign on March 20') stay the infinitive's.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.sentence import DateHit, SentenceInfo, clause_owner

PAST_TAGS = {"VBD", "VBN"}


def asked_day(verb: Token, info: SentenceInfo, heads: set[int], published: dt.date | None) -> DateHit | None:
    """The past day hung on a 'to' infinitive complement of a past verb, for that verb (None when there is none)."""
    if verb.tag_ not in PAST_TAGS:
        return None
    for comp in (c for c in children_with(verb, ("xcomp",)) if _to_infinitive(c)):
        for hit in info.dates:
            owner = clause_owner(hit.token, heads | {verb.i, comp.i}, stop_at_bounds=True)
            if owner is not None and owner.i == comp.i and hit.names is None and _not_later(hit, published):
                return hit
    return None


def _to_infinitive(token: Token) -> bool:
    return token.tag_ == "VB" and any(c.lower_ == "to" for c in children_with(token, ("aux",)))


def _not_later(hit: DateHit, published: dt.date | None) -> bool:
    return hit.date is not None and (published is None or hit.date <= published)
