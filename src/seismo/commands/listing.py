"""`seismo events|docs|summary`: what is stored, as a table that fits the terminal, JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from seismo.commands.options import (
    DbOpt,
    FormatOpt,
    OutputOpt,
    PrecisionOpt,
    _open_store,
    _parse_date,
    _parse_precisions,
    _settings,
    app,
    err,
    out,
)
from seismo.commands.output import FieldsOpt, SearchOpt, check_format, stdout_bytes, write_events
from seismo.store import EventFilter, Store

ContextOpt = Annotated[str | None, typer.Option(
    "--context", help="PLOVER context, e.g. election or economic (docs/contexts.md).")]
EVENT_FORMATS = ("table", "jsonl", "plover", "csv", "parquet")
DOC_FORMATS = ("table", "jsonl", "csv")
DOC_CSV_COLUMNS = ("kind", "doc_id", "title", "url", "outlet", "published", "source", "n_events", "ingested_at",
                   "code", "reason", "seen_at")  # fmt: skip


def event_filter(since: str | None = None, until: str | None = None, type_: str | None = None,
                 actor: str | None = None, country: str | None = None, q: str | None = None,
                 **extra: Any) -> EventFilter:  # fmt: skip
    """The shared filter options as one EventFilter; a search without a word is a usage error."""
    from seismo.analysis.choices import check_context
    from seismo.store.search import query_terms

    check_context(extra.get("context"))  # A004 listing the contexts, before the filter's own check
    try:
        query_terms(q)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--q") from None
    return EventFilter(since=_parse_date(since, "--since"), until=_parse_date(until, "--until"), type=type_,
                       actor=actor, country=country, q=q, **extra)  # fmt: skip


@app.command()
def events(
    db: DbOpt = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this date.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor code or prefix, e.g. RUSMIL or RUS.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country of source or target.")] = None,
    context: ContextOpt = None,
    q: SearchOpt = None,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Include non-asserted mentions.")] = False,
    date_precision: PrecisionOpt = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: FormatOpt = "table",
    fields: FieldsOpt = None,
    output: OutputOpt = None,
    parquet: Annotated[str | None, typer.Option(
        "--parquet", help="Query the Parquet parts in this folder (from --parts) instead of the store.")] = None,
) -> None:
    """List stored events (asserted only unless --all-modalities): a table, or JSONL/CSV to stdout."""
    check_format(fmt, EVENT_FORMATS)
    if fields is not None and fmt in ("table", "plover"):
        raise typer.BadParameter("--fields applies to --format csv, jsonl and parquet", param_hint="--fields")
    filters = event_filter(since, until, type_, actor, country, q, all_modalities=all_modalities, limit=limit,
                           date_precision=_parse_precisions(date_precision), context=context)
    if parquet is not None:
        from seismo.scale import parquet_events

        if fields is not None:
            raise typer.BadParameter("--fields needs the store, not --parquet parts", param_hint="--fields")
        write_events(parquet_events(parquet, filters), fmt, output, all_modalities=all_modalities)
        return
    from seismo.analysis.choices import check_filters

    with _open_store(_settings(db), read_only=True) as store:
        check_filters(store, filters)
        if fmt == "table" or (fmt == "jsonl" and fields is None and output is None):
            rows = store.events(filters)
            title = _events_title(store, filters, len(rows)) if fmt == "table" else None
            write_events(rows, fmt, None, all_modalities=all_modalities, title=title)
            return
        n = _plover(store, filters, output) if fmt == "plover" else _export(store, filters, fmt, fields, output)
    if output is not None:
        err.print(f"{n} events written to {output}")


def _plover(store: Store, filters: EventFilter, output: Path | None) -> int:
    """PLOVER JSON lines, citations (url, title) from the events' documents."""
    from seismo.analysis.export import citations
    from seismo.commands.output import write_plover_file

    rows = store.events(filters)
    return write_plover_file(rows, output, citations(store, rows))


def _export(store: Store, filters: EventFilter, fmt: str, fields: str | None, output: Path | None) -> int:
    """CSV, JSON Lines or Parquet straight from DuckDB."""
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("--format parquet needs --output FILE", param_hint="--output")
    note_stale_stories(store)
    return store.export_events(filters, fmt, output or stdout_bytes(), _fields(fields))  # type: ignore[arg-type]


def _fields(fields: str | None) -> list[str] | None:
    from seismo.store.export import EXPORT_COLUMNS, parse_fields

    return None if fields is None else parse_fields(fields, EXPORT_COLUMNS)


def _events_title(store: Store, filters: EventFilter, shown: int) -> str:
    """ "100 asserted events", "20 events, all modalities (first 20 of 135)"."""
    kind = "events, all modalities" if filters.all_modalities else "asserted events"
    title = f"{shown} {kind}"
    if filters.limit is not None and shown == filters.limit:
        total = store.count_events(filters.model_copy(update={"limit": None}))
        if total > shown:
            title += f" (first {shown} of {total})"
    return title


def note_stale_stories(store: Store) -> None:
    if not store.stories_current():
        err.print("note: story_id may be missing or out of date: story events are older than the documents; "
                  "run `seismo stories --rebuild`", highlight=False, markup=False)  # fmt: skip


@app.command()
def docs(db: DbOpt = None, fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table"
         ) -> None:  # fmt: skip
    """Ingested documents, and the inputs that were rejected with the reason."""
    from seismo.render import documents_table, rejections_table

    check_format(fmt, DOC_FORMATS)
    with _open_store(_settings(db), read_only=True) as store:
        documents, rejections = store.documents(), store.rejections()
    records = [{"kind": "document", **row.model_dump(mode="json")} for row in documents]
    records += [{"kind": "rejection", **row.model_dump(mode="json")} for row in rejections]
    if fmt == "jsonl":
        sys.stdout.write("".join(json.dumps(r) + "\n" for r in records))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=DOC_CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        sys.stdout.write(buffer.getvalue())
    else:
        out.print(documents_table(documents, out.width))
        if rejections:
            out.print(rejections_table(rejections, out.width))


@app.command()
def summary(db: DbOpt = None) -> None:
    """Counts of documents and events by type and modality, each saying what it counts."""
    from seismo.render import summary_table

    with _open_store(_settings(db), read_only=True) as store:
        out.print(summary_table(store.summary()))
