"""'During the meeting, Hariri thanked Egypt' in a new paragraph: the clause takes the day of the meeting the
story told before (coding/referenced_days.py), not the publication day."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2019, 9, 20)
MEETING = ("Egyptian President Abdel Fattah el-Sisi met Lebanese Prime Minister Saad Hariri in Cairo on "
           "September 12.\n\n")


def test_a_fronted_reference_to_the_meeting_takes_its_day(code) -> None:
    events = asserted(code(MEETING + "During the meeting, Hariri thanked Egypt for its support."), "SUPPORT")
    assert {e.date for e in events} == {dt.date(2019, 9, 12)}


def test_the_talks_name_the_meeting_too(code) -> None:
    events = asserted(code(MEETING + "At the talks, Sisi urged Lebanon to form a government."), "REQUEST")
    assert {e.date for e in events} == {dt.date(2019, 9, 12)}


def test_a_clause_without_a_reference_keeps_the_publication_day(code) -> None:
    events = asserted(code(MEETING + "Sisi later urged Lebanon to form a government."), "REQUEST")
    assert {e.date_precision for e in events} == {"published"}


def test_no_earlier_meeting_names_no_day(code) -> None:
    events = asserted(code("During the meeting, Hariri thanked Egypt for its support."), "SUPPORT")
    assert {e.date_precision for e in events} == {"published"}
