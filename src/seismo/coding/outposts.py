"""A country named as the owner of a post it keeps abroad is no place: 'protested outside the US embassy in Jakarta'
happened in Jakarta, 'a car bomb exploded near a US base' in no country the clause names. The embassy, consulate or
base of a country stands in another one as often as in its own (``outpost_nouns`` in
``dictionaries/place_nouns.yaml``; docs/coding.md, "Names are not places")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from seismo.coding.phrases import phrase_text
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


# posts troops are stationed at ("bases" is lemmatised "basis" by the tagger); not missions or embassies
def hosted_at(token: Token, kb: KnowledgeBase) -> Location | None:
    """'US troops in Iraqi military bases', 'fired at US troops at an Iraqi air base': a country's base that hosts
    another country's forces stands in the host's own country (a base its own forces hold may be abroad: no
    place from 'a US base'). The host country, without coordinates (no map point)."""
    if token.lower_ not in place_nouns().host_posts or token.dep_ != "pobj" or token.head.lower_ not in ("in", "at"):
        return None
    host = _modifier_country(token, kb)
    holder = token.head.head  # the troops it holds, or the act done there to its object ('attacked X at a base')
    guests = [holder] if holder.pos_ != "VERB" else _acted_on(holder)
    if host is None or not any(c not in (None, host) for g in guests if (c := _modifier_country(g, kb))):
        return None  # "US troops at an Iraqi air base": its guests are another country's
    return Location(name=kb.country_name(host), country=host)


def _acted_on(verb: Token) -> list[Token]:
    """Whom the act was done to: the verb's object, or the aim of an attack ('fired missiles at US troops')."""
    aims = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "against")
            for g in p.children if g.dep_ == "pobj"]
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + aims


def _modifier_country(noun: Token, kb: KnowledgeBase) -> str | None:
    """The country a modifier or possessor of ``noun`` names as a whole country ('Iraqi', 'US', 'Qatar's')."""
    for child in noun.lefts:
        if child.dep_ in ("amod", "poss", "compound", "nmod") and child.pos_ in ("ADJ", "PROPN"):  # "Thai": nmod
            found = kb.resolve_phrase(phrase_text(child), None)
            if found and found.actor.country and found.actor.code == found.actor.country:
                return found.actor.country
    return None
