"""`seismo actor`: show how a name resolves on a date, and why (the knowledge base, audited)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from seismo.commands.options import KbOpt, _parse_date, _settings, app, out


def resolve_actor(name: str, on: str | None, kb_files: list[Path]) -> dict[str, object] | None:
    """The actor fields a name resolves to on a date, with the reason and the ambiguity flag."""
    from seismo.kb import load_kb

    found = load_kb(kb_files).resolve_phrase(name, _parse_date(on, "--date"))
    if found is None:
        return None
    return {**found.actor.model_dump(), "reason": found.reason, "ambiguous": found.ambiguous}


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help='A name or phrase, e.g. "President Biden" or "Russian troops".')],
    date: Annotated[str | None, typer.Option("--date", help="Resolve roles valid on this date (YYYY-MM-DD).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    kb: KbOpt = None,
) -> None:
    """Show how a name resolves to an actor code on a date, and why."""
    from seismo.commands.output import check_format

    check_format(fmt, ("text", "json"))
    settings = _settings(kb=kb)
    result = resolve_actor(name, date, list(settings.kb))
    if fmt == "json":
        out.print_json(json.dumps(result))
    elif result is None:
        out.print(f"{name!r}: not a known actor")
    else:
        flag = " (ambiguous)" if result["ambiguous"] else ""
        out.print(f"{name!r} -> {result['code'] or 'no code'}{flag}: {result['reason']}", highlight=False)
    if result is None:
        raise typer.Exit(1)
