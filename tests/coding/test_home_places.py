"""Where an event happened when no locative phrase says so (docs/coding.md, "Where, when the clause names no place")."""

from __future__ import annotations

from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

pytestmark = pytest.mark.slow


def _places(tmp_path: Path, text: str, type_: str) -> list[tuple[str | None, str]]:
    events = asserted(code_text(tmp_path, text), type_)
    assert events, text
    return [(e.location.country, e.location.name) if e.location else (None, "") for e in events]


def test_a_government_acting_on_no_one_acts_at_home(tmp_path: Path):
    places = _places(tmp_path, "The Kenyan government imposed a nationwide curfew on Thursday.", "COERCE")
    assert places and all(country == "KEN" for country, _ in places), places


def test_a_government_acting_on_another_country_gets_no_home_place(tmp_path: Path):
    places = _places(tmp_path, "The Kenyan government accused Uganda of arming rebels.", "ACCUSE")
    assert all(country != "KEN" for country, _ in places), places


def test_troops_leaving_a_country_pulled_out_there(tmp_path: Path):
    places = _places(tmp_path, "American troops left Afghanistan in 2021.", "RETREAT")
    assert ("AFG", "Afghanistan") in places, places


def test_the_last_word_of_a_longer_name_is_no_place(code) -> None:
    """'Causeway Bay' (Hong Kong) is no 'Bay' (a Somali region): not the protest's place, not the police's country."""
    events = code("Protesters gathered at Causeway Bay on Sunday afternoon. Police arrested ten protesters.")
    countries = {a.country for e in events for a in (e.source, e.target) if a is not None}
    countries |= {e.location.country for e in events if e.location is not None}
    assert "SOM" not in countries


def test_a_direction_word_keeps_the_place_it_names_a_part_of(code) -> None:
    events = code("Pakistani troops attacked militants in North Waziristan on Monday.")
    assert {e.location.country for e in asserted(events, "ASSAULT") if e.location} == {"PAK"}


def test_a_part_word_before_a_clause_place_keeps_its_country(code) -> None:
    """'Downtown Beirut' names a part of Beirut (``name_part_words`` in placement.yaml, one list for the place
    finder and the clause places): the police of that clause are Lebanon's from the clause, not the story's."""
    events = asserted(code("In Downtown Beirut, police arrested 20 protesters on Monday."), "COERCE")
    assert events and all(e.source and "from 'Beirut' in the same clause" in e.source.reason for e in events), events


def test_a_governor_acts_in_the_place_his_title_names(tmp_path: Path):
    places = _places(tmp_path, "John Kariuki, the governor of Nakuru, banned public gatherings on Monday.", "COERCE")
    assert places == [("KEN", "Nakuru")], places


def test_a_mayor_named_by_possessive_acts_in_that_city(tmp_path: Path):
    places = _places(tmp_path, "The mayor of Mombasa imposed a curfew on Monday.", "COERCE")
    assert places == [("KEN", "Mombasa")], places


def test_the_paragraphs_scene_comes_before_the_doers_place(tmp_path: Path):
    text = "Police dispersed protesters in Naivasha on Monday. John Kariuki, the governor of Nakuru, banned public " \
           "gatherings."
    places = [p for p in _places(tmp_path, text, "COERCE") if p[1] != "Kenya"]
    assert ("KEN", "Naivasha") in places and ("KEN", "Nakuru") not in places, places


def test_a_place_after_a_persons_name_is_whom_they_represent(tmp_path: Path):
    places = _places(tmp_path, "Kenyan senator Mary Wanjiku of Nakuru criticised the Kenyan government.", "ACCUSE")
    assert ("KEN", "Nakuru") not in places, places


def test_ground_held_by_a_countrys_own_rebels_is_in_that_country(tmp_path: Path):
    places = _places(tmp_path, "Somali troops deployed into previously al-Shabaab controlled territory on Monday.",
                     "MOBILIZE")
    assert ("SOM", "Somalia") in places, places


def test_ground_held_by_a_states_forces_is_not_that_state(tmp_path: Path):
    places = _places(tmp_path, "Ukrainian troops attacked Russian-controlled territory on Monday.", "ASSAULT")
    assert all(country != "RUS" for country, _ in places), places


def test_people_harmed_by_no_named_doer_were_harmed_at_home(tmp_path: Path):
    text = "Kenyan opposition leaders accused the government of corruption. Two Kenyan journalists were beaten."
    places = [p for p in _places(tmp_path, text, "ASSAULT")]
    assert places == [("KEN", "Kenya")], places


def test_soldiers_harmed_by_no_named_doer_get_no_home_place(tmp_path: Path):
    text = "Kenyan opposition leaders accused the government of corruption. Three Kenyan soldiers were killed."
    assert _places(tmp_path, text, "ASSAULT") == [(None, "")]
