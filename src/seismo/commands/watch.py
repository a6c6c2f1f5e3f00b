"""`seismo watch`: keep ingesting new items from a folder or a feed (issue 7)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from seismo.commands.options import (
    AllowPrivateOpt,
    DbOpt,
    KbOpt,
    OutletOpt,
    PublishedOpt,
    QuietOpt,
    _settings,
    app,
    err,
    scale_options,
)

if TYPE_CHECKING:
    from seismo.scale import ScaleOptions


@app.command()
@scale_options(parts=False)
def watch(
    source: Annotated[str, typer.Argument(help="A folder to watch, or a feed/page URL to re-read.")],
    every: Annotated[str, typer.Option("--every", help="Time between cycles: 30s, 5m, 1h.")] = "5m",
    once: Annotated[bool, typer.Option("--once", help="Run one cycle and exit.")] = False,
    max_cycles: Annotated[int | None, typer.Option("--max-cycles", min=1, help="Stop after N cycles.")] = None,
    max_items: Annotated[int, typer.Option("--max-items", min=1, help="At most N new files per cycle.")] = 500,
    state: Annotated[Path | None, typer.Option("--state", help="State file (default DB.watch.json).")] = None,
    db: DbOpt = None,
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    allow_private: AllowPrivateOpt = False,
    kb: KbOpt = None,
    *,
    scale: ScaleOptions,
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

    def show(r: CycleReport) -> None:
        if not quiet:
            err.print(f"cycle {r.cycle}: {r.inputs} inputs, {r.added} added, {r.updated} updated, "
                      f"{r.skipped} already stored, {r.rejected} rejected; {r.events_added} events "
                      f"({r.asserted_added} asserted)",
                      highlight=False)

    try:
        run_watch(source, settings, seconds, once=once, max_cycles=max_cycles, state_path=state,
                  scale=scale, max_items=max_items, on_cycle=show)
    except KeyboardInterrupt:
        err.print("stopped; the next run resumes from the saved state")
