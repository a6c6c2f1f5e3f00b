"""Handing captives to someone is their release: 'handed three hostages to the Red Cross' (events.yaml verb
``hand`` with a captive object; 'handed over' was already read). Handing a letter is no release. Also what an
armed group hands over or lays down (its arms: RETREAT disarm) and what a state suspends for another's citizens
(visa-free travel: SANCTION discontinue).

Each sentence is invented for the mechanism and runs the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2024, 9, 20)


def test_handing_hostages_to_a_mediator_releases_them(code):
    events = asserted(code("Somali pirates handed five Indian hostages to Kenyan officials on Thursday."), "RETREAT")
    assert any(e.source is not None and e.source.country == "SOM" and e.target is not None
               and e.target.country == "IND" for e in events), dyad_codes(events)


def test_handing_a_letter_is_no_release(code):
    events = asserted(code("The Chilean envoy handed a protest letter to the Peruvian minister on Monday."), "RETREAT")
    assert not events, dyad_codes(events)


@pytest.mark.parametrize("text, rebels", [
    ("The ELN rebels handed over their weapons to UN monitors on Tuesday.", "COLREB"),
    ("About 300 ELN guerrillas turned in their guns on Monday.", "COLREB"),
    ("Hamas fighters laid down their arms on Monday.", "PSEREB"),
])
def test_an_armed_group_giving_up_its_arms_disarms(code, text: str, rebels: str) -> None:
    events = asserted(code(text), "RETREAT")
    assert any(e.mode == "disarm" and e.source is not None and e.source.code == rebels for e in events), \
        dyad_codes(events)


def test_a_state_handing_over_weapons_arms_someone(code):
    events = code("The United States handed over weapons to the Iraqi army on Monday.")
    assert not asserted(events, "RETREAT") and asserted(events, "AID"), dyad_codes(events)


def test_a_state_suspending_visa_free_travel_sanctions_the_other_country(code):
    events = asserted(code("Russia suspended visa-free travel for Turkish citizens on Monday. "
                           "The airline suspended travel because of the storm."), "SANCTION")
    assert {(e.source.code if e.source else None, e.target.country if e.target else None) for e in events} \
        == {("RUSGOV", "TUR")}, dyad_codes(events)

