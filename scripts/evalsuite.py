"""Shared by scripts/eval_gate.py, scripts/eval_report.py and tests/eval/test_gate.py: where the
gated sets live and how to score them once.

The public gold sets are read from ``$SEISMO_GOLD_DIR`` or, by default, ``../shared/gold`` next to
the repository (the layout of the other shared data); the non-event set is in the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

from seismo.analysis.gate import Suite

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "eval_baseline.json"
NONEVENTS = ROOT / "tests" / "gold" / "nonevents.jsonl"
DOC = ROOT / "docs" / "accuracy.md"


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
