"""Export filtered events as Parquet, CSV or JSON Lines with flat columns.

Rows stream from DuckDB as Arrow record batches, so an export never holds the
whole table in Python; pyarrow writes Parquet and CSV natively and JSON Lines
is written per batch. The file appears under its final name only when it is
complete (written to ``<name>.part``, then renamed), so a failed export never
leaves a truncated file that looks finished.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from seismo.store.filters import EventFilter, select_events
from seismo.store.rows import EVENT_COLUMNS, EVENTS_SCHEMA, quoted

ExportFormat = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl")
BATCH_ROWS = 65_536


def export_events(
    con: duckdb.DuckDBPyConnection, f: EventFilter, fmt: ExportFormat, output: Path
) -> int:
    """Write the events matching ``f`` to ``output`` in ``fmt``; return the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    sql, params = select_events(f, quoted(EVENT_COLUMNS))
    reader = con.sql(sql, params=params).to_arrow_reader(BATCH_ROWS)
    batches = (_conform(batch) for batch in reader)
    partial = output.with_name(output.name + ".part")
    try:
        count = _WRITERS[fmt](batches, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, output)
    return count


def _conform(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Give every batch the declared schema, whatever Arrow types DuckDB chose (string views...)."""
    return batch if batch.schema.equals(EVENTS_SCHEMA) else batch.cast(EVENTS_SCHEMA)


def _write_batches(
    writer: pq.ParquetWriter | pacsv.CSVWriter, batches: Iterable[pa.RecordBatch]
) -> int:
    """Feed batches to a pyarrow writer one at a time; return the number of rows."""
    count = 0
    for batch in batches:
        writer.write_batch(batch)
        count += batch.num_rows
    return count


def _write_parquet(batches: Iterable[pa.RecordBatch], path: Path) -> int:
    """Parquet keeps column types (DATE, DOUBLE, INTEGER) for analysis tools."""
    with pq.ParquetWriter(path, EVENTS_SCHEMA) as writer:
        return _write_batches(writer, batches)


def _write_csv(batches: Iterable[pa.RecordBatch], path: Path) -> int:
    """CSV with a header row; NULL is an empty field, strings are quoted."""
    with pacsv.CSVWriter(path, EVENTS_SCHEMA) as writer:
        return _write_batches(writer, batches)


def _write_jsonl(batches: Iterable[pa.RecordBatch], path: Path) -> int:
    """One JSON object per line with the same flat keys as the other formats."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for batch in batches:
            for row in batch.to_pylist():
                out.write(json.dumps(row, ensure_ascii=False, default=_json_value) + "\n")
            count += batch.num_rows
    return count


def _json_value(value: object) -> str:
    """Dates as ISO 8601 strings, the form every reader (and DuckDB read_json) understands."""
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot export {type(value).__name__} as JSON")


_WRITERS: dict[str, Callable[[Iterable[pa.RecordBatch], Path], int]] = {
    "parquet": _write_parquet,
    "csv": _write_csv,
    "jsonl": _write_jsonl,
}
