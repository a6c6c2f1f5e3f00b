"""The `seismo` command line: thin shells over library calls, errors as one line on stderr."""

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
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from seismo import __version__
from seismo.config import Settings
from seismo.errors import SeismoError
from seismo.models import DatePrecision

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
    "--candidate-filter", help="Parse only sentences with a trigger word (faster).")]


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


def _settings(db: Path | None = None, published: str | None = None, kb: list[Path] | None = None,
              **extra: Any) -> Settings:
    env_kb = [Path(p) for p in os.environ.get("SEISMO_KB", "").split(":") if p]
    kwargs: dict[str, Any] = {k: v for k, v in extra.items() if v is not None}
    if db is not None:
        kwargs["db"] = db
    kwargs["kb"] = [*env_kb, *(kb or [])]
    kwargs["published"] = _parse_date(published, "--published")
    for path in kwargs["kb"]:
        if not Path(path).is_file():
            raise typer.BadParameter(f"knowledge-base file {path} does not exist")
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
    from seismo.pipeline import code_articles, split_inputs

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
    from seismo.pipeline import ingest as run_ingest

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


def main() -> None:
    """Entry point: library errors become one line on stderr and exit code 1, never a traceback."""
    try:
        result = app(standalone_mode=False)
    except SeismoError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(130)
    except Exception as exc:  # click usage errors and anything unexpected: one line, no traceback
        _unexpected(exc)
    sys.exit(result if isinstance(result, int) else 0)


def _unexpected(exc: Exception) -> None:
    if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # click/typer usage errors
        err.print(f"[red]error[/red]: {exc.format_message()}", highlight=False)
        sys.exit(exc.exit_code)
    if os.environ.get("SEISMO_DEBUG"):
        raise exc
    err.print(f"[red]error[/red]: E999 unexpected {type(exc).__name__}: {exc} (set SEISMO_DEBUG=1 for details)",
              highlight=False)
    sys.exit(1)


import seismo.commands  # noqa: E402,F401  (registers the commands defined in seismo/commands/)
