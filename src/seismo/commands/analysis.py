"""`seismo stories|explain|trend|plot|alerts|export`: thin shells over ``seismo.analysis``.

Each command parses options, opens the store (read-only unless it must write) and calls
one library function; SeismoErrors reach ``seismo.cli.main``, which prints them on one line.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from seismo.commands.options import (
    DbOpt,
    PrecisionOpt,
    _open_store,
    _parse_date,
    _parse_precisions,
    _settings,
    app,
    err,
    out,
)
from seismo.commands.output import FieldsOpt, SearchOpt, check_format, stdout_bytes
from seismo.render import actor_cell
from seismo.store import EventFilter
from seismo.tables import Col, fit_table

SinceOpt = Annotated[str | None, typer.Option(help="On or after this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option(help="On or before this date (YYYY-MM-DD).")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")]
ActorOpt = Annotated[str | None, typer.Option(help="Actor code or prefix, e.g. RUSMIL or RUS.")]
CountryOpt = Annotated[str | None, typer.Option(help="ISO3 country of source or target.")]
DyadOpt = Annotated[str | None, typer.Option(help="Directed dyad SOURCE-TARGET, e.g. RUS-UKR.")]
IntervalOpt = Annotated[str, typer.Option(help="day or week.")]
RawOpt = Annotated[bool, typer.Option("--raw", help="Per-report rows instead of story events.")]
FmtOpt = Annotated[str, typer.Option("--format", help="table or jsonl.")]


def _filters(
    since: str | None = None,
    until: str | None = None,
    type_: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    **extra: Any,
) -> EventFilter:
    """One EventFilter from the shared options (sqlite-utils' option bundles)."""
    return EventFilter(
        since=_parse_date(since, "--since"),
        until=_parse_date(until, "--until"),
        type=type_,
        actor=actor,
        country=country,
        **extra,
    )


def _check_format(fmt: str) -> None:
    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter(f"unknown format {fmt!r}; use table or jsonl")


def _code(actor: Any) -> str:
    return (actor.code or f"? {actor.name}") if actor is not None else ""


def _jsonl(rows: list[Any]) -> None:
    sys.stdout.write("".join(row.model_dump_json() + "\n" for row in rows))


@app.command("stories")
def stories_cli(
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    type_: TypeOpt = None,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    doc_id: Annotated[
        str | None, typer.Option("--doc-id", help="Stories this document reported.")
    ] = None,
    date_precision: PrecisionOpt = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", min=1, help="At least this many sources.")
    ] = 1,
    limit: Annotated[int | None, typer.Option(help="At most this many stories.")] = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Rebuild all stories first (writes).")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
    fields: FieldsOpt = None,
) -> None:
    """Story events: one per real-world event, with the documents and outlets that reported it."""
    from seismo.analysis import build_stories, export, stories
    from seismo.analysis.choices import check_filters

    check_format(fmt, ("table", "jsonl", "csv"))
    filters = _filters(since, until, type_, actor, country, doc_id=doc_id, limit=limit,
                       date_precision=_parse_precisions(date_precision))
    with _open_store(_settings(db), read_only=not rebuild) as store:
        check_filters(store, filters)
        if rebuild:
            start = time.perf_counter()
            n = build_stories(store)
            err.print(f"{n} stories rebuilt in {time.perf_counter() - start:.1f} s")
        if fmt == "csv" or fields is not None:
            export(store, "stories", fmt, stdout_bytes(), filters, fields, min_sources)  # type: ignore[arg-type]
            return
        rows = stories(store, filters, min_sources=min_sources)
    if fmt == "jsonl":
        _jsonl(rows)
        return
    columns = [Col("story_id", essential=True), Col("date", essential=True), Col("type", essential=True),
               Col("source", essential=True), Col("target", essential=True),
               Col("sources", essential=True, justify="right"), Col("outlets", flexible=True, min_width=12)]
    cells = [[s.story_id, str(s.date or ""), s.type, actor_cell(s.source), actor_cell(s.target),
              str(s.n_sources), ", ".join(s.outlets)] for s in rows]  # fmt: skip
    out.print(fit_table(f"{len(rows)} stories", columns, cells, out.width))


@app.command("explain")
def explain_cli(
    event_id: Annotated[
        str, typer.Argument(help="An event id from `seismo events --format jsonl`.")
    ],
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Why an event counts or not, and why it was merged with other reports or kept apart."""
    from seismo.analysis import explain_event, explanation_lines

    if fmt not in ("text", "json"):
        raise typer.BadParameter(f"unknown format {fmt!r}; use text or json")
    with _open_store(_settings(db), read_only=True) as store:
        explanation = explain_event(store, event_id)
    if fmt == "json":
        sys.stdout.write(explanation.model_dump_json(indent=2) + "\n")
    else:
        out.print("\n".join(explanation_lines(explanation)), highlight=False, markup=False)


@app.command("trend")
def trend_cli(
    db: DbOpt = None,
    dyad: DyadOpt = None,
    country: CountryOpt = None,
    interval: IntervalOpt = "week",
    raw: RawOpt = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    type_: TypeOpt = None,
    fmt: FmtOpt = "table",
) -> None:
    """A dyad's or country's counts per day or week, with a sparkline."""
    from seismo.analysis import trend_lines, trend_table

    _check_format(fmt)
    filters = _filters(since, until, type_)
    with _open_store(_settings(db), read_only=True) as store:
        trend = trend_table(
            store,
            dyad=dyad,
            country=country,
            interval=interval,  # type: ignore[arg-type]
            raw=raw,
            filters=filters,
        )
    if fmt == "jsonl":
        _jsonl(trend.rows)
    else:
        out.print("\n".join(trend_lines(trend)), highlight=False, markup=False)


@app.command("plot")
def plot_cli(
    output: Annotated[Path, typer.Option("--output", "-o", help="PNG file to write.")],
    db: DbOpt = None,
    dyad: DyadOpt = None,
    country: CountryOpt = None,
    interval: IntervalOpt = "week",
    raw: RawOpt = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    type_: TypeOpt = None,
) -> None:
    """Plot a dyad's or country's trend (cooperation/conflict bars, net Goldstein line) as PNG."""
    from seismo.analysis import plot_trend

    filters = _filters(since, until, type_)
    with _open_store(_settings(db), read_only=True) as store:
        trend = plot_trend(
            store,
            output,
            dyad=dyad,
            country=country,
            interval=interval,  # type: ignore[arg-type]
            raw=raw,
            filters=filters,
        )
    err.print(f"{trend.key}: {len(trend.rows)} {trend.interval}s plotted to {output}")


@app.command("alerts")
def alerts_cli(
    db: DbOpt = None,
    since: SinceOpt = None,
    window: Annotated[int, typer.Option(help="Baseline window in days.")] = 28,
    min_count: Annotated[
        int, typer.Option("--min-count", help="Conflict events needed in window.")
    ] = 5,
    threshold: Annotated[float, typer.Option(help="Robust z-score that fires an alert.")] = 3.5,
    raw: RawOpt = False,
    fmt: FmtOpt = "table",
) -> None:
    """Escalation alerts: dyads and countries whose conflict score left their own baseline."""
    from seismo.analysis import alerts

    _check_format(fmt)
    with _open_store(_settings(db), read_only=True) as store:
        found = alerts(
            store,
            since=_parse_date(since, "--since"),
            window_days=window,
            min_count=min_count,
            threshold=threshold,
            raw=raw,
        )
    if fmt == "jsonl":
        _jsonl(found)
        return
    days = f"since {since}" if since else "in the last 7 days of data"
    unit = "events" if raw else "stories"
    out.print(f"{len(found) or 'no'} alerts {days}: a day fires when its conflict score's robust z >= "
              f"{threshold:g} against the previous {window} days, with at least {min_count} conflict {unit} "
              "in the window and the day (--threshold, --window, --min-count; docs/analysis.md)",
              highlight=False, markup=False)  # fmt: skip
    for alert in found:
        out.print(f"{alert.day} {alert.kind:<7} {alert.message}", highlight=False, markup=False)


@app.command("export")
def export_cli(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    what: Annotated[str, typer.Option("--what", help="events, stories or documents.")] = "events",
    fmt: Annotated[str, typer.Option("--format", help=(
        "parquet, csv, jsonl, plover (PLOVER JSON lines of events), gdelt (GDELT 2.0 event-table TSV of story "
        "events) or gdelt-parquet (the same columns as Parquet); docs/formats.md."))] = "parquet",
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    type_: TypeOpt = None,
    actor: ActorOpt = None,
    country: CountryOpt = None,
    q: SearchOpt = None,
    context: Annotated[str | None, typer.Option(
        "--context", help="Events: PLOVER context, e.g. election (docs/contexts.md).")] = None,
    min_sources: Annotated[int, typer.Option("--min-sources", min=1, help="Stories: at least this many sources.")] = 1,
    include_duplicates: Annotated[
        bool,
        typer.Option(
            "--include-duplicates", help="Also events/documents of near-duplicate documents."
        ),
    ] = False,
    all_modalities: Annotated[
        bool,
        typer.Option(
            "--all-modalities", help="Events: also negated, hypothetical, future and denied."
        ),
    ] = False,
    fields: FieldsOpt = None,
    date_precision: PrecisionOpt = None,
) -> None:
    """Export events (with url, title and story_id), story events or documents for pandas, polars, R or DuckDB."""
    from seismo.analysis import export
    from seismo.analysis.choices import check_filters
    from seismo.commands.listing import event_filter, note_stale_stories

    if q is not None and what != "events":
        raise typer.BadParameter("--q searches events only; use --what events", param_hint="--q")
    if context is not None and (what != "events" or fmt.startswith("gdelt")):
        raise typer.BadParameter("--context filters events only; use --what events", param_hint="--context")
    filters = event_filter(since, until, type_, actor, country, q, include_duplicates=include_duplicates,
                           all_modalities=all_modalities, context=context,
                           date_precision=_parse_precisions(date_precision))  # fmt: skip
    with _open_store(_settings(db), read_only=True) as store:
        check_filters(store, filters)
        if what == "events":
            note_stale_stories(store)
        n = export(store, what, fmt, output, filters, fields, min_sources)  # type: ignore[arg-type]
    err.print(f"{n} {'story events' if fmt.startswith('gdelt') else what} written to {output}")
