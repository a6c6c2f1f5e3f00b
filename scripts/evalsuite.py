"""Shared by scripts/eval_gate.py, scripts/eval_report.py and tests/eval/test_gate.py: where the
gated sets live and how to score them once.

The public gold sets are read from ``$SEISMO_GOLD_DIR`` or, by default, ``../shared/gold`` next to
the repository (the layout of the other shared data); the non-event set and the annotated real-news
articles (``ARTICLES``, issue 12) are in the repository.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from seismo.config import Settings
from seismo.evaluation.gate import Suite, evaluate_article_sets, gated_figures, read_baseline, regressions

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "eval_baseline.json"
NONEVENTS = ROOT / "tests" / "gold" / "nonevents.jsonl"
DOC = ROOT / "docs" / "accuracy.md"
ARTICLES = {
    "articles_dev": ROOT / "tests" / "gold" / "articles" / "dev",
    "articles_test": ROOT / "tests" / "gold" / "articles" / "test",
}


def write_json(path: Path, data: Any) -> None:
    """Write a script's figures as indented UTF-8 JSON with a final newline (its folder made if missing), the one
    shape every ``--json F`` option of the measuring scripts writes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def gold_dir() -> Path:
    return Path(os.environ.get("SEISMO_GOLD_DIR") or ROOT.parent / "shared" / "gold")


def default_suite(gold: Path | None = None) -> Suite:
    gold = gold or gold_dir()
    return Suite(
        plover_gsr=gold / "plover_gsr.jsonl",
        nonevents=NONEVENTS,
        petrarch=gold / "petrarch2_unittest",
    )


def missing(suite: Suite) -> list[Path]:
    return [p for p in (suite.plover_gsr, suite.nonevents, suite.petrarch) if not p.exists()]


def article_report(settings: Settings, review_dir: Path) -> list[Any]:
    """`make eval`'s article part: dev in full (review file under ``review_dir``), test as aggregate
    rows only, then any article pin that regressed. Returns what to print (rich tables, lines)."""
    from seismo.evaluation.render import article_set_tables
    from seismo.evaluation.review import write_review

    reports = evaluate_article_sets(ARTICLES, settings)
    out: list[Any] = []
    for name, report in reports.items():
        dev = name == "articles_dev"
        out += article_set_tables(report, per_article=dev, detail=dev)
        if dev and report.scores:
            jsonl, md = write_review(report, review_dir / f"{name}.review.jsonl")
            out.append(f"review of {name} written to {jsonl} and {md}")
    figures = gated_figures(reports)
    out += [f"REGRESSION {change}" for change in regressions(figures, read_baseline(BASELINE))]
    return out
