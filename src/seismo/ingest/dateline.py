"""Datelines: the "KYIV (Reuters) -" lead-in of a wire story.

A dateline names where the story was filed and often the outlet or agency;
it is metadata, not body text, so it is cut from the first paragraph and its
parts go to ``Article.dateline`` / ``Article.outlet``. The patterns are strict
(upper-case place, parenthesised outlet, a dash) so that an ordinary first
sentence is never mistaken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seismo.ingest.dates import MONTH_RE, month_number

_DASH = r"(?:\u2014|\u2013|--|-)"
_UPPER = "A-ZÀ-ÖØ-Þ"
# A place in capitals: "KYIV", "NEW YORK", "ST. PETERSBURG", "WASHINGTON D.C.".
_PLACE = (
    rf"(?P<place>[{_UPPER}][{_UPPER}'\u2019.\-]+(?:[ \t]+[{_UPPER}][{_UPPER}'\u2019.\-]*){{0,3}})"
)
# An optional region after the place: ", Ukraine", ", Calif.", ", D.C.".
_REGION = r"(?P<region>,[ \t]+[A-Z][\w.'\u2019]*(?:[ \t]+[A-Z][\w.'\u2019]*){0,2})?"
_DATE = rf"(?:,?[ \t]+(?i:{MONTH_RE})[ \t]+(?P<day>\d{{1,2}})(?:,[ \t]+\d{{4}})?)?"
# The outlet in parentheses: "(Reuters)", "(AP)", "(Some Outlet)"; at most six words.
_OUTLET = r"\((?P<outlet>[A-Z0-9][^()\n]{0,48})\)"

# A place in title case ("Kyiv (Reuters) -") only counts when an outlet follows it.
_TITLE_PLACE = r"(?P<place>[A-Z][\w'\u2019.\-]+(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,2})"

_SP = r"[ \t]*"
# After the dash: spaces, or one line break; never a paragraph break.
_AFTER = r"(?:[ \t]+\n?|\n)[ \t]*(?=\S)"

_PLACE_FORM = re.compile(rf"{_SP}{_PLACE}{_REGION}{_DATE}{_SP}(?:{_OUTLET}{_SP})?{_DASH}{_AFTER}")
_TITLE_PLACE_FORM = re.compile(
    rf"{_SP}{_TITLE_PLACE}{_REGION}{_DATE}{_SP}{_OUTLET}{_SP}{_DASH}{_AFTER}"
)
# "(Outlet) — text", or CNN's "(CNN)The ..." with no dash at all.
_OUTLET_FORM = re.compile(rf"{_SP}{_OUTLET}(?:{_SP}{_DASH}{_AFTER}|(?=[A-Z\"\u201c\u2018']))")


@dataclass(frozen=True)
class Dateline:
    """What a dateline told us, and where the body text starts after it."""

    end: int
    place: str | None = None
    outlet: str | None = None
    month: int | None = None
    day: int | None = None


def match_dateline(paragraph: str) -> Dateline | None:
    """Recognise a dateline at the start of ``paragraph``; None when there is none."""
    match = (
        _OUTLET_FORM.match(paragraph)
        or _PLACE_FORM.match(paragraph)
        or _TITLE_PLACE_FORM.match(paragraph)
    )
    if match is None:
        return None
    groups = match.groupdict()
    outlet = _clean_outlet(groups.get("outlet"))
    if groups.get("outlet") and outlet is None:
        return None
    if match.end() >= len(paragraph.rstrip()):  # nothing follows: not a lead-in
        return None
    place = groups.get("place")
    if place is not None:
        place = (place + (groups.get("region") or "")).strip()
    month = month_number(groups["month"]) if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    return Dateline(end=match.end(), place=place, outlet=outlet, month=month, day=day)


def _clean_outlet(raw: str | None) -> str | None:
    """Accept a parenthesised name only if it is short and looks like a name."""
    if raw is None:
        return None
    name = raw.strip()
    if not name or len(name.split()) > 6 or name.endswith((",", ";")):
        return None
    return name
