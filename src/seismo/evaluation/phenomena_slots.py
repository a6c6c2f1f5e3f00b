"""Slot fillers of the phenomenon suite, drawn from the knowledge base and checked against it.

A filler is a dict of attributes; ``text`` is what a bare ``{A}`` renders. Each slot kind draws its
filler with the case's random generator on the case's publication date (a leader is someone who
held the office on that day, per ``seismo.kb``). ``verify`` then asks the knowledge base whether it
reads each attribute a template uses the way the template expects; when it does not, the answer is
the reason, and the case is dropped with it rather than mis-scored.

Slot kinds (the ``kind`` key of a slot in the YAML; ``among`` names a list in ``pools.yaml``):

    country    a country of the pool: name ("the Netherlands"), bare ("Netherlands"), iso3, demonym,
               capital, city
    leader     a person in office on the day (``roles``: HOS, HOG, FM, DEF, INT): name, surname,
               title, agent, role, plus the country attributes of their country; ``names`` (a list in
               ``pools.yaml``) keeps only the people it names
    departing_leader  a person whose term (``roles``, default HOS, HOG) ended, to the day, 0..6 days
               before the publication day (``gone``: at least that many days, and in no office that
               day): the leader attributes, plus text (the end's weekday) and
               date of ``day`` (the term's last day in the record: the day they resign or hand over); no
               other office of theirs runs on that day; past_month ("October 2004": the month before the
               publication day's, a month they held the office from its first day, else the case is dropped)
    namesake   an invented person who shares a surname with a head of state or government in
               office on the day: text ("Carlos Johnson"), first, surname, politician, iso3, agent
    person     an invented full name the knowledge base does not know
    ambiguous_city  a city (or region) name the gazetteer holds in two countries at equal rank, drawn from
               the KB: text (the name, which reads as the place in ``default`` in no story), default,
               default_name, plus the country attributes of the other country (iso3, name, demonym, ...),
               one of the pool (``among``); ``capital: true`` takes names that are the default country's
               capital ("Tripoli": Libya's capital, a city in Lebanon)
    weekday    a weekday ``direction`` past (0..6 days back) or future (1..6 ahead): text, date, day_before
    last_week  "last week": dates (the seven days of the previous calendar week)
    weekday_last_week   "Thursday" of the previous calendar week: text, date
    last_season  a season (spring, summer, autumn, winter) that ended before the day: name, year (of its
               first month), dates (its days; the latest such season, so "last {name}" names it)
    number     an integer between ``min`` and ``max``: text, value
    choice     one of ``values`` (strings, or mappings with a ``text``)
    pool       one item of the list ``among`` in pools.yaml
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from seismo.kb import KnowledgeBase
from seismo.kb.records import Person, Role
from seismo.kb.text import fold

Filler = dict[str, Any]
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MINISTER_TITLES = {"FM": "Foreign Minister", "DEF": "Defence Minister", "INT": "Interior Minister"}
TERM_MARGIN = dt.timedelta(days=14)  # keep clear of hand-overs, where sources disagree by days
# Open-ended terms from the 2022 Wikidata snapshot (source "everypolitician:...") may have ended since
# (kb/data/people_updates.csv closes only some of them), so they are trusted up to this day only.
SNAPSHOT_HORIZON = dt.date(2022, 6, 1)
COUNTRY_KINDS = ("country", "leader", "departing_leader", "ambiguous_city")


class NoFiller(Exception):
    """No filler of this kind fits the case (say, no leader of the pool in office that day)."""


@dataclass
class Draw:
    """What a slot may look at while it is drawn: the case's generator, day and earlier fillers."""

    rng: random.Random
    kb: KnowledgeBase
    pools: dict[str, Any]
    day: dt.date
    fillers: dict[str, Filler] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)  # ISO3 codes already taken by this case


def draw_filler(spec: dict[str, Any], draw: Draw) -> Filler:
    kind = spec.get("kind", "choice")
    if kind not in DRAWERS:
        raise ValueError(f"unknown slot kind {kind!r}; use one of {', '.join(sorted(DRAWERS))}")
    return DRAWERS[kind](spec, draw)


# ---- countries and people ------------------------------------------------------------------------
def _pool_codes(spec: dict[str, Any], draw: Draw) -> list[str]:
    pool = draw.pools[spec.get("among", "countries")]
    codes = sorted(pool) if isinstance(pool, dict) else list(pool)
    return [c for c in codes if c not in draw.used and c not in set(spec.get("exclude", ()))]


def _country_attrs(iso3: str, draw: Draw) -> Filler:
    country = draw.kb.countries[iso3]
    info = draw.pools["countries"].get(iso3) or {}
    cities = list(info.get("cities") or [])
    name = info.get("name", country.name)
    return {
        "text": name,
        "name": name,
        "country": name,
        "bare": name.removeprefix("the "),  # "Philippines", as in "MANILA, Philippines (AP)"
        "iso3": iso3,
        "demonym": info.get("demonym", country.demonym),
        "capital": info.get("capital", country.capital),
        "city": draw.rng.choice(cities) if cities else None,
    }


def _country(spec: dict[str, Any], draw: Draw) -> Filler:
    if "same_as" in spec:
        return _country_attrs(draw.fillers[spec["same_as"]]["iso3"], draw)
    codes = _pool_codes(spec, draw)
    if not codes:
        raise NoFiller("no country left in the pool")
    iso3 = draw.rng.choice(codes)
    draw.used.add(iso3)
    return _country_attrs(iso3, draw)


@lru_cache(maxsize=4)
def _office_holders(kb: KnowledgeBase) -> dict[str, list[tuple[Person, Role]]]:
    """ISO3 -> (person, role) for every role with exact dates, sorted by name (deterministic)."""
    out: dict[str, list[tuple[Person, Role]]] = {}
    for person in kb.people.values():
        for role in person.roles:
            if role.country and role.exact and role.start is not None:
                out.setdefault(role.country, []).append((person, role))
    for holders in out.values():
        holders.sort(key=lambda pr: (pr[0].name, pr[1].start or dt.date.min, pr[1].role))
    return out


def _in_office(role: Role, day: dt.date) -> bool:
    start = role.start or dt.date.min
    end = role.end or dt.date.max - TERM_MARGIN
    if role.end is None and role.source.startswith("everypolitician"):
        end = SNAPSHOT_HORIZON + TERM_MARGIN
    return start + TERM_MARGIN <= day < end - TERM_MARGIN


def _leader(spec: dict[str, Any], draw: Draw) -> Filler:
    roles = set(spec.get("roles", ["HOS", "HOG"]))
    same = spec.get("same_country")
    countries = [draw.fillers[same]["iso3"]] if same else _pool_codes(spec, draw)
    holders = _office_holders(draw.kb)
    skip = set(draw.pools.get("not_leaders") or ())
    named = set(draw.pools[spec["names"]]) if "names" in spec else None
    candidates = [
        (person, role)
        for iso3 in countries
        for person, role in holders.get(iso3, [])
        if role.role in roles and person.name not in skip and _in_office(role, draw.day)
        and (named is None or person.name in named)
    ]
    if not candidates:
        raise NoFiller(f"no {'/'.join(sorted(roles))} of the pool in office on {draw.day}")
    person, role = draw.rng.choice(candidates)
    assert role.country is not None
    if "same_country" not in spec:
        draw.used.add(role.country)
    return _person_attrs(person.name, role, draw) | {"title": MINISTER_TITLES.get(role.role, role.title)}


def _person_attrs(name: str, role: Any, draw: Draw) -> Filler:
    """The slot attributes of an office holder: the country's, the name and surname, the sector and the role."""
    return _country_attrs(role.country, draw) | {
        "text": name, "name": name, "surname": name.split()[-1], "agent": role.agent, "role": role.role,
        "title": role.title,
    }


def _departing_leader(spec: dict[str, Any], draw: Draw) -> Filler:
    roles = set(spec.get("roles", ["HOS", "HOG"]))
    skip = set(draw.pools.get("not_leaders") or ())
    first = draw.day - dt.timedelta(days=6)
    gone = int(spec.get("gone", 0))  # out of office for at least this many days on the publication day, in no office
    last = draw.day - dt.timedelta(days=gone)
    candidates = [
        (person, role)
        for iso3 in _pool_codes(spec, draw)
        for person, role in _office_holders(draw.kb).get(iso3, [])
        if role.role in roles and person.name not in skip and role.end is not None
        and first <= role.end <= last and role.start is not None and role.start + TERM_MARGIN < role.end
        and not person.active(role.end)  # an acting head of state goes back to another office that day
        and not (gone and person.active(draw.day))
    ]
    if not candidates:
        raise NoFiller(f"no {'/'.join(sorted(roles))} of the pool left office in the week to {draw.day}")
    person, role = draw.rng.choice(candidates)
    assert role.country is not None and role.end is not None
    draw.used.add(role.country)
    day = {"text": WEEKDAYS[role.end.weekday()], "date": role.end.isoformat()}
    month = (draw.day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)  # the month before publication's
    return _person_attrs(person.name, role, draw) | {
        "day": day["text"],
        "date": day["date"],
        "past_month": month.strftime("%B %Y"),
        "past_month_date": month.isoformat(),
    }


def _namesake(spec: dict[str, Any], draw: Draw) -> Filler:
    wanted = set(draw.pools[spec.get("among", "namesakes")])
    candidates = [
        (person, role)
        for holders in _office_holders(draw.kb).values()
        for person, role in holders
        if person.name in wanted and role.role in ("HOS", "HOG") and _in_office(role, draw.day)
    ]
    if not candidates:
        raise NoFiller(f"no namesake politician in office on {draw.day}")
    person, role = draw.rng.choice(sorted(candidates, key=lambda pr: (pr[0].name, pr[1].role)))
    first = draw.rng.choice(draw.pools["first_names"])
    surname = person.name.split()[-1]
    return {"text": f"{first} {surname}", "first": first, "surname": surname, "politician": person.name,
            "iso3": role.country, "agent": role.agent}


def _person(spec: dict[str, Any], draw: Draw) -> Filler:
    first = draw.rng.choice(draw.pools["first_names"])
    last = draw.rng.choice(draw.pools["last_names"])
    return {"text": f"{first} {last}", "first": first, "last": last}


@lru_cache(maxsize=4)
def _shared_place_names(kb: KnowledgeBase) -> tuple[tuple[str, str, str], ...]:
    """(name, default country, other country) for each name the gazetteer holds in two countries, sorted."""
    return tuple(sorted(
        (other.name, first.country, other.country)
        for first, others in kb.shared_place_names()
        for other in others
        if first.country and other.country and fold(other.name) == fold(first.name)
    ))


def _ambiguous_city(spec: dict[str, Any], draw: Draw) -> Filler:
    pool = set(_pool_codes(spec, draw))
    capital = spec.get("capital", False)
    candidates = [
        (name, default, other) for name, default, other in _shared_place_names(draw.kb)
        if other in pool and default not in draw.used
        and (not capital or fold(draw.kb.countries[default].capital) == fold(name))
    ]
    if not candidates:
        raise NoFiller("no place name of the pool held in another country")
    name, default, other = draw.rng.choice(candidates)
    draw.used.update((default, other))
    return _country_attrs(other, draw) | {
        "text": name, "place": name, "default": default, "default_name": draw.kb.country_name(default),
        "capital_of": default if capital else None,
    }


# ---- dates, numbers and words --------------------------------------------------------------------
def _weekday(spec: dict[str, Any], draw: Draw) -> Filler:
    future = spec.get("direction", "past") == "future"
    low, high = (spec.get("min", 1), spec.get("max", 6)) if future else (spec.get("min", 0), spec.get("max", 6))
    offset = draw.rng.randint(low, high)
    day = draw.day + dt.timedelta(days=offset if future else -offset)
    return {"text": WEEKDAYS[day.weekday()], "date": day.isoformat(), "offset": offset,
            "day_before": (day - dt.timedelta(days=1)).isoformat()}


def _previous_week(day: dt.date) -> list[dt.date]:
    monday = day - dt.timedelta(days=day.weekday() + 7)
    return [monday + dt.timedelta(days=i) for i in range(7)]


def _last_week(spec: dict[str, Any], draw: Draw) -> Filler:
    return {"text": "last week", "dates": [d.isoformat() for d in _previous_week(draw.day)]}


def _weekday_last_week(spec: dict[str, Any], draw: Draw) -> Filler:
    day = draw.rng.choice(_previous_week(draw.day))
    return {"text": WEEKDAYS[day.weekday()], "date": day.isoformat()}


SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}  # northern, meteorological


def _last_season(spec: dict[str, Any], draw: Draw) -> Filler:
    name = draw.rng.choice(sorted(SEASON_MONTHS))
    for year in (draw.day.year, draw.day.year - 1, draw.day.year - 2):
        first = dt.date(year, SEASON_MONTHS[name], 1)
        after = dt.date(year + 1, 3, 1) if name == "winter" else dt.date(year, SEASON_MONTHS[name] + 3, 1)
        if after <= draw.day:
            days = [first + dt.timedelta(days=i) for i in range((after - first).days)]
            return {"text": name, "name": name, "year": str(year), "dates": [d.isoformat() for d in days]}
    raise NoFiller(f"no {name} ended before {draw.day}")


def _number(spec: dict[str, Any], draw: Draw) -> Filler:
    value = draw.rng.randint(spec.get("min", 2), spec.get("max", 40))
    return {"text": str(value), "value": value}


def _as_filler(item: Any) -> Filler:
    return dict(item) if isinstance(item, dict) else {"text": str(item)}


def _choice(spec: dict[str, Any], draw: Draw) -> Filler:
    return _as_filler(draw.rng.choice(spec["values"]))


def _pool(spec: dict[str, Any], draw: Draw) -> Filler:
    return _as_filler(draw.rng.choice(draw.pools[spec["among"]]))


DRAWERS: dict[str, Callable[[dict[str, Any], Draw], Filler]] = {
    "country": _country,
    "leader": _leader,
    "departing_leader": _departing_leader,
    "namesake": _namesake,
    "person": _person,
    "ambiguous_city": _ambiguous_city,
    "weekday": _weekday,
    "last_week": _last_week,
    "weekday_last_week": _weekday_last_week,
    "last_season": _last_season,
    "number": _number,
    "choice": _choice,
    "pool": _pool,
}


# ---- checks against the knowledge base -----------------------------------------------------------
def verify(kind: str, filler: Filler, attr: str, kb: KnowledgeBase, day: dt.date) -> str | None:
    """Why the knowledge base reads ``filler[attr]`` otherwise than the template expects (or None)."""
    if attr not in filler or filler[attr] is None:
        return f"{kind} filler {filler.get('text')!r} has no {attr!r}"
    value = str(filler[attr])
    if kind == "leader" and attr in ("text", "name"):
        return _check_person(value, filler, kb, day)
    if kind == "departing_leader" and attr in ("text", "name"):  # in office the day before the last
        return _check_person(value, filler, kb, dt.date.fromisoformat(filler["date"]) - dt.timedelta(days=1))
    if kind == "departing_leader" and attr == "past_month":  # in office from the month's first day
        return _check_person(filler["name"], filler, kb, dt.date.fromisoformat(filler["past_month_date"]))
    if kind == "ambiguous_city" and attr in ("text", "place"):
        return _check_ambiguous(value, filler, kb, day)
    if kind in COUNTRY_KINDS:
        iso3 = filler["iso3"]
        checks = {
            "name": lambda: _check_actor(value, kb, day, country=iso3),
            "country": lambda: _check_actor(value, kb, day, country=iso3),
            "bare": lambda: _check_actor(value, kb, day, country=iso3),
            "text": lambda: _check_actor(value, kb, day, country=iso3),
            "demonym": lambda: _check_actor(f"{value} troops", kb, day, country=iso3, agent="MIL"),
            "capital": lambda: _check_actor(value, kb, day, country=iso3, agent="GOV"),
            "city": lambda: _check_city(value, kb, day, iso3),
        }
        return checks[attr]() if attr in checks else None
    if kind == "namesake" and attr in ("text", "surname"):
        return _check_namesake(filler, kb, day)
    if kind == "person" and attr == "text":
        res = kb.resolve_phrase(value, day)
        return None if res is None else f"the invented name {value!r} is known to the KB ({res.reason})"
    return None


def _check_actor(phrase: str, kb: KnowledgeBase, day: dt.date, **want: str | None) -> str | None:
    res = kb.resolve_phrase(phrase, day)
    if res is None:
        return f"KB does not resolve {phrase!r}"
    if res.ambiguous:
        return f"KB finds {phrase!r} ambiguous ({res.reason})"
    for key, value in want.items():
        if getattr(res.actor, key) != value:
            return f"KB reads {phrase!r} as {key}={getattr(res.actor, key)} ({res.reason}), expected {value}"
    return None


def _check_person(name: str, filler: Filler, kb: KnowledgeBase, day: dt.date) -> str | None:
    reason = _check_actor(name, kb, day, country=filler["iso3"], agent=filler["agent"])
    if reason:
        return f"on {day}: {reason}"
    mentions = kb.find_actor_mentions(f"{name} said.", day)
    if [(s, e) for s, e, _ in mentions] != [(0, len(name))]:
        return f"on {day}: KB does not find {name!r} as one mention in running text"
    return None


def _check_city(city: str, kb: KnowledgeBase, day: dt.date, iso3: str) -> str | None:
    place = kb.place(city)
    if place is None or place.country != iso3:
        return f"KB places {city!r} in {place and place.country}, expected {iso3}"
    res = kb.resolve_phrase(city, day)
    if res is not None and res.actor.country not in (None, iso3):
        return f"KB reads {city!r} as the actor {res.actor.code} ({res.reason})"
    return None


def _check_ambiguous(name: str, filler: Filler, kb: KnowledgeBase, day: dt.date) -> str | None:
    """The name reads as the place in ``default`` in no story, in running text too, and as the one in the
    filler's country in a story of that country; as an actor it is nothing else (or the default's capital)."""
    default, other = filler["default"], filler["iso3"]
    found = [loc.country for _, _, loc in kb.find_places(f"Police arrested protesters in {name}.")]
    if found != [default]:
        return f"KB finds {found} in 'in {name}', expected {default}"
    place = kb.preferring((other,)).place(name)
    if place is None or place.country != other:
        return f"KB places {name!r} in {place and place.country} in a story of {other}"
    res = kb.resolve_phrase(name, day)
    if filler.get("capital_of"):  # the capital stands for its government, except in a story of the other country
        elsewhere = kb.preferring((other,)).resolve_phrase(name, day)
        if res is None or res.actor.code != f"{default}GOV":
            return f"KB does not read the capital {name!r} as {default}GOV ({res and res.reason})"
        if elsewhere is None or elsewhere.actor.country != other:
            return f"KB reads {name!r} as {elsewhere and elsewhere.actor.code} in a story of {other}"
    elif res is not None and res.actor.country != default:
        return f"KB reads {name!r} as the actor {res.actor.code} ({res.reason})"
    return None


@lru_cache(maxsize=4)
def _person_names(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(p.name.lower() for p in kb.people.values())


def _check_namesake(filler: Filler, kb: KnowledgeBase, day: dt.date) -> str | None:
    """The trap must be real (the surname alone names the politician that day) and the invented
    full name must not be a real person in the KB."""
    if filler["text"].lower() in _person_names(kb):
        return f"{filler['text']!r} is a real person in the KB"
    return _check_actor(filler["surname"], kb, day, country=filler["iso3"], agent=filler["agent"])


def run_check(check: dict[str, Any], kb: KnowledgeBase, day: dt.date) -> str | None:
    """A rendered ``checks:`` item of a phenomenon: ``{phrase, country/agent/code/igo}``,
    ``{phrase, none: true}`` (nothing recognised) or ``{place, country}``."""
    if "place" in check:
        place = kb.place(str(check["place"]))
        have = place.country if place else None
        return None if place and have == check.get("country") else (
            f"KB places {check['place']!r} in {have}, expected {check.get('country')}")
    phrase = str(check["phrase"])
    if check.get("none"):
        res = kb.resolve_phrase(phrase, day)
        return None if res is None else f"KB reads {phrase!r} as {res.actor.code} ({res.reason})"
    want = {k: check[k] for k in ("country", "agent", "code", "igo") if k in check}
    return _check_actor(phrase, kb, day, **want)
