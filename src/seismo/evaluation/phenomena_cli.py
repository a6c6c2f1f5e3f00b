"""Pins of the phenomenon suite in ``tests/eval_baseline.json`` and its command line.

The baseline's ``phenomena`` section maps each phenomenon to its pinned pass rate. A rate that drops
by more than the baseline's ``tolerance`` is a regression; a rate that rises is reported (pin it with
``--update``). ``--update`` refuses to lower a pin unless ``--allow-regression`` is given, and keeps
every other section of the file.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SECTION = "phenomena"
TOLERANCE = 0.01


@dataclass(frozen=True)
class RateChange:
    name: str
    pinned: float | None
    current: float | None

    def __str__(self) -> str:
        pinned = "unpinned" if self.pinned is None else f"pinned {self.pinned:.4f}"
        current = "not measured" if self.current is None else f"{self.current:.4f}"
        return f"{self.name}: {current} vs {pinned}"


def read_pins(path: Path) -> tuple[dict[str, float], float]:
    """(phenomenon -> pinned rate, tolerance) from the baseline file (empty when absent)."""
    data = json.loads(Path(path).read_text(encoding="utf-8")) if Path(path).is_file() else {}
    return {k: float(v) for k, v in (data.get(SECTION) or {}).items()}, float(data.get("tolerance", TOLERANCE))


def compare_rates(rates: Mapping[str, float], pins: Mapping[str, float],
                  tolerance: float = TOLERANCE) -> tuple[list[RateChange], list[RateChange]]:
    """(drops, rises): pinned phenomena that fell by more than ``tolerance`` (or vanished), and
    phenomena that rose above their pin (or are new)."""
    drops, rises = [], []
    for name, pinned in sorted(pins.items()):
        now = rates.get(name)
        if now is None or pinned - now > tolerance + 1e-9:
            drops.append(RateChange(name, pinned, now))
    for name, now in sorted(rates.items()):
        pinned = pins.get(name)
        if pinned is None or now > pinned + 1e-9:
            rises.append(RateChange(name, pinned, now))
    return drops, rises


def write_pins(path: Path, rates: Mapping[str, float], allow_regression: bool = False) -> list[RateChange]:
    """Pin ``rates`` in the baseline file, other sections kept. Returns the pins that would be
    lowered; when there are any and ``allow_regression`` is false, nothing is written."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8")) if Path(path).is_file() else {}
    pins = {k: float(v) for k, v in (data.get(SECTION) or {}).items()}
    lowered, _ = compare_rates(rates, pins, tolerance=0.0)
    if lowered and not allow_regression:
        return lowered
    data.setdefault("tolerance", TOLERANCE)
    data[SECTION] = {name: round(rate, 4) for name, rate in rates.items()}
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return lowered


def main(argv: Sequence[str] | None = None) -> int:
    from seismo.evaluation import phenomena as ph

    parser = argparse.ArgumentParser(prog="python -m seismo.evaluation.phenomena",
                                     description="Run the phenomenon suite and print its table.")
    parser.add_argument("--dir", type=Path, default=ph.PHENOMENA_DIR, help="folder of phenomenon YAML files")
    parser.add_argument("--only", nargs="*", default=[], help="run only these phenomena")
    parser.add_argument("--failures", action="store_true", help="print every failing case with its events")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    parser.add_argument("--baseline", type=Path, default=ph.BASELINE)
    parser.add_argument("--check", action="store_true", help="exit 1 when a rate drops below its pin")
    parser.add_argument("--update", action="store_true", help="pin the current rates in the baseline")
    parser.add_argument("--allow-regression", action="store_true", help="with --update: allow lowering a pin")
    args = parser.parse_args(argv)
    if not args.dir.is_dir():
        parser.error(f"no phenomenon folder at {args.dir}; run from a seismo checkout or pass --dir")
    report = ph.run_phenomena(args.dir, only=args.only)
    if args.json:
        print(json.dumps({"rows": ph.phenomena_rows(report), "seconds": round(report.seconds, 1),
                          "dropped": [d.__dict__ for d in report.dropped]}, indent=2, ensure_ascii=False))
    else:
        print(ph.phenomena_table(report))
        print(f"\n{sum(p.cases for p in report.phenomena)} cases in {report.seconds:.1f} s; "
              f"{len(report.dropped)} draw(s) dropped by the KB check (listed with --failures)")
    if args.failures:
        print("\n".join(ph.failure_lines(report)))
        print("\n".join(f"dropped [{d.phenomenon}] {d.reason}" for d in report.dropped))
    return _gate(report.rates, args, partial=bool(args.only))


def _gate(rates: dict[str, float], args: argparse.Namespace, partial: bool) -> int:
    pins, tolerance = read_pins(args.baseline)
    if partial:
        pins = {k: v for k, v in pins.items() if k in rates}
    drops, rises = compare_rates(rates, pins, tolerance)
    for change in rises:
        print(f"{'NEW' if change.pinned is None else 'ROSE'} {change}")
    for change in drops:
        print(f"DROPPED {change}")
    if args.update:
        if partial:
            print("refused: --update needs the whole suite (no --only)")
            return 1
        lowered = write_pins(args.baseline, rates, args.allow_regression)
        if lowered and not args.allow_regression:
            print("refused: these pins would be lowered (use --allow-regression and say why in the commit):")
            print("\n".join(f"  {c}" for c in lowered))
            return 1
        print(f"pinned {len(rates)} rates in {args.baseline}")
    return 1 if args.check and drops else 0
