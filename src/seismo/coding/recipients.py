"""Recipients a clause does not name: the place of a material act, a domestic crowd's state, sectors.

Second choices only: the coder asks these when the sentence's own arguments give no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.events import Trigger
from seismo.kb import KnowledgeBase
from seismo.models import Actor, Location

# material acts whose recipient, when none is named, is the place they happen in
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION", "AID", "RETREAT", "CONSULT:visit"}


def own_possession(token: Token) -> bool:
    """'offered its troops to Lebanon': the subject's own forces are a last-choice target."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)


def place_target(trigger: Trigger, location: Location | None, sources: list[Actor] | None = None) -> list[Actor]:
    """'shelled positions near Rafah', 'imposed a curfew in Cizre', 'arrived in Amman on a visit': a material
    act with no named recipient is directed at the place where it happens (a visit at its host). Not a
    protest by the place's own people: that one is addressed to their government (``domestic_target``)."""
    if location is None or not location.country:
        return []
    if trigger.type == "PROTEST" and sources and sources[0].country == location.country \
            and sources[0].agent in DOMESTIC_PROTESTERS:
        return []
    if trigger.type not in PLACE_TARGET_TYPES and f"{trigger.type}:{trigger.mode}" not in PLACE_TARGET_TYPES:
        return []
    return [Actor(name=location.name, code=location.country, country=location.country)]


DOMESTIC_PROTESTERS = {None, "CVL", "OPP", "LAB", "EDU", "REB", "INS", "PTY", "REL", "ETH", "SEP", "MED", "JUD",
                       "NGO", "BUS", "AGR", "REF", "HRI", "SPY", "MOD", "RAD", "UAF", "IND"}


DOMESTIC_ENFORCERS = {"COP", "JUD", "SPY"}  # police, courts, security services act on their own population


def domestic_target(trigger: Trigger, sources: list[Actor]) -> list[Actor]:
    """'Egyptian demonstrators rioted', 'workers stopped work over a labour bill': a protest by a country's
    own people that names no addressee is directed at that country's government (PLOVER PROTEST is an act
    against a target; a domestic crowd's target is its state). Likewise 'Turkish police prevented the
    demonstration', 'the court banned the newspaper': a coercive act of a country's police, courts or
    security services with no named recipient falls on that country's own people."""
    if not sources or sources[0].igo or not sources[0].country:
        return []
    source = sources[0]
    if trigger.type == "PROTEST" and source.agent in DOMESTIC_PROTESTERS:
        return [Actor(name=f"({source.country} government implied)", code=f"{source.country}GOV",
                      country=source.country, agent="GOV")]
    if trigger.type == "COERCE" and source.agent in DOMESTIC_ENFORCERS:
        return [Actor(name=f"({source.country} civilians implied)", code=f"{source.country}CVL",
                      country=source.country, agent="CVL")]
    return []


def localised(actor: Actor, location: Location | None) -> Actor:
    """'Three soldiers were killed by an IED in Helmand': a sector with no country, in a story with no home
    country, is the country of the place where the event happens."""
    if actor.country or actor.igo or not actor.agent or location is None or not location.country:
        return actor
    return actor.model_copy(update={"country": location.country, "code": f"{location.country}{actor.agent}"})


def with_agent(actor: Actor, agent: str | None) -> Actor:
    """'Russia deployed troops': a country-only source of a military act is its military."""
    if agent and actor.country and not actor.agent and not actor.igo:
        return actor.model_copy(update={"agent": agent, "code": f"{actor.code or actor.country}{agent}"})
    return actor


PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def placed(actor: Actor, token: Token, kb: KnowledgeBase) -> Actor:
    """'an attack on Mekele', 'shelled Turin': a named place that is no actor stands, as a recipient, for its
    country (known only by its country, so it merges with a more specific recipient of that country)."""
    if actor.code or actor.country or actor.igo or actor.agent or token.ent_type_ not in PLACE_ENTITIES:
        return actor
    place = kb.place(actor.name)
    if place is None or not place.country:
        return actor
    return Actor(name=actor.name, code=place.country, country=place.country)


def implied_protesters(trigger: Trigger, location: Location | None) -> list[Actor]:
    """'two weeks of protests in San Juan', 'anti-government protests continue in Baghdad': a protest noun that
    names no protesters is by the people of the place where it happens."""
    if trigger.type != "PROTEST" or location is None or not location.country:
        return []
    country = location.country
    return [Actor(name=f"({country} civilians implied)", code=f"{country}CVL", country=country, agent="CVL")]
