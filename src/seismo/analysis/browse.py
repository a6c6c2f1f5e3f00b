"""Paged reads for browsing: how many stories match, documents by filter, located events for a map.

Lists read newest first by paging the store's own (oldest-first) order from the end, so a
page of events or stories is the same rows ``Store.events`` and ``stories()`` return, in
reverse. Documents filter on their publication date and on words of their title and text
(``q``, the same word semantics as ``EventFilter.q``, see ``store.search``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel

from seismo.analysis.stories import ensure_stories, story_where
from seismo.store import DocumentRow, EventFilter, Store
from seismo.store.filters import where_clause
from seismo.store.search import query_terms

MAP_POINTS = 2000  # located events drawn at most (the latest): an SVG of 2,000 points stays quick


def count_stories(store: Store, f: EventFilter, min_sources: int = 1) -> int:
    """Story events matching ``f`` (``stories()``'s filter), over all pages."""
    ensure_stories(store)
    where, params = story_where(f, min_sources)
    return int(store.query(f"SELECT count(*) AS n FROM stories {where}", params)[0]["n"])


def newest_first(total: int, dated: int, page: int, size: int) -> list[tuple[int, int, bool]]:
    """Where page ``page`` (1 = newest) of ``size`` rows lies in the store's oldest-first order.

    That order puts undated rows last; newest first, the dated rows come in reverse and the
    undated ones after them. Returns (offset, limit, reverse) windows to read, at most two.
    """
    start, end = (page - 1) * size, min(total, page * size)
    windows = []
    if start < min(end, dated):  # dated rows: read backwards from the newest
        windows.append((dated - min(end, dated), min(end, dated) - start, True))
    if max(start, dated) < end:  # undated rows, in stored order
        windows.append((max(start, dated), end - max(start, dated), False))
    return windows


def dated_only(f: EventFilter) -> EventFilter:
    """``f`` without its undated rows (a ``since`` filter already leaves them out)."""
    return f if f.since is not None else f.model_copy(update={"since": dt.date.min})


# -- documents ---------------------------------------------------------------------------------


def document_condition(terms: list[str]) -> tuple[str, list[Any]]:
    """Every term is a word of the document's title or text (``store.search`` word semantics)."""
    conditions, params = [], []
    for term in terms:
        pattern = f"(^|[^\\pL\\pN]){re.escape(term)}([^\\pL\\pN]|$)"
        text = "lower(coalesce(d.title, '') || ' ' || d.text)"
        conditions.append(f"(contains({text}, ?) AND regexp_matches({text}, ?))")
        params += [term, pattern]
    return " AND ".join(conditions), params


def documents_where(
    since: dt.date | None = None, until: dt.date | None = None, q: str | None = None, duplicates: bool = True
) -> tuple[str, list[Any]]:
    """WHERE over ``documents d``: publication date window, words of title or text, duplicates or not."""
    conditions: list[str] = []
    params: list[Any] = []
    if since is not None:
        conditions.append("d.published >= ?")
        params.append(since)
    if until is not None:
        conditions.append("d.published <= ?")
        params.append(until)
    terms = query_terms(q)
    if terms:
        sql, values = document_condition(terms)
        conditions.append(sql)
        params += values
    if not duplicates:
        conditions.append("d.duplicate_of IS NULL")
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), params


class DocumentListRow(DocumentRow):
    """A listed document: ``DocumentRow`` (``ingested_at`` in UTC) plus the original it near-duplicates, if any."""

    duplicate_of: str | None = None


_DOCUMENTS = (
    "SELECT d.doc_id, d.title, d.url, d.outlet, d.published, d.source, d.ingested_at, d.duplicate_of, "
    "coalesce(e.n, 0) AS n_events FROM documents d "
    "LEFT JOIN (SELECT doc_id, count(*) AS n FROM events WHERE modality = 'asserted' GROUP BY doc_id) e "
    "USING (doc_id) {where} ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?"
)


def list_documents(store: Store, where: tuple[str, list[Any]], limit: int, offset: int) -> list[DocumentListRow]:
    """Documents matching ``where`` (from ``documents_where``), newest publication first."""
    sql, params = where
    rows = store.query(_DOCUMENTS.format(where=sql), [*params, limit, offset])
    return [DocumentListRow(**{**row, "ingested_at": row["ingested_at"].replace(tzinfo=dt.UTC)}) for row in rows]


def count_documents(store: Store, where: tuple[str, list[Any]]) -> int:
    sql, params = where
    return int(store.query(f"SELECT count(*) AS n FROM documents d {sql}", params)[0]["n"])


# -- located events ----------------------------------------------------------------------------


class LocatedEvent(BaseModel):
    """An event with coordinates, as a point of the map."""

    event_id: str
    lat: float
    lon: float
    quad_class: int | None = None
    type: str
    date: dt.date | None = None
    place: str | None = None
    source: str | None = None
    target: str | None = None


_LOCATED = (
    'SELECT event_id, location_lat AS lat, location_lon AS lon, quad_class, "type", "date", '
    "location_name AS place, coalesce(source_code, source_name) AS source, "
    "coalesce(target_code, target_name) AS target FROM events {where} "
    'ORDER BY "date" DESC NULLS LAST, event_id LIMIT ?'
)


def located_events(store: Store, f: EventFilter, limit: int = MAP_POINTS) -> tuple[list[LocatedEvent], int]:
    """The latest ``limit`` events matching ``f`` that have coordinates, and how many have them in all."""
    where, params = where_clause(f, also="location_lat IS NOT NULL AND location_lon IS NOT NULL")
    total = int(store.query(f"SELECT count(*) AS n FROM events {where}", params)[0]["n"])
    rows = store.query(_LOCATED.format(where=where), [*params, limit])
    return [LocatedEvent(**row) for row in rows], total
