"""A lede that names no country takes the story's country from where its main act at home happened
(``coding.lede_scene``): a later paragraph's police and protesters are that country's; a talks venue, a border
town or a place two countries hold sets none."""

from __future__ import annotations

import pytest

from seismo.models import Event

pytestmark = pytest.mark.slow


def _source_countries(events: list[Event], type_: str) -> list[str | None]:
    return [e.source.country if e.source is not None else None for e in events if e.type == type_]


def test_a_rally_in_a_city_makes_later_police_of_its_country(code) -> None:
    events = code("Thousands of people rallied in Minsk on Thursday against the new tax law.\n\n"
                  "Police arrested dozens of protesters the next day.")
    assert _source_countries(events, "COERCE") == ["BLR"]


def test_the_act_a_reporting_root_tells_is_the_main_act(code) -> None:
    events = code("Police detained 14 opposition activists in Harare on Wednesday, a lawyer said.\n\n"
                  "Protesters later blocked roads in the capital.")
    assert _source_countries(events, "PROTEST") == ["ZWE"]


def test_an_attack_in_a_city_makes_later_police_of_its_country(code) -> None:
    events = code("Gunmen attacked a police station in Lahore on Wednesday, killing four officers.\n\n"
                  "Police arrested two suspects the next day.")
    assert _source_countries(events, "COERCE") == ["PAK"]


def test_a_talks_venue_sets_no_story_country(code) -> None:
    events = code("Officials agreed on Thursday to hold talks in Geneva.\n\n"
                  "Police arrested five protesters the next day.")
    assert "CHE" not in _source_countries(events, "COERCE")


def test_a_border_town_sets_no_story_country(code) -> None:
    events = code("Police arrested five smugglers in the border town of Tijuana on Thursday.\n\n"
                  "Soldiers seized two tonnes of cocaine the next day.")
    assert "MEX" not in _source_countries(events, "COERCE")[1:]


def test_a_place_the_parser_hangs_from_the_object_counts(code) -> None:
    """'arrested dozens of students in Mosul': the parser hangs 'in Mosul' from 'students'."""
    events = code("Soldiers arrested dozens of students in Mosul on Sunday, a rights group said.\n\n"
                  "Police detained two more students the next day.")
    assert _source_countries(events, "COERCE")[1:] == ["IRQ"]


def test_a_target_fired_at_sets_no_story_country(code) -> None:
    """'fired rockets at Ashkelon': after an aimed act 'at' names a target, perhaps across a border."""
    events = code("Militants fired rockets at Ashkelon on Thursday.\n\nThe army said it struck back.")
    assert "ISR" not in _source_countries(events, "ASSAULT")[1:]


def test_a_sea_named_with_the_sets_no_story_country(code) -> None:
    """'in the Gulf' is a sea, not Papua New Guinea's Gulf province."""
    events = code("Gunmen attacked an oil tanker in the Gulf on Sunday.\n\nPolice arrested two suspects the next day.")
    assert "PNG" not in _source_countries(events, "COERCE")
