"""``seismo export``: events, story events or documents as Parquet, CSV or JSON Lines.

The files are for tools that know nothing of seismo (pandas, polars, R arrow, DuckDB), so
columns are flat and typed: dates are DATE (ISO 8601 in CSV/JSONL), list columns
(``doc_ids``, ``outlets``, ``event_ids``) are Parquet lists and JSON arrays in JSON Lines,
and JSON-encoded strings in CSV, which has no list type. Rows stream from DuckDB in
Arrow batches; the file appears under its name only once complete (``.part``, then rename).
Events reuse ``Store.export_events``, which has the same guarantees.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, get_args

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from seismo.analysis.browse import document_condition
from seismo.analysis.counts import choose
from seismo.analysis.stories import ensure_stories, story_where
from seismo.errors import AnalysisError, Errors
from seismo.store import EventFilter, Store
from seismo.store.search import query_terms

What = Literal["events", "stories", "documents"]
Format = Literal["parquet", "csv", "jsonl"]
BATCH_ROWS = 65_536
LIST_COLUMNS = ("doc_ids", "outlets", "event_ids")

_DOCUMENTS = """
SELECT d.doc_id, d.content_hash, d.title, d.url, d.outlet, d.published, d.dateline, d.source,
       d.text, d.ingested_at, d.duplicate_of, m.similarity AS duplicate_similarity,
       coalesce(e.n, 0) AS n_events
FROM documents d
LEFT JOIN doc_minhash m USING (doc_id)
LEFT JOIN (SELECT doc_id, count(*) AS n FROM events WHERE modality = 'asserted' GROUP BY doc_id) e
  USING (doc_id)
{where}
ORDER BY d.published ASC NULLS LAST, d.doc_id
"""


def export(
    store: Store,
    what: What,
    fmt: Format,
    output: Path | str,
    filters: EventFilter | None = None,
) -> int:
    """Write ``what`` matching ``filters`` to ``output`` in ``fmt``; return the number of rows.

    Documents take ``since``/``until`` (on the publication date), ``doc_id`` and
    ``include_duplicates`` from the filter; stories take the fields ``stories()`` uses.
    """
    choose("export target", what, get_args(What))
    choose("format", fmt, get_args(Format))
    f = filters or EventFilter()
    output = Path(output)
    if what == "events":
        try:
            return store.export_events(f, fmt, output)
        except OSError as exc:
            detail = exc.strerror or str(exc)
            raise AnalysisError(Errors.A007.format(path=output, detail=detail), "A007") from None
    sql, params = _stories_sql(store, f, fmt) if what == "stories" else _documents_sql(f)
    return _write(store, sql, params, fmt, output)


def _stories_sql(store: Store, f: EventFilter, fmt: str) -> tuple[str, list[Any]]:
    ensure_stories(store)
    where, params = story_where(f)
    columns = "*"
    if fmt == "csv":  # CSV has no list type: JSON arrays as text
        columns = (
            "* REPLACE (" + ", ".join(f"to_json({c})::VARCHAR AS {c}" for c in LIST_COLUMNS) + ")"
        )
    sql = f'SELECT {columns} FROM stories {where} ORDER BY "date" ASC NULLS LAST, story_id'
    return _paged(sql, params, f)


def _documents_sql(f: EventFilter) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    if f.since is not None:
        conditions.append("d.published >= ?")
        params.append(f.since)
    if f.until is not None:
        conditions.append("d.published <= ?")
        params.append(f.until)
    if f.doc_id is not None:
        conditions.append("d.doc_id = ?")
        params.append(f.doc_id)
    if f.q:  # documents: words of the title or text (analysis.browse, the dashboard's list)
        condition, values = document_condition(query_terms(f.q))
        conditions.append(condition)
        params += values
    if not f.include_duplicates:
        conditions.append("d.duplicate_of IS NULL")
    where = "WHERE " + " AND ".join(conditions) if conditions else ""
    return _paged(_DOCUMENTS.format(where=where), params, f)


def _paged(sql: str, params: list[Any], f: EventFilter) -> tuple[str, list[Any]]:
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    if f.offset:
        sql += " OFFSET ?"
        params.append(f.offset)
    return sql, params


def _write(store: Store, sql: str, params: list[Any], fmt: str, output: Path) -> int:
    """Stream the query to ``output`` through a ``.part`` file."""
    partial = output.with_name(output.name + ".part")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with store.arrow_reader(sql, params, BATCH_ROWS) as reader:
            count = _WRITERS[fmt](reader, reader.schema, partial)
        os.replace(partial, output)
    except OSError as exc:
        _discard(partial)
        detail = exc.strerror or str(exc)
        raise AnalysisError(Errors.A007.format(path=output, detail=detail), "A007") from None
    except BaseException:
        _discard(partial)
        raise
    return count


def _discard(partial: Path) -> None:
    """Remove a half-written file; its directory may not even exist (that may be the error)."""
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _parquet(batches: Iterable[pa.RecordBatch], schema: pa.Schema, path: Path) -> int:
    with pq.ParquetWriter(path, schema) as writer:
        return _feed(writer, batches)


def _csv(batches: Iterable[pa.RecordBatch], schema: pa.Schema, path: Path) -> int:
    with pacsv.CSVWriter(path, schema) as writer:
        return _feed(writer, batches)


def _feed(writer: pq.ParquetWriter | pacsv.CSVWriter, batches: Iterable[pa.RecordBatch]) -> int:
    count = 0
    for batch in batches:
        writer.write_batch(batch)
        count += batch.num_rows
    return count


def _jsonl(batches: Iterable[pa.RecordBatch], schema: pa.Schema, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for batch in batches:
            for row in batch.to_pylist():
                out.write(json.dumps(row, ensure_ascii=False, default=_json_value) + "\n")
            count += batch.num_rows
    return count


def _json_value(value: object) -> str:
    """Dates and timestamps as ISO 8601, which DuckDB's read_json and pandas parse."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot export {type(value).__name__} as JSON")


_WRITERS = {"parquet": _parquet, "csv": _csv, "jsonl": _jsonl}
