"""Shifts told in hours or minutes: 'hours after the vote', 'a few hours before the jet crashed on Wednesday'.

News ties an act to another event in hours as often as in days ("hours after the attack", "minutes later").
The day finder (``dates.find_date_expressions``) leaves these out: they name no calendar unit. Read from the
anchor event's day they give that same day (a day for each full 24 hours of an explicit count: "36 hours
later" is the next day), so they date their clause like "a day after" does (``date_shifts``,
docs/dates.md "Event dates"). A count that gives no day ("hours later" with nothing named before) stays
unresolved, as other told-from expressions do.
"""

from __future__ import annotations

import datetime as dt
import re

from seismo.coding.dates import DateMention, ResolvedDate, resolve_anchored

_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty-eight": 48,
           "an": 1, "a": 1}
_VAGUE = r"a\s+few|several|some|a\s+couple\s+of|just|only|mere|less\s+than|more\s+than|about|nearly|barely"
_NUMBER = rf"\d{{1,3}}|{'|'.join(sorted(_COUNTS, key=len, reverse=True))}"
_HOUR_SHIFT = re.compile(rf"\b(?:(?:{_VAGUE})\s+)?(?:(?P<n>{_NUMBER})\s+)?(?P<unit>hours?|minutes?)"
                         r"\s+(?P<dir>after|before|later|earlier)\b", re.IGNORECASE)


# the unit word every hour shift holds, with the same flags: a sentence without one is not scanned (the full
# pattern tries its optional count words at every position, eight times the cost of this search)
_UNIT = re.compile(r"hour|minute", re.IGNORECASE)


def find_hour_shifts(text: str) -> list[DateMention]:
    """'A few hours before', 'hours after', 'six minutes later': the mentions, left to right."""
    if _UNIT.search(text) is None:
        return []
    return [DateMention(m.start(), m.end(), m.group(0)) for m in _HOUR_SHIFT.finditer(text)]


def resolve_told(expr: str, anchor: dt.date) -> ResolvedDate | None:
    """A told-from expression read from ``anchor``: an hour shift (the anchor's day, plus a day per full 24
    hours of an explicit count), else whatever ``resolve_anchored`` reads ('two days later')."""
    m = _HOUR_SHIFT.fullmatch(" ".join(expr.split()))
    if m is None:
        return resolve_anchored(expr, anchor)
    count = m["n"]
    hours = 0 if count is None or m["unit"].lower().startswith("minute") else \
        int(count) if count.isdigit() else _COUNTS[count.lower()]
    days = hours // 24 * (-1 if m["dir"].lower() in ("before", "earlier") else 1)
    try:
        return ResolvedDate(anchor + dt.timedelta(days=days), "day", expr)
    except OverflowError:
        return None


def with_hour_shifts(mentions: list[DateMention], text: str) -> list[DateMention]:
    """The day finder's mentions with the hour shifts that overlap none of them, left to right."""
    extra = [h for h in find_hour_shifts(text)
             if not any(h.start < m.end and m.start < h.end for m in mentions)]
    return sorted(mentions + extra, key=lambda m: m.start)


def is_hour_shift(expr: str) -> bool:
    return _HOUR_SHIFT.fullmatch(" ".join(expr.split())) is not None
