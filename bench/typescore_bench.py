"""What the learned type scorer costs (issue 18): coding N bench articles with the rules alone and with the model.

    python bench/typescore_bench.py [--n 40] [--name typescore]

The parse is done once and shared; the two coders run on the same Docs, so the difference is the scorer:
embedding each document's distinct candidate sentences in one batch plus the heads. The encoder's
one-off load is timed apart. Writes bench/results/NAME.json.
"""

from __future__ import annotations

import argparse
import json
import os
import time

from corpus import ROOT, build_corpus, word_count

from seismo.config import Settings
from seismo.nlp import load_pipeline, parse_texts
from seismo.pipeline import PARSE_BATCH, get_coder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--name", default="typescore")
    args = parser.parse_args()
    articles = build_corpus(args.n)
    settings = Settings(kb=[])
    nlp = load_pipeline(settings.model)
    docs = list(parse_texts(nlp, (a.text for a in articles), batch_size=PARSE_BATCH))
    rules = get_coder(settings)
    model = get_coder(settings.model_copy(update={"type_model": True}))
    started = time.perf_counter()
    model.scorer.encoder.embed(["warm up: load the encoder once"])
    load_s = time.perf_counter() - started
    timings, cpu, counts = {}, {}, {}
    for name, coder in (("rules", rules), ("rules + model", model)):
        started, started_cpu = time.perf_counter(), time.process_time()
        events = [e for doc, a in zip(docs, articles, strict=True) for e in coder.code(doc, a)]
        timings[name] = time.perf_counter() - started
        cpu[name] = time.process_time() - started_cpu
        counts[name] = len(events)
        if name == "rules":
            sentences = sum(len({e.evidence.sentence for e in coder.code(d, a)}) for d, a in zip(docs, articles,
                                                                                                 strict=True))
    result = {
        "articles": args.n, "words": word_count(articles), "cores": os.cpu_count(),
        "candidate_sentences": sentences, "events": counts,
        "coding_s": {k: round(v, 2) for k, v in timings.items()},
        "coding_cpu_s": {k: round(v, 2) for k, v in cpu.items()},  # all threads of this process
        "scorer_ms_per_article": round(1000 * (timings["rules + model"] - timings["rules"]) / args.n, 1),
        "scorer_ms_per_sentence": round(1000 * (timings["rules + model"] - timings["rules"]) / max(sentences, 1), 1),
        "encoder_load_s": round(load_s, 2),
        "note": "parse excluded (shared by both); the machine's 2 cores were shared with other jobs",
    }
    out = ROOT / "bench" / "results" / f"{args.name}.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
