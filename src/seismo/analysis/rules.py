"""The rules that decide whether two event mentions describe the same real-world event.

``build_stories`` applies them in SQL over the whole store; ``explain_event`` applies the
same rules to one pair in Python to say which key matched and which differed. Both read
their constants from here so the explanation can never describe a different rule.

Two asserted events from non-duplicate documents are *compatible* when all hold:

- type: the same PLOVER type;
- actors: the same source code and target code; for symmetric types (CONSULT, AGREE,
  COOPERATE) the pair may be swapped; a missing code matches only a missing code, and an
  event with no actor code at all is never merged;
- date: truncated to the coarser of the two precisions (day < week < month < year),
  both dates fall in the same period (ISO week from Monday); an undated event, or one
  dated only by its publication (precision ``published``), is compatible only with events
  whose documents were published within ``UNDATED_DAYS``;
- location: the same location country, or at least one of them unknown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from seismo.analysis.models import KeyCheck

SYMMETRIC_TYPES: tuple[str, ...] = ("AGREE", "CONSULT", "COOPERATE")
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")  # finest first
PUBLISHED = "published"  # dated on its article's publication: compared like an undated event
UNDATED = "undated"
ALONE = "alone"
UNDATED_DAYS = 2


def precision_of(event: dict[str, Any]) -> str:
    """The event's date precision; a date without one counts as a day; no date, or only the
    publication date (precision ``published``), counts as undated."""
    if event.get("date") is None or event.get("date_precision") == PUBLISHED:
        return UNDATED
    precision = event.get("date_precision")
    return precision if precision in PRECISIONS else "day"


def truncate(date: dt.date, precision: str) -> dt.date:
    """Start of the period containing ``date`` (DuckDB ``date_trunc`` semantics)."""
    if precision == "week":
        return date - dt.timedelta(days=date.weekday())
    if precision == "month":
        return date.replace(day=1)
    if precision == "year":
        return date.replace(month=1, day=1)
    return date


def actor_pair(event: dict[str, Any]) -> tuple[str, str]:
    """(source, target) codes as compared: sorted for symmetric types, '' for a missing code."""
    source, target = event.get("source_code") or "", event.get("target_code") or ""
    if event.get("type") in SYMMETRIC_TYPES and source > target:
        return target, source
    return source, target


def check_type(a: dict[str, Any], b: dict[str, Any]) -> KeyCheck:
    same = a["type"] == b["type"]
    return KeyCheck(key="type", matched=same, detail=f"{a['type']} vs {b['type']}")


def check_actors(a: dict[str, Any], b: dict[str, Any]) -> KeyCheck:
    """Same codes (or swapped, for symmetric types); codeless events never merge."""
    pa_, pb = actor_pair(a), actor_pair(b)
    shown = f"{_codes(a)} vs {_codes(b)}"
    if pa_ == ("", "") or pb == ("", ""):
        return KeyCheck(
            key="actors", matched=False, detail=f"{shown}: no actor codes, never merged"
        )
    swapped = (a.get("source_code"), a.get("target_code")) != (
        b.get("source_code"),
        b.get("target_code"),
    )
    if pa_ == pb and swapped:
        return KeyCheck(
            key="actors", matched=True, detail=f"{shown}: swapped, {a['type']} is symmetric"
        )
    return KeyCheck(key="actors", matched=pa_ == pb, detail=shown)


def _codes(event: dict[str, Any]) -> str:
    return f"{event.get('source_code') or '-'}->{event.get('target_code') or '-'}"


def check_date(a: dict[str, Any], b: dict[str, Any]) -> KeyCheck:
    """Same period at the coarser precision; undated events go by publication dates."""
    pa_, pb = precision_of(a), precision_of(b)
    if UNDATED in (pa_, pb):
        return _check_published(a, b)
    coarser = max(pa_, pb, key=PRECISIONS.index)
    ta, tb = truncate(a["date"], coarser), truncate(b["date"], coarser)
    detail = f"{a['date']} ({pa_}) vs {b['date']} ({pb})"
    if coarser != "day":
        detail += f", compared by {coarser}: {ta} vs {tb}"
    return KeyCheck(key="date", matched=ta == tb, detail=detail)


def _check_published(a: dict[str, Any], b: dict[str, Any]) -> KeyCheck:
    pub_a, pub_b = a.get("published"), b.get("published")
    if pub_a is None or pub_b is None:
        detail = "undated, and a publication date is missing: never merged"
        return KeyCheck(key="date", matched=False, detail=detail)
    gap = abs((pub_a - pub_b).days)
    detail = f"no date of its own: published {pub_a} vs {pub_b} ({gap} days apart, limit {UNDATED_DAYS})"
    return KeyCheck(key="date", matched=gap <= UNDATED_DAYS, detail=detail)


def check_location(a: dict[str, Any], b: dict[str, Any]) -> KeyCheck:
    la, lb = a.get("location_country"), b.get("location_country")
    ok = la is None or lb is None or la == lb
    return KeyCheck(key="location", matched=ok, detail=f"{la or 'unknown'} vs {lb or 'unknown'}")


def compare(a: dict[str, Any], b: dict[str, Any]) -> list[KeyCheck]:
    """Every merge key for a pair of event rows (flat columns, as stored)."""
    return [check_type(a, b), check_actors(a, b), check_date(a, b), check_location(a, b)]
