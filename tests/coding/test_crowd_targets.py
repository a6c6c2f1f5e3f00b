"""Force used on a crowd the text does not name ('broke up the rally with tear gas') falls on the police's own
country's people (recipients.domestic_target), as their arrests and bans do."""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


def test_a_rally_broken_up_by_force_targets_the_crowd(code) -> None:
    events = asserted(code("Zimbabwean police broke up the rally with tear gas on Saturday."), "ASSAULT")
    assert dyad_codes(events) == {("ZWECOP", "ZWECVL")}


def test_named_protesters_stay_the_target(code) -> None:
    events = asserted(code("Egyptian police fired tear gas at protesters in Cairo on Friday."), "ASSAULT")
    assert dyad_codes(events) == {("EGYCOP", "EGYCVL")}
