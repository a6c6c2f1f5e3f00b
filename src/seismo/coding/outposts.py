"""A country named as the owner of a post it keeps abroad is no place: 'protested outside the US embassy in Jakarta'
happened in Jakarta, 'a car bomb exploded near a US base' in no country the clause names. The embassy, consulate or
base of a country stands in another one as often as in its own (``outpost_nouns`` in
``dictionaries/place_nouns.yaml``; docs/coding.md, "Names are not places")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from seismo.coding.word_tables import place_nouns
from seismo.models import Location

if TYPE_CHECKING:
    from seismo.kb import KnowledgeBase


def owns_outpost(token: Token, location: Location, kb: KnowledgeBase) -> bool:
    """True when ``token`` (a word of the place's name) is a whole country that modifies or possesses an outpost
    noun ('the US embassy', 'Russia's base'); a town modifying one ('the Kabul embassy') still says where."""
    if not location.country or location.name != kb.country_name(location.country):
        return False
    outposts = place_nouns().outpost_nouns
    while token.dep_ in ("compound", "flat") and token.head.i != token.i and token.head.pos_ == "PROPN" \
            and token.head.lemma_.lower() not in outposts:
        token = token.head  # "the United States embassy": from 'United' to 'States', not on to 'Embassy'
    return token.dep_ in ("compound", "amod", "poss", "nmod") and token.head.lemma_.lower() in outposts
