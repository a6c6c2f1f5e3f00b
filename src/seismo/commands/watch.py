"""`seismo watch`: keep ingesting new items from a folder or a feed (issue 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from seismo.cli import (
    DaskLocalOpt,
    DbOpt,
    FilterOpt,
    KbOpt,
    PublishedOpt,
    QuietOpt,
    SchedulerOpt,
    WorkersOpt,
    _scale,
    _settings,
    app,
    err,
)


@app.command()
def watch(
    source: Annotated[str, typer.Argument(help="A folder to watch, or a feed/page URL to re-read.")],
    every: Annotated[str, typer.Option("--every", help="Time between cycles: 30s, 5m, 1h.")] = "5m",
    once: Annotated[bool, typer.Option("--once", help="Run one cycle and exit.")] = False,
    max_cycles: Annotated[int | None, typer.Option("--max-cycles", min=1, help="Stop after N cycles.")] = None,
    max_items: Annotated[int, typer.Option("--max-items", min=1, help="At most N new files per cycle.")] = 500,
    state: Annotated[Path | None, typer.Option("--state", help="State file (default DB.watch.json).")] = None,
    db: DbOpt = None,
    published: PublishedOpt = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for inputs without one.")] = None,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Allow URLs on private/loopback addresses.")] = False,
    kb: KbOpt = None,
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
    dask_local: DaskLocalOpt = 0,
    candidate_filter: FilterOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Ingest new items from a folder or feed every --every, remembering what was seen."""
    from seismo.scale.watch import CycleReport, parse_every
    from seismo.scale.watch import watch as run_watch

    try:
        seconds = parse_every(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    settings = _settings(db, published, kb, outlet=outlet, allow_private=allow_private)
    scale = _scale(workers, scheduler, dask_local, None, candidate_filter)

    def show(r: CycleReport) -> None:
        if not quiet:
            err.print(f"cycle {r.cycle}: {r.inputs} inputs, {r.added} added, {r.updated} updated, "
                      f"{r.skipped} already stored, {r.rejected} rejected; {r.events_added} events",
                      highlight=False)

    try:
        run_watch(source, settings, seconds, once=once, max_cycles=max_cycles, state_path=state,
                  scale=scale, max_items=max_items, on_cycle=show)
    except KeyboardInterrupt:
        err.print("stopped; the next run resumes from the saved state")
