"""Typed results of the analysis stage (stories, explanations, series, dyads, alerts).

The CLI prints them, the API returns them as JSON and the dashboard renders them, so
all three show the same fields with the same names.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from seismo.models import Actor, DatePrecision, Record

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


class Story(Record):
    """One real-world event, however many documents reported it (issue 6).

    ``source``/``target`` are as the earliest report coded them; ``date`` is the most
    precise date any member gave, with that precision; ``goldstein`` is the members' mean.
    """

    story_id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    location_name: str | None = None
    location_country: str | None = None
    n_sources: int  # distinct non-duplicate documents
    n_events: int  # event mentions merged (a document may mention it twice)
    first_reported: dt.date | None = None  # earliest publication date among the documents
    doc_ids: list[str] = Field(default_factory=list)  # earliest report first
    outlets: list[str] = Field(default_factory=list)  # sorted, distinct
    event_ids: list[str] = Field(default_factory=list)  # earliest report first


class KeyCheck(Record):
    """One merge key compared between two events."""

    key: Literal["type", "actors", "date", "location", "document"]
    matched: bool
    detail: str


class Comparison(Record):
    """Why the explained event is (or is not) in the same story as another event."""

    event_id: str
    doc_id: str
    story_id: str | None = None
    merged: bool
    checks: list[KeyCheck] = Field(default_factory=list)
    note: str | None = None  # e.g. compatible, yet attached to a better story


class Explanation(Record):
    """``seismo explain EVENT_ID``: whether and why an event counts, and with what."""

    event_id: str
    doc_id: str
    counted: bool  # part of story counts (asserted, not from a near-duplicate document)
    reasons: list[str] = Field(default_factory=list)  # one line each, in reading order
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None
    story_id: str | None = None
    rule: str | None = (
        None  # how the event joined its story: day, week, month, year, undated, alone
    )
    n_sources: int = 0
    # one line per actor: its role, name and code, and the evidence that decided the code
    actors: list[str] = Field(default_factory=list)
    # who chose the event type (rules, learned scorer, both) and the scorer's probabilities (issue 18)
    type_decision: str | None = None
    comparisons: list[Comparison] = Field(default_factory=list)


class TimeseriesRow(Record):
    """Events (stories by default) in one period for one key, with their summed Goldstein score."""

    period: dt.date  # the day, or the Monday of the ISO week
    key: str
    count: int
    goldstein: float


class DyadRow(Record):
    """A directed country pair with its cooperation/conflict balance."""

    source_country: str
    target_country: str
    n_events: int
    n_coop: int  # quad class 1-2
    n_conflict: int  # quad class 3-4
    net_score: float  # sum of Goldstein scores: > 0 cooperative, < 0 conflictual


class Alert(Record):
    """A day on which a dyad's or country's conflict score left its own recent baseline."""

    key: str  # "RUS-UKR" for a dyad, "UKR" for a country
    kind: Literal["dyad", "country"]
    day: dt.date
    value: float  # that day's conflict score: sum of |Goldstein| of conflict events
    baseline_median: float
    robust_z: float
    n_events: int  # conflict events in the trailing window and on the day
    message: str


class TrendRow(Record):
    """One period of ``seismo trend``."""

    period: dt.date
    count: int
    n_coop: int
    n_conflict: int
    goldstein: float


class Trend(Record):
    """A dyad's or country's series with a one-line sparkline of its counts."""

    key: str
    interval: Literal["day", "week"]
    raw: bool
    rows: list[TrendRow] = Field(default_factory=list)
    sparkline: str = ""
    window: str | None = None  # why the rows span what they span, when seismo chose it (no --since/--until)
    outside: int = 0  # dated units left out by that default window
