"""'charged two men with killing a policeman': the with-gerund of a charge names the charge, not an act of the
police (events.charged_act); hackers are criminals (CRM) unless military ('Russian hackers' was RUSGOV)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


def test_the_gerund_a_charge_names_is_no_act_of_the_charger(code) -> None:
    events = code("Police charged two men with killing a policeman on Friday.")
    assert not asserted(events, "ASSAULT")


def test_an_alleged_hacking_is_no_cyber_act_of_the_accuser(code) -> None:
    events = code("The United States charged two Chinese nationals with hacking government computers on Friday.")
    assert dyad_codes(asserted(events, "ACCUSE")) == {("USAGOV", "CHNCVL")} and not asserted(events, "COERCE")


def test_hackers_are_criminals_not_their_government(code) -> None:
    events = asserted(code("The United States charged two Russian hackers on Friday."), "ACCUSE")
    assert dyad_codes(events) == {("USAGOV", "RUSCRM")}
