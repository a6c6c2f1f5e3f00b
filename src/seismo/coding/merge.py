"""Actor identity and same-event merging: when two mentions in one sentence are one event."""

from __future__ import annotations

import re

from seismo.models import Actor, Event, Location

CHALLENGERS = {"REB", "OPP", "INS", "SEP"}  # sectors that are not their country's government side


MUTUAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}  # coded once per pair, in either direction
MERGE_FIELDS = ("target", "date", "date_text", "date_precision", "location", "quantity", "attributed_to")
STATE_VOICES = {"GOV", "MIL"}  # a state's threat is one statement whether its government or its forces are named


def _reversed(other: Event, event: Event) -> bool:
    """The same mutual act coded from the other side: type and modality alike, source and target swapped."""
    return other.type == event.type and other.modality == event.modality and other.target is not None \
        and actor_key(other.source) == actor_key(event.target) and actor_key(other.target) == actor_key(event.source)


def merge_into(events: list[Event], event: Event) -> None:
    """One real event, one record: 'struck Kharkiv on Tuesday, killing 12' is one ASSAULT, not two.

    Mentions of the same type, source and modality in one sentence merge when they do not contradict
    each other (nor name two acts by their modes, ``same_act_mode``); the merged record takes every field either
    of them knows. A mutual act with no target whose actor is already a party of the same act ("Iran and Saudi
    Arabia agreed to restore relations": Saudi Arabia's own agreement) is that act, not a second one.
    """
    if event.type in MUTUAL_TYPES and event.target is None and any(_party_of(o, event) for o in events):
        return
    if event.type in MUTUAL_TYPES and event.target is not None and any(_reversed(o, event) for o in events):
        return  # "Iran and Saudi Arabia agreed to reopen their embassies": Saudi Arabia's side of the same act
    for i, other in enumerate(events):
        if (other.type, other.modality) != (event.type, event.modality) or not _same_doer(other, event):
            continue
        if not all(_compatible(getattr(other, f), getattr(event, f)) for f in _checked_fields(other, event)) \
                or not same_act_mode(other, event):
            continue
        update = {f: getattr(event, f) for f in MERGE_FIELDS if getattr(other, f) is None}
        if other.mode is None and actor_key(other.source) != actor_key(event.source):
            update["mode"] = event.mode  # "threatened to launch an offensive": a threat of its forces' act (violence)
        if country_only(other.target) and event.target is not None and not country_only(event.target):
            update["target"] = event.target  # "shelled Kharkiv (UKR), killing 12 civilians (UKRCVL)"
        events[i] = other.model_copy(update=update)
        return
    events.append(event)


# types whose modes name distinct measures: 'imposed a curfew and shut down the internet' are two. Not an attack's
# or a protest's modes (a manner: one attack may use several weapons, one march may turn into a riot), nor a
# statement's (one statement told again in other words: 'condemned' then 'accused')
MEASURE_MODE_TYPES = {"COERCE", "SANCTION", "MOBILIZE", "RETREAT", "AID"}


def _checked_fields(a: Event, b: Event) -> tuple[str, ...]:
    """The fields two mentions must not contradict. A threat told by the threat verb and again by the threatened
    act's stance ('threatened to strike targets inside Thailand') has two places (where it is said, where it
    would strike): only their targets and days must agree."""
    if a.type == "THREATEN" and actor_key(a.source) != actor_key(b.source):
        return ("target", "date")
    return ("target", "location", "date")


def _same_doer(a: Event, b: Event) -> bool:
    """The same source, or for a threat the same state: 'Iran threatened to attack Israel' is Iran's (IRNGOV)
    threat, and the stance of 'attack' (by Iran's forces, IRNMIL) is that one threat told again."""
    if actor_key(a.source) == actor_key(b.source):
        return True
    sa, sb = a.source, b.source
    return a.type == "THREATEN" and sa is not None and sb is not None and bool(sa.country) \
        and sa.country == sb.country and {sa.agent, sb.agent} <= STATE_VOICES and "GOV" in {sa.agent, sb.agent}


def same_act_mode(a: Event, b: Event) -> bool:
    """Modes that do not tell two acts of one type apart: 'imposed a curfew and shut down the internet' (curfew,
    restrict) and 'arrested the activist ... deported the activist' (arrest, deport) are two measures. A mention
    without a mode may be either; modes of other types than measures name a manner or a wording, not the act."""
    return a.mode is None or b.mode is None or a.mode == b.mode or a.type not in MEASURE_MODE_TYPES


def _party_of(other: Event, event: Event) -> bool:
    return (other.type, other.modality) == (event.type, event.modality) and other.target is not None \
        and actor_key(other.target) == actor_key(event.source)


def _compatible(a: object, b: object) -> bool:
    if a is None or b is None:
        return True
    if isinstance(a, Actor) and isinstance(b, Actor):
        same_country = a.country == b.country is not None
        return actor_key(a) == actor_key(b) or (same_country and (country_only(a) or country_only(b)))
    if isinstance(a, Location) and isinstance(b, Location):
        return a.country == b.country
    return a == b


def country_only(actor: Actor | None) -> bool:
    """A recipient known only by its country (a place): compatible with any actor of that country."""
    return actor is not None and bool(actor.country) and not actor.agent and not actor.igo


def same_side(a: Actor, b: Actor) -> bool:
    """Same country, or the same organisation: a speaker announcing its own side's act. Rebels and the
    opposition are not their government's side ('Rwandan rebels said President Kagame must agree')."""
    if a.country and b.country:
        return a.country == b.country and ((a.agent in CHALLENGERS) == (b.agent in CHALLENGERS))
    return bool(a.igo and b.igo and a.igo == b.igo) or same_actor(a, b)


def identified(actor: Actor | None) -> bool:
    """An actor worth coding as a party: a named one, or a sector such as 'government troops' or
    'reporters' whose country the text leaves open."""
    return actor is not None and (named(actor) or bool(actor.agent))


def named(actor: Actor | None) -> bool:
    """An actor known by more than its sector: a country, an organisation, a coded actor or a named entity."""
    return actor is not None and bool(actor.code or actor.country or actor.igo or actor.name[:1].isupper())


def actor_key(actor: Actor | None) -> str | None:
    return None if actor is None else (actor.code or actor.name)


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and actor_key(a) == actor_key(b)


PERSON_REASON = re.compile(r"^person ([^:;]+):")  # the knowledge base's reason for a person it knows


def distinct_people(a: Actor, b: Actor) -> bool:
    """Two different people the knowledge base knows ('Trump asked for Bolton's resignation'): different parties
    even when their codes are alike (a president and his adviser are both USAGOV)."""
    pa, pb = (PERSON_REASON.match(x.reason or "") for x in (a, b))
    return pa is not None and pb is not None and pa.group(1) != pb.group(1)
