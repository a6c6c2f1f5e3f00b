"""`seismo eval` (accuracy against a gold set) and `seismo kb import-petrarch` (importer).

Thin shells: the work is in ``seismo.evaluation.scoring`` (JSONL gold sets, PETRARCH records),
``seismo.evaluation`` (folders of annotated articles) and ``seismo.kb.petrarch``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from seismo.commands.options import KbOpt, _settings, app, err, out


def _kb_app() -> typer.Typer:
    """The `seismo kb` group: reuse one registered by another module, else create it."""
    for group in app.registered_groups:
        if group.name == "kb" and group.typer_instance is not None:
            return group.typer_instance
    kb = typer.Typer(help="Knowledge-base tools (import dictionaries).", no_args_is_help=True)
    app.add_typer(kb, name="kb")
    return kb


kb_app = _kb_app()


def _write_misses(path: Path, misses: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for miss in misses:
            fh.write(json.dumps(miss, ensure_ascii=False) + "\n")
    err.print(f"{len(misses)} misses written to {path}")


def _eval_articles(folder: Path, settings: Any, fmt: str, review: Path | None, per_article: bool,
                   limit: int | None, aggregate: bool) -> None:
    """`seismo eval FOLDER`: score a folder of annotated articles (docs/evaluation.md).

    ``aggregate`` (asked, or forced by a held-out folder's HELD_OUT file) prints totals only and writes no review.
    """
    from seismo.evaluation import evaluate_article_folder
    from seismo.evaluation.gold import is_held_out
    from seismo.evaluation.render import article_set_tables
    from seismo.evaluation.review import write_review

    if is_held_out(folder) and not aggregate:
        err.print(f"{folder} is held out (HELD_OUT): aggregate figures only, no review file")
        aggregate = True
    report = evaluate_article_folder(folder, settings, limit=limit)
    if review is not None and report.scores and not aggregate:
        jsonl, md = write_review(report, review)
        err.print(f"review written to {jsonl} and {md}")
    if fmt == "json":
        data = report.to_json(per_article and not aggregate, detail=not aggregate)
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    for table in article_set_tables(report, per_article=per_article and not aggregate, detail=not aggregate):
        out.print(table)


@app.command("eval")
def eval_cli(
    gold_set: Annotated[
        Path | None,
        typer.Argument(
            help="Gold set in the common JSONL format, or a folder of annotated articles "
            "(<id>.txt + <id>.yaml, docs/annotation.md)."
        ),
    ] = None,
    petrarch: Annotated[
        Path | None,
        typer.Option(
            "--petrarch",
            help="Folder with PETR.UnitTest.records.xml and PETR.Validate.{actors,agents}.txt.",
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    misses: Annotated[
        Path | None,
        typer.Option(
            "--misses",
            help="Write the records with errors (gold and coded events side by side) as JSONL.",
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N records (or articles).")] = None,
    cameo_table: Annotated[
        Path | None,
        typer.Option(
            "--cameo-table",
            help="CAMEO->PLOVER table for --petrarch (default: the bundled 2021 table).",
        ),
    ] = None,
    kb: KbOpt = None,
    review: Annotated[
        Path | None,
        typer.Option(
            "--review",
            help="Article folders: where to write the review file (JSONL, and Markdown next to it; "
            "default build/eval/<folder>.review.jsonl).",
        ),
    ] = None,
    no_review: Annotated[
        bool, typer.Option("--no-review", help="Article folders: write no review file.")
    ] = False,
    per_article: Annotated[
        bool, typer.Option("--per-article", help="Article folders: one row per article too.")
    ] = False,
    aggregate: Annotated[
        bool,
        typer.Option(
            "--aggregate",
            help="Article folders: totals only (no per-article rows, must_not lines or review file); "
            "always so for a folder holding a HELD_OUT file.",
        ),
    ] = False,
    phenomena: Annotated[
        bool,
        typer.Option(
            "--phenomena",
            help="Run the phenomenon suite (tests/phenomena, docs/phenomena.md) and print its table.",
        ),
    ] = False,
) -> None:
    """Code a gold set and report relevance, event-type, quad-class and dyad accuracy.

    A folder of annotated articles gives must/should recall, precision, must_not violations, per-field agreement.
    """
    from seismo.evaluation import render
    from seismo.evaluation.goldsets import read_gold_jsonl
    from seismo.evaluation.scoring import evaluate_gold_set, evaluate_petrarch

    if fmt not in ("table", "json"):
        raise typer.BadParameter(f"unknown format {fmt!r}; use table or json")
    if phenomena:
        _phenomena(fmt)
        return
    if (gold_set is None) == (petrarch is None):
        raise typer.BadParameter("give a gold set file or --petrarch DIR (one of them)")
    settings = _settings(kb=kb)
    if gold_set is not None and gold_set.is_dir():
        if misses is not None:
            raise typer.BadParameter("--misses is for JSONL gold sets; an article folder writes --review")
        target = None if no_review else (review or Path("build") / "eval" / f"{gold_set.name}.review.jsonl")
        _eval_articles(gold_set, settings, fmt, target, per_article, limit, aggregate)
        return
    if petrarch is not None:
        report: Any = evaluate_petrarch(petrarch, settings, cameo_table, limit)
        tables = render.petrarch_tables(report)
    else:
        assert gold_set is not None
        records = read_gold_jsonl(gold_set, limit)
        report = evaluate_gold_set(gold_set.stem, records, settings)
        tables = render.gold_tables(report)
    if misses is not None:
        _write_misses(misses, report.misses)
    if fmt == "json":
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
        return
    for table in tables:
        out.print(table)


def _phenomena(fmt: str) -> None:
    from seismo.evaluation.phenomena import PHENOMENA_DIR, phenomena_rows, phenomena_table, run_phenomena

    if not PHENOMENA_DIR.is_dir():
        raise typer.BadParameter(f"no phenomenon folder at {PHENOMENA_DIR}; run from a seismo checkout")
    report = run_phenomena()
    if fmt == "json":
        sys.stdout.write(json.dumps(phenomena_rows(report), indent=2, ensure_ascii=False) + "\n")
    else:  # plain Markdown: the rows hold brackets that rich would read as markup
        sys.stdout.write(phenomena_table(report) + "\n")
    err.print(f"{sum(p.cases for p in report.phenomena)} cases in {report.seconds:.1f} s")


@kb_app.command("import-petrarch")
def import_petrarch_cli(
    actors: Annotated[
        Path,
        typer.Argument(help="TABARI/PETRARCH actor dictionary (e.g. PETR.Validate.actors.txt)."),
    ],
    agents: Annotated[
        Path | None, typer.Argument(help="Agent dictionary (e.g. PETR.Validate.agents.txt).")
    ] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="User-KB YAML file to write.")
    ] = Path("my_kb.yaml"),
) -> None:
    """Convert PETRARCH actor (dated roles) and agent dictionaries into a user-KB YAML file."""
    from seismo.kb.petrarch import import_petrarch

    report = import_petrarch(actors, agents, output)
    skipped = (
        f"; {len(report.skipped)} without a code skipped ({', '.join(report.skipped[:5])})"
        if report.skipped
        else ""
    )
    err.print(
        f"{report.actors} actors and {report.agents} agent nouns written to {output}{skipped}; "
        f"use it with --kb {output}"
    )
