"""Resolving a time expression: one handler per expression shape, in a table of (pattern, handler, relative).

``coding.dates`` normalises an expression and runs the table in order; the first pattern that matches the
whole expression picks the handler. Relative handlers need the publication date; absolute ones do not.
The news conventions they encode (past bias for bare weekdays, weekend and week windows) are listed with
examples in docs/dates.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from seismo.coding.date_seasons import SEASON_RULE, season_window
from seismo.coding.date_words import COUNT_WORDS, DAY_OFFSETS, MONTH_NUM, NAMED_PHRASES, WEEKDAYS, alt
from seismo.models import DatePrecision

__all__ = ["RULES", "R_COUNT", "R_MON", "R_ON_WD", "ResolvedDate", "day_of", "month_of", "year_of"]

FUTURE_HORIZON_DAYS = 183  # a year-less month/day further ahead than this is last year's (nearest occurrence)


@dataclass(frozen=True)
class ResolvedDate:
    """A calendar date for an expression; spans also give ``window`` (first, last day)."""

    date: dt.date
    precision: DatePrecision
    text: str
    window: tuple[dt.date, dt.date] | None = None


# --- building results ------------------------------------------------------------------------


def day_of(date: dt.date, text: str) -> ResolvedDate:
    return ResolvedDate(date, "day", text)


def _days(first: dt.date, days: int, text: str) -> ResolvedDate:
    """A week (7 days from Monday) or a weekend (2 days from Saturday): precision "week"."""
    return ResolvedDate(first, "week", text, (first, first + dt.timedelta(days=days - 1)))


def month_of(year: int, month: int, text: str) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    return ResolvedDate(dt.date(year, month, 1), "month", text,
                        (dt.date(year, month, 1), dt.date(year, month, last)))  # fmt: skip


def year_of(year: int, text: str) -> ResolvedDate:
    return ResolvedDate(dt.date(year, 1, 1), "year", text,
                        (dt.date(year, 1, 1), dt.date(year, 12, 31)))  # fmt: skip


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def _ymd(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- resolving: one handler per expression shape ---------------------------------------------

_Match = re.Match[str]
_Result = ResolvedDate | None
# Absolute handlers take ``dt.date | None``; relative ones (flag True in RULES) a date.
_Handler = Callable[[_Match, Any, str, bool], _Result]


def _on_day_month(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    mon, day = m["mon"], int(m["d"])
    month = int(mon) if mon.isdigit() else MONTH_NUM[mon]
    if m["y"]:
        date = _ymd(int(m["y"]), month, day)
    elif pub is None:
        return None
    else:  # news convention: same year as publication unless that is far in the future
        date = _ymd(pub.year, month, day)
        if date and future and date < pub:
            date = _ymd(pub.year + 1, month, day)
        elif date and not future and (date - pub).days > FUTURE_HORIZON_DAYS:
            date = _ymd(pub.year - 1, month, day)
    return day_of(date, text) if date else None


def _on_month(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    month = MONTH_NUM[m["mon"]]
    if m["y"]:
        return month_of(int(m["y"]), month, text)
    if pub is None:
        return None
    if m["yrel"]:  # "in January last year": that month of the year named
        return month_of(pub.year + {"last": -1, "this": 0, "next": 1}[m["yrel"]], month, text)
    year, rel = pub.year, m["rel"]
    if rel == "next":
        year += month <= pub.month
    elif rel == "last":
        year -= month >= pub.month
    elif rel != "this":  # the most recent such month, this one included (or the next one)
        year += (month < pub.month) if future else -(month > pub.month)
    return month_of(year, month, text)


def _on_year(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    return year_of(int(m["y"]), text)


def _on_weekday(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    wd, rel, today = WEEKDAYS.index(m["wd"]), m["rel"] or "", pub.weekday()
    if rel in ("last", "this past", "past"):
        back = (today - wd) % 7 or 7
    elif rel in ("next", "this coming", "coming"):
        back = -((wd - today) % 7 or 7)
    elif rel == "this":
        back = today - wd  # same Monday-to-Sunday week
    else:  # on or before publication (on or after when ``future``)
        back = -((wd - today) % 7) if future else (today - wd) % 7
    return day_of(pub - dt.timedelta(days=back), text)


def _on_weekday_of_week(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    """ "on Thursday last week": that weekday in the Monday-to-Sunday week named."""
    step = {"last": -1, "this": 0, "next": 1}[m["rel"]]
    monday = pub - dt.timedelta(days=pub.weekday() - 7 * step)
    return day_of(monday + dt.timedelta(days=WEEKDAYS.index(m["wd"])), text)


def _on_named(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    """A fixed name ("9/11"): its day, whatever the publication date."""
    return day_of(NAMED_PHRASES[m["name"]], text)


def _on_keyword(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    return day_of(pub + dt.timedelta(days=DAY_OFFSETS[m["kw"]]), text)


def _on_weekend(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    wd, rel = pub.weekday(), m["rel"]
    back = (wd - 5) % 7  # Saturday of the weekend on or before publication
    if rel == "last":
        back += 7 if wd >= 5 else 0
    elif rel in ("next", "this coming"):
        back = -((5 - wd) % 7 or 7)
    elif future and rel not in ("this past", "past", "the past"):
        back = wd - 5  # the weekend on or after publication
    return _days(pub - dt.timedelta(days=back), 2, text)


def _on_period(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    step, unit = {"last": -1, "this": 0, "next": 1, None: 0}[m["rel"]], m["unit"] or m["unit2"]
    if unit == "week":
        return _days(pub - dt.timedelta(days=pub.weekday() - 7 * step), 7, text)
    if unit == "month":
        return month_of(*_add_months(pub.year, pub.month, step), text)
    return year_of(pub.year + step, text)


def _on_offset(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    n = int(m["n"]) if m["n"].isdigit() else COUNT_WORDS.get(m["n"])
    if n is None:  # vague: "a few days ago", "several weeks ago"
        return None
    n *= -1 if m["dir"] == "ago" else 1
    unit = m["unit"]
    if unit == "day":
        return day_of(pub + dt.timedelta(days=n), text)
    if unit in ("week", "fortnight"):
        days = n * (14 if unit == "fortnight" else 7)
        return ResolvedDate(pub + dt.timedelta(days=days), "week", text)
    if unit == "month":
        return month_of(*_add_months(pub.year, pub.month, n), text)
    return year_of(pub.year + n, text)


def _on_nth(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    """ "on the 14th": that day in the nearest month (previous, current, next); ties to the past."""
    day = int(m["d"])
    options = [d for k in (-1, 0, 1) if (d := _ymd(*_add_months(pub.year, pub.month, k), day))]
    options = [d for d in options if d >= pub] if future else options
    best = min(options, key=lambda d: (abs((d - pub).days), d > pub), default=None)
    return day_of(best, text) if best else None


def _on_season(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    """A season: its first day at precision year (the unit that holds three months), its months as window."""
    window = season_window(m, pub, future)
    return ResolvedDate(window[0], "year", text, window) if window else None


_R_WD = f"(?P<wd>{alt(WEEKDAYS)})"
R_ON_WD = rf"(?:(?:{alt(WEEKDAYS)}),?\s+)?"
R_MON = rf"(?P<mon>{alt(MONTH_NUM)})\.?"
_R_YEAR = r"(?:,?\s+(?P<y>\d{4}))?"
_R_EDGE = r"(?:(?:early|late|mid|(?:the\s+)?(?:end|start|beginning)\s+of)[\s-]*)?"
R_COUNT = rf"(?P<n>\d{{1,4}}|{alt(COUNT_WORDS)}|a\s+few|a\s+couple\s+of|several)"
_R_UNIT = r"(?P<unit>day|week|fortnight|month|year)s?"
_R_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_R_VAGUE = (
    rf"{R_COUNT}\s+{_R_UNIT}\s+(?:earlier|later|before|after)"
    r"|the\s+(?:day|week|month|year)\s+(?:before|after)"
    r"|the\s+(?:previous|preceding|following)\s+(?:day|week|month|year)"
    r"|the\s+(?:coming|next few|past few)\s+(?:days|weeks|months)|recent\s+(?:days|weeks|months)"
    r"|(?:(?:later|earlier)\s+)?that\s+(?:day|week|month)|the\s+(?:same|next)\s+(?:day|week)"
)
_RULE_TABLE: list[tuple[str, _Handler | None, bool]] = [  # (pattern, handler, needs published)
    (r"(?P<y>\d{4})-(?P<mon>\d{1,2})-(?P<d>\d{1,2})", _on_day_month, False),
    (rf"{R_ON_WD}{R_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_R_YEAR}", _on_day_month, False),
    (rf"{R_ON_WD}(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{R_MON}{_R_YEAR}",
     _on_day_month, False),
    (rf"(?:(?P<rel>last|next|this)\s+)?{_R_EDGE}{R_MON}(?:{_R_YEAR}|,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year)",
     _on_month, False),
    (rf"{_R_EDGE}(?P<y>\d{{4}})", _on_year, False),
    (rf"(?:(?P<rel>last|next|this coming|this past|this|coming|past)\s+)?"
     rf"(?:(?:early|late)\s+(?:on\s+)?)?{_R_WD}{_R_PART}", _on_weekday, True),
    (rf"{_R_WD}{_R_PART},?\s+(?:of\s+)?(?P<rel>last|this|next)\s+week", _on_weekday_of_week, True),
    (rf"(?P<kw>{alt(DAY_OFFSETS)}){_R_PART}", _on_keyword, True),
    (r"(?:(?P<rel>last|next|this past|this coming|this|past|the|the past)\s+)weekend",
     _on_weekend, True),
    (r"(?:(?:early|earlier|late|later|mid)[\s-]+)?(?P<rel>last|this|next)\s+"
     r"(?P<unit>week|month|year)|(?:earlier|later)\s+in\s+the\s+(?P<unit2>week|month|year)", _on_period, True),
    (rf"{R_COUNT}\s+{_R_UNIT}\s+(?P<dir>ago)", _on_offset, True),
    (rf"(?P<dir>in)\s+{R_COUNT}\s+{_R_UNIT}(?:'?\s*time)?", _on_offset, True),
    (r"the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)", _on_nth, True),
    (SEASON_RULE, _on_season, False),
    (rf"(?P<name>{alt(re.escape(p) for p in NAMED_PHRASES) or '(?!)'})", _on_named, False),
    (_R_VAGUE, None, True),  # anchored on another event ("a day earlier") or vague: never resolved
]  # fmt: skip
RULES = [(re.compile(pattern), handler, relative) for pattern, handler, relative in _RULE_TABLE]
