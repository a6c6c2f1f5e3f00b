"""Event dates: find time expressions in a sentence and resolve them against the article date.

News dates events relative to publication ("on Tuesday", "last weekend", "two days ago"), so
relative expressions resolve against ``Article.published``; when that is unknown they stay
None (seismo never substitutes today's date). Our rules encode the news conventions (past
bias for bare weekdays, weekend/week windows) and run first; dateparser is only a fallback
for what they do not recognise. docs/dates.md lists every convention with examples.

The finder patterns live in ``coding.date_finder``, the rule table and its handlers in
``coding.date_rules`` and the words both read in ``coding.date_words``; this module holds the
entry points the coder calls (``resolve_*``, ``named_date``, ``is_future_expression``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from seismo.coding.date_fallback import parse_with_dateparser
from seismo.coding.date_finder import UNIT, DateMention, find_date_expressions
from seismo.coding.date_rules import R_COUNT, R_MON, R_ON_WD, RULES, ResolvedDate, day_of, month_of, year_of
from seismo.coding.date_words import COUNT_WORDS, MONTH_NUM, NAMED_DAYS, alt

__all__ = ["DateMention", "ResolvedDate", "find_date_expressions", "is_future_expression",
           "named_date", "resolve_anchored", "resolve_date"]  # fmt: skip

_IN_N = rf"in\s+(?:\d+|{alt(COUNT_WORDS)}|a few|a couple of|several)\s+{UNIT}(?:'?\s*time)?$"
_LEADING = re.compile(  # "in" stays when it means "from now": "in two weeks"
    rf"^(?:(?:on|(?!{_IN_N})in|since|until|till|by|before|after|during|from|through|at|of"
    r"|over)\s+)+"
)
_DATEISH = re.compile(rf"\d|ago|day|week|month|year|fortnight|night|{alt(MONTH_NUM)}", re.I)


def _normalise(expr: str) -> str:
    key = " ".join(expr.replace("\u2019", "'").split()).lower().strip(' ,;:!?()"')
    key = re.sub(r"'s$", "", key.rstrip("."))
    return _LEADING.sub("", key)


def resolve_date(
    expr: str, published: dt.date | None, *, prefer: Literal["past", "future"] = "past"
) -> ResolvedDate | None:
    """The date ``expr`` refers to, read as of ``published``; None when it cannot be known.

    Relative expressions need ``published``; absolute ones with a year do not. ``prefer``
    settles bare expressions ("Saturday", "in March", "November 1"): news reports the past,
    so "past" is the default; pass "future" for a sentence about what will happen.
    """
    text = " ".join(expr.split())
    key = _normalise(text)
    for pattern, handler, relative in RULES:
        m = pattern.fullmatch(key)
        if m:
            if handler is None or (relative and published is None):
                return None
            try:
                return handler(m, published, text, prefer == "future")
            except (OverflowError, ValueError):  # beyond datetime's years 1..9999
                return None
    if published is None or len(key) > 60 or not _DATEISH.search(key):
        return None
    return _resolve_with_dateparser(key, published, text)


def _resolve_with_dateparser(key: str, published: dt.date, text: str) -> ResolvedDate | None:
    if (found := parse_with_dateparser(key, published)) is None:
        return None
    date, period = found
    if period == "month":
        return month_of(date.year, date.month, text)
    if period == "year":
        return year_of(date.year, text)
    return ResolvedDate(date, "week" if period == "week" else "day", text)


_DAY_PART = r"(?:day|morning|afternoon|evening|night)"  # "that evening", "the next morning": the anchor's day
_ANCHOR_SAME = re.compile(rf"(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?{_DAY_PART}|the\s+same\s+day")
_ANCHOR_STEP = re.compile(rf"the\s+(?:(?P<back>(?:day|night|evening)\s+before|previous\s+{_DAY_PART})"
                          rf"|(?:day|morning)\s+after|(?:next|following)\s+{_DAY_PART})")
_ANCHOR_COUNT = re.compile(rf"{R_COUNT}\s+(?P<unit>day|week)s?\s+(?P<dir>earlier|before|later|after)")
_ANCHOR_PERIOD = re.compile(r"the\s+(?:(?P<next>following|next)|previous|preceding)\s+(?P<unit>week|month)"
                            r"|the\s+(?P<unit2>week|month)\s+(?P<dir>after|before)"
                            r"|(?P<same>(?:(?:later|earlier)\s+)?that)\s+(?P<unit3>week|month)")


def resolve_anchored(expr: str, anchor: dt.date) -> ResolvedDate | None:
    """A date told from another event's ("the day before", "two days later", "that day", "the following week"),
    read from ``anchor``.

    ``resolve_date`` leaves these unresolved: only the caller knows the event they hang on. The coder
    passes the last day the text named before them (docs/dates.md, "Event dates"). Vague counts ("a few
    days later") stay None; "N weeks later" is a point estimate at precision week, as "N weeks ago" is.
    """
    key, text = _normalise(expr), " ".join(expr.split())
    try:
        if m := _ANCHOR_PERIOD.fullmatch(key):
            return _anchored_period(m, anchor, text)
        if _ANCHOR_SAME.fullmatch(key):
            return day_of(anchor, text)
        if m := _ANCHOR_STEP.fullmatch(key):
            return day_of(anchor + dt.timedelta(days=-1 if m["back"] else 1), text)
        if (m := _ANCHOR_COUNT.fullmatch(key)) is None:
            return None
        n = int(m["n"]) if m["n"].isdigit() else COUNT_WORDS.get(m["n"])
        if n is None:
            return None
        days = n * (7 if m["unit"] == "week" else 1) * (-1 if m["dir"] in ("earlier", "before") else 1)
        date = anchor + dt.timedelta(days=days)
    except OverflowError:
        return None
    return day_of(date, text) if m["unit"] == "day" else ResolvedDate(date, "week", text)


def _anchored_period(m: re.Match[str], anchor: dt.date, text: str) -> ResolvedDate:
    """'the following week', 'the month before', 'later that week': the calendar week (Monday to Sunday) or month
    after, before or holding ``anchor``, as 'next week' and 'last month' are read from publication."""
    step = 0 if m["same"] else 1 if m["next"] or m["dir"] == "after" else -1
    if (m["unit"] or m["unit2"] or m["unit3"]) == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday() - 7 * step)
        return ResolvedDate(monday, "week", text, (monday, monday + dt.timedelta(days=6)))
    index = anchor.year * 12 + anchor.month - 1 + step
    return month_of(index // 12, index % 12 + 1, text)


_MONTH_DAY = re.compile(rf"{R_ON_WD}{R_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                        rf"|(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{alt(MONTH_NUM)})\.?")


def named_date(expr: str, published: dt.date | None) -> ResolvedDate | None:
    """The day a year-less month-day names when the text uses it as a name ("the Sept. 11 attacks").

    Only the caller knows the shape (a date right before the noun it names); this looks the day up in
    ``named_dates`` (dates.yaml) and returns it when it is not after ``published``, else None, so that
    "the October 7 attack" in a 2019 story stays an ordinary date.
    """
    m = _MONTH_DAY.fullmatch(_normalise(expr))
    if m is None:
        return None
    month = MONTH_NUM[m["mon"] or m["mon2"]]
    day = NAMED_DAYS.get((month, int(m["d"] or m["d2"])))
    if day is None or (published is not None and day > published):
        return None
    return day_of(day, " ".join(expr.split()))


_FUTURE_CUE = re.compile(
    r"\b(?:tomorrow|(?<!the )next|coming|upcoming|later (?:today|tonight|this)|from now)\b"
    r"|^in\s+(?:\S+\s+){1,3}?(?:days?|weeks?|months?|years?|fortnights?)\b",
    re.I,
)


def is_future_expression(expr: str, published: dt.date | None) -> bool:
    """True when ``expr`` points after publication ("next week", "tomorrow", "February 20")."""
    if _FUTURE_CUE.search(_normalise(expr)):
        return True
    if published is None:
        return False
    resolved = resolve_date(expr, published)
    return resolved is not None and resolved.date > published
