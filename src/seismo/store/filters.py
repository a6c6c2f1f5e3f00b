"""EventFilter and the SQL it becomes.

One filter object serves ``events``, ``count_events`` and ``export_events`` (and
the CLI/API options built on them), so the three can never disagree about
which rows match. Values always travel as bound parameters; only fixed SQL
fragments written here are concatenated.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from pydantic import Field, field_validator

from seismo.config import known_contexts
from seismo.models import DatePrecision, Modality, Record
from seismo.store.search import query_terms, search_condition

ORDER_BY = 'ORDER BY "date" ASC NULLS LAST, doc_id, evidence_start, event_id'
# Events of near-duplicate documents (documents.duplicate_of set at ingest) count once, via the original.
NOT_DUPLICATE = "doc_id NOT IN (SELECT doc_id FROM documents WHERE duplicate_of IS NOT NULL)"


class EventFilter(Record):
    """Which events to read. By default only asserted events, as only those count as events."""

    since: dt.date | None = None  # inclusive; events without a date are then left out
    until: dt.date | None = None  # inclusive
    type: str | None = None  # PLOVER type, any case
    context: str | None = None  # PLOVER context (docs/contexts.md), one of config.known_contexts()
    actor: str | None = None  # source or target code, exact or prefix ("RUS" matches RUSMIL)
    country: str | None = None  # ISO3 of source or target
    q: str | None = None  # words that must all occur in the evidence sentence or the title (store.search)
    doc_id: str | None = None
    modality: list[str] | None = None  # explicit modalities; overrides all_modalities
    all_modalities: bool = False
    date_precision: list[str] | None = None  # how the date was found: day, week, month, year, published
    include_duplicates: bool = False  # events of near-duplicate documents (issue 6) are not counted
    limit: int | None = Field(default=None, ge=0)
    offset: int = Field(default=0, ge=0)

    @field_validator("q")
    @classmethod
    def _searchable(cls, value: str | None) -> str | None:
        """A blank query is no filter; one without a word to search for is an error."""
        return value if query_terms(value) else None

    @field_validator("context")
    @classmethod
    def _known_context(cls, value: str | None) -> str | None:
        """Reject a misspelt context ("elections") instead of silently matching nothing."""
        if value is None or not value.strip():
            return None
        name = value.strip().lower()
        known = known_contexts()
        if name not in known:
            raise ValueError(f"unknown context {value!r}; use one of {', '.join(known)}")
        return name

    @field_validator("modality")
    @classmethod
    def _known_modalities(cls, value: list[str] | None) -> list[str] | None:
        """Reject a misspelt modality instead of silently matching nothing."""
        if value is None:
            return None
        return [Modality(m.strip().lower()).value for m in value]

    @field_validator("date_precision")
    @classmethod
    def _known_precisions(cls, value: list[str] | None) -> list[str] | None:
        """Reject a misspelt precision ("publshed") instead of silently matching nothing."""
        if value is None:
            return None
        known = get_args(DatePrecision)
        found = [p.strip().lower() for p in value]
        wrong = [p for p in found if p not in known]
        if wrong:
            raise ValueError(f"unknown date precision {wrong[0]!r}; use one of {', '.join(known)}")
        return found


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (or "") and its parameters; limit/offset are not part of it."""
    conditions: list[str] = []
    params: list[Any] = []

    def add(sql: str, values: Any = ()) -> None:
        conditions.append(sql)
        params.extend(values)

    if f.since is not None:
        add('"date" >= ?', [f.since])
    if f.until is not None:
        add('"date" <= ?', [f.until])
    if f.type:
        add('upper("type") = upper(?)', [f.type])
    if f.context:
        add("list_contains(string_split(contexts, ','), ?)", [f.context])
    if f.actor:
        code = f.actor.upper()
        prefix = "(starts_with(upper(source_code), ?) OR starts_with(upper(target_code), ?))"
        add(prefix, [code, code])
    if f.country:
        country = f.country.upper()
        add("(upper(source_country) = ? OR upper(target_country) = ?)", [country, country])
    if f.q:
        add(*search_condition(query_terms(f.q)))
    if f.doc_id is not None:
        add("doc_id = ?", [f.doc_id])
    if f.modality is not None:
        add("list_contains(?::VARCHAR[], modality)", [f.modality])
    elif not f.all_modalities:
        add("modality = ?", [Modality.ASSERTED.value])
    if f.date_precision is not None:
        add("list_contains(?::VARCHAR[], date_precision)", [f.date_precision])
    if not f.include_duplicates:
        add(NOT_DUPLICATE)
    if not conditions:
        return "", params
    return "WHERE " + " AND ".join(conditions), params


def select_events(f: EventFilter, columns: str, by_rowid: bool = False) -> tuple[str, list[Any]]:
    """A full ordered, paged SELECT of ``columns`` over events matching ``f``.

    ``by_rowid`` (tables only, not views) pages in two steps: the ordering columns of
    every matching row are sorted to pick the page's row ids, and only those rows are
    read in full. For a page of 100 out of 100,000 events that halves the query time,
    since DuckDB's own late materialization does not apply to the duplicate filter.
    """
    where, params = where_clause(f)
    paging = ""
    if f.limit is not None:
        paging += " LIMIT ?"
        params.append(f.limit)
    if f.offset:
        paging += " OFFSET ?"
        params.append(f.offset)
    if by_rowid and paging:
        page = f"SELECT rowid FROM events {where} {ORDER_BY}{paging}"
        return f"SELECT {columns} FROM events WHERE rowid IN ({page}) {ORDER_BY}", params
    return f"SELECT {columns} FROM events {where} {ORDER_BY}{paging}", params
