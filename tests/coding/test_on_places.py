"""'On' before a place one is on says where (``grounds.on_a_place``, ``surface_nouns``): invented sentences through
the real pipeline."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("Gunmen attacked a police checkpoint on the outskirts of Kandahar on Monday.", "ASSAULT", "AFG"),
    ("Police fired tear gas at protesters on the streets of Minsk on Sunday.", "ASSAULT", "BLR"),
    ("Philippine troops clashed with Abu Sayyaf militants on the southern island of Jolo on Monday.", "ASSAULT",
     "PHL"),
])
def test_on_a_place_says_where(code, text: str, type_: str, country: str) -> None:
    found = asserted(code(text), type_)
    place = found[0].location if found else None
    assert place is not None and place.country == country and place.lat is not None, found


def test_a_set_off_on_phrase_describes_the_noun_before_it(code) -> None:
    events = code("Greece demanded that its partners refuse to recognize Macedonia, on Greece's northern border.")
    assert all(e.location is None or e.location.country != "GRC" for e in events if e.type == "SUPPORT"), events


def test_on_a_topic_is_no_place(code) -> None:
    found = asserted(code("The two leaders held talks on trade in Beijing on Monday."), "CONSULT")
    assert found and found[0].location is not None and found[0].location.name == "Beijing"
