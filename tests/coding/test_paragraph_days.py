"""A day told first in a sentence that codes no event frames its paragraph (docs/dates.md, "Event dates", 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import FRIDAY, asserted, code_text

pytestmark = pytest.mark.slow

TUESDAY = dt.date(2023, 3, 7)
EXPEL = "Serbia expelled the Croatian ambassador."


def _expulsion(tmp_path: Path, opening: str):
    events = asserted(code_text(tmp_path, f"{opening} {EXPEL}"))
    found = [e for e in events if "expelled" in e.evidence.sentence]
    assert found, [(e.type, e.evidence.sentence) for e in events]
    return found[0]


def test_fronted_day_of_a_sentence_without_event_dates_the_paragraph(tmp_path: Path):
    event = _expulsion(tmp_path, "On Tuesday, the cabinet reviewed the budget for the coming year.")
    assert event.date == TUESDAY and event.date_precision == "day", event.date_text
    assert event.date_text.startswith("(context)")


def test_day_at_the_end_of_a_background_sentence_dates_only_its_clause(tmp_path: Path):
    event = _expulsion(tmp_path, "The broadcasts began on Tuesday after a long pause.")
    assert event.date == FRIDAY and event.date_precision == "published", event.date_text


def test_fronted_day_after_publication_is_a_plan_not_the_paragraph_day(tmp_path: Path):
    event = _expulsion(tmp_path, "On March 20, the cabinet reviews the budget for the coming year.")
    assert event.date == FRIDAY and event.date_precision == "published", event.date_text
