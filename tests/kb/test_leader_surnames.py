"""Heads of state or government by surname (kb/leader_surnames.py): 'the <Surname> administration'."""

from __future__ import annotations

import datetime as dt

from seismo.kb.leader_surnames import government_of, leaders_by_surname, surname_keys
from seismo.kb.records import Person, Role


def _leader(pid: str, name: str, country: str, start: str, end: str, role: str = "HOG") -> Person:
    return Person(
        pid,
        name,
        [Role(country, role, "Prime Minister", "GOV", dt.date.fromisoformat(start), dt.date.fromisoformat(end))],
    )


PEOPLE = {
    "a": _leader("a", "Hanna Wren", "AAA", "2001-01-01", "2005-01-01"),
    "b": _leader("b", "Ola Wren", "BBB", "2010-01-01", "2012-01-01"),
    "c": _leader("c", "Karim al-Tawil", "CCC", "2003-01-01", "2006-01-01"),
    "d": Person("d", "Ivo Pike", [Role("DDD", "MIN", "Minister of Finance", "GOV", dt.date(2001, 1, 1), None)]),
    "e": _leader("e", "Ama Pike", "EEE", "1990-01-01", "1994-01-01", role="HOS"),
}


def test_surname_keys_drop_an_arabic_article() -> None:
    assert surname_keys("Karim al-Tawil") == ["al-tawil", "tawil"]
    assert surname_keys("Cher") == []


def test_only_heads_of_state_or_government_are_indexed() -> None:
    index = leaders_by_surname(PEOPLE)
    assert [p.pid for p in index["pike"]] == ["e"]
    assert leaders_by_surname(PEOPLE) is index  # built once per table


def test_the_head_in_office_decides_between_countries() -> None:
    assert government_of(PEOPLE, "Wren", dt.date(2003, 5, 1)).country == "AAA"
    assert government_of(PEOPLE, "Wren", dt.date(2011, 5, 1)).country == "BBB"


def test_two_countries_and_no_one_in_office_give_nothing_unless_the_story_says() -> None:
    assert government_of(PEOPLE, "Wren", dt.date(2008, 1, 1)) is None
    assert government_of(PEOPLE, "Wren", dt.date(2008, 1, 1), ("BBB",)).country == "BBB"


def test_a_former_head_of_one_country_names_it_in_any_year() -> None:
    assert government_of(PEOPLE, "Tawil", dt.date(2020, 1, 1)).country == "CCC"
    assert government_of(PEOPLE, "Pike", None).country == "EEE"
    assert government_of(PEOPLE, "Stone", None) is None
