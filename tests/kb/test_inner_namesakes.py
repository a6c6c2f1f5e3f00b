"""A bare surname after the famous bearer's term names the former leader whose last name it is, not an office
holder of the day in whose longer name it is an inner word (lane mend4, kb/person_resolution)."""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase

D = dt.date


def test_obama_after_2016_is_the_former_us_president(kb: KnowledgeBase) -> None:
    found = kb.resolve_phrase("Obama", D(2019, 5, 10))
    assert found is not None and found.actor.code == "USAELI", found.reason


def test_the_namesake_in_office_keeps_the_day_before_the_leaders_term(kb: KnowledgeBase) -> None:
    found = kb.resolve_phrase("Obama", D(2007, 6, 1))  # Ricardo Mangue Obama Nfubea, prime minister 2006-2008
    assert found is not None and found.actor.country == "GNQ", found.reason


def test_in_office_last_name_bearers_are_not_overruled(kb: KnowledgeBase) -> None:
    found = kb.resolve_phrase("Castillo", D(2023, 6, 1))  # several in office bear it; Pedro Castillo is no pick
    assert found is not None and found.actor.country != "PER", found.reason
