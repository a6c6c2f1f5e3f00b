"""An event's date from the story, not the publication day (issue 13, "Dates"): parts of a day told from the last
day named, and acts in the complement of an admission told as past."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

from seismo.coding.dates import find_date_expressions, resolve_anchored

FRIDAY = dt.date(2023, 3, 10)


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("the next morning", dt.date(2023, 3, 9)),
        ("The following evening", dt.date(2023, 3, 9)),
        ("the previous night", dt.date(2023, 3, 7)),
        ("Later that night", dt.date(2023, 3, 8)),
        ("that same afternoon", dt.date(2023, 3, 8)),
    ],
)
def test_a_part_of_a_day_reads_from_the_anchor(expr: str, expected: dt.date) -> None:
    resolved = resolve_anchored(expr, dt.date(2023, 3, 8))
    assert resolved is not None and resolved.date == expected and resolved.precision == "day"


def test_that_night_before_a_noun_is_no_date() -> None:
    assert [m.text for m in find_date_expressions("The army said that night raids killed 12 militants.")] == []
    assert [m.text for m in find_date_expressions("Troops shelled the town that night.")] == ["that night"]


def test_the_next_morning_follows_the_day_told_before(tmp_path: Path) -> None:
    text = "Police arrested the opposition leader in Minsk on Wednesday.\n\n" \
           "The next morning, police raided the offices of his party."
    raided = [e for e in asserted(code_text(tmp_path, text, FRIDAY)) if e.trigger == "raided"]
    assert raided and raided[0].date == dt.date(2023, 3, 9) and raided[0].date_text == "The next morning"
