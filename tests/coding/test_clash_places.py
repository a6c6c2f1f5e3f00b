"""Clashes named with no sides ('Clashes erupted in Nairobi') happened at a place: the place is the recipient
PLOVER allows, never a side given the clash's military sector (it was KENMIL)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


def test_clashes_at_a_place_give_the_place_no_sector(code) -> None:
    events = asserted(code("Clashes erupted in Nairobi on Sunday."), "ASSAULT")
    assert dyad_codes(events) == {(None, "KEN")}


def test_clashes_during_an_arrest_give_the_country_no_sector(code) -> None:
    events = asserted(code("Police arrested 30 protesters during clashes in Kenya on Sunday."), "ASSAULT")
    assert all(t != "KENMIL" for _, t in dyad_codes(events))


def test_two_states_that_clash_keep_their_forces(code) -> None:
    events = asserted(code("Kenya and Uganda clashed near the border on Sunday."), "ASSAULT")
    assert dyad_codes(events) == {("KENMIL", "UGAMIL")}
