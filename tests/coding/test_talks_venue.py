"""A talks venue lends no side its country (``placement.talks_venue``, ``recipients.venue_free``, lane mend5):
'the opposition walked out of the talks in Geneva' is no Swiss opposition; 'rebels attacked a village in Darfur'
still places the rebels. Invented sentences through the real pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "host"), [
    ("The opposition walked out of the talks in Oslo on Monday.", "NOR"),
    ("Rebel delegates withdrew from the negotiations in Nairobi on Tuesday.", "KEN"),
    ("Militants boycotted the peace conference in Cairo on Sunday.", "EGY"),
])
def test_the_talks_place_lends_no_country(code, text: str, host: str) -> None:
    events = code(text)
    assert events, text
    assert all(e.source is None or e.source.country != host for e in events), events


def test_a_place_of_the_act_still_places_its_doers(code) -> None:
    events = code("Rebels attacked a village in Darfur on Monday.")
    assert any(e.source is not None and e.source.code == "SDNREB" for e in events), events
