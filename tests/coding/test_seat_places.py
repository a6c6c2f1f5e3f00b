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
