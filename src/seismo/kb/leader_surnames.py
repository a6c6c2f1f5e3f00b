"""Heads of state or government by surname, for "the Bush administration", "the Brown government".

A surname alone is no alias when it is a common English word ("Bush", "Brown", "May": the KB build drops
those, ``scripts/kbbuild/common.py``), and an alias counts only near the person's terms. A surname
written as the owner of a government noun ("the <Surname> administration / government / cabinet") is
another matter: only a head of state or government gives a government its name, in any year, so this
index holds every person who ever held such an office, common-word surnames included.

``government_of`` picks the country: the one whose head of that surname was in office on the day, else
the only country any head of that surname ever led, else a story country among them; otherwise nothing
(two countries' leaders share the name and nothing tells them apart).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from seismo.kb.people import LEADER_ROLES
from seismo.kb.records import Person, Role
from seismo.kb.text import fold

_PARTICLES = ("al-", "el-", "ul-")  # "Nouri al-Maliki": "the Maliki government"
# the index of the last people table asked (a process codes with one knowledge base): one entry only, so
# that a process loading many knowledge bases (tests, reloads) does not keep every table alive
_LAST: list[tuple[dict[str, Person], dict[str, list[Person]]]] = []


@dataclass(frozen=True)
class Leader:
    """A government named after its head: the country and the person that decided it, with why."""

    country: str
    person: Person
    reason: str


def surname_keys(name: str) -> list[str]:
    """Folded surname keys of a full name: its last word, and that word without an Arabic article."""
    words = name.split()
    if len(words) < 2:
        return []
    last = fold(words[-1])
    keys = [last]
    for particle in _PARTICLES:
        if last.startswith(particle) and len(last) > len(particle) + 1:
            keys.append(last[len(particle) :])
    return keys


def leaders_by_surname(people: dict[str, Person]) -> dict[str, list[Person]]:
    """Folded surname -> everyone who held a head of state or government office (built once per table)."""
    if _LAST and _LAST[0][0] is people:
        return _LAST[0][1]
    index: dict[str, list[Person]] = {}
    for person in people.values():
        if any(r.role in LEADER_ROLES and r.country for r in person.roles):
            for key in surname_keys(person.name):
                index.setdefault(key, []).append(person)
    _LAST[:] = [(people, index)]
    return index


def _leader_countries(person: Person) -> set[str]:
    return {r.country for r in person.roles if r.role in LEADER_ROLES and r.country}


def government_of(
    people: dict[str, Person], surname: str, on: dt.date | None, prefer: tuple[str, ...] = ()
) -> Leader | None:
    """The country whose government '<surname> administration' names on the day ``on`` (see the module)."""
    pool = leaders_by_surname(people).get(fold(surname), [])
    if not pool:
        return None
    if on is not None:
        now = _in_office(pool, on)
        if len({r.country for _, r in now}) == 1:
            return _leader_now(*now[0])
        if now:
            return None  # two countries' heads of the name in office that day
    countries = set().union(*(_leader_countries(p) for p in pool))
    if len(countries) == 1:
        country = next(iter(countries))
        person = max(pool, key=lambda p: max((r.start or dt.date.min) for r in p.roles))
        return Leader(country, person, f"{person.name}, a head of state or government of {country}")
    for country in prefer:
        if country in countries:
            person = next(p for p in pool if country in _leader_countries(p))
            return Leader(
                country, person, f"{person.name}, a head of state or government of {country}, a story country"
            )
    return None


def leader_in_office(people: dict[str, Person], surname: str, on: dt.date | None) -> Leader | None:
    """The one head of state or government of that surname in office on the day (none, or several: None)."""
    if on is None:
        return None
    now = _in_office(leaders_by_surname(people).get(fold(surname), []), on)
    return _leader_now(*now[0]) if len({p.pid for p, _ in now}) == 1 else None


def _in_office(pool: list[Person], on: dt.date) -> list[tuple[Person, Role]]:
    found = [(p, r) for p in pool for r in p.roles if r.role in LEADER_ROLES and r.country and r.valid_on(on)]
    return sorted(found, key=lambda pr: pr[1].rank)


def _leader_now(person: Person, role: Role) -> Leader:
    assert role.country is not None
    return Leader(role.country, person, f"{person.name}, {role.title} ({role.country}), in office")
