"""Export filtered events as Parquet, CSV or JSON Lines with flat columns.

Rows stream from DuckDB as Arrow record batches, so an export never holds the
whole table in Python; pyarrow writes Parquet and CSV natively and JSON Lines
is written per batch. The file appears under its final name only when it is
complete (written to ``<name>.part``, then renamed), so a failed export never
leaves a truncated file that looks finished. CSV and JSON Lines can also go to
a stream (``seismo events --format csv`` writes to stdout).

Each row carries the event's flat columns (``EVENT_COLUMNS``, as in the ``events``
table) and, from its document and its story, ``story_id``, ``url`` and ``title``
(``EXPORT_COLUMNS``); ``fields`` picks and orders a subset.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, Literal

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from seismo.errors import AnalysisError, Errors
from seismo.store.filters import EventFilter, select_events
from seismo.store.rows import EVENT_COLUMNS, EVENTS_SCHEMA, quoted

ExportFormat = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl")
BATCH_ROWS = 65_536
EXTRA_SCHEMA = pa.schema([pa.field("story_id", pa.string()), pa.field("url", pa.string()),
                          pa.field("title", pa.string())])  # fmt: skip
EXPORT_SCHEMA = pa.schema([*EVENTS_SCHEMA, *EXTRA_SCHEMA])
EXPORT_COLUMNS: tuple[str, ...] = tuple(EXPORT_SCHEMA.names)
_ORDER = 'ORDER BY e."date" ASC NULLS LAST, e.doc_id, e.evidence_start, e.event_id'


def parse_fields(fields: str | Sequence[str] | None, available: Sequence[str], what: str = "events") -> list[str]:
    """``"url,title"`` -> ["url", "title"], checked against ``available`` (A004 lists them)."""
    if fields is None:
        return list(available)
    names = [f.strip() for f in fields.split(",")] if isinstance(fields, str) else [f.strip() for f in fields]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in available]
    if unknown or not names:
        message = Errors.A004.format(what=f"{what} field", value=unknown[0] if unknown else "",
                                     choices=", ".join(available))  # fmt: skip
        raise AnalysisError(message, "A004")
    return list(dict.fromkeys(names))


def export_sql(f: EventFilter, fields: Sequence[str] = EXPORT_COLUMNS) -> tuple[str, list[object]]:
    """The SELECT of export rows: event columns, then story id, document url and title."""
    inner, params = select_events(f, quoted(EVENT_COLUMNS))
    extra = {"story_id": "sm.story_id", "url": "d.url", "title": "d.title"}
    columns = ", ".join(f'{extra[c]} AS "{c}"' if c in extra else f'e."{c}"' for c in fields)
    sql = (f"SELECT {columns} FROM ({inner}) e LEFT JOIN story_members sm ON sm.event_id = e.event_id "
           f"LEFT JOIN documents d ON d.doc_id = e.doc_id {_ORDER}")  # fmt: skip
    return sql, params


def export_events(
    con: duckdb.DuckDBPyConnection,
    f: EventFilter,
    fmt: ExportFormat,
    output: Path | BinaryIO,
    fields: Sequence[str] | None = None,
) -> int:
    """Write the events matching ``f`` to ``output`` (a file, or a stream for CSV/JSONL); return the row count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    names = parse_fields(fields, EXPORT_COLUMNS)
    schema = pa.schema([EXPORT_SCHEMA.field(n) for n in names])
    sql, params = export_sql(f, names)
    reader = con.sql(sql, params=params).to_arrow_reader(BATCH_ROWS)
    batches = (_conform(batch, schema) for batch in reader)
    if not isinstance(output, Path | str):
        if fmt == "parquet":
            raise ValueError("Parquet needs a file: give --output FILE")
        return WRITERS[fmt](batches, schema, output)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".part")
    try:
        count = WRITERS[fmt](batches, schema, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, output)
    return count


def _conform(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    """Give every batch the declared schema, whatever Arrow types DuckDB chose (string views...)."""
    return batch if batch.schema.equals(schema) else batch.cast(schema)


def _write_batches(
    writer: pq.ParquetWriter | pacsv.CSVWriter, batches: Iterable[pa.RecordBatch]
) -> int:
    """Feed batches to a pyarrow writer one at a time; return the number of rows."""
    count = 0
    for batch in batches:
        writer.write_batch(batch)
        count += batch.num_rows
    return count


Sink = Path | BinaryIO


def _write_parquet(batches: Iterable[pa.RecordBatch], schema: pa.Schema, path: Sink) -> int:
    """Parquet keeps column types (DATE, DOUBLE, INTEGER) for analysis tools."""
    with pq.ParquetWriter(path, schema) as writer:
        return _write_batches(writer, batches)


def _write_csv(batches: Iterable[pa.RecordBatch], schema: pa.Schema, path: Sink) -> int:
    """CSV with a header row; NULL is an empty field, strings are quoted."""
    with pacsv.CSVWriter(path, schema) as writer:
        return _write_batches(writer, batches)


def _write_jsonl(batches: Iterable[pa.RecordBatch], schema: pa.Schema, path: Sink) -> int:
    """One JSON object per line with the same flat keys as the other formats."""
    count = 0
    out = path.open("wb") if isinstance(path, Path) else path
    try:
        for batch in batches:
            lines = "".join(json.dumps(row, ensure_ascii=False, default=json_value) + "\n"
                            for row in batch.to_pylist())  # fmt: skip
            out.write(lines.encode("utf-8"))
            count += batch.num_rows
    finally:
        if isinstance(path, Path):
            out.close()
    return count


def json_value(value: object) -> str:
    """Dates as ISO 8601 strings, the form every reader (and DuckDB read_json) understands."""
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot export {type(value).__name__} as JSON")


WRITERS: dict[str, Callable[[Iterable[pa.RecordBatch], pa.Schema, Sink], int]] = {
    "parquet": _write_parquet,
    "csv": _write_csv,
    "jsonl": _write_jsonl,
}
