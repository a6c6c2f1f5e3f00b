"""Where a seat of government is: 'Putin hosted Erdogan at the Kremlin' happened in Moscow, 'protesters gathered
outside the White House' in Washington.

A building that names a government (``seat_names`` in ``dictionaries/place_nouns.yaml``: the Kremlin, the White
House, Downing Street, the Elysee ...) is an actor to the knowledge base, not a place; after a static locative
of the event's clause it says where the event happened: the capital of the country the knowledge base gives it.
Read, not stated: named after the capital, without coordinates (no map point), as a paragraph's scene is. After
'at' only for acts done at a place (meetings, protests, attacks, arrests, signings): 'lashed out at the Kremlin'
aims at it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from seismo.coding.lexicon import dictionary
from seismo.coding.phrases import phrase_text
from seismo.coding.word_tables import place_nouns
from seismo.models import Event, Location

if TYPE_CHECKING:
    from seismo.kb import KnowledgeBase

SEAT_PREPS = frozenset({"in", "at", "outside", "inside", "near"})
# acts done at a venue: 'at' before a seat says where; for the rest it often says at whom ('hit out at')
VENUE_TYPES = frozenset({"CONSULT", "PROTEST", "ASSAULT", "COERCE", "AGREE", "COOPERATE", "MOBILIZE"})


def seat_token(token: Token, event_type: str) -> bool:
    """A seat's name (its head word) as the object of a static locative that may say where an act of this type
    happened."""
    if token.dep_ != "pobj" or token.head.lower_ not in SEAT_PREPS:
        return False
    if token.head.lower_ == "at" and event_type not in VENUE_TYPES:
        return False
    return _folded(_bare(phrase_text(token))) in _seat_names()


def seat_location(token: Token, kb: KnowledgeBase) -> Location | None:
    """The capital of the country whose seat of government ``token`` names ('the Kremlin' -> Moscow, RUS)."""
    found = kb.resolve_phrase(_bare(phrase_text(token)), None)
    country = found.actor.country if found is not None and not found.actor.igo else None
    record = kb.countries.get(country or "")
    if record is None or not record.capital:
        return None
    return Location(name=record.capital, country=record.iso3)


# what a body does in session: rulings, votes, statements (not aid, deployments or a visit, made elsewhere)
SESSION_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                           "SANCTION"})


def at_body_seat(events: list[Event]) -> list[Event]:
    """'The International Court of Justice ordered Myanmar to ...': an international body that sits in one city
    (``body_seats`` in ``dictionaries/place_nouns.yaml``) did what it rules, votes or says there, when nothing
    else places it; named after the city, without coordinates (read, not stated)."""
    return [e.model_copy(update={"location": seat}) if e.location is None and e.type in SESSION_TYPES
            and e.mode != "visit" and (seat := _body_seat(e)) is not None else e for e in events]


def _body_seat(event: Event) -> Location | None:
    source = event.source
    if source is None or not source.igo or not source.name:
        return None
    return _body_seats().get(_folded(_bare(source.name)))


@lru_cache(maxsize=1)
def _body_seats() -> dict[str, Location]:
    return {_folded(name): Location(name=row["city"], country=row["country"])
            for row in dictionary("place_nouns.yaml").get("body_seats") or () for name in row["names"]}


def _bare(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _seat_names() -> frozenset[str]:
    return frozenset(_folded(name) for name in place_nouns().seat_names)


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
