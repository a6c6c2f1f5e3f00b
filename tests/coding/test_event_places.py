"""Where an event happened, read from its own sentence (docs/coding.md, "Names are not places" and "Places the
knowledge base does not know"): invented sentences through the real pipeline (the shared ``code`` fixture)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.models import Event, Location

pytestmark = pytest.mark.slow


def _place(events: list[Event], type_: str) -> Location | None:
    found = asserted(events, type_)
    assert found, events
    return found[0].location


def test_place_inside_the_place_an_attack_went_into(code) -> None:
    place = _place(code("A car bomb was rammed into a military base in Kandahar on Monday."), "ASSAULT")
    assert place is not None and place.country == "AFG" and place.lat is not None


def test_a_sea_describing_a_port_town_is_not_its_place(code) -> None:
    place = _place(code("Russian missiles struck the Black Sea port of Odesa on Monday."), "ASSAULT")
    assert place is not None and place.country == "UKR" and "Sea" not in place.name


def test_a_town_the_knowledge_base_does_not_know_is_named_by_its_of_phrase(code) -> None:
    place = _place(code("Houthi rebels attacked the Yemeni port town of Mokha on Monday."), "ASSAULT")
    assert place == Location(name="Mokha", country="YEM")  # no coordinates: never a map point


def test_an_unknown_place_takes_the_country_set_off_after_it(code) -> None:
    place = _place(code("Militants attacked a police station in Cabixi, Brazil on Monday."), "ASSAULT")
    assert place == Location(name="Cabixi", country="BRA")


def test_a_person_with_a_country_after_the_name_is_no_place(code) -> None:
    events = code("The minister met John Smith, Kenya's envoy, in Nairobi on Monday.")
    place = _place(events, "CONSULT")
    assert place is not None and place.name != "John Smith"
