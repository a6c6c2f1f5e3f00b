"""Shifts told in hours or minutes ('hours after the vote'): found, and read from the anchor's day (hour_shifts.py)."""

from __future__ import annotations

import datetime as dt

from seismo.coding.dates import DateMention
from seismo.coding.hour_shifts import find_hour_shifts, resolve_told, with_hour_shifts

WEDNESDAY = dt.date(2020, 1, 8)


def test_finds_hour_and_minute_shifts():
    text = "A few hours before the jet crashed, troops fired. Police came six minutes later."
    assert [m.text for m in find_hour_shifts(text)] == ["A few hours before", "six minutes later"]


def test_a_bare_count_of_hours_is_no_shift():
    assert find_hour_shifts("The talks lasted three hours. Working hours were cut.") == []


def test_an_hour_shift_is_the_anchor_day():
    assert resolve_told("hours after", WEDNESDAY).date == WEDNESDAY
    assert resolve_told("less than thirteen hours later", WEDNESDAY).date == WEDNESDAY


def test_each_full_day_of_hours_moves_the_day():
    assert resolve_told("48 hours later", WEDNESDAY).date == dt.date(2020, 1, 10)
    assert resolve_told("thirty-six hours before", WEDNESDAY).date == dt.date(2020, 1, 7)


def test_day_shifts_still_read_as_before():
    assert resolve_told("two days later", WEDNESDAY).date == dt.date(2020, 1, 10)


def test_an_hour_shift_inside_a_day_mention_is_not_added_twice():
    text = "two hours after Monday"
    assert with_hour_shifts([DateMention(0, len(text), text)], text) == [DateMention(0, len(text), text)]
