"""The accuracy quality gate: which figures are pinned, how they are compared, how the pins move.

``tests/eval_baseline.json`` pins the figures below. A check fails when a figure is worse than its
pin by more than the tolerance (0.01). Raising pins is a normal commit (``scripts/eval_gate.py
--update``); an update that would make any pin worse is refused unless ``allow_regression`` is set.

    {"tolerance": 0.01,
     "plover_gsr": {"type_recall": 0.48, ...},
     "nonevents":  {"false_positive_share": 0.03},      # lower is better
     "petrarch":   {"type_actor_accuracy": 0.03, ...},
     "articles_dev": {"must_recall": 0.41, "must_not_violations": 3, "precision": 0.52},
     "articles_test": {...}}

The article sets (tests/gold/articles/{dev,test}, issue 12) are pinned like the others; a count of
must_not violations may not rise at all (1 > tolerance). A pin written ``null`` is not checked: a
folder whose files list no item yet measures nothing, and that is not an error. Only the sets that
were measured are compared, so the three gold sets and the article sets can be checked apart.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.config import Settings
from seismo.evaluation import ArticleSetReport, evaluate_article_folder
from seismo.evaluation.goldsets import read_gold_jsonl
from seismo.evaluation.scoring import (
    GoldSetReport,
    PetrarchReport,
    evaluate_gold_set,
    evaluate_petrarch,
)

HIGHER, LOWER = "higher", "lower"
TOLERANCE = 0.01
# set -> figure -> which direction is better
GATED: dict[str, dict[str, str]] = {
    "plover_gsr": {
        "type_recall": HIGHER,
        "type_micro_f1": HIGHER,
        "type_macro_f1": HIGHER,
        "dyad_f1": HIGHER,
        "relevance_f1": HIGHER,
        "context_micro_f1": HIGHER,
    },
    "nonevents": {"false_positive_share": LOWER},
    "petrarch": {"type_actor_accuracy": HIGHER, "noevent_accuracy": HIGHER},
    "articles_dev": {"must_recall": HIGHER, "must_not_violations": LOWER, "precision": HIGHER},
    "articles_test": {"must_recall": HIGHER, "must_not_violations": LOWER, "precision": HIGHER},
}
Report = GoldSetReport | PetrarchReport | ArticleSetReport

Figures = dict[str, dict[str, float]]


@dataclass(frozen=True)
class Change:
    """A figure that moved against its pin (``worse`` by how much, always >= 0 when worse)."""

    set: str
    figure: str
    pinned: float
    current: float
    direction: str

    @property
    def worse(self) -> float:
        delta = self.pinned - self.current
        return delta if self.direction == HIGHER else -delta

    def __str__(self) -> str:
        return (
            f"{self.set}.{self.figure}: {self.current:.4f} vs pinned {self.pinned:.4f} "
            f"({'higher' if self.direction == HIGHER else 'lower'} is better)"
        )


def gated_figures(reports: Mapping[str, Report]) -> Figures:
    """The pinned figures of each evaluated set, rounded to 4 decimals (a figure that could not be
    measured, as in an article folder with nothing annotated yet, is left out)."""
    out: Figures = {}
    for name in GATED:
        if name in reports:
            figures: Mapping[str, float | None] = reports[name].figures()
            out[name] = {f: round(v, 4) for f in GATED[name] if (v := figures.get(f)) is not None}
    return out


def _changes(current: Figures, baseline: Mapping[str, Any]) -> list[Change]:
    out = []
    for name, figures in GATED.items():
        if name not in current:  # not measured in this run (the article sets are checked apart)
            continue
        for figure, direction in figures.items():
            pinned = (baseline.get(name) or {}).get(figure)
            if pinned is None:
                continue
            now = (current.get(name) or {}).get(figure)
            if now is None:
                raise KeyError(f"{name}.{figure} is pinned but was not measured")
            out.append(Change(name, figure, float(pinned), float(now), direction))
    return out


def regressions(
    current: Figures, baseline: Mapping[str, Any], tolerance: float | None = None
) -> list[Change]:
    """Pinned figures that are worse than their pin by more than the tolerance."""
    tol = float(baseline.get("tolerance", TOLERANCE)) if tolerance is None else tolerance
    return [c for c in _changes(current, baseline) if c.worse > tol + 1e-9]


def update_baseline(
    current: Figures, baseline: Mapping[str, Any], allow_regression: bool = False
) -> tuple[dict[str, Any], list[Change]]:
    """(new baseline, refused changes). Any pin that would get worse refuses the whole update
    unless ``allow_regression``; the new baseline is then returned unchanged."""
    worse = [c for c in _changes(current, baseline) if c.worse > 1e-9]
    if worse and not allow_regression:
        return dict(baseline), worse
    new: dict[str, Any] = {"tolerance": baseline.get("tolerance", TOLERANCE)}
    for name in GATED:
        if name in current:  # a figure not measured keeps its pin (null while nothing is annotated)
            new[name] = {**(baseline.get(name) or {}), **current[name]}
        elif name in baseline:
            new[name] = dict(baseline[name])
    for key, value in baseline.items():  # sections pinned by other suites (phenomena) are kept
        new.setdefault(key, value)
    return new, worse


def read_baseline(path: Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8")) if Path(path).is_file() else {}


def write_baseline(path: Path, baseline: Mapping[str, Any]) -> None:
    Path(path).write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Suite:
    """Where the three gated sets live."""

    plover_gsr: Path
    nonevents: Path
    petrarch: Path


def evaluate_suite(suite: Suite, settings: Settings) -> dict[str, GoldSetReport | PetrarchReport]:
    """Code and score the three gated sets (about 20 s with the small English model)."""
    reports: dict[str, GoldSetReport | PetrarchReport] = {}
    reports["plover_gsr"] = evaluate_gold_set(
        "plover_gsr", read_gold_jsonl(suite.plover_gsr), settings
    )
    reports["nonevents"] = evaluate_gold_set(
        "nonevents", read_gold_jsonl(suite.nonevents), settings
    )
    reports["petrarch"] = evaluate_petrarch(suite.petrarch, settings)
    return reports


def evaluate_article_sets(folders: Mapping[str, Path], settings: Settings) -> dict[str, ArticleSetReport]:
    """Code and score the annotated article folders (``articles_dev``, ``articles_test``) that exist.

    Articles whose YAML lists no item are neither coded nor scored (docs/evaluation.md).
    """
    return {
        name: evaluate_article_folder(path, settings, name=name)
        for name, path in folders.items()
        if Path(path).is_dir()
    }
