"""Every event the coder finds on the dev articles, the sample articles, the seed and the gold sets, as JSON.

A speed change that claims to change nothing is checked with it: snapshot before, snapshot after,
compare (``--compare OLD.json``): event ids and every field must be identical.

    python scripts/events_snapshot.py build/snap-before.json
    python scripts/events_snapshot.py build/snap-after.json --compare build/snap-before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from seismo.config import Settings
from seismo.evaluation.articles import code_cases
from seismo.evaluation.gold import read_article_folder
from seismo.evaluation.goldsets import read_gold_jsonl
from seismo.evaluation.scoring import code_texts
from seismo.pipeline import code_articles, split_inputs

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def snapshot() -> dict[str, list[dict]]:
    settings = Settings()
    out: dict[str, list[dict]] = {}
    for case_id, coded in code_cases(read_article_folder(ROOT / "tests/gold/articles/dev"), settings).items():
        out[f"dev/{case_id}"] = coded if isinstance(coded, str) else [e.model_dump(mode="json") for e in coded[1]]
    samples, _ = split_inputs([str(ROOT / "examples"), str(SHARED / "seed/article.txt")], settings)
    for doc in code_articles(samples, settings):  # the sample articles and the seed
        out[f"samples/{doc.article.source}"] = [e.model_dump(mode="json") for e in doc.events]
    for path in (SHARED / "gold/plover_gsr.jsonl", ROOT / "tests/gold/nonevents.jsonl"):
        records = read_gold_jsonl(path)
        for rid, events in code_texts(((r.id, r.text, r.published) for r in records), settings).items():
            out[f"{path.stem}/{rid}"] = [e.model_dump(mode="json") for e in events]
    return out


def compare(new: dict, old: dict) -> list[str]:
    diffs = [f"{k}: only in one snapshot" for k in sorted(set(new) ^ set(old))]
    for key in sorted(set(new) & set(old)):
        if new[key] != old[key]:
            a, b = {e["event_id"]: e for e in old[key]}, {e["event_id"]: e for e in new[key]}
            diffs.append(f"{key}: ids -{sorted(set(a) - set(b))} +{sorted(set(b) - set(a))}, "
                         f"fields differ in {[i for i in set(a) & set(b) if a[i] != b[i]]}, "
                         f"order {'same' if list(a) == list(b) else 'differs'}")
    return diffs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args()
    snap = snapshot()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(snap, indent=0, sort_keys=True))
    n = sum(len(v) for v in snap.values() if isinstance(v, list))
    print(f"{len(snap)} documents, {n} events -> {args.out}")
    if args.compare:
        diffs = compare(snap, json.loads(args.compare.read_text()))
        print("\n".join(diffs[:30]) or "identical")
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
