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


def test_an_admitted_past_act_takes_the_day_the_story_told_it(tmp_path: Path) -> None:
    text = "A Ukrainian airliner crashed near Tehran on Wednesday, killing all 176 people on board.\n\n" \
           "Iran admitted on Saturday that its military shot down the airliner by mistake."
    shot = [e for e in asserted(code_text(tmp_path, text, FRIDAY + dt.timedelta(days=1))) if e.trigger == "shot"]
    assert shot and shot[0].date == dt.date(2023, 3, 8) and shot[0].date_text == "(same act) on Wednesday"


def test_a_confirmed_past_act_never_takes_the_confirmation_day(tmp_path: Path) -> None:
    text = "Israel confirmed on Tuesday that its jets struck Iranian targets in Syria."
    struck = asserted(code_text(tmp_path, text, FRIDAY), "ASSAULT")
    assert struck and struck[0].date == FRIDAY and struck[0].date_precision == "published"


def test_a_confirmed_paragraph_act_takes_no_paragraph_day(tmp_path: Path) -> None:
    text = "Iran admitted on Tuesday that its military shot down the airliner by mistake. Iranian officials " \
           "confirmed that the Revolutionary Guards fired two missiles at the plane."
    fired = [e for e in asserted(code_text(tmp_path, text, FRIDAY)) if e.trigger == "fired"]
    assert fired and fired[0].date != dt.date(2023, 3, 7)


def test_an_announced_present_perfect_keeps_the_announcement_day(tmp_path: Path) -> None:
    text = "Iran confirmed on Tuesday that it has begun withdrawing its troops from Syria."
    retreat = asserted(code_text(tmp_path, text, FRIDAY), "RETREAT")
    assert retreat and not (retreat[0].date_text or "").startswith("(disclosed)")


def test_an_admitted_gerund_is_a_past_act(tmp_path: Path) -> None:
    text = "Russia admitted on Tuesday shooting down the Malaysian airliner."
    shot = asserted(code_text(tmp_path, text, FRIDAY), "ASSAULT")
    assert shot and shot[0].date != dt.date(2023, 3, 7)


def test_an_act_during_a_told_rally_takes_its_day(tmp_path: Path) -> None:
    text = "Thousands of opposition supporters rallied in Minsk on Thursday.\n\n" \
           "Police arrested dozens of protesters during the rally, witnesses said."
    arrested = asserted(code_text(tmp_path, text, FRIDAY), "COERCE")
    assert arrested and arrested[0].date == dt.date(2023, 3, 9)
    assert arrested[0].date_text == "(same event) on Thursday"


def test_an_occasion_dates_the_act_over_the_reports_day(tmp_path: Path) -> None:
    """'..., a rights group said on Saturday': the report's day is when it was said; the rally dates the arrests."""
    text = "Thousands of opposition supporters rallied in Minsk on Tuesday.\n\n" \
           "Police arrested dozens of protesters during the rally, a rights group said on Thursday."
    arrested = asserted(code_text(tmp_path, text, FRIDAY), "COERCE")
    assert arrested and arrested[0].date == dt.date(2023, 3, 7)


def test_an_act_during_an_occasion_of_the_same_type_takes_its_day(tmp_path: Path) -> None:
    text = "Thousands of students protested in Belgrade on Monday.\n\n" \
           "Police detained 40 people during the demonstration."
    detained = asserted(code_text(tmp_path, text, FRIDAY), "COERCE")
    assert detained and detained[0].date == dt.date(2023, 3, 6)


def test_an_act_at_an_occasion_never_told_takes_no_earlier_day(tmp_path: Path) -> None:
    text = "Lawmakers in Kyiv voted on the budget on Tuesday.\n\n" \
           "Protesters clashed with police at the funeral of the former president."
    clashed = [e for e in asserted(code_text(tmp_path, text, FRIDAY)) if e.trigger == "clashed"]
    assert all(e.date != dt.date(2023, 3, 7) for e in clashed)


def test_a_shift_from_a_told_event_reads_from_that_events_day(tmp_path: Path) -> None:
    text = "Opposition supporters rallied in Tbilisi on Monday.\n\nPolice arrested two opposition leaders on " \
           "Wednesday. Prosecutors said the leaders met organisers the day before the rally."
    met = [e for e in code_text(tmp_path, text, FRIDAY) if e.trigger == "met"]
    assert met and met[0].date == dt.date(2023, 3, 5)


def test_the_night_before_a_told_event_is_the_day_before_it(tmp_path: Path) -> None:
    text = "Police arrested opposition leader Jean Mbala on Wednesday.\n\nTwo days later, the United States " \
           "imposed sanctions on army commanders.\n\nHis party said that police raided his home the night before " \
           "the arrest."
    raided = [e for e in asserted(code_text(tmp_path, text, FRIDAY)) if e.trigger == "raided"]
    assert raided and raided[0].date == dt.date(2023, 3, 7)
