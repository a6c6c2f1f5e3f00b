"""What each dashboard page shows, as one model per page (served as the page's ``.json`` twin).

Every part is a page model of the API (``TimeseriesPage``, ``DyadsPage``, ``EventsPage``...),
built by the same functions as the ``/api`` routes with the filters from the URL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel, ValidationInfo, field_validator

from seismo.analysis.counts import timeseries_sql
from seismo.analysis.why import EventWhy, event_why
from seismo.api import analysis, queries
from seismo.api.params import GroupBy, Interval, IntervalParam, Raw
from seismo.api.schemas import EventDetail, EventsPage
from seismo.models import Event
from seismo.store import EventFilter, Store, Summary
from seismo.web.charts import series_chart

PAGE_EVENTS = 100
PAGE_STORIES = 50
OVERVIEW_DYADS = 15
OVERVIEW_ALERTS = 10


BLANK_OR_DATE = r"^(\d{4}-\d{2}-\d{2})?$"
BLANK_OR_TYPE = r"^([A-Za-z][A-Za-z_]{0,39})?$"
BLANK_OR_COUNTRY = r"^([A-Za-z]{3})?$"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class AreaFilters(BaseModel):
    """The filters a page was asked for (they live in the URL, so links can be shared).

    A submitted filter form sends its empty fields too (``?since=&type=ASSAULT``), so
    unlike the API an empty value here means "no filter".
    """

    since: Annotated[str | None, Query(pattern=BLANK_OR_DATE, description="YYYY-MM-DD")] = None
    until: Annotated[str | None, Query(pattern=BLANK_OR_DATE, description="YYYY-MM-DD")] = None
    type: Annotated[str | None, Query(pattern=BLANK_OR_TYPE, description="PLOVER type")] = None
    interval: IntervalParam = Interval.day
    raw: Raw = False

    @field_validator("since", "until", "type", "country", mode="after", check_fields=False)
    @classmethod
    def _blank_is_none(cls, value: str | None, info: ValidationInfo) -> str | None:
        if not value:
            return None
        if info.field_name in ("since", "until"):
            dt.date.fromisoformat(value)  # a ValueError here is a 422 for that parameter
        return value.upper() if info.field_name in ("type", "country") else value

    @property
    def interval_days(self) -> int:
        return 7 if self.interval == Interval.week else 1

    def event_filter(self, country: str | None = None) -> EventFilter:
        return EventFilter(
            since=_date(self.since),
            until=_date(self.until),
            type=self.type,
            country=country.upper() if country else None,
        )


class PageFilters(AreaFilters):
    """The overview's filters: those of every page plus a country."""

    country: Annotated[str | None, Query(pattern=BLANK_OR_COUNTRY, description="ISO3")] = None

    def event_filter(self, country: str | None = None) -> EventFilter:
        return super().event_filter(country or self.country)


class OverviewData(BaseModel):
    ok: bool = True
    filters: PageFilters
    summary: Summary
    timeseries: analysis.TimeseriesPage
    dyads: analysis.DyadsPage
    alerts: analysis.AlertsPage


class AreaData(BaseModel):
    """A dyad (``RUS-UKR``: events from RUS to UKR) or a country (``RUS``: either side)."""

    ok: bool = True
    kind: Literal["dyad", "country"]
    key: str
    label: str
    filters: AreaFilters
    timeseries: analysis.TimeseriesPage
    stories: analysis.StoriesPage
    events: EventsPage


def overview(store: Store, f: PageFilters) -> OverviewData:
    """The overview, kept per (data version, filters): it only changes when documents are written."""
    return store.cached(("overview", f.model_dump_json()), lambda: _compute_overview(store, f))


@dataclass(frozen=True)
class OverviewView:
    """What the overview's HTML shows: the .json twin's parts, with the series as a chart.

    The chart is built from the series' (period, key, count) tuples as DuckDB returns
    them: thousands of daily rows need no model each when only a chart is drawn.
    """

    filters: PageFilters
    summary: Summary
    chart: dict[str, Any]
    dyads: analysis.DyadsPage
    alerts: analysis.AlertsPage


def overview_view(store: Store, f: PageFilters) -> OverviewView:
    """The overview page's content, kept per (data version, filters) like ``overview``."""
    return store.cached(("overview_view", f.model_dump_json()), lambda: _compute_view(store, f))


def _compute_view(store: Store, f: PageFilters) -> OverviewView:
    sql, params = timeseries_sql(store, f.interval.value, GroupBy.quad.value, f.event_filter(), f.raw)
    rows = [(r["period"], r["key"], r["count"]) for r in store.query(sql, params)]
    parts = _shared_parts(store, f)
    chart = series_chart(rows, analysis.quad_label, keys=analysis.QUAD_KEYS, interval_days=f.interval_days)
    return OverviewView(filters=f, chart=chart, **parts)


def _compute_overview(store: Store, f: PageFilters) -> OverviewData:
    series = analysis.timeseries_page(store, f.event_filter(), f.interval, GroupBy.quad, f.raw)
    return OverviewData(filters=f, timeseries=series, **_shared_parts(store, f))


def _shared_parts(store: Store, f: PageFilters) -> dict[str, Any]:
    """Counts, top dyads and alerts: the same in the HTML overview and its .json twin, computed once."""

    def compute() -> dict[str, Any]:
        return {
            "summary": queries.summary_of(store),
            "dyads": analysis.dyads_page(store, f.event_filter(), OVERVIEW_DYADS, f.raw),
            "alerts": analysis.alerts_page(store, _date(f.since), OVERVIEW_ALERTS),
        }

    return store.cached(("overview_parts", f.model_dump_json()), compute)


def dyad(store: Store, source: str, target: str, f: AreaFilters) -> AreaData:
    """Trend of both directions of the pair; stories and events of source -> target."""
    filters = f.event_filter(country=source)
    series = analysis.timeseries_page(store, filters, f.interval, GroupBy.dyad, f.raw)
    wanted = {f"{source}-{target}", f"{target}-{source}"}
    series.rows = [r for r in series.rows if r.key in wanted]
    return AreaData(
        kind="dyad",
        key=f"{source}-{target}",
        label=f"{source} → {target}",
        filters=f,
        timeseries=series,
        stories=analysis.latest_stories(store, filters, PAGE_STORIES, dyad=(source, target)),
        events=latest_events(store, filters, dyad=(source, target)),
    )


def country(store: Store, code: str, f: AreaFilters) -> AreaData:
    filters = f.event_filter(country=code)
    return AreaData(
        kind="country",
        key=code,
        label=f"{code}: events with {code} as source or target",
        filters=f,
        timeseries=analysis.timeseries_page(store, filters, f.interval, GroupBy.quad, f.raw),
        stories=analysis.latest_stories(store, filters, PAGE_STORIES),
        events=latest_events(store, filters),
    )


def latest_events(
    store: Store, filters: EventFilter, dyad: tuple[str, str] | None = None
) -> EventsPage:
    """The most recent event reports (newest first); ``dyad`` keeps source -> target only."""
    if dyad is None:
        total = store.count_events(filters)
        window = filters.model_copy(
            update={"limit": PAGE_EVENTS, "offset": max(0, total - PAGE_EVENTS)}
        )
        events = store.events(window)
    else:
        events = [
            e
            for e in store.events(filters)
            if (e.source and e.source.country, e.target and e.target.country) == dyad
        ]
        total = len(events)
        events = events[-PAGE_EVENTS:]
    events.reverse()
    return EventsPage(events=events, total=total, next_cursor=None)


class EventPage(EventDetail):
    """``/api/events/ID`` plus the other mentions of its document and why it reads as it does."""

    document_events: list[Event]
    why: EventWhy


def event(store: Store, event_id: str, kb_files: Sequence[Path] = ()) -> EventPage:
    detail = queries.event_detail(store, event_id)
    mentions = EventFilter(doc_id=detail.event.doc_id, all_modalities=True, include_duplicates=True)
    return EventPage(
        **dict(detail),
        document_events=store.events(mentions),
        why=event_why(store, detail.event, kb_files),
    )
