"""What the commands share: the typer app they register on, the consoles, the common options and helpers.

Below every command module and ``seismo.cli`` (which only assembles the app), so that imports run one way.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import os
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, get_args

import typer
from rich.console import Console

from seismo.config import Settings
from seismo.errors import SeismoError
from seismo.models import DatePrecision
from seismo.store import EventFilter

if TYPE_CHECKING:
    from seismo.scale import ScaleOptions  # imported when a command runs: it pulls in multiprocessing

app = typer.Typer(help="seismo: news in, auditable political event data out.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
_WIDTH = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "160"))
out = Console(soft_wrap=True, width=_WIDTH)
err = Console(stderr=True, soft_wrap=True)

DbOpt = Annotated[Path | None, typer.Option("--db", help="DuckDB file (default ./seismo.duckdb, env SEISMO_DB).")]
PublishedOpt = Annotated[str | None, typer.Option(
    "--published", help="Publication date (YYYY-MM-DD) for inputs without one.")]
KbOpt = Annotated[list[Path] | None, typer.Option(
    "--kb", help="Extra knowledge-base YAML file(s) (env SEISMO_KB, ':'-separated).")]
FormatOpt = Annotated[str, typer.Option("--format", help="table, jsonl, plover (PLOVER JSON lines), csv or parquet.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
InputsArg = Annotated[list[str], typer.Argument(help="Files, directories, URLs or - for stdin.")]
OutletOpt = Annotated[str | None, typer.Option(help="Outlet name for inputs without one.")]
AllowPrivateOpt = Annotated[bool, typer.Option("--allow-private", help="Allow URLs on private/loopback addresses.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; errors only.")]
TypeModelOpt = Annotated[bool | None, typer.Option(
    "--model/--no-model", help="Let the learned type scorer re-read the rules' event types (docs/model.md); "
    "default: env SEISMO_TYPE_MODEL, else off (--no-model: the rules alone).")]
# issue 7: scaling options shared by `code`, `ingest` and `watch` through @scale_options (see docs/scaling.md)
WorkersOpt = Annotated[int, typer.Option(
    "--workers", min=1, help="Code on N processes of this machine (one store writer).")]
SchedulerOpt = Annotated[str | None, typer.Option(
    "--scheduler", help="Dask scheduler address, e.g. tcp://HOST:8786.")]
DaskLocalOpt = Annotated[int, typer.Option(
    "--dask-local", min=0, help="Start a Dask LocalCluster of N processes on 127.0.0.1.")]
PartsOpt = Annotated[str | None, typer.Option(
    "--parts", help="Where Dask workers write Parquet parts (fsspec URL; default a temp folder).")]
FilterOpt = Annotated[bool, typer.Option(
    "--candidate-filter",
    help="Parse only sentences with a trigger word and an actor mention, and their context (faster; ~99% of events).")]


def _parse_date(value: str | None, what: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{what} {value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None


PrecisionOpt = Annotated[list[str] | None, typer.Option(
    "--date-precision", help="Only events whose date was found this way (repeatable): day, week, month, year, "
    "published (no date in the text: dated on publication).")]


def _parse_precisions(values: list[str] | None) -> list[str] | None:
    """``--date-precision`` values, checked against ``DatePrecision`` with a message naming the choices."""
    if not values:
        return None
    known = get_args(DatePrecision)
    for value in values:
        if value.lower() not in known:
            raise typer.BadParameter(f"--date-precision {value!r}: use one of {', '.join(known)}")
    return [v.lower() for v in values]


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


def _settings(db: Path | None = None, published: str | None = None, kb: list[Path] | None = None,
              **extra: Any) -> Settings:
    env_kb = [Path(p) for p in os.environ.get("SEISMO_KB", "").split(":") if p]
    kwargs: dict[str, Any] = {k: v for k, v in extra.items() if v is not None}
    if db is not None:
        kwargs["db"] = db
    kwargs["kb"] = [*env_kb, *(kb or [])]
    kwargs["context_files"] = [Path(p) for p in os.environ.get("SEISMO_CONTEXTS", "").split(":") if p]
    kwargs["published"] = _parse_date(published, "--published")
    for path in kwargs["kb"]:
        if not Path(path).is_file():
            raise typer.BadParameter(f"knowledge-base file {path} does not exist")
    for path in kwargs["context_files"]:
        if not Path(path).is_file():
            raise typer.BadParameter(f"context file {path} (SEISMO_CONTEXTS) does not exist")
    return Settings(**kwargs)


def _open_store(settings: Settings, read_only: bool = False):
    from seismo.store import Store

    if read_only and not Path(settings.db).exists():
        raise SeismoError(f"{settings.db}: no such database; run `seismo ingest` first", "S004")
    parent = Path(settings.db).parent
    if not read_only and str(settings.db) != ":memory:" and not parent.exists():
        err.print(f"note: created directory {parent} for the database {settings.db}")
    return Store.open(settings.db, read_only=read_only)


_SCALE_OPTIONS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
    for name, annotation, default in (("workers", WorkersOpt, 1), ("scheduler", SchedulerOpt, None),
                                      ("dask_local", DaskLocalOpt, 0), ("parts", PartsOpt, None),
                                      ("candidate_filter", FilterOpt, False))
]
Command = Callable[..., Any]


def scale_options(*, parts: bool = True) -> Callable[[Command], Command]:
    """Give a command the scaling options in place of its ``scale`` parameter, which gets one ``ScaleOptions``.

    One definition for the commands that code (sqlite-utils' ``output_options``); ``--help`` lists the options
    where ``scale`` stands. ``parts=False`` leaves out ``--parts`` (``watch`` writes no Dask parts).
    """
    options = [p for p in _SCALE_OPTIONS if parts or p.name != "parts"]

    def decorate(command: Command) -> Command:
        @functools.wraps(command)
        def run(**kwargs: Any) -> Any:  # typer passes every parameter by name
            scale = _scale(**{p.name: kwargs.pop(p.name) for p in options})
            return command(**kwargs, scale=scale)

        params = [q for p in inspect.signature(command).parameters.values()
                  for q in (options if p.name == "scale" else [p])]
        # typer takes __signature__ as it is, so resolve the command's string annotations (PEP 563) here, in
        # its module; scale's own is dropped unresolved (ScaleOptions is only imported when a command runs).
        run.__annotations__ = {p.name: p.annotation for p in params}
        hints = typing.get_type_hints(run, include_extras=True)
        run.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [p.replace(kind=inspect.Parameter.KEYWORD_ONLY, annotation=hints[p.name]) for p in params])
        return run

    return decorate


def _scale(workers: int = 1, scheduler: str | None = None, dask_local: int = 0, parts: str | None = None,
           candidate_filter: bool = False) -> ScaleOptions:
    from seismo.scale import ScaleOptions

    try:
        return ScaleOptions(workers=workers, scheduler=scheduler, dask_local=dask_local, parts=parts,
                            candidate_filter=candidate_filter)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
