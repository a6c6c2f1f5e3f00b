"""Strict publication-date parsing for ingest.

Dates here come from metadata or from a date-only line under a title, so the
parser accepts only complete calendar dates (ISO 8601, RFC 2822 and the usual
"February 15, 2022" / "15 Feb 2022" forms). It never resolves relative words
such as "Tuesday" or "yesterday": that would silently tie an article to the
day it was ingested, which is exactly the guess seismo refuses to make.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

# The one English month table: event dates in ``seismo.coding.dates`` use it too.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")  # fmt: skip
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9,
                       "sep": 9, "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, 1)} | MONTH_ABBREVIATIONS

MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
# A clock time and zone after the date ("10:30 AM ET", "14:05 GMT") is tolerated, not used.
_TIME = (
    r"(?:\s*(?:,|at|-|\u2013|\u2014|\|)?\s*"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[a-z]{0,5})?"
)

_HUMAN_FORMS = (
    re.compile(_WEEKDAY + MONTH_RE + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME, re.IGNORECASE),
    re.compile(_WEEKDAY + _DAY + r"\s+" + MONTH_RE + r",?\s+" + _YEAR + _TIME, re.IGNORECASE),
    re.compile(_YEAR + r"[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})" + _TIME, re.IGNORECASE),
)

# Labels that may precede a date on its own line: "Published: ...", "Updated on ...".
_LABEL_RE = re.compile(
    r"^(?:(?:first\s+)?published|updated|last\s+updated|posted|date|dated)"
    r"(?:\s+on)?\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)


def parse_date(value: str) -> dt.date | None:
    """Parse a complete date string, or return None if it is not one.

    Tries ISO 8601 first (what JSON records and HTML metadata use), then
    RFC 2822 (RSS), then the human forms found on news pages.
    """
    text = value.strip()
    if not text:
        return None
    return _parse_iso(text) or _parse_rfc2822(text) or _parse_human(text)


def parse_date_line(line: str) -> dt.date | None:
    """Parse a line that holds only a date, optionally labelled ("Published: ...")."""
    text = _LABEL_RE.sub("", line.strip(), count=1)
    if len(text) > 60:  # a sentence that merely mentions a date is body text
        return None
    return _parse_human(text) or _parse_iso(text)


def _parse_iso(text: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):  # "01 Jan 99999999999999999999"
        return None


def _parse_human(text: str) -> dt.date | None:
    for form in _HUMAN_FORMS:
        match = form.fullmatch(text)
        if match:
            return _build_date(match)
    return None


def _build_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else month_number(groups["month"])
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:  # "February 30, 2022"
        return None


def month_number(name: str) -> int:
    """Month number for a full or abbreviated English month name ("Feb.", "Sept")."""
    return MONTHS[name.lower().rstrip(".")]


def date_near(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with this month and day closest before or at ``reference`` (plus a day of slack).

    A dateline says "Feb 15" without a year; the year comes from the publication
    date we already know. A December dateline on an article published in early
    January belongs to the previous year.
    """
    for year in (reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference + dt.timedelta(days=1):
            return candidate
    return None
