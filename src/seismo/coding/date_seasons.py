"""Seasons as dates: "last summer", "earlier this spring", "the summer of 2018", "over the winter".

News dates older acts by season as often as by month ("After his conviction last summer, Manafort agreed to
help"), and a story's background is where dates matter most (docs/annotation.md: background events keep the
date the text gives). The finder pattern, its gate and the rule live here; ``coding.date_finder`` and
``coding.date_rules`` run them with their own patterns and rules. Seasons are the northern meteorological
ones (spring March-May, summer June-August, autumn September-November, winter December-February);
docs/dates.md has the table.
"""

from __future__ import annotations

import datetime as dt
import re

from seismo.coding.date_gates import Gate, words

__all__ = ["SEASON_FIND", "SEASON_GATE", "SEASON_RULE", "season_window"]

_SEASON = r"(?:spring|summer|autumn|winter|fall)"
_NOT_FALL = r"(?:spring|summer|autumn|winter)"  # "fall" is a verb and "the fall of Kabul" a noun: needs a cue
_EDGE = r"(?:(?i:early|earlier|late|later|mid)[\s-]+)"
_IN = r"(?:(?i:in|during|over|since|until|by|through|throughout)\s+)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
SEASON_FIND = (
    rf"{_IN}?{_EDGE}?(?i:last|next|this\s+past|this\s+coming|this|past)\s+{_SEASON}(?:\s+of\s+{_YEAR})?"
    rf"|{_IN}?(?i:the\s+)?{_EDGE}?{_SEASON}\s+(?:of\s+)?{_YEAR}"
    rf"|{_IN}the\s+{_EDGE}?{_NOT_FALL}"
)
SEASON_GATE: Gate = (words("spring summer autumn winter fall"),)
SEASON_RULE = (
    r"(?:the\s+)?(?:(?:early|earlier|late|later|mid)[\s-]+)?"
    r"(?:(?P<rel>last|next|this past|this coming|this|past)\s+)?"
    r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?"
)
_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _span(year: int, season: str) -> tuple[dt.date, dt.date]:
    """The three months of ``season`` starting in ``year`` (winter runs into the next year)."""
    first = dt.date(year, _START[season], 1)
    after = first.replace(year=year + (first.month + 3 > 12), month=(first.month + 2) % 12 + 1)
    return first, after - dt.timedelta(days=1)


def season_window(m: re.Match[str], published: dt.date | None, future: bool) -> tuple[dt.date, dt.date] | None:
    """(first, last day) of the season ``m`` (a ``SEASON_RULE`` match) names, read from ``published``.

    A year names its season ("summer 2018"). Otherwise: "last"/"this past" is the latest season that has
    ended by publication (in October "last summer" is the summer just gone), "next"/"this coming" the first
    that starts after it, "this" the one of the publication year, and a bare "the summer" the one under
    way, else the latest ended (the next one when ``future``).
    """
    season, rel = m["season"], m["rel"] or ""
    if m["y"]:
        return _span(int(m["y"]), season)
    if published is None:
        return None
    spans = [_span(published.year + k, season) for k in (-2, -1, 0, 1)]
    ended = [s for s in spans if s[1] < published]
    coming = [s for s in spans if s[0] > published]
    under_way = [s for s in spans if s[0] <= published <= s[1]]
    if rel in ("last", "this past", "past"):
        return ended[-1]
    if rel in ("next", "this coming"):
        return coming[0]
    if rel == "this":
        return (under_way or [s for s in spans if s[0].year == published.year])[0]
    return (under_way or (coming[:1] if future else ended[-1:]))[0]
