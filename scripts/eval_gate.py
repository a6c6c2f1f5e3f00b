#!/usr/bin/env python3
"""Accuracy quality gate: compare the gated figures with tests/eval_baseline.json.

    python scripts/eval_gate.py                          # exit 1 if a figure is worse by > 0.01
    python scripts/eval_gate.py --update      # pin the current figures (refuses to lower one)
    python scripts/eval_gate.py --update --allow-regression   # lower pins; say why in the commit

Sets: ../shared/gold/plover_gsr.jsonl, tests/gold/nonevents.jsonl,
../shared/gold/petrarch2_unittest/ (``--gold DIR`` or SEISMO_GOLD_DIR to read the shared sets
elsewhere) and the annotated articles tests/gold/articles/{dev,test} (pins stay null until annotated).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalsuite import ARTICLES, BASELINE, default_suite, missing

from seismo.config import Settings
from seismo.evaluation.gate import (
    evaluate_article_sets,
    evaluate_suite,
    gated_figures,
    read_baseline,
    regressions,
    update_baseline,
    write_baseline,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--update", action="store_true", help="rewrite the baseline with the current figures"
    )
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --update: allow lowering a pin"
    )
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    parser.add_argument(
        "--gold",
        type=Path,
        default=None,
        help="folder with plover_gsr.jsonl and petrarch2_unittest/",
    )
    args = parser.parse_args(argv)
    suite = default_suite(args.gold)
    if absent := missing(suite):
        print(
            f"error: gold data not found: {', '.join(map(str, absent))} "
            "(set SEISMO_GOLD_DIR or --gold)",
            file=sys.stderr,
        )
        return 2
    settings = Settings(kb=[], type_model=False)  # pins measure the rules: the GSR and dev train the type model
    current = gated_figures({**evaluate_suite(suite, settings), **evaluate_article_sets(ARTICLES, settings)})
    baseline = read_baseline(args.baseline)
    for name, figures in current.items():
        shown = ", ".join(f"{k} {v:.4f}" for k, v in figures.items())
        print(f"{name}: {shown or 'nothing measured (no annotated article yet)'}")
    if args.update:
        new, worse = update_baseline(current, baseline, args.allow_regression)
        if worse and not args.allow_regression:
            print(
                "refused: these figures would be lowered (use --allow-regression and give "
                "the reason in the "
                "commit message):",
                file=sys.stderr,
            )
            for change in worse:
                print(f"  {change}", file=sys.stderr)
            return 1
        write_baseline(args.baseline, new)
        print(
            f"baseline written to {args.baseline}"
            + (f" ({len(worse)} figure(s) lowered)" if worse else "")
        )
        return 0
    failed = regressions(current, baseline)
    for change in failed:
        print(f"REGRESSION {change}", file=sys.stderr)
    if not baseline:
        print(f"no baseline at {args.baseline}; run with --update to create it", file=sys.stderr)
        return 1
    print("gate: ok" if not failed else f"gate: {len(failed)} regression(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
