"""API views over ``seismo.analysis``: story events, dyads, time series and alerts.

Thin: each function calls one analysis function and wraps its rows in a page
model, so the ``/api/...`` routes and the dashboard's ``.json`` twins serve the
same objects.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from seismo.analysis.alerts import alert_history
from seismo.analysis.counts import dyads as count_dyads
from seismo.analysis.counts import timeseries as count_timeseries
from seismo.analysis.counts import timeseries_json
from seismo.analysis.models import QUAD_NAMES, Alert, DyadRow, Story, TimeseriesRow
from seismo.analysis.stories import stories as find_stories
from seismo.api.params import GroupBy, Interval
from seismo.api.schemas import json_with_list
from seismo.models import Event
from seismo.store import EventFilter, Store

QUAD_KEYS = [QUAD_NAMES[n] for n in sorted(QUAD_NAMES)]  # timeseries keys when by=quad


class TimeseriesPage(BaseModel):
    ok: bool = True
    interval: Interval
    by: GroupBy
    raw: bool
    rows: list[TimeseriesRow]


class DyadsPage(BaseModel):
    ok: bool = True
    raw: bool
    dyads: list[DyadRow]


class AlertsPage(BaseModel):
    ok: bool = True
    alerts: list[Alert]


class StoriesPage(BaseModel):
    ok: bool = True
    stories: list[Story]


def timeseries_page(
    store: Store, filters: EventFilter, interval: Interval, by: GroupBy, raw: bool
) -> TimeseriesPage:
    rows = count_timeseries(store, interval.value, by.value, filters, raw=raw)
    return TimeseriesPage(interval=interval, by=by, raw=raw, rows=rows)


def timeseries_body(
    store: Store, filters: EventFilter, interval: Interval, by: GroupBy, raw: bool
) -> bytes:
    """``timeseries_page`` as JSON bytes, its rows serialized by DuckDB (same document)."""
    rows = timeseries_json(store, interval.value, by.value, filters, raw=raw)
    return json_with_list(TimeseriesPage(interval=interval, by=by, raw=raw, rows=[]), "rows", rows)


def dyads_page(store: Store, filters: EventFilter, limit: int, raw: bool) -> DyadsPage:
    return DyadsPage(raw=raw, dyads=count_dyads(store, filters, limit=limit, raw=raw))


def alerts_page(store: Store, since: dt.date | None, limit: int) -> AlertsPage:
    """Alerts, newest and strongest first (the analysis order).

    Scoring reads every event, so the whole history is computed once per data version
    and each request only picks its days.
    """
    history = store.cached("alert_history", lambda: alert_history(store))
    return AlertsPage(alerts=history.since(since)[:limit])


def stories_page(store: Store, filters: EventFilter, limit: int, min_sources: int = 1) -> StoriesPage:
    """Story events with at least ``min_sources`` sources in the analysis order (date, then id), at most ``limit``."""
    page = filters.model_copy(update={"limit": limit})
    return StoriesPage(stories=find_stories(store, page, min_sources=min_sources))


def latest_stories(
    store: Store, filters: EventFilter, limit: int, dyad: tuple[str, str] | None = None
) -> StoriesPage:
    """The most recent story events (best reported first within a day) for a page.

    ``dyad`` keeps those from one country to the other.
    """
    found = find_stories(store, filters)
    if dyad is not None:
        found = [s for s in found if story_dyad(s) == dyad]
    found.sort(key=lambda s: (_date_key(s.date), -s.n_sources, s.story_id))
    return StoriesPage(stories=found[:limit])


def story_of(store: Store, event: Event) -> Story | None:
    """The story event this event was merged into (None if it is not counted)."""
    for story in find_stories(store, EventFilter(doc_id=event.doc_id)):
        if event.event_id in story.event_ids:
            return story
    return None


def story_dyad(story: Story) -> tuple[str | None, str | None]:
    """(source country, target country) of a story."""
    source = story.source.country if story.source else None
    target = story.target.country if story.target else None
    return source, target


def _date_key(day: dt.date | None) -> int:
    """Newest first, undated last."""
    return -day.toordinal() if day is not None else 1


def quad_label(key: str | int | None) -> str:
    """4 or "material conflict" -> "Material conflict"."""
    if isinstance(key, int):
        key = QUAD_NAMES.get(key, str(key))
    return str(key).capitalize() if key else "-"
