"""Output options shared by the listing commands (sqlite-utils' ``output_options``).

One place decides what ``--format`` may be for a command, checks it before any work is done,
and writes tables that fit the terminal, JSON Lines or CSV to stdout (Parquet needs a file).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, BinaryIO

import typer

from seismo.commands.options import out
from seismo.models import Event

FieldsOpt = Annotated[str | None, typer.Option(
    "--fields", help="Comma-separated columns for csv, jsonl and parquet, e.g. event_id,date,url,title.")]
SearchOpt = Annotated[str | None, typer.Option(
    "--q", "--search", help="Words that must all be in the evidence sentence or the document title.")]


def check_format(fmt: str, allowed: Sequence[str]) -> str:
    """``fmt`` if this command can write it, else a one-line usage error that lists the formats."""
    if fmt not in allowed:
        raise typer.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(allowed)}", param_hint="--format")
    return fmt


def stdout_bytes() -> BinaryIO:
    """Where CSV and JSON Lines go without --output."""
    sys.stdout.flush()
    return sys.stdout.buffer


def write_events(events: list[Event], fmt: str, output: Path | None, *, all_modalities: bool = False,
                 title: str | None = None, docs: Mapping[str, Mapping[str, Any]] | None = None) -> None:
    """Events already in memory (``seismo code``, ``seismo events --parquet``) in any listing format.

    ``docs`` (doc_id -> url, title) fills the citation of ``plover`` records.
    """
    if fmt == "plover":
        write_plover_file(events, output, docs)
    elif fmt == "jsonl":
        lines = "".join(e.model_dump_json() + "\n" for e in events)
        if output:
            output.write_text(lines, encoding="utf-8")
        else:
            sys.stdout.write(lines)
    elif fmt == "table":
        from seismo.render import events_table

        kind = "events, all modalities" if all_modalities else "asserted events"
        out.print(events_table(events, out.width, title or f"{len(events)} {kind}", all_modalities=all_modalities))
    elif fmt in ("csv", "parquet"):
        if output is None and fmt == "parquet":
            raise typer.BadParameter("--format parquet needs --output FILE")
        from seismo.render import write_flat

        write_flat(events, fmt, output or stdout_bytes())
    else:
        check_format(fmt, ("table", "jsonl", "plover", "csv", "parquet"))


def write_plover_file(events: list[Event], output: Path | None,
                      docs: Mapping[str, Mapping[str, Any]] | None = None) -> int:
    """PLOVER JSON lines to ``output`` or stdout."""
    from seismo.formats import write_plover

    if output is None:
        return write_plover(events, sys.stdout, docs)
    with output.open("w", encoding="utf-8") as handle:
        return write_plover(events, handle, docs)
