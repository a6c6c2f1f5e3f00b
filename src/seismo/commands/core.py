"""The core commands: `seismo code`, `seismo ingest` and `seismo version`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from seismo import __version__
from seismo.commands.options import (
    AllowPrivateOpt,
    DbOpt,
    FormatOpt,
    InputsArg,
    KbOpt,
    OutletOpt,
    OutputOpt,
    PublishedOpt,
    QuietOpt,
    TypeModelOpt,
    _open_store,
    _settings,
    app,
    err,
    out,
    scale_options,
)

if TYPE_CHECKING:
    from seismo.scale import ScaleOptions  # imported when a command runs: it pulls in multiprocessing


def _report_rejections(rejections: list, quiet: bool) -> None:
    for rejection in rejections:
        err.print(f"[red]error[/red]: {rejection.reason}", highlight=False, markup=True)


@app.command()
@scale_options()
def code(
    inputs: InputsArg,
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    fmt: FormatOpt = "jsonl",
    all_modalities: Annotated[bool, typer.Option(
        "--all-modalities", help="Include negated, hypothetical, future and denied mentions.")] = False,
    allow_private: AllowPrivateOpt = False,
    kb: KbOpt = None,
    output: OutputOpt = None,
    model: TypeModelOpt = None,
    *,
    scale: ScaleOptions,
) -> None:
    """Code inputs into events without storing them (one JSON event per line by default)."""
    from seismo.commands.output import check_format
    from seismo.pipeline import split_inputs
    from seismo.scale import code_articles

    check_format(fmt, ("jsonl", "plover", "table", "csv", "parquet"))
    settings = _settings(published=published, kb=kb, outlet=outlet, allow_private=allow_private, type_model=model)
    articles, rejections = split_inputs(inputs, settings)
    _report_rejections(rejections, False)
    if not articles:
        raise typer.Exit(1)
    events = [e for doc in code_articles(articles, settings, scale) for e in doc.events
              if all_modalities or e.modality == "asserted"]
    from seismo.commands.output import write_events

    docs = {a.doc_id: {"url": a.url, "title": a.title} for a in articles}
    write_events(events, fmt, output, all_modalities=all_modalities, docs=docs)


@app.command()
@scale_options()
def ingest(
    inputs: InputsArg,
    db: DbOpt = None,
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    allow_private: AllowPrivateOpt = False,
    kb: KbOpt = None,
    quiet: QuietOpt = False,
    model: TypeModelOpt = None,
    *,
    scale: ScaleOptions,
) -> None:
    """Store documents and their events; re-ingesting the same input adds nothing."""
    from seismo.scale import ingest as run_ingest

    settings = _settings(db, published, kb, outlet=outlet, allow_private=allow_private, type_model=model)
    with _open_store(settings) as store, _progress(quiet) as update:
        report = run_ingest(inputs, settings, store, progress=update, scale=scale)
    _report_rejections(report.rejections, quiet)
    if not quiet:
        err.print(ingest_summary(report, settings.db), highlight=False, markup=False)
    if report.documents_seen == 0:
        raise typer.Exit(1)


def ingest_summary(report: Any, db: Path) -> str:
    """One line that says which events count: "... 135 events stored (all modalities): 100 asserted ..."."""
    line = (f"{report.added} added, {report.updated} updated, {report.skipped} already stored, "
            f"{len(report.rejections)} rejected; {report.events_added} events stored in {db} (all modalities): "
            f"{report.asserted_added} asserted, listed by `seismo events`; "
            f"{report.events_added - report.asserted_added} negated, hypothetical, future or denied "
            f"(--all-modalities)")
    if report.duplicates_added:
        line += (f"; {report.duplicates_added} near-duplicate documents, whose events are stored "
                 "but not counted (docs/dedup.md)")
    if getattr(report, "copies_carried", 0):
        line += f"; {report.copies_carried} syndicated copies not parsed (their originals' events carried)"
    return line


class _progress:
    """A rich progress bar over documents, or a no-op when quiet or not on a terminal-like stream."""

    def __init__(self, quiet: bool) -> None:
        self.bar: Progress | None = None if quiet else Progress(
            TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err)
        self.task: Any = None

    def __enter__(self) -> Callable[[int, int], None]:
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task("coding", total=None)

        def update(done: int, total: int) -> None:
            if self.bar is not None:
                self.bar.update(self.task, completed=done, total=total)
        return update

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
def version() -> None:
    """Print seismo's version."""
    out.print(f"seismo {__version__}")
