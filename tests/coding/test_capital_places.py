"""Where 'the capital' is (``coding.capitals``; docs/coding.md, "Where, in the capital"), and a city's alternate name
that is a country's word (``kb.places.country_words``): invented sentences through the real pipeline."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.models import Event, Location

pytestmark = pytest.mark.slow


def _place(events: list[Event], type_: str) -> Location | None:
    found = asserted(events, type_)
    assert found, events
    return found[0].location


def test_a_country_adjective_names_whose_capital(code) -> None:
    place = _place(code("Bolsonaro met Chinese envoys in the Brazilian capital on Thursday."), "CONSULT")
    assert place is not None and place.name == "Brasília" and place.lat is not None


def test_the_capital_of_another_country_than_the_doer(code) -> None:
    place = _place(code("Saudi jets bombed the Yemeni capital on Friday."), "ASSAULT")
    assert place is not None and (place.name, place.country) == ("Sanaa", "YEM")


@pytest.mark.parametrize("text", ["Kenyan police arrested 20 protesters in Kenya's capital on Friday.",
                                  "Kenyan police arrested 20 protesters in the capital on Friday."])
def test_a_possessor_or_the_story_country_names_the_capital(code, text: str) -> None:
    place = _place(code(text), "COERCE")
    assert place is not None and (place.name, place.country) == ("Nairobi", "KEN")


def test_the_capital_of_a_country_by_its_of_phrase(code) -> None:
    place = _place(code("Hundreds of protesters gathered in the capital of Nigeria on Friday."), "PROTEST")
    assert place is not None and place.name == "Abuja"


def test_a_provincial_capital_is_not_the_country_capital(code) -> None:
    place = _place(code("Kenyan police arrested 20 protesters in the provincial capital on Friday."), "COERCE")
    assert place is None or place.name != "Nairobi"


def test_thai_is_no_malaysian_town(code) -> None:
    events = code("Thai police arrested 20 protesters in the Thai capital on Friday.")
    place = _place(events, "COERCE")
    assert place is not None and (place.name, place.country) == ("Bangkok", "THA")
    assert {e.target.country for e in asserted(events, "COERCE") if e.target} == {"THA"}


@pytest.mark.parametrize(("people", "city"), [("German", "Berlin"), ("Somali", "Mogadishu")])
def test_a_people_word_is_no_town_or_region_of_its_name(code, people: str, city: str) -> None:
    place = _place(code(f"Police arrested 20 protesters in the {people} capital on Friday."), "COERCE")
    assert place is not None and place.name == city  # not the Isle of Man's German, Ethiopia's Somali region


def test_a_later_sentence_is_told_at_the_capital_scene(code) -> None:
    events = code("Gunmen stormed a hotel in the Somali capital on Saturday. Somali police later arrested three "
                  "suspects.")
    place = _place(events, "COERCE")
    assert place is not None and (place.name, place.country) == ("Mogadishu", "SOM")


def test_an_act_across_the_country_takes_no_town_scene(code) -> None:
    events = code("Kenyan police arrested 300 people across the country on Tuesday. Police deployed 5,000 officers "
                  "in the capital.")
    place = _place(events, "COERCE")
    assert place is not None and (place.name, place.country) == ("Kenya", "KEN")
