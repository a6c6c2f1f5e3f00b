"""Hostage-taking, designations and orders that send forces (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event

Code = Callable[..., list[Event]]


def test_holding_people_hostage_is_an_abduction(code: Code):
    events = code("Somali gunmen held four Kenyan aid workers hostage for two days.")
    assert [e for e in asserted(events, "ASSAULT") if e.mode == "abduct"]


def test_taking_people_hostage_is_an_abduction(code: Code):
    events = code("Militants took three Nigerian engineers hostage on Monday.")
    assert [e for e in asserted(events, "ASSAULT") if e.mode == "abduct"]


def test_holding_a_town_or_talks_is_no_abduction(code: Code):
    events = code("The Malian army held the town for three days.")
    assert not [e for e in events if e.mode == "abduct"]


def test_designating_a_group_a_terrorist_organization_is_a_sanction(code: Code):
    events = code("Canada designated the Haitian gang a terrorist organization on Monday.")
    sanctions = asserted(events, "SANCTION")
    assert sanctions and sanctions[0].source.country == "CAN"


def test_ordering_soldiers_into_the_streets_mobilizes(code: Code):
    events = code("The Peruvian president ordered soldiers into the streets of Lima on Monday.")
    assert asserted(events, "MOBILIZE")
