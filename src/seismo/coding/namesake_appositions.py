"""'David Clarke, a Kenyan activist, accused the police': a known person's name followed by an apposition that
gives another country is a namesake, not the person the knowledge base holds. The apposition is the mention's
own evidence (docs/design: country per mention from the clause), so its reading (country and sector) replaces
the record's, as ``of_country`` does for 'King Hassan of Morocco'. An apposition with no country, of the same
country, naming a past role ('the former Kenyan envoy') or an organisation leaves the record's reading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.current_roles import PAST_WORDS
from seismo.coding.doc_words import children_with
from seismo.models import Actor

__all__ = ["namesake_described"]


def namesake_described(token: Token, actor: Actor | None, resolve: Callable[[Token, dt.date | None], Actor | None],
                       on: dt.date | None) -> Actor | None:
    """The apposition's actor, named as ``token``, when ``actor`` is a person of the knowledge base whose
    country the apposition contradicts; else ``actor``."""
    if actor is None or not actor.country or token.pos_ != "PROPN" or not (actor.reason or "").startswith("person "):
        return actor
    for appos in children_with(token, ("appos",)):
        if appos.pos_ != "NOUN" or appos.i < token.i \
                or any(t.lower_.removesuffix("-") in PAST_WORDS or t.lower_.startswith("ex-") for t in appos.subtree):
            continue
        said = resolve(appos, on)
        if said is None or not said.country or said.country == actor.country or said.igo or not said.agent \
                or (said.reason or "").startswith("person "):
            continue
        return said.model_copy(update={
            "name": actor.name,
            "reason": f"a namesake of {actor.code} ({actor.reason}), described as '{appos.text}': {said.reason}"})
    return actor
