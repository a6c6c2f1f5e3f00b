"""Probe lane h (issue 13): what the coder got wrong on fresh copy about domestic politics and justice
(resignations, trials of politicians, releases of opposition figures).

Invented sentences, each for a general mechanism: a leader who stepped down days before the story is a
former leader on the publication day, and stepping down is still a resignation for such a known elite.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _pairs(events):
    return [(e.source.code if e.source else None, e.target.code if e.target else None) for e in events]


def test_a_former_leader_stepping_down_resigns(code):
    """The resignation gate reads the subject on the publication day: a known elite (ELI) leaves a post too."""
    events = asserted(code("Former Kenyan President Uhuru Kenyatta stepped down as chairman of his party on "
                           "Monday.", dt.date(2024, 3, 8)), "RETREAT")
    assert [(e.mode, e.source.code if e.source else None) for e in events] == [("resign", "KENELI")]


def test_a_leader_stepping_down_on_the_last_day_of_the_term_is_the_government(code):
    """The day the record's term ends is still the holder's: the resignation is the government's."""
    events = asserted(code("Prime Minister Rishi Sunak stepped down on Friday after the election defeat.",
                           dt.date(2024, 7, 8)), "RETREAT")
    assert _pairs(events) == [("GBRGOV", None)]
