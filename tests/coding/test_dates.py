"""Dates: finding time expressions and resolving them against the publication date."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import dateparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seismo.coding.dates import (
    DateMention,
    ResolvedDate,
    find_date_expressions,
    is_future_expression,
    named_date,
    resolve_anchored,
    resolve_date,
)

D = dt.date
TUE = D(2022, 2, 15)  # a Tuesday: the running example in docs/dates.md
SAT = D(2022, 2, 19)
SUN = D(2022, 2, 20)
MON = D(2022, 2, 14)


# --- resolving -------------------------------------------------------------------------------

# (expression, published, expected date, precision)
RESOLVE_CASES = [
    # bare weekday = most recent such day on or before publication
    ("Tuesday", TUE, D(2022, 2, 15), "day"),
    ("on Tuesday", TUE, D(2022, 2, 15), "day"),
    ("on Monday", TUE, D(2022, 2, 14), "day"),
    ("Sunday", TUE, D(2022, 2, 13), "day"),
    ("Sunday's", TUE, D(2022, 2, 13), "day"),
    ("Sunday\u2019s", TUE, D(2022, 2, 13), "day"),
    ("Wednesday", TUE, D(2022, 2, 9), "day"),
    ("early Tuesday", TUE, D(2022, 2, 15), "day"),
    ("Monday night", TUE, D(2022, 2, 14), "day"),
    ("late on Friday", TUE, D(2022, 2, 11), "day"),
    # last = strictly before; next = strictly after; this = same Monday-Sunday week
    ("last Thursday", TUE, D(2022, 2, 10), "day"),
    ("last Tuesday", TUE, D(2022, 2, 8), "day"),
    ("last Monday", TUE, D(2022, 2, 14), "day"),
    ("this past Sunday", TUE, D(2022, 2, 13), "day"),
    ("next Monday", TUE, D(2022, 2, 21), "day"),
    ("next Tuesday", TUE, D(2022, 2, 22), "day"),
    ("next Wednesday", TUE, D(2022, 2, 16), "day"),
    ("this coming Friday", TUE, D(2022, 2, 18), "day"),
    ("this Friday", TUE, D(2022, 2, 18), "day"),
    ("this Monday", TUE, D(2022, 2, 14), "day"),
    # other bases: Saturday, Sunday, Monday
    ("Saturday", SAT, D(2022, 2, 19), "day"),
    ("Sunday", SAT, D(2022, 2, 13), "day"),
    ("Friday", SUN, D(2022, 2, 18), "day"),
    ("last Sunday", SUN, D(2022, 2, 13), "day"),
    ("Sunday", MON, D(2022, 2, 13), "day"),
    ("Monday", MON, D(2022, 2, 14), "day"),
    # day keywords
    ("yesterday", TUE, D(2022, 2, 14), "day"),
    ("Yesterday morning", TUE, D(2022, 2, 14), "day"),
    ("today", TUE, D(2022, 2, 15), "day"),
    ("tonight", TUE, D(2022, 2, 15), "day"),
    ("this morning", TUE, D(2022, 2, 15), "day"),
    ("earlier today", TUE, D(2022, 2, 15), "day"),
    ("last night", TUE, D(2022, 2, 14), "day"),
    ("tomorrow", TUE, D(2022, 2, 16), "day"),
    ("the day before yesterday", TUE, D(2022, 2, 13), "day"),
    # month/day boundaries and leap years
    ("yesterday", D(2022, 3, 1), D(2022, 2, 28), "day"),
    ("yesterday", D(2024, 3, 1), D(2024, 2, 29), "day"),
    ("yesterday", D(2022, 1, 1), D(2021, 12, 31), "day"),
    ("tomorrow", D(2021, 12, 31), D(2022, 1, 1), "day"),
    ("Friday", D(2022, 1, 1), D(2021, 12, 31), "day"),
    ("February 29", D(2024, 3, 10), D(2024, 2, 29), "day"),
    # weekend (Saturday, precision week; the window is checked separately)
    ("last weekend", TUE, D(2022, 2, 12), "week"),
    ("over the weekend", TUE, D(2022, 2, 12), "week"),
    ("this weekend", TUE, D(2022, 2, 12), "week"),
    ("last weekend", SAT, D(2022, 2, 12), "week"),
    ("last weekend", SUN, D(2022, 2, 12), "week"),
    ("this weekend", SAT, D(2022, 2, 19), "week"),
    ("over the weekend", SUN, D(2022, 2, 19), "week"),
    ("last weekend", MON, D(2022, 2, 12), "week"),
    ("next weekend", TUE, D(2022, 2, 19), "week"),
    ("during the weekend", TUE, D(2022, 2, 12), "week"),
    ("earlier in the week", TUE, D(2022, 2, 14), "week"),
    ("earlier in the month", TUE, D(2022, 2, 1), "month"),
    ("later in the year", TUE, D(2022, 1, 1), "year"),
    # a month of a year told relative to publication (a bare "in January" in February is this year's)
    ("in January last year", TUE, D(2021, 1, 1), "month"),
    ("December of last year", TUE, D(2021, 12, 1), "month"),
    ("in March this year", TUE, D(2022, 3, 1), "month"),
    ("by June next year", TUE, D(2023, 6, 1), "month"),
    # seasons (northern, meteorological): the first day, precision year (the unit that holds three months)
    ("last summer", TUE, D(2021, 6, 1), "year"),
    ("last summer", D(2021, 10, 4), D(2021, 6, 1), "year"),
    ("last summer", D(2021, 7, 4), D(2020, 6, 1), "year"),
    ("this spring", TUE, D(2022, 3, 1), "year"),
    ("next autumn", TUE, D(2022, 9, 1), "year"),
    ("last fall", TUE, D(2021, 9, 1), "year"),
    ("over the winter", TUE, D(2021, 12, 1), "year"),
    ("in the summer", TUE, D(2021, 6, 1), "year"),
    ("earlier this summer", D(2021, 8, 20), D(2021, 6, 1), "year"),
    ("in the summer of 2018", TUE, D(2018, 6, 1), "year"),
    ("in spring 2015", TUE, D(2015, 3, 1), "year"),
    # weeks, months, years
    ("last week", TUE, D(2022, 2, 7), "week"),
    ("this week", TUE, D(2022, 2, 14), "week"),
    ("earlier this week", SUN, D(2022, 2, 14), "week"),
    ("next week", TUE, D(2022, 2, 21), "week"),
    # a weekday of a named week
    ("on Thursday last week", TUE, D(2022, 2, 10), "day"),
    ("Thursday of last week", TUE, D(2022, 2, 10), "day"),
    ("Monday next week", TUE, D(2022, 2, 21), "day"),
    ("Wednesday this week", TUE, D(2022, 2, 16), "day"),
    ("on Sunday last week", MON, D(2022, 2, 13), "day"),
    # fixed names (named_dates in dates.yaml)
    ("9/11", TUE, D(2001, 9, 11), "day"),
    ("after 9/11", TUE, D(2001, 9, 11), "day"),
    ("last week", D(2022, 1, 3), D(2021, 12, 27), "week"),
    ("last month", TUE, D(2022, 1, 1), "month"),
    ("last month", D(2022, 1, 10), D(2021, 12, 1), "month"),
    ("earlier this month", TUE, D(2022, 2, 1), "month"),
    ("next month", D(2022, 12, 5), D(2023, 1, 1), "month"),
    ("last year", TUE, D(2021, 1, 1), "year"),
    ("late last year", TUE, D(2021, 1, 1), "year"),
    ("this year", TUE, D(2022, 1, 1), "year"),
    ("in 2019", TUE, D(2019, 1, 1), "year"),
    ("since 2014", TUE, D(2014, 1, 1), "year"),
    ("early 2021", TUE, D(2021, 1, 1), "year"),
    # explicit dates: year-less ones take the nearest occurrence (publication year unless > 183 days ahead)
    ("February 20", TUE, D(2022, 2, 20), "day"),
    ("on Feb 14", TUE, D(2022, 2, 14), "day"),
    ("Feb. 20, 2022", TUE, D(2022, 2, 20), "day"),
    ("20 February 2022", TUE, D(2022, 2, 20), "day"),
    ("the 20th of February", TUE, D(2022, 2, 20), "day"),
    ("2022-02-20", TUE, D(2022, 2, 20), "day"),
    ("Monday, Feb. 14", TUE, D(2022, 2, 14), "day"),
    ("December 28", TUE, D(2021, 12, 28), "day"),
    ("December 28", D(2022, 12, 30), D(2022, 12, 28), "day"),
    ("January 3", D(2022, 12, 30), D(2022, 1, 3), "day"),
    ("November 30", TUE, D(2021, 11, 30), "day"),  # 288 days ahead: the nearest one is last year's
    ("December 12", TUE, D(2021, 12, 12), "day"),  # 300 days ahead: last year (nearest occurrence)
    ("December 13", TUE, D(2021, 12, 13), "day"),  # 301 days ahead: last year
    ("March 5th", TUE, D(2022, 3, 5), "day"),
    # month names: most recent such month on or before publication unless "next"
    ("in January", TUE, D(2022, 1, 1), "month"),
    ("in February", TUE, D(2022, 2, 1), "month"),
    ("in March", TUE, D(2021, 3, 1), "month"),
    ("next March", TUE, D(2022, 3, 1), "month"),
    ("next February", TUE, D(2023, 2, 1), "month"),
    ("last February", TUE, D(2021, 2, 1), "month"),
    ("last January", TUE, D(2022, 1, 1), "month"),
    ("mid-February", TUE, D(2022, 2, 1), "month"),
    ("in early December", TUE, D(2021, 12, 1), "month"),
    ("January 2022", TUE, D(2022, 1, 1), "month"),
    ("in May 2021", TUE, D(2021, 5, 1), "month"),
    # counted offsets
    ("two days ago", TUE, D(2022, 2, 13), "day"),
    ("2 days ago", TUE, D(2022, 2, 13), "day"),
    ("a day ago", D(2022, 3, 1), D(2022, 2, 28), "day"),
    ("three weeks ago", TUE, D(2022, 1, 25), "week"),
    ("a fortnight ago", TUE, D(2022, 2, 1), "week"),
    ("four months ago", TUE, D(2021, 10, 1), "month"),
    ("two years ago", TUE, D(2020, 1, 1), "year"),
    ("in two weeks", TUE, D(2022, 3, 1), "week"),
    ("in three days' time", TUE, D(2022, 2, 18), "day"),
    # day of month alone: the nearest such day
    ("on the 14th", TUE, D(2022, 2, 14), "day"),
    ("on the 28th", D(2022, 2, 3), D(2022, 1, 28), "day"),
    ("on the 31st", D(2022, 3, 2), D(2022, 3, 31), "day"),  # no Feb 31; Mar 31 is nearer
    ("on the 31st", D(2022, 2, 27), D(2022, 1, 31), "day"),
]


@pytest.mark.parametrize(("expr", "published", "expected", "precision"), RESOLVE_CASES)
def test_resolve_date(expr: str, published: dt.date, expected: dt.date, precision: str) -> None:
    resolved = resolve_date(expr, published)
    assert resolved is not None, expr
    assert (resolved.date, resolved.precision) == (expected, precision)
    assert resolved.text == expr


@pytest.mark.parametrize(
    ("expr", "published", "expected"),
    [
        ("on Saturday", D(2025, 1, 29), D(2025, 2, 1)),  # "They plan to block bridges on Saturday"
        ("Saturday", SAT, D(2022, 2, 19)),
        ("Monday", TUE, D(2022, 2, 21)),
        ("this weekend", TUE, D(2022, 2, 19)),
        ("over the weekend", SUN, D(2022, 2, 19)),
        ("in March", TUE, D(2022, 3, 1)),
        ("in February", TUE, D(2022, 2, 1)),
        ("in January", TUE, D(2023, 1, 1)),
        ("February 20", TUE, D(2022, 2, 20)),
        ("February 14", TUE, D(2023, 2, 14)),
        ("January 3", D(2022, 12, 30), D(2023, 1, 3)),
        ("on the 14th", TUE, D(2022, 3, 14)),
        # explicit direction wins over the preference
        ("last Thursday", TUE, D(2022, 2, 10)),
        ("last weekend", TUE, D(2022, 2, 12)),
        ("this past weekend", SUN, D(2022, 2, 19)),
        ("yesterday", TUE, D(2022, 2, 14)),
        ("last month", TUE, D(2022, 1, 1)),
        ("February 14, 2022", TUE, D(2022, 2, 14)),
    ],
)
def test_prefer_future_for_sentences_about_what_will_happen(
    expr: str, published: dt.date, expected: dt.date
) -> None:
    resolved = resolve_date(expr, published, prefer="future")
    assert resolved is not None and resolved.date == expected


@pytest.mark.parametrize(
    ("expr", "published", "window"),
    [
        ("last weekend", TUE, (D(2022, 2, 12), D(2022, 2, 13))),
        ("last weekend", SUN, (D(2022, 2, 12), D(2022, 2, 13))),
        ("this weekend", SUN, (D(2022, 2, 19), D(2022, 2, 20))),
        ("last week", TUE, (D(2022, 2, 7), D(2022, 2, 13))),
        ("last month", D(2024, 3, 15), (D(2024, 2, 1), D(2024, 2, 29))),
        ("in 2019", None, (D(2019, 1, 1), D(2019, 12, 31))),
        ("last winter", TUE, (D(2020, 12, 1), D(2021, 2, 28))),
        ("the summer of 2018", None, (D(2018, 6, 1), D(2018, 8, 31))),
        ("yesterday", TUE, None),
        ("three weeks ago", TUE, None),
    ],
)
def test_window(
    expr: str, published: dt.date | None, window: tuple[dt.date, dt.date] | None
) -> None:
    resolved = resolve_date(expr, published)
    assert resolved is not None
    assert resolved.window == window


@pytest.mark.parametrize(
    "expr",
    ["Tuesday", "on Monday", "last weekend", "yesterday", "today", "last week", "two days ago",
     "February 20", "in January", "on the 14th", "next month", "a fortnight ago"],
)  # fmt: skip
def test_relative_expressions_stay_unresolved_without_a_publication_date(expr: str) -> None:
    assert resolve_date(expr, None) is None


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("February 20, 2022", ResolvedDate(D(2022, 2, 20), "day", "February 20, 2022")),
        ("20 Feb 2022", ResolvedDate(D(2022, 2, 20), "day", "20 Feb 2022")),
        ("2022-02-20", ResolvedDate(D(2022, 2, 20), "day", "2022-02-20")),
        (
            "in 2019",
            ResolvedDate(D(2019, 1, 1), "year", "in 2019", (D(2019, 1, 1), D(2019, 12, 31))),
        ),
    ],
)
def test_absolute_dates_resolve_without_a_publication_date(
    expr: str, expected: ResolvedDate
) -> None:
    assert resolve_date(expr, None) == expected


@pytest.mark.parametrize(
    "expr",
    ["a day earlier", "two weeks later", "the day before", "the following week",
     "in the coming days", "in recent weeks", "a few days ago", "several weeks ago",
     "February 30", "2022-02-30", "February 29"],
)  # fmt: skip
def test_unresolvable_even_with_a_publication_date(expr: str) -> None:
    assert resolve_date(expr, TUE) is None


@pytest.mark.parametrize(
    ("expr", "published", "expected"),
    [
        ("Sept. 11", D(2020, 3, 1), D(2001, 9, 11)),  # "the Sept. 11 attacks"
        ("September 11", None, D(2001, 9, 11)),
        ("11 September", D(2020, 3, 1), D(2001, 9, 11)),
        ("Oct. 7", D(2024, 3, 1), D(2023, 10, 7)),
        ("Oct. 7", D(2019, 3, 1), None),  # the named day is after publication: an ordinary date
        ("March 28", D(2023, 3, 10), None),  # not a listed name
        ("Sept. 11, 2001", D(2020, 3, 1), None),  # has a year: an ordinary absolute date
    ],
)
def test_named_date(expr: str, published: dt.date | None, expected: dt.date | None) -> None:
    resolved = named_date(expr, published)
    assert (resolved.date if resolved else None) == expected


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("the day before", D(2022, 2, 11)),
        ("the previous day", D(2022, 2, 11)),
        ("a day earlier", D(2022, 2, 11)),
        ("the next day", D(2022, 2, 13)),
        ("the following day", D(2022, 2, 13)),
        ("two days later", D(2022, 2, 14)),
        ("on the same day", D(2022, 2, 12)),
        ("later that day", D(2022, 2, 12)),
        ("two weeks later", D(2022, 2, 26)),
        ("a few days later", None),  # vague
        ("last week", None),  # not told from another event: resolve_date's
    ],
)
def test_resolve_anchored_reads_from_the_anchor(expr: str, expected: dt.date | None) -> None:
    resolved = resolve_anchored(expr, D(2022, 2, 12))
    assert (resolved.date if resolved else None) == expected
    assert resolve_date(expr, TUE) is None or expected is None


@pytest.mark.parametrize(
    ("expr", "expected", "precision"),
    [  # anchor Saturday 2022-02-12: its week runs Monday 7 to Sunday 13
        ("the following week", D(2022, 2, 14), "week"),
        ("the next week", D(2022, 2, 14), "week"),
        ("the week after", D(2022, 2, 14), "week"),
        ("the preceding week", D(2022, 1, 31), "week"),
        ("the week before", D(2022, 1, 31), "week"),
        ("later that week", D(2022, 2, 7), "week"),
        ("earlier that month", D(2022, 2, 1), "month"),
        ("the following month", D(2022, 3, 1), "month"),
        ("the previous month", D(2022, 1, 1), "month"),
    ],
)
def test_resolve_anchored_reads_a_calendar_period_from_the_anchor(expr: str, expected: dt.date, precision: str) -> None:
    resolved = resolve_anchored(expr, D(2022, 2, 12))
    assert resolved is not None and (resolved.date, resolved.precision) == (expected, precision)
    assert resolve_date(expr, TUE) is None  # never read from publication
    assert [m.text for m in find_date_expressions(f"Troops withdrew {expr}.")] == [expr]


def test_out_of_range_dates_do_not_raise() -> None:
    assert resolve_date("tomorrow", D(9999, 12, 31)) is None
    assert resolve_date("9999 years ago", TUE) is None


def test_dateparser_fallback_covers_what_the_rules_do_not() -> None:
    resolved = resolve_date("15/02/2022", TUE)
    assert resolved is not None and resolved.date == D(2022, 2, 15)


def test_rules_beat_dateparser_alone() -> None:
    """dateparser 1.5 on a Tuesday base: no "last weekend", and "Tuesday" a week early."""
    base = dt.datetime(2022, 2, 15)
    options = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    assert dateparser.parse("last weekend", settings=options) is None
    tuesday = dateparser.parse("Tuesday", settings=options)
    assert tuesday is not None and tuesday.date() == D(2022, 2, 8)
    assert resolve_date("last weekend", TUE) == ResolvedDate(
        D(2022, 2, 12), "week", "last weekend", (D(2022, 2, 12), D(2022, 2, 13))
    )
    assert resolve_date("Tuesday", TUE) == ResolvedDate(D(2022, 2, 15), "day", "Tuesday")


@pytest.mark.parametrize(
    ("expr", "published", "future"),
    [
        ("February 20", TUE, True),
        ("next week", TUE, True),
        ("next week", None, True),
        ("tomorrow", None, True),
        ("next Monday", TUE, True),
        ("this Friday", TUE, True),
        ("in two weeks", TUE, True),
        ("in the coming days", TUE, True),
        ("later today", TUE, True),
        ("Tuesday", TUE, False),
        ("yesterday", TUE, False),
        ("last week", TUE, False),
        ("the next day", TUE, False),
        ("in March", TUE, False),
        ("February 14", TUE, False),
        ("February 20", None, False),
    ],
)
def test_is_future_expression(expr: str, published: dt.date | None, future: bool) -> None:
    assert is_future_expression(expr, published) is future


# --- finding ---------------------------------------------------------------------------------

FIND_CASES = [
    ("Russian forces shelled Kharkiv on Monday, officials said Tuesday.", ["on Monday", "Tuesday"]),
    ("The talks, held last Thursday in Geneva, ended without agreement.", ["last Thursday"]),
    ("Sunday's Super Bowl drew protesters.", ["Sunday"]),
    ("Protesters gathered last weekend and again over the weekend.",
     ["last weekend", "over the weekend"]),
    ("The invasion could come before the end of the 2022 Winter Olympics on February 20.",
     ["on February 20"]),
    ("It was signed on Feb. 20, 2022, ratified on 20 February 2022 and filed 2022-02-20.",
     ["on Feb. 20, 2022", "on 20 February 2022", "2022-02-20"]),
    ("Troops may march on the capital in May, and may arrive in early March 2022.",
     ["in May", "in early March 2022"]),
    ("Theresa May said protesters would march. They march to May Street.", []),
    ("In January the army deployed 130,000 troops; by mid-2023 it had left.",
     ["In January", "by mid-2023"]),
    ("Two days ago, three weeks ago and a day earlier the rebels attacked.",
     ["Two days ago", "three weeks ago", "a day earlier"]),
    ("He was killed on the 14th, while on the 14th floor nothing happened.", ["on the 14th"]),
    ("Yesterday, today, tonight, this morning, last night and earlier today.",
     ["Yesterday", "today", "tonight", "this morning", "last night", "earlier today"]),
    ("Last week, this week and next week; last month, earlier this month, last year, in 2019.",
     ["Last week", "this week", "next week", "last month", "earlier this month", "last year",
      "in 2019"]),
    ("The summit is set for next Monday; this Friday's vote; early Tuesday morning.",
     ["next Monday", "this Friday", "early Tuesday morning"]),
    ("In two weeks the troops leave; in two weeks of fighting 30 died; in the coming days.",
     ["In two weeks", "in the coming days"]),
    ("KYIV, Feb 14 (Reuters) - Ukraine said on Monday, Feb. 14 that January 2022 was calm.",
     ["Feb 14", "on Monday, Feb. 14", "January 2022"]),
    ("Russia massed 130,000 troops, 2,000 tanks and 30 jets at the 2022 Winter Olympics.", []),
    ("The 2014 annexation of Crimea; Mar-a-Lago; Janet 5; the March on Washington.", []),
    ("SEOUL, March 3 - the deal, struck Sunday, takes effect this year.",
     ["March 3", "Sunday", "this year"]),
    ("They met on Thursday last week and on Monday of next week.",
     ["on Thursday last week", "on Monday of next week"]),
    ("Since 9/11 (not 9/11/2001 or 19/11) the Sept. 11 attacks are a name.", ["9/11", "Sept. 11"]),
    ("Later that day, and on the same day, the next day.", ["Later that day", "the same day", "the next day"]),
    ("After his conviction last summer he agreed; in the summer of 2018, during the winter; in spring 2015.",
     ["last summer", "in the summer of 2018", "during the winter", "in spring 2015"]),
    ("In January last year, and in December of last year, and March this year; Theresa May last year.",
     ["In January last year", "in December of last year", "March this year", "last year"]),
    ("Earlier in the week they met; later in the month, and later in the day.",
     ["Earlier in the week", "later in the month"]),
    ("Prices fall in the fall; the fall of Kabul; the Arab Spring; a summer camp; spring rains.", []),
    ("Police were investigating during the weekend; since last fall.", ["during the weekend", "since last fall"]),
    ("Police fired during a May rally; the June summit; the May government; a March of the Volunteers.",
     ["May", "June"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), FIND_CASES)
def test_find_date_expressions(sentence: str, expected: list[str]) -> None:
    mentions = find_date_expressions(sentence)
    assert [m.text for m in mentions] == expected
    for m in mentions:
        assert sentence[m.start : m.end] == m.text


def test_find_offsets() -> None:
    sentence = "Officials said Tuesday that the strike happened last weekend."
    assert find_date_expressions(sentence) == [
        DateMention(15, 22, "Tuesday"),
        DateMention(48, 60, "last weekend"),
    ]


@pytest.mark.parametrize("sentence", [s for s, found in FIND_CASES if found])
def test_every_found_expression_resolves_or_is_deliberately_vague(sentence: str) -> None:
    vague = {"a day earlier", "in the coming days"}
    anchored = {"a day earlier", "Later that day", "the same day", "the next day"}  # resolve_anchored's
    for m in find_date_expressions(sentence):
        assert (resolve_date(m.text, TUE) is not None) != (m.text in vague | anchored), m.text


ARTICLE = (  # excerpts of a story published Tuesday 2022-02-15
    "Some Russian troops are being pulled back, Russia's Defense Ministry announced Tuesday. "
    "The U.S. evacuated its embassy staff from Kyiv on Monday. Troops will begin moving to their "
    "garrisons today. Russia could invade before the end of the 2022 Winter Olympics on February "
    "20. Biden spoke in an interview taped last Thursday, which aired during Sunday\u2019s Super "
    "Bowl. Biden and Putin spoke last weekend for an hour."
)


def test_article_end_to_end() -> None:
    resolved = [resolve_date(m.text, TUE) for m in find_date_expressions(ARTICLE)]
    assert [(r.text, r.date) for r in resolved if r] == [
        ("Tuesday", D(2022, 2, 15)),
        ("on Monday", D(2022, 2, 14)),
        ("today", D(2022, 2, 15)),
        ("on February 20", D(2022, 2, 20)),
        ("last Thursday", D(2022, 2, 10)),
        ("Sunday", D(2022, 2, 13)),
        ("last weekend", D(2022, 2, 12)),
    ]
    assert len(resolved) == 7
    assert [
        m.text for m in find_date_expressions(ARTICLE) if is_future_expression(m.text, TUE)
    ] == ["on February 20"]


# --- properties ------------------------------------------------------------------------------

_DATEY = st.sampled_from(
    ["Tuesday", " last ", "weekend", "February", " 20", ", 2022", "ago", " two days", "May",
     "on the 14th", "2022-02-20", "next", "in ", "\u2019s", "-", "9999", "mid-"]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=80), st.lists(_DATEY, max_size=8).map("".join))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_find_never_raises_and_offsets_are_exact(text: str) -> None:
    previous_end = 0
    for m in find_date_expressions(text):
        assert previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        previous_end = m.end


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.one_of(st.none(), st.dates()), st.sampled_from(["past", "future"]))
def test_resolve_never_raises(
    text: str, published: dt.date | None, prefer: Literal["past", "future"]
) -> None:
    resolved = resolve_date(text, published, prefer=prefer)
    assert resolved is None or resolved.precision in ("day", "week", "month", "year")
    is_future_expression(text, published)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2100, 12, 31)))
def test_weekday_conventions_hold_for_any_publication_date(published: dt.date) -> None:
    for index, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                  "Saturday", "Sunday")):  # fmt: skip
        bare, last, nxt = (
            resolve_date(f"{rel}{name}", published) for rel in ("", "last ", "next ")
        )
        assert bare and last and nxt
        assert bare.date.weekday() == last.date.weekday() == nxt.date.weekday() == index
        assert 0 <= (published - bare.date).days <= 6
        assert 1 <= (published - last.date).days <= 7
        assert 1 <= (nxt.date - published).days <= 7
    weekend = resolve_date("last weekend", published)
    assert weekend and weekend.window and weekend.window[1] < published
    assert weekend.date.weekday() == 5 and (published - weekend.date).days <= 8
