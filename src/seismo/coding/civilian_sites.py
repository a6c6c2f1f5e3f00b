"""The people of an attacked civilian site: 'Gunmen attacked a Kabul mosque', 'a bomber struck a crowded Baghdad
market'. The city that names the site (a modifier, or 'a mosque in Kabul') says where it happened; the site itself
names no actor, and an attack on it is on the people there, civilians of the place's country (CVL), not on that
country's government, nor on the country as a whole (``recipients.place_target``). Sites whose noun names a sector
of its own (a school EDU, a hospital HLH) are actors of the agents dictionary and never reach this step."""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.events import Trigger
from seismo.coding.verb_roles import direct_object
from seismo.coding.word_tables import place_nouns
from seismo.models import Actor, Location

SITE_PREPS = frozenset({"on", "at", "in", "inside", "outside", "near"})  # "an attack on a mosque", "fired at a market"


def site_people(trigger: Trigger, location: Location | None) -> list[Actor]:
    """Civilians of the place's country when the attack's object is a civilian site, else nothing."""
    if trigger.type != "ASSAULT" or location is None or not location.country:
        return []
    site = attacked_site(trigger)
    if site is None:
        return []
    country = location.country
    return [Actor.implied(country, "CVL", reason=f"the people of the attacked {site.text} in {location.name}")]


def civilian_site(trigger: Trigger, token: Token) -> bool:
    """Whether an attack noun's complement is a civilian site ('a bombing attack on a Kabul mosque'): it names no
    actor, not even the city before it, and the attack's target is the people there (``site_people``)."""
    return trigger.type == "ASSAULT" and token.lemma_.lower() in place_nouns().civilian_sites


def attacked_site(trigger: Trigger) -> Token | None:
    """The civilian site the attack is aimed at: the verb's object ('attacked a mosque'), else a site after one of
    ``SITE_PREPS`` on the verb or the event noun ('an attack on a Kabul mosque', 'a bomb exploded at a market')."""
    sites = place_nouns().civilian_sites
    head = trigger.word if trigger.noun else trigger.verb
    obj = None if trigger.noun else direct_object(trigger.verb)
    candidates = [obj] if obj is not None else []
    candidates += [p for prep in children_with(head, ("prep",)) if prep.lower_ in SITE_PREPS
                   for p in children_with(prep, ("pobj",))]
    return next((t for t in candidates if t.lemma_.lower() in sites), None)
