"""Tenure data: one holder at a time per single-holder office, beyond a few days.

Overlaps come from Wikidata (acting holders, two offices filed under one role, late end dates).
The offices below are the known exceptions in the imported data (reported, not fixed); hand-written
updates must never overlap, and the core countries must be clean.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

from seismo.kb import KnowledgeBase
from seismo.kb.records import Person, Role

SINGLE_HOLDER = {"HOS", "HOG", "FM", "DEF", "INT", "NSA", "IGOHEAD"}
SLACK_DAYS = 7
IMPORTED = ("everypolitician:", "world_leaders_2021")
CORE = {
    "USA",
    "RUS",
    "UKR",
    "GBR",
    "DEU",
    "FRA",
    "CHN",
    "POL",
    "ITA",
    "BRA",
    "CAN",
    "KOR",
    "NATO",
    "UN",
}
# Known overlaps in the Wikidata import, as "COUNTRY:ROLE": acting holders, co-holders during
# transitions, and data errors in Wikidata.
KNOWN = {
    "AFG:HOG",
    "AUS:DEF",
    "AZE:HOS",
    "BFA:DEF",
    "BGD:FM",
    "BGR:DEF",
    "BIH:HOG",
    "CAF:FM",
    "CAF:INT",
    "CIV:HOG",
    "CIV:HOS",
    "COD:HOG",
    "CUB:HOS",
    "CZE:HOG",
    "DMA:HOG",
    "ECU:FM",
    "EGY:FM",
    "ESP:DEF",
    "ESP:INT",
    "FJI:FM",
    "FJI:HOG",
    "GNB:HOG",
    "GNQ:FM",
    "GRC:INT",
    "IND:DEF",
    "ISR:HOG",
    "ISR:HOS",
    "KAZ:FM",
    "KGZ:HOG",
    "KGZ:HOS",
    "LBN:DEF",
    "LBY:DEF",
    "LBY:FM",
    "LBY:HOG",
    "LSO:HOG",
    "LTU:DEF",
    "LVA:DEF",
    "MDA:FM",
    "MNG:HOG",
    "MUS:FM",
    "MYS:FM",
    "PNG:FM",
    "PNG:HOG",
    "ROU:HOS",
    "SLB:HOG",
    "STP:DEF",
    "TUR:DEF",
    "TZA:DEF",
    "VNM:HOS",
    "YEM:DEF",
    "YEM:FM",
    "YEM:HOG",
    "YEM:HOS",
    "YEM:INT",
    "ZMB:HOS",
    "ZWE:FM",
}


# Titles that are a separate office from others filed under the same role.
DISTINCT = {
    "Supreme Leader",
    "President of the Presidium of the Supreme People's Assembly",
    "Minister of Public Security",
    "Minister for Internal Affairs and Communications",
    "Chairman of the Presidential Leadership Council",  # Yemen's government; the Houthis' council is a rival office
}


def _office(role: Role) -> str:
    if role.role == "IGOHEAD":
        return f"{role.igo}:{role.title}"
    suffix = f":{role.title}" if role.title in DISTINCT else ""
    return f"{role.country}:{role.role}{suffix}"


def _overlaps(people: dict[str, Person]) -> list[tuple[str, Role, Role]]:
    offices: dict[str, list[tuple[Person, Role]]] = defaultdict(list)
    for person in people.values():
        for role in person.roles:
            if role.role in SINGLE_HOLDER and role.exact and role.start:
                offices[_office(role)].append((person, role))
    found = []
    for office, holders in offices.items():
        for (p1, a), (p2, b) in itertools.combinations(holders, 2):
            if p1 is p2:
                continue
            assert a.start and b.start
            start, end = max(a.start, b.start), min(a.end or dt.date.max, b.end or dt.date.max)
            if (end - start).days > SLACK_DAYS:
                found.append((office, a, b))
    return found


def test_only_known_overlaps(kb: KnowledgeBase) -> None:
    unexpected = sorted({o for o, _, _ in _overlaps(kb.people)} - KNOWN)
    assert not unexpected, f"new overlapping tenures: {unexpected}"


def test_hand_updates_never_overlap(kb: KnowledgeBase) -> None:
    bad = [
        (o, a.title, a.span(), b.span())
        for o, a, b in _overlaps(kb.people)
        if not (a.source.startswith(IMPORTED) and b.source.startswith(IMPORTED))
    ]
    assert not bad


def test_core_countries_are_clean(kb: KnowledgeBase) -> None:
    assert not [o for o, _, _ in _overlaps(kb.people) if o.split(":")[0] in CORE]


def test_known_list_is_not_stale(kb: KnowledgeBase) -> None:
    assert {o for o, _, _ in _overlaps(kb.people)} >= KNOWN, "remove fixed offices from KNOWN"


def test_terms_are_well_formed(kb: KnowledgeBase) -> None:
    for person in kb.people.values():
        assert person.roles, person.name
        for role in person.roles:
            assert role.start is None or role.end is None or role.start < role.end, (
                person.name,
                role,
            )
            # a transnational group's people (kb/data/group_people.yaml) code IMG with no country
            assert role.country or role.igo or (role.code or "").startswith("IMG"), (person.name, role)


def test_people_coverage(kb: KnowledgeBase) -> None:
    countries = {r.country for p in kb.people.values() for r in p.roles if r.country}
    assert len(countries) >= 170
    since_2000 = [
        r
        for p in kb.people.values()
        for r in p.roles
        if r.end is None or r.end >= dt.date(2000, 1, 1)
    ]
    assert len(since_2000) > 4000
