"""A country named as the owner of a post it keeps abroad is no place (``coding.outposts``; docs/coding.md, "Names
are not places"): invented sentences through the real pipeline."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("Hundreds of students protested outside the US embassy in Jakarta on Friday.", "PROTEST", "IDN"),
    ("A car bomb exploded near a US base in Kabul, killing two soldiers.", "ASSAULT", "AFG"),
    ("Militants fired rockets at Britain's consulate in Basra on Sunday.", "ASSAULT", "IRQ"),
])
def test_the_city_not_the_owner_of_the_post(code, text: str, type_: str, country: str) -> None:
    found = asserted(code(text), type_)
    place = found[0].location if found else None
    assert place is not None and place.country == country and place.lat is not None, found


def test_a_town_modifying_a_post_still_places(code) -> None:
    found = asserted(code("Police arrested 12 protesters outside the Kabul airport on Monday."), "COERCE")
    assert found and found[0].location is not None and found[0].location.name == "Kabul"
