#!/usr/bin/env python3
"""Learned contexts beside the lexicon, by nested cross-validation on the PLOVER GSR (issue 16, docs/contexts.md).

    python scripts/context_cv.py                 # cheap features (lemmas, event type/mode, actor sectors)
    python scripts/context_cv.py --encoder       # also the MiniLM sentence embedding (seismo[model])
    python scripts/context_cv.py --dev           # + what the best cheap variant would change on dev events

The GSR is coded once by the rules (knowledge base off, as in ``make eval``); every variant's figure is the
outer-fold micro-F1 of ``seismo.evaluation.contextcv.nested_cv`` (settings chosen inside the training folds
only). ``--dev`` fits the best cheap variant on the whole GSR (setting chosen by CV over it) and applies it
to the events of the dev articles (no gold contexts there): how many events change, and 20 of them drawn
with a fixed seed for reading. Never reads tests/gold/articles/test.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalsuite import ARTICLES, gold_dir, write_json

from seismo.config import Settings
from seismo.evaluation import contextcv as cv
from seismo.evaluation.goldsets import read_gold_jsonl
from seismo.models import Article
from seismo.nlp import load_pipeline
from seismo.pipeline import get_coder

SETTINGS = Settings(kb=[], type_model=False)
# variant -> (lemmas, lexicon's contexts as features, sentence embedding)
VARIANTS = {
    "words + event": (True, False, False),
    "words + event + lexicon": (True, True, False),
    "encoder + event": (False, False, True),
    "encoder + event + lexicon": (False, True, True),
    "words + encoder + event": (True, False, True),
}


def code_gsr(path: Path):
    """Every record with its parse and its rule-coded events (contexts from the lexicon)."""
    nlp, coder = load_pipeline(SETTINGS.model), get_coder(SETTINGS)
    records = read_gold_jsonl(path)
    coded = {}
    for record in records:
        article = Article(
            doc_id=record.id, text=record.text, published=record.published, content_hash=Article.hash_text(record.text)
        )
        doc = nlp(record.text)
        coded[record.id] = (doc, coder.code(doc, article))
    return records, coded


def bench_for(records, coded, variant: str, vectors=None) -> cv.Bench:
    words, lexicon, encoder = VARIANTS[variant]
    events = {
        rid: [(frozenset(e.contexts), cv.event_features(cv.event_sentence(doc, e), e, words, lexicon)) for e in evs]
        for rid, (doc, evs) in coded.items()
    }
    dense = None
    if encoder:
        dense = {rid: [vectors[_text(cv.event_sentence(doc, e))] for e in evs] for rid, (doc, evs) in coded.items()}
    return cv.make_bench(records, events, dense)


def _text(sent) -> str:
    return " ".join(sent.text.split())


def embed(coded) -> dict[str, np.ndarray]:
    from seismo.evaluation.typeeval import EMBEDDINGS, CachedEncoder

    texts = sorted({_text(cv.event_sentence(doc, e)) for doc, evs in coded.values() for e in evs})
    return dict(zip(texts, CachedEncoder(EMBEDDINGS).embed(texts), strict=True))


def table(results: list[tuple[str, str, cv.CVResult]]) -> str:
    lines = [
        "| features | policy | P | R | micro-F1 | tp / fp / fn | settings chosen per outer fold |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for variant, policy, r in results:
        s = r.scores
        chosen = "; ".join(str(c) for c in r.chosen) if policy != "lexicon" else ""
        lines.append(
            f"| {variant} | {policy} | {s.precision:.3f} | {s.recall:.3f} | **{s.f1:.3f}** | "
            f"{s.tp} / {s.fp} / {s.fn} | {chosen} |"
        )
    return "\n".join(lines)


def dev_changes(records, coded, variant: str, policies: tuple[str, ...], sample: int = 20) -> dict:
    """Fit on the whole GSR, apply to the dev articles' events: how many change, and a sample to read."""
    from seismo.evaluation.gold import read_article_folder
    from seismo.pipeline import split_inputs

    bench = bench_for(records, coded, variant)
    labels = bench.labels()
    setting = cv.choose(bench, sorted(coded), policies, labels)
    heads = cv.fit(bench.x, labels, setting.c)
    index = {c: i for i, c in enumerate(bench.columns)}
    words, lexicon, _ = VARIANTS[variant]
    nlp, coder = load_pipeline(SETTINGS.model), get_coder(SETTINGS)
    changed, total, examples = 0, 0, []
    for case in read_article_folder(ARTICLES["articles_dev"]):
        articles, _ = split_inputs([str(case.text_path)], SETTINGS.model_copy(update={"published": case.published}))
        if not articles:
            continue
        doc = nlp(articles[0].text)
        for event in coder.code(doc, articles[0]):
            sent = cv.event_sentence(doc, event)
            x = np.zeros((1, len(index)))
            x[0, [index[f] for f in cv.event_features(sent, event, words, lexicon) if f in index]] = 1.0
            after = cv.combine(setting, frozenset(event.contexts), heads.scores(x)[0])
            total += 1
            if after != frozenset(event.contexts):
                changed += 1
                examples.append(
                    {
                        "article": case.id,
                        "type": event.type,
                        "sentence": _text(sent),
                        "lexicon": sorted(event.contexts),
                        "combined": sorted(after),
                    }
                )
    random.Random(0).shuffle(examples)
    return {"setting": str(setting), "events": total, "changed": changed, "sample": examples[:sample]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", action="store_true", help="also the variants with the MiniLM embedding")
    parser.add_argument("--dev", action="store_true", help="apply the best cheap variant to the dev events")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args(argv)
    records, coded = code_gsr(gold_dir() / "plover_gsr.jsonl")
    vectors = embed(coded) if args.encoder else None
    results = [("", "lexicon", cv.nested_cv(bench_for(records, coded, "words + event"), ("lexicon",)))]
    variants = [v for v in VARIANTS if args.encoder or not VARIANTS[v][2]]
    for variant in variants:
        bench = bench_for(records, coded, variant, vectors)
        for policies in [(p,) for p in cv.POLICIES] + [cv.POLICIES]:
            name = policies[0] if len(policies) == 1 else "chosen inside (any of the four)"
            results.append((variant, name, cv.nested_cv(bench, policies, f"{variant} / {name}")))
            print(f"{variant} / {name}: {results[-1][2].scores.f1:.3f}", file=sys.stderr, flush=True)
    print(table(results))
    out = {
        "rows": [
            {
                "features": v,
                "policy": p,
                "precision": r.scores.precision,
                "recall": r.scores.recall,
                "f1": r.scores.f1,
                "chosen": [str(c) for c in r.chosen],
            }
            for v, p, r in results
        ]
    }
    if args.dev:
        out["dev"] = dev_changes(records, coded, "words + event", cv.POLICIES)
        print(json.dumps(out["dev"], indent=1, ensure_ascii=False))
    if args.json:
        write_json(args.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
