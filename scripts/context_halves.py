#!/usr/bin/env python3
"""GSR context scores by half, so that context rules are developed on one half and judged on the other.

    python scripts/context_halves.py                # whole / even / odd micro P/R/F1 and per-context rows
    python scripts/context_halves.py --errors       # + the EVEN half's context errors, one per record
    python scripts/context_halves.py --json F       # also write the figures (and even-half errors) to F

The PLOVER GSR is a test set: its 322 records are split by position, even index (0, 2, ...) the development
half whose errors may be read, odd index held out (only its figures are printed, never its records). A
context rule is kept only when it is a cue or rule the manual's definition justifies and the odd half does
not fall (docs/contexts.md). Coding uses the settings of ``make eval`` (knowledge base off, no type model),
so the whole-GSR figure is the pinned one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalsuite import gold_dir, write_json

from seismo.config import Settings
from seismo.evaluation import quality as q
from seismo.evaluation.context_score import context_scores, covered, gold_contexts, predicted_contexts
from seismo.evaluation.goldsets import read_gold_jsonl
from seismo.evaluation.scoring import code_texts

SETTINGS = Settings(kb=[], type_model=False)


def halves(records):
    """(name, records) for the whole set, the even half (development) and the odd half (held out)."""
    return [("whole", records), ("even", records[0::2]), ("odd", records[1::2])]


def row(name: str, prf: q.PRF) -> str:
    return f"{name:24s} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}  ({prf.tp}/{prf.fp}/{prf.fn})"


def even_errors(records, events) -> list[dict]:
    """The even half's records whose coded contexts differ from gold's (after the old-name mapping)."""
    out = []
    for record in records[0::2]:
        coded = predicted_contexts(events.get(record.id, ()))
        gold = gold_contexts(record.meta, coded)
        if gold is None:
            continue
        coded = coded - (covered(record.meta) - gold)
        if coded != gold:
            out.append(
                {
                    "id": record.id,
                    "text": record.text,
                    "gold_old": record.meta.get("context"),
                    "missed": sorted(gold - coded),
                    "extra": sorted(coded - gold),
                    "events": [f"{e.type}/{e.mode} {sorted(e.contexts)}" for e in events.get(record.id, ())],
                }
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="print the even half's context errors")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args(argv)
    records = read_gold_jsonl(gold_dir() / "plover_gsr.jsonl")
    events = code_texts(((r.id, r.text, r.published) for r in records), SETTINGS)
    out: dict = {}
    for name, part in halves(records):
        micro, _, per = context_scores(part, events)
        print(row(f"== {name} ({len(part)})", micro))
        if name != "whole":
            for context, prf in per.items():
                print("   " + row(context, prf))
        out[name] = {"p": micro.precision, "r": micro.recall, "f1": micro.f1,
                     "per": {c: [p.tp, p.fp, p.fn] for c, p in per.items()}}  # fmt: skip
    if args.errors:
        out["even_errors"] = even_errors(records, events)
        for err in out["even_errors"]:
            print(f"\n{err['id']} gold={err['gold_old']!r} missed={err['missed']} extra={err['extra']}")
            print(f"  {err['text']}")
            for line in err["events"]:
                print(f"    {line}")
    if args.json:
        write_json(args.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
