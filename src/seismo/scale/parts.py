"""Parquet parts: what a Dask worker writes for its partition, and how they are read back.

Layout under the parts folder (any fsspec URL: a local path, ``file://``, ``s3://``...)::

    documents/part-00000.parquet   one row per coded article (store ``documents`` columns)
    events/part-00000.parquet      its events (store ``events`` columns), in coding order

Every partition writes both files, even without events, so the globs always match. The columns are
the store's own (``seismo.store.rows``), so ``read_parts`` gives back the very CodedDocuments that
were coded, and DuckDB can query the parts directly (``parquet_events``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb
import fsspec
import pyarrow.parquet as pq

from seismo.models import CodedDocument, Event
from seismo.store.filters import EventFilter, select_events
from seismo.store.rows import (
    DOCUMENTS_SCHEMA,
    EVENT_COLUMNS,
    EVENTS_SCHEMA,
    article_to_row,
    event_to_row,
    quoted,
    row_to_article,
    row_to_event,
    to_arrow,
)
from seismo.store.store import content_hash

TABLES = ("documents", "events")


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_part(parts: str, index: int, docs: Sequence[CodedDocument]) -> dict[str, int]:
    """Write partition ``index`` (documents and events) under ``parts``; returns row counts."""
    fs, root = fsspec.core.url_to_fs(parts)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    tables = {
        "documents": to_arrow([article_to_row(d.article, content_hash(d.article), now) for d in docs],
                              DOCUMENTS_SCHEMA),
        "events": to_arrow([event_to_row(e) for d in docs for e in d.events], EVENTS_SCHEMA),
    }
    for name, table in tables.items():
        fs.makedirs(f"{root}/{name}", exist_ok=True)
        with fs.open(f"{root}/{name}/{part_name(index)}", "wb") as f:
            pq.write_table(table, f)
    return {name: table.num_rows for name, table in tables.items()}


def clear_parts(parts: str) -> int:
    """Remove the part files a previous run left under ``parts`` (nothing else); returns how many."""
    removed = 0
    for table in TABLES:
        fs, files = _part_files(parts, table)
        for path in files:
            fs.rm(path)
            removed += 1
    return removed


def _part_files(parts: str, table: str) -> tuple[Any, list[str]]:
    fs, root = fsspec.core.url_to_fs(parts)
    return fs, sorted(fs.glob(f"{root}/{table}/part-*.parquet"))


def _read(fs: Any, path: str) -> list[dict[str, Any]]:
    with fs.open(path, "rb") as f:
        return pq.read_table(f).to_pylist()


def read_parts(parts: str, indexes: Sequence[int] | None = None) -> Iterator[CodedDocument]:
    """CodedDocuments from the parts, partition by partition, in coding order."""
    fs, root = fsspec.core.url_to_fs(parts)
    if indexes is None:
        _, files = _part_files(parts, "documents")
        names = [f.rsplit("/", 1)[-1] for f in files]
    else:
        names = [part_name(i) for i in indexes]
    for name in names:
        events: dict[str, list[Event]] = {}
        for row in _read(fs, f"{root}/events/{name}"):
            events.setdefault(row["doc_id"], []).append(row_to_event(row))
        for row in _read(fs, f"{root}/documents/{name}"):
            article = row_to_article(row)
            yield CodedDocument(article=article, events=events.get(article.doc_id, []))


def _glob_sql(con: duckdb.DuckDBPyConnection, parts: str, table: str) -> str:
    """A ``read_parquet`` over one table's parts; remote fsspec filesystems are registered with DuckDB."""
    fs, files = _part_files(parts, table)
    if not files:
        raise FileNotFoundError(f"{parts}: no {table}/part-*.parquet files; is this a parts folder?")
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if protocol not in ("file", "local"):
        con.register_filesystem(fs)
        files = [f"{protocol}://{f}" for f in files]
    listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return f"read_parquet([{listed}])"


def parquet_events(parts: str, filters: EventFilter | None = None) -> list[Event]:
    """Query events straight from Parquet parts with the store's filter semantics (``seismo events --parquet``)."""
    con = duckdb.connect()
    try:
        con.execute(f"CREATE VIEW events AS SELECT * FROM {_glob_sql(con, parts, 'events')}")
        con.execute("CREATE VIEW documents AS SELECT *, NULL::VARCHAR AS duplicate_of FROM "
                    f"{_glob_sql(con, parts, 'documents')}")
        sql, params = select_events(filters or EventFilter(), quoted(EVENT_COLUMNS), indexed=False)  # no word index
        result = con.execute(sql, params)
        names = [d[0] for d in result.description or ()]
        return [row_to_event(dict(zip(names, row, strict=True))) for row in result.fetchall()]
    finally:
        con.close()
