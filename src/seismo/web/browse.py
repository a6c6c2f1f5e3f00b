"""The workbench pages' data: paged lists of events, stories and documents, and the map.

Each list reads newest first, ``PER_PAGE`` rows a page (``?page=2``), with the filters in
the URL; its ``.json`` twin is the same model, and ``.csv``/``.parquet`` download every
row of the current filter through ``seismo.analysis.export`` (the files ``seismo export``
writes). A blank form field is no filter, as on the other pages.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Query
from pydantic import BaseModel, ValidationInfo, field_validator

from seismo.analysis import browse
from seismo.analysis.choices import check_filters
from seismo.analysis.models import Story
from seismo.analysis.stories import stories as find_stories
from seismo.config import known_contexts
from seismo.models import Event
from seismo.store import EventFilter, Store
from seismo.store.search import MAX_QUERY_CHARS, query_terms
from seismo.store.snapshot import EventSnapshot
from seismo.web.pages import BLANK_OR_COUNTRY, BLANK_OR_DATE, BLANK_OR_TYPE

PER_PAGE = 50
DEFAULT_ONE = ("page", "min_sources")  # left out of a link when 1
MAX_PAGE = 100_000
BLANK_OR_ACTOR = r"^([A-Za-z0-9]{1,40})?$"
BLANK_OR_CONTEXT = r"^([A-Za-z_]{1,40})?$"

Since = Annotated[str | None, Query(pattern=BLANK_OR_DATE, description="YYYY-MM-DD")]
Until = Annotated[str | None, Query(pattern=BLANK_OR_DATE, description="YYYY-MM-DD")]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1 is the newest")]


class ListFilters(BaseModel):
    """What every list's filters share: blank is no filter, codes in upper case, a page number."""

    page: Page = 1

    @field_validator("since", "until", "q", "type", "country", "actor", "context", mode="after", check_fields=False)
    @classmethod
    def _blank_is_none(cls, value: str | None, info: ValidationInfo) -> str | None:
        if not value or not value.strip():
            return None
        if info.field_name == "context":
            if value.strip().lower() not in known_contexts():  # a 422 that lists them, like the API's A004
                raise ValueError(f"unknown context {value!r}; use one of {', '.join(known_contexts())}")
            return value.strip().lower()
        if info.field_name in ("since", "until"):
            dt.date.fromisoformat(value)  # a ValueError here is a 422 for that parameter
        if info.field_name == "q":
            query_terms(value)  # too many words, or none: a 422 that says so
        return value.upper() if info.field_name in ("type", "country", "actor") else value

    def event_filter(self) -> EventFilter:
        values = self.model_dump(exclude={"page", "min_sources"})
        for name in ("since", "until"):
            values[name] = _date(values[name])
        return EventFilter(**values)

    def query(self, **changes: Any) -> str:
        """This filter as a query string ("" if none), with ``changes``; page 1 is left out."""
        values = {**self.model_dump(exclude={"page"}), "page": self.page, **changes}  # the page last
        kept = {k: v for k, v in values.items() if v not in (None, "") and not (k in DEFAULT_ONE and v == 1)}
        return "?" + urlencode(kept) if kept else ""


class DocumentFilters(ListFilters):
    """Documents: publication date window and words of the title or text."""

    since: Since = None
    until: Until = None
    q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS, description="words of the title or text")] = None


class EventFields(ListFilters):
    """Date, type, country and actor: the filters of events and story events."""

    since: Since = None
    until: Until = None
    type: Annotated[str | None, Query(pattern=BLANK_OR_TYPE, description="PLOVER type")] = None
    country: Annotated[str | None, Query(pattern=BLANK_OR_COUNTRY, description="ISO3")] = None
    actor: Annotated[str | None, Query(pattern=BLANK_OR_ACTOR, description="actor code or prefix")] = None


class StoryFilters(EventFields):
    """Story events (asserted events only), and how many documents must have reported them."""

    min_sources: Annotated[int, Query(ge=1, le=1000, description="reported by at least this many documents")] = 1


class EventFilters(EventFields):
    """Event reports: date, type, country, actor and words of the evidence sentence or the document title."""

    q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS, description="words of the evidence or title")] = None
    context: Annotated[str | None, Query(pattern=BLANK_OR_CONTEXT, description="PLOVER context")] = None


class Paging(BaseModel):
    total: int
    page: int
    pages: int
    per_page: int = PER_PAGE


def _paging(total: int, page: int) -> Paging:
    return Paging(total=total, page=page, pages=max(1, math.ceil(total / PER_PAGE)))


class EventsList(BaseModel):
    ok: bool = True
    filters: EventFilters
    paging: Paging
    events: list[Event]


class StoriesList(BaseModel):
    ok: bool = True
    filters: StoryFilters
    paging: Paging
    stories: list[Story]


class DocumentsList(BaseModel):
    ok: bool = True
    filters: DocumentFilters
    paging: Paging
    documents: list[browse.DocumentListRow]


class MapData(BaseModel):
    """The latest located events of the filter (at most ``shown``) and how many are located."""

    ok: bool = True
    filters: EventFilters
    located: int
    events: int
    points: list[browse.LocatedEvent]


def events_list(store: Store, f: EventFilters, snapshot: EventSnapshot | None = None) -> EventsList:
    """A page of event reports, newest first (undated ones last).

    A read-only server's ``snapshot`` (filter columns and word index in memory) picks the page's
    rows without a query over every event; they are then read by row id.
    """
    filters = f.event_filter()
    check_filters(store, filters)
    if snapshot is not None:
        found, total = snapshot.select(filters)
        undated_left_out = browse.dated_only(filters).model_copy(update={"limit": 0})
        dated = total if filters.since else snapshot.select(undated_left_out)[1]
    else:
        total = store.count_events(filters)
        dated = total if filters.since else store.count_events(browse.dated_only(filters))
    events: list[Event] = []
    for offset, limit, backwards in browse.newest_first(total, dated, f.page, PER_PAGE):
        if snapshot is not None:
            part = store.events_at(snapshot.rowids[found[offset : offset + limit]].tolist())
        else:
            part = store.events(filters.model_copy(update={"limit": limit, "offset": offset}))
        events += reversed(part) if backwards else part
    return EventsList(filters=f, paging=_paging(total, f.page), events=events)


def stories_list(store: Store, f: StoryFilters) -> StoriesList:
    """A page of story events, newest first (undated ones last)."""
    filters = f.event_filter()
    check_filters(store, filters)
    total = browse.count_stories(store, filters, f.min_sources)
    dated = total if filters.since else browse.count_stories(store, browse.dated_only(filters), f.min_sources)
    found = []
    for offset, limit, backwards in browse.newest_first(total, dated, f.page, PER_PAGE):
        part = find_stories(store, filters.model_copy(update={"limit": limit, "offset": offset}), f.min_sources)
        found += reversed(part) if backwards else part
    return StoriesList(filters=f, paging=_paging(total, f.page), stories=found)


def documents_list(store: Store, f: DocumentFilters) -> DocumentsList:
    where = browse.documents_where(_date(f.since), _date(f.until), f.q)
    total = browse.count_documents(store, where)
    documents = browse.list_documents(store, where, PER_PAGE, (f.page - 1) * PER_PAGE)
    return DocumentsList(filters=f, paging=_paging(total, f.page), documents=documents)


def map_data(store: Store, f: EventFilters) -> MapData:
    """Kept per (data version, filters), like the overview: the map is the same until a write."""

    def compute() -> MapData:
        filters = f.event_filter()
        check_filters(store, filters)
        points, located = browse.located_events(store, filters)
        return MapData(filters=f, located=located, events=store.count_events(filters), points=points)

    return store.cached(("map", f.model_dump_json()), compute)


def map_points(points: list[browse.LocatedEvent]) -> list[list[Any]]:
    """Compact points for ``static/map.js``: [lon, lat, quad class, event id, label], oldest first."""
    return [
        [round(p.lon, 3), round(p.lat, 3), p.quad_class, p.event_id, _point_label(p)] for p in reversed(points)
    ]


def _point_label(p: browse.LocatedEvent) -> str:
    actors = " → ".join(a for a in (p.source, p.target) if a)
    parts = [str(p.date or "undated"), p.type, actors, p.place or ""]
    return " · ".join(part for part in parts if part)


def export_filter(what: str, f: ListFilters) -> EventFilter:
    """The filter a download writes: the list's, every page (documents: near-duplicates too)."""
    filters = f.event_filter()
    return filters.model_copy(update={"include_duplicates": True}) if what == "documents" else filters


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
