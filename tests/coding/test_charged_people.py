"""Issue 13, probe-g: 'prosecutors charged two men with arson' is an accusation against people the text does not
name (``events.yaml`` charge with a people noun and a with-phrase); with no named recipient it falls on the
courts' own population (``recipients.domestic_target``).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


def test_charging_unnamed_people_is_an_accusation(code) -> None:
    events = code("Austrian prosecutors charged three men with arson on Wednesday.")
    assert ("AUTJUD", "AUTCVL") in dyad_codes(asserted(events, "ACCUSE"))


def test_charging_people_a_fee_is_no_accusation(code) -> None:
    events = code("The hotel charged two men a cleaning fee on Wednesday.")
    assert not asserted(events, "ACCUSE")


def test_a_named_recipient_is_kept(code) -> None:
    events = code("Austrian prosecutors charged two Hungarian nationals with smuggling on Wednesday.")
    assert {e.target.country for e in asserted(events, "ACCUSE") if e.target} == {"HUN"}
