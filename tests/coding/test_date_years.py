"""Year-less months read in the past year the sentence or its paragraph puts first (issue 13, coding/date_years.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coding_helpers import asserted, code_text

from seismo.coding.date_rules import ResolvedDate
from seismo.coding.date_years import in_year, yearless_month

AUTUMN = dt.date(2023, 10, 10)


def test_only_a_month_without_a_year_or_a_relative_word_is_yearless() -> None:
    assert yearless_month("until July") and yearless_month("on June 12") and yearless_month("in early June")
    assert not yearless_month("in July 2016") and not yearless_month("last July") and not yearless_month("on Monday")


def test_in_year_moves_the_window_and_keeps_a_day_that_year_lacks() -> None:
    july = ResolvedDate(dt.date(2023, 7, 1), "month", "in July", (dt.date(2023, 7, 1), dt.date(2023, 7, 31)))
    assert in_year(july, 2016).window == (dt.date(2016, 7, 1), dt.date(2016, 7, 31))
    leap = ResolvedDate(dt.date(2024, 2, 29), "day", "on February 29")
    assert in_year(leap, 2023) == leap


def test_a_fronted_year_frames_the_month_of_its_sentence(tmp_path: Path) -> None:
    text = "In the 2018 election campaign, the Kenyan president did not meet the Ugandan president until July."
    met = asserted(code_text(tmp_path, text, AUTUMN), "CONSULT")
    assert met and met[0].date == dt.date(2018, 7, 1) and met[0].date_precision == "month"


def test_a_finer_date_of_the_same_clause_refines_the_year(tmp_path: Path) -> None:
    text = "In 2019, Kenyan troops shelled Kismayo in June."
    shelled = asserted(code_text(tmp_path, text, AUTUMN), "ASSAULT")
    assert shelled and shelled[0].date == dt.date(2019, 6, 1) and shelled[0].date_precision == "month"


def test_the_paragraphs_year_frames_a_later_sentence(tmp_path: Path) -> None:
    text = (
        "During the 2017 border crisis, the two governments stopped all trade. Kenyan police arrested 12 "
        "Ugandan smugglers in Busia on March 14."
    )
    arrested = asserted(code_text(tmp_path, text, AUTUMN), "COERCE")
    assert arrested and arrested[0].date == dt.date(2017, 3, 14)


def test_a_year_naming_a_noun_or_told_a_paragraph_before_frames_nothing(tmp_path: Path) -> None:
    named = asserted(
        code_text(tmp_path, "The Kenyan president denounced the 2015 accord with Uganda in March.", AUTUMN), "ACCUSE"
    )
    assert named and named[0].date == dt.date(2023, 3, 1)
    text = (
        "During the 2017 border crisis, the two governments stopped all trade.\n\nKenyan police arrested 12 "
        "Ugandan smugglers in Busia on March 14."
    )
    arrested = asserted(code_text(tmp_path, text, AUTUMN), "COERCE")
    assert arrested and arrested[0].date == dt.date(2023, 3, 14)
