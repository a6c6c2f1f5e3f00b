"""A country's edges and its own ground as an event's place: 'along the Ukrainian border', 'in Iraqi territory',
'territory controlled by Boko Haram' (docs/coding.md, "Places the knowledge base does not know"). The country,
without coordinates: no map point."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.phrases import phrase_span, phrase_text
from seismo.coding.word_tables import place_nouns
from seismo.models import Location

if TYPE_CHECKING:
    from seismo.kb import KnowledgeBase


def border_location(token: Token, kb: KnowledgeBase) -> Location | None:
    """'the Ukrainian border': a country named by a modifier of a border noun."""
    if token.lemma_.lower() not in place_nouns().border_nouns:
        return None
    for child in token.lefts:
        if child.dep_ in ("amod", "poss", "compound"):
            found = kb.resolve_phrase(phrase_text(child), None)
            if found and found.actor.country:
                name = " ".join(t.text for t in phrase_span(token) if t.dep_ not in ("det", "case"))
                return Location(name=name, country=found.actor.country)
    return None


def ground_location(token: Token, kb: KnowledgeBase) -> Location | None:
    """'in Iraqi territory', 'shelled Ukrainian villages': a country's own ground named by its adjective or
    possessor; the country, without coordinates (no map point). Not a base or an embassy: a country's own may
    stand abroad ('US bases')."""
    if token.lemma_.lower() not in place_nouns().ground_nouns:
        return None
    for child in token.lefts:
        if child.dep_ in ("amod", "poss", "compound"):
            found = kb.resolve_phrase(phrase_text(child), None)
            if found and found.actor.country and found.actor.code == found.actor.country:  # a country, no sector
                return Location(name=kb.country_name(found.actor.country), country=found.actor.country)
            if (country := _held_by_own_rebels(child, kb)) is not None:
                return Location(name=kb.country_name(country), country=country)
    for child in token.rights:  # "territory controlled by Boko Haram"
        if child.dep_ == "acl" and (country := _held_by_own_rebels(child, kb)) is not None:
            return Location(name=kb.country_name(country), country=country)
    return None


HOLDING_VERBS = {"control", "hold"}  # "SDF-controlled territory", "Taliban-held areas"; not "occupied"
ARMED_GROUPS = {"REB", "INS"}


def _held_by_own_rebels(modifier: Token, kb: KnowledgeBase) -> str | None:
    """'previously SDF controlled territory', 'territory held by Boko Haram': ground a country's own armed group holds
    is in that country. A state's forces may hold foreign ground ('Russian-controlled territory'): no place from
    them."""
    if modifier.lemma_.lower() not in HOLDING_VERBS or modifier.tag_ != "VBN":
        return None
    agents = [g for a in children_with(modifier, ("agent",)) for g in children_with(a, ("pobj",))]
    for holder in [*modifier.children, *agents]:
        if (holder.dep_ in ("npadvmod", "compound", "nsubj", "amod") and holder.i < modifier.i) or holder in agents:
            found = kb.resolve_phrase(phrase_text(holder), None)
            if found and found.actor.country and found.actor.agent in ARMED_GROUPS:
                return found.actor.country
    return None


WIDE_PREPS = frozenset({"across", "throughout"})
COUNTRY_NOUNS = frozenset({"country", "nation"})


def across_the_country(token: Token, kb: KnowledgeBase, home: str | None) -> Location | None:
    """'312 people had been arrested across the country', 'protests throughout the nation': the story's whole
    country, at the country's point: a place of its own, which a paragraph's scene ('officers in the capital') does
    not narrow to one town."""
    if token.lemma_.lower() not in COUNTRY_NOUNS or token.dep_ != "pobj" or token.head.lower_ not in WIDE_PREPS \
            or not home or any(c.dep_ != "det" for c in token.lefts):
        return None
    return kb.place(kb.country_name(home))


# the places one is on, as the tagger lemmatises them ('outskirts' -> 'outskirt', 'streets' -> 'street')
SURFACES = frozenset({"outskirt", "street", "island", "shore", "bank", "edge", "fringe", "coast", "frontier"})


EXPELLING_VERBS = frozenset({"deport", "expel", "evict", "banish", "extradite"})


def expelled_from(prep: Token) -> bool:
    """'deported 50 Nigerians from Libya', 'were expelled from Sudan': the country people are sent out of is
    the one that sends them, so its 'from' places the deporting police or authorities there (a static place
    of the act, not a direction). Only on the verb: on the people ('deported 30 migrants from Syria') it may say
    where they come from."""
    return prep.lower_ == "from" and prep.head.lemma_.lower() in EXPELLING_VERBS


def on_a_place(prep: Token) -> bool:
    """'on the outskirts of Kandahar', 'on the island of Jolo', 'on the streets of Minsk': 'on' is a static locative
    before a place one is on (``surface_nouns``); elsewhere it names a topic or a target ('talks on trade',
    'sanctions on Russia'; an attack's own 'on' is read by ``places._hit_on``). Not set off by a comma: 'Macedonia,
    on Greece's northern border' says where Macedonia lies."""
    if prep.lower_ != "on" or (prep.i > 0 and prep.doc[prep.i - 1].text == ","):
        return False
    obj = next(children_with(prep, ("pobj",)), None)
    return obj is not None and obj.lemma_.lower() in place_nouns().surface_nouns
