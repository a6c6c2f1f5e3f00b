"""Leaders whose surname is a common English word (issue 13): "the Bush administration", "Theresa May ...
Later, May criticised ..." (coding/surname_forms.py, kb/leader_surnames.py).

Invented sentences through the real pipeline (``code_text``) about real office holders of the knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

from seismo.models import Event

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2008, 3, 10)  # George W. Bush (USA) and Gordon Brown (GBR) in office
MAY_DAYS = dt.date(2017, 3, 10)  # Theresa May (GBR) in office


def dyads(events: list[Event], type_: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in asserted(events, type_)}


def sources(events: list[Event]) -> set[str | None]:
    return {e.source.code if e.source else None for e in events}


def test_the_bush_administration_is_the_us_government(code) -> None:
    events = code("The Bush administration imposed sanctions on Syria on Tuesday.")
    assert {s for s, _ in dyads(events, "SANCTION")} == {"USAGOV"}


def test_a_government_named_after_a_former_head_keeps_its_country(code) -> None:
    events = code("The Bush administration imposed sanctions on Syria in 2003.", dt.date(2019, 3, 10))
    assert {s for s, _ in dyads(events, "SANCTION")} == {"USAGOV"}


def test_the_brown_government_is_the_british_government(code) -> None:
    events = code("Iran accused the Brown government on Tuesday of spying on its diplomats.")
    assert ("IRNGOV", "GBRGOV") in dyads(events, "ACCUSE")


def test_a_title_before_government_names_no_leader(code) -> None:
    # Stephenson King led Saint Lucia in 2008, but "King" is a title, not his surname here
    events = code("The King government accused Syria on Tuesday of hiding weapons.")
    assert "LCAGOV" not in sources(events)


def test_may_after_theresa_may_is_the_prime_minister(code) -> None:
    events = code(
        "Theresa May met Angela Merkel in Berlin on Monday. Later, May criticised the Iranian government.", MAY_DAYS
    )
    assert ("GBRGOV", "IRNGOV") in dyads(events, "ACCUSE")


def test_may_as_an_object_after_theresa_may(code) -> None:
    # a guard: the tagger's month reading of an object already yields to the memory of names
    events = code("Angela Merkel met Theresa May in Berlin on Monday. Merkel praised May for her patience.", MAY_DAYS)
    assert ("DEUGOV", "GBRGOV") in dyads(events, "SUPPORT")


def test_the_surname_of_a_full_name_is_no_modal_of_its_verb(code) -> None:
    # the tagger reads "Theresa May faced" as "Theresa may faced": the act after it would turn hypothetical
    events = code("Theresa May faced fresh pressure on Tuesday after Parliament rejected the budget.", MAY_DAYS)
    assert {e.source.code for e in asserted(events, "REJECT") if e.source} == {"GBRLEG"}


def test_may_after_on_is_the_person_not_a_month(code) -> None:
    events = code("Theresa May visited Kenya on Monday. The Kenyan foreign minister called on May to resign.", MAY_DAYS)
    assert ("KENGOV", "GBRGOV") in dyads(events, "REQUEST")


def test_may_without_the_full_name_is_no_one(code) -> None:  # a guard
    events = code("Later, May criticised the Iranian government.", MAY_DAYS)
    assert "GBRGOV" not in sources(events)


def test_the_month_stays_a_month(code) -> None:  # a guard
    events = code(
        "Theresa May visited Kenya on Monday. In May, Kenyan troops attacked rebels near the border.", MAY_DAYS
    )
    assert "GBRGOV" not in {s for s, _ in dyads(events, "ASSAULT")}


def test_a_lone_surname_in_a_story_about_the_leaders_country(code) -> None:
    events = code("The US Senate debated the budget on Monday. Later, Bush praised the Iraqi government.")
    assert ("USAGOV", "IRQGOV") in dyads(events, "SUPPORT")


def test_a_lone_surname_in_a_story_about_another_country_is_no_one(code) -> None:  # a guard
    events = code("Kenyan police arrested protesters on Monday. On Tuesday, Brown criticised the Kenyan government.")
    assert "GBRGOV" not in sources(events)


def test_a_lone_surname_first_in_its_sentence_is_no_one(code) -> None:  # a guard
    events = code("The British parliament debated the budget on Monday. Brown criticised the Iranian government.")
    assert "GBRGOV" not in sources(events)


def test_a_titled_common_word_surname_is_the_office_holder_not_an_introduction(code) -> None:
    """'Prime Minister May' in a Kenyan story: the knowledge base reads the surname with its title (no bare 'May'
    alias), so the title is no introduction of an unknown Kenyan prime minister named May."""
    events = code("Kenyan lawmakers criticised Prime Minister May on Tuesday.", MAY_DAYS)
    assert ("KENLEG", "GBRGOV") in dyads(events, "ACCUSE")
    events = code("The Syrian government criticised President Bush on Monday.")
    assert ("SYRGOV", "USAGOV") in dyads(events, "ACCUSE")


def test_a_title_before_an_unknown_name_still_introduces_it(code) -> None:  # a guard
    events = code("Kenyan lawmakers criticised Deputy Tomas Verani on Tuesday. Verani rejected the criticism.")
    assert all(e.target is None or e.target.country != "GBR" for e in asserted(events)), asserted(events)
