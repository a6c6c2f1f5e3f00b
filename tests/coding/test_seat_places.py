"""A seat of government named as a building is in its country's capital (``coding.seats``), and a city's alternate
name that is a named institution is none of the city's (``kb.places``): invented sentences through the real
pipeline."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "type_", "city"), [
    ("Putin hosted Erdogan at the Kremlin on Monday.", "CONSULT", "Moscow"),
    ("Merkel met Macron at the Elysee Palace on Monday.", "CONSULT", "Paris"),
    ("British officials held talks with French diplomats at Downing Street on Sunday.", "CONSULT", "London"),
])
def test_a_seat_of_government_is_in_the_capital(code, text: str, type_: str, city: str) -> None:
    found = asserted(code(text), type_)
    place = found[0].location if found else None
    assert place is not None and place.name == city and place.lat is None, found  # read, not stated


def test_at_a_seat_a_statement_aims_places_nothing(code) -> None:
    found = asserted(code("Biden lashed out at the Kremlin on Monday."))
    assert found and all(e.location is None for e in found), found


def test_the_white_house_is_no_moroccan_town(code) -> None:
    found = asserted(code("Hundreds of protesters gathered outside the White House on Sunday to demand an end to "
                          "the war."), "PROTEST")
    assert found and found[0].source is not None and found[0].source.country != "MAR", found
    assert found[0].location is not None and found[0].location.country == "USA"


@pytest.mark.parametrize(("text", "city"), [
    ("The International Court of Justice ordered Gambia on Thursday to halt the deportations.", "The Hague"),
    ("The European Court of Human Rights ruled on Tuesday that Turkey had violated the rights of a jailed "
     "journalist.", "Strasbourg"),
    ("The UN Security Council voted on Friday to impose new sanctions on Eritrea.", "New York"),
])
def test_a_body_sitting_in_one_city_rules_there(code, text: str, city: str) -> None:
    found = [e for e in asserted(code(text)) if e.source is not None and e.source.igo]
    assert found and found[0].location is not None and found[0].location.name == city, found
    assert found[0].location.lat is None  # read, not stated


def test_a_body_acting_elsewhere_keeps_its_place(code) -> None:
    found = asserted(code("The UN Security Council met in Addis Ababa on Monday to discuss Somalia."), "CONSULT")
    assert found and found[0].location is not None and found[0].location.name == "Addis Ababa", found
