"""History in a bound clause: a past act behind after/before/since that the text tells as earlier than the story
('has ruled since rebels attacked the capital') takes no day of the story (issue 13; docs/dates.md, item 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

pytestmark = pytest.mark.slow

FRIDAY = dt.date(2023, 3, 10)


def _attacks(tmp_path: Path, text: str):
    events = [e for e in asserted(code_text(tmp_path, text, FRIDAY), "ASSAULT") if e.trigger == "attacked"]
    assert events, text
    return events


@pytest.mark.parametrize("text, word", [
    ("The Malian junta has ruled the country since rebel forces attacked Bamako.", "since"),
    ("The Chadian army had withdrawn from the north before Libyan troops attacked Faya.", "before"),
    ("The Nigerien general has held power since seizing it after rebel forces attacked Niamey.",
     "after"),
    ("The Sudanese army has been in control of Khartoum after militia fighters attacked the airport.", "after"),
    ("The election is the first vote in Mali since rebel forces attacked Bamako.", "since"),
])
def test_a_past_act_bound_to_a_perfect_is_history(tmp_path: Path, text: str, word: str):
    for event in _attacks(tmp_path, text):
        assert (event.date, event.date_precision, event.date_text) == (None, None, f"(background) {word}"), event


def test_a_bound_act_keeps_the_date_its_clause_gives(tmp_path: Path):
    text = "The Malian junta has ruled the country since rebel forces attacked Bamako in 2012."
    event = _attacks(tmp_path, text)[0]
    assert (event.date, event.date_precision) == (dt.date(2012, 1, 1), "year"), event


def test_a_bound_act_under_a_simple_clause_may_be_the_news(tmp_path: Path):
    text = "The Malian president remains in hiding after rebel forces attacked Bamako."
    event = _attacks(tmp_path, text)[0]
    assert (event.date, event.date_precision) == (FRIDAY, "published"), event


def test_a_bound_act_under_a_clause_of_past_years_is_history(tmp_path: Path):
    text = "The Gambian junta ruled the country from 1994 until 1996, taking power after rebel forces attacked Banjul."
    event = _attacks(tmp_path, text)[0]
    assert (event.date, event.date_text) == (None, "(background) after"), event
