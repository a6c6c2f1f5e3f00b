"""Mapping between stage records (Event, Article) and flat DuckDB rows.

The tables are flat so that exports and SQL users see plain columns; this
module is the one place that knows how nested fields (actors, location,
quantity, evidence) spread over columns, and it maps them back so that a
stored Event reads back equal to the one written. Rows are built as tuples in
column order and handed to DuckDB as a pyarrow Table, which is the fast bulk
path (no per-row SQL).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from seismo.models import Actor, Article, Event

ACTOR_PARTS = ("name", "code", "country", "agent", "igo")  # also the story tables' actor columns
EVENT_ACTOR_PARTS = (*ACTOR_PARTS, "reason")  # events also keep why each actor was coded (schema 3)
# (column prefix, Event field): "attributed_*" columns hold Event.attributed_to.
ACTOR_ROLES = (("source", "source"), ("target", "target"), ("attributed", "attributed_to"))


def _actor_fields(prefix: str) -> list[pa.Field]:
    """The six string columns one actor role spreads over."""
    return [pa.field(f"{prefix}_{part}", pa.string()) for part in EVENT_ACTOR_PARTS]


EVENTS_SCHEMA = pa.schema(
    [
        pa.field("event_id", pa.string()),
        pa.field("doc_id", pa.string()),
        pa.field("type", pa.string()),
        pa.field("mode", pa.string()),
        pa.field("contexts", pa.string()),  # "economic,election" (schema 4), NULL: none
        pa.field("cameo", pa.string()),
        pa.field("goldstein", pa.float64()),
        pa.field("quad_class", pa.int32()),
        pa.field("modality", pa.string()),
        *_actor_fields("source"),
        *_actor_fields("target"),
        *_actor_fields("attributed"),
        pa.field("date", pa.date32()),
        pa.field("date_text", pa.string()),
        pa.field("date_precision", pa.string()),
        pa.field("location_name", pa.string()),
        pa.field("location_country", pa.string()),
        pa.field("location_lat", pa.float64()),
        pa.field("location_lon", pa.float64()),
        pa.field("quantity_value", pa.float64()),
        pa.field("quantity_unit", pa.string()),
        pa.field("evidence_sentence", pa.string()),
        pa.field("evidence_start", pa.int32()),
        pa.field("evidence_end", pa.int32()),
        pa.field("trigger", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("outlet", pa.string()),
        pa.field("coder_version", pa.string()),
        pa.field("type_source", pa.string()),  # schema 6 (issue 18)
        pa.field("rule_type", pa.string()),
        pa.field("type_scores", pa.string()),  # JSON {type: probability}
        pa.field("mentions", pa.string()),  # schema 7: JSON [{sentence, start, end}] of restatements, NULL: none
    ]
)

DOCUMENTS_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("content_hash", pa.string()),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("outlet", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("dateline", pa.string()),
        pa.field("source", pa.string()),
        pa.field("text", pa.string()),
        pa.field("ingested_at", pa.timestamp("us")),
    ]
)

EVENT_COLUMNS: tuple[str, ...] = tuple(EVENTS_SCHEMA.names)
DOCUMENT_COLUMNS: tuple[str, ...] = tuple(DOCUMENTS_SCHEMA.names)
ARTICLE_COLUMNS: tuple[str, ...] = tuple(c for c in DOCUMENT_COLUMNS if c != "ingested_at")

_NO_ACTOR = (None,) * len(EVENT_ACTOR_PARTS)


def quoted(columns: Sequence[str]) -> str:
    """A comma-separated, double-quoted column list ("date", "type" are SQL keywords)."""
    return ", ".join(f'"{c}"' for c in columns)


def _actor_values(actor: Actor | None) -> tuple[Any, ...]:
    """An actor's six column values; all NULL when there is no actor."""
    if actor is None:
        return _NO_ACTOR
    return (actor.name, actor.code, actor.country, actor.agent, actor.igo, actor.reason)


def event_to_row(e: Event) -> tuple[Any, ...]:
    """Flatten one Event into a tuple in ``EVENT_COLUMNS`` order (plain attribute reads: fast)."""
    loc, qty, ev = e.location, e.quantity, e.evidence
    return (
        e.event_id,
        e.doc_id,
        e.type,
        e.mode,
        join_contexts(e.contexts),
        e.cameo,
        e.goldstein,
        e.quad_class,
        str(e.modality),
        *_actor_values(e.source),
        *_actor_values(e.target),
        *_actor_values(e.attributed_to),
        e.date,
        e.date_text,
        e.date_precision,
        *((loc.name, loc.country, loc.lat, loc.lon) if loc else (None,) * 4),
        *((qty.value, qty.unit) if qty else (None, None)),
        ev.sentence,
        ev.start,
        ev.end,
        e.trigger,
        e.published,
        e.outlet,
        e.coder_version,
        e.type_source,
        e.rule_type,
        None if e.type_scores is None else json.dumps(e.type_scores),
        json.dumps([m.model_dump() for m in e.mentions]) if e.mentions else None,
    )


def _actor_from(row: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    """Actor.name is required, so a NULL name column means there was no actor."""
    if row[f"{prefix}_name"] is None:
        return None
    return {part: row[f"{prefix}_{part}"] for part in EVENT_ACTOR_PARTS}


def _location_from(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """Location.name is required, so a NULL name means no location."""
    if row["location_name"] is None:
        return None
    return {
        "name": row["location_name"],
        "country": row["location_country"],
        "lat": row["location_lat"],
        "lon": row["location_lon"],
    }


def _quantity_from(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """Quantity.value is required, so a NULL value means no quantity."""
    if row["quantity_value"] is None:
        return None
    return {"value": row["quantity_value"], "unit": row["quantity_unit"]}


_EVENT_SCALARS = (
    "event_id", "doc_id", "type", "mode", "cameo", "goldstein", "quad_class", "modality",
    "date", "date_text", "date_precision", "trigger", "published", "outlet", "coder_version",
    "type_source", "rule_type",
)  # fmt: skip


def row_to_event(row: Mapping[str, Any]) -> Event:
    """Rebuild the nested Event from a row keyed by ``EVENT_COLUMNS`` (inverse of event_to_row).

    The nested dict is validated in one ``model_validate`` call: several times faster than
    constructing each sub-model, which matters when the API pages through many events.
    """
    data = {k: row[k] for k in _EVENT_SCALARS}
    for prefix, field in ACTOR_ROLES:
        data[field] = _actor_from(row, prefix)
    data["contexts"] = split_contexts(row["contexts"])
    scores = row.get("type_scores")
    data["type_scores"] = None if scores is None else json.loads(scores)
    mentions = row.get("mentions")
    data["mentions"] = json.loads(mentions) if mentions else []
    data["location"] = _location_from(row)
    data["quantity"] = _quantity_from(row)
    data["evidence"] = {
        "sentence": row["evidence_sentence"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
    }
    return Event.model_validate(data)


def join_contexts(contexts: Sequence[str]) -> str | None:
    """Event.contexts as its flat column: comma-separated, NULL for none (plain text for CSV and SQL)."""
    return ",".join(contexts) if contexts else None


def split_contexts(value: str | None) -> list[str]:
    """The flat column back to Event.contexts (NULL in stores written before schema 4: none)."""
    return [c for c in value.split(",") if c] if value else []


def article_to_row(a: Article, content_hash: str, ingested_at: dt.datetime) -> tuple[Any, ...]:
    """Flatten an Article in ``DOCUMENT_COLUMNS`` order with the hash the store decided on."""
    return (
        a.doc_id,
        content_hash,
        a.title,
        a.url,
        a.outlet,
        a.published,
        a.dateline,
        a.source,
        a.text,
        ingested_at,
    )


def row_to_article(row: Mapping[str, Any]) -> Article:
    """Rebuild an Article from a row keyed by ``ARTICLE_COLUMNS``."""
    return Article(**{c: row[c] for c in ARTICLE_COLUMNS})


def to_arrow(rows: Sequence[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    """Column-wise pyarrow Table from row tuples; the schema keeps all-NULL columns typed."""
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    arrays = [pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)
