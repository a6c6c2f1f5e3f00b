"""``seismo export``: events, story events or documents as Parquet, CSV or JSON Lines.

Also PLOVER JSON lines of events (``plover``, see ``seismo.formats.plover``) and story events in the
GDELT 2.0 event-table layout (``gdelt`` TSV, ``gdelt-parquet``; see ``seismo.analysis.gdelt``).

The files are for tools that know nothing of seismo (pandas, polars, R arrow, DuckDB), so
columns are flat and typed: dates are DATE (ISO 8601 in CSV/JSONL), list columns
(``doc_ids``, ``outlets``, ``event_ids``) are Parquet lists and JSON arrays in JSON Lines,
and JSON-encoded strings in CSV, which has no list type. Rows stream from DuckDB in
Arrow batches; the file appears under its name only once complete (``.part``, then rename).
Events reuse ``Store.export_events``, which has the same guarantees.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal, get_args

from seismo.analysis.browse import document_condition
from seismo.analysis.counts import choose
from seismo.analysis.stories import ensure_stories, paged, select_stories
from seismo.errors import AnalysisError, Errors
from seismo.store import EventFilter, Store
from seismo.store.export import EXPORT_COLUMNS, WRITERS, parse_fields
from seismo.store.search import query_terms

What = Literal["events", "stories", "documents"]
Format = Literal["parquet", "csv", "jsonl", "plover", "gdelt", "gdelt-parquet"]
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
    output: Path | str | BinaryIO,
    filters: EventFilter | None = None,
    fields: str | Sequence[str] | None = None,
    min_sources: int = 1,
) -> int:
    """Write ``what`` matching ``filters`` to ``output`` in ``fmt``; return the number of rows.

    ``output`` is a file, or a binary stream for CSV and JSON Lines (stdout). Documents take
    ``since``/``until`` (on the publication date), ``doc_id`` and ``include_duplicates`` from
    the filter; stories take the fields ``stories()`` uses and ``min_sources``. ``fields``
    ("url,title" or a list) picks and orders the columns; an unknown one is an A004 that lists them.
    """
    choose("export target", what, get_args(What))
    choose("format", fmt, get_args(Format))
    f = filters or EventFilter()
    stream = not isinstance(output, str | Path)
    if fmt == "plover":
        return _plover(store, what, f, output)
    if fmt in ("gdelt", "gdelt-parquet"):
        from seismo.analysis.gdelt import export_gdelt

        return export_gdelt(store, what, fmt, output, f, min_sources)
    if stream and fmt == "parquet":
        raise AnalysisError(Errors.A004.format(what="format for standard output", value=fmt,
                                              choices="csv, jsonl (Parquet needs --output FILE)"), "A004")
    if what == "events":
        names = parse_fields(fields, EXPORT_COLUMNS)
        try:
            return store.export_events(f, fmt, output if stream else Path(output), names)  # type: ignore[arg-type]
        except OSError as exc:
            detail = exc.strerror or str(exc)
            raise AnalysisError(Errors.A007.format(path=output, detail=detail), "A007") from None
    sql, params = _stories_sql(store, f, fmt, min_sources) if what == "stories" else _documents_sql(f)
    if fields is not None:
        sql = _project(store, sql, params, parse_fields(fields, _columns(store, sql, params), what))
    if stream:
        with store.arrow_reader(sql, params, BATCH_ROWS) as reader:
            return WRITERS[fmt](reader, reader.schema, output)  # type: ignore[arg-type]
    return _write(store, sql, params, fmt, Path(output))  # type: ignore[arg-type]


def citations(store: Store, events: Sequence[Any]) -> dict[str, dict[str, Any]]:
    """doc_id -> {url, title} for the documents of ``events`` (the PLOVER ``cite_info``)."""
    ids = sorted({e.doc_id for e in events})
    if not ids:
        return {}
    rows = store.query("SELECT doc_id, url, title FROM documents WHERE list_contains(?, doc_id)", [ids])
    return {r["doc_id"]: {"url": r["url"], "title": r["title"]} for r in rows}


def _plover(store: Store, what: str, f: EventFilter, output: Path | str | BinaryIO) -> int:
    """PLOVER JSON lines of events (PLOVER records are events, not stories or documents)."""
    from seismo.formats import write_plover

    if what != "events":
        raise AnalysisError(Errors.A004.format(what="export target for --format plover", value=what,
                                              choices="events"), "A004")  # fmt: skip
    events = store.events(f)
    docs = citations(store, events)
    if not isinstance(output, str | Path):
        text = io.TextIOWrapper(output, encoding="utf-8", write_through=True)
        try:
            return write_plover(events, text, docs)
        finally:
            text.detach()
    path = Path(output)
    partial = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("w", encoding="utf-8") as handle:
            count = write_plover(events, handle, docs)
        os.replace(partial, path)
    except OSError as exc:
        _discard(partial)
        raise AnalysisError(Errors.A007.format(path=output, detail=exc.strerror or str(exc)), "A007") from None
    return count


def _columns(store: Store, sql: str, params: list[Any]) -> list[str]:
    with store.arrow_reader(f"SELECT * FROM ({sql}) LIMIT 0", params, 1) as reader:
        return list(reader.schema.names)


def _project(store: Store, sql: str, params: list[Any], names: list[str]) -> str:
    columns = ", ".join(f'"{n}"' for n in names)
    return f"SELECT {columns} FROM ({sql})"


def _stories_sql(store: Store, f: EventFilter, fmt: str, min_sources: int = 1) -> tuple[str, list[Any]]:
    ensure_stories(store)
    columns = "*"
    if fmt == "csv":  # CSV has no list type: JSON arrays as text
        columns = (
            "* REPLACE (" + ", ".join(f"to_json({c})::VARCHAR AS {c}" for c in LIST_COLUMNS) + ")"
        )
    return select_stories(f, min_sources, columns)


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
    return paged(_DOCUMENTS.format(where=where), params, f)


def _write(store: Store, sql: str, params: list[Any], fmt: str, output: Path) -> int:
    """Stream the query to ``output`` through a ``.part`` file."""
    partial = output.with_name(output.name + ".part")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with store.arrow_reader(sql, params, BATCH_ROWS) as reader:
            count = WRITERS[fmt](reader, reader.schema, partial)
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
