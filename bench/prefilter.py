"""Issue 15, item 2: recall and speed of the sentence filters against the unfiltered pipeline.

Filters: ``actor`` (``seismo.coding.prefilter`` with its defaults: a trigger AND an actor mention, the
first sentence, and the two sentences before a "he"/"she"/"they" candidate; what ``--candidate-filter``
uses) and ``trigger`` (``seismo.coding.filter``: a trigger word, the first four sentences). Sets: the
annotated Wikinews articles (``tests/gold/articles/dev`` and, aggregate numbers only, the held-out
``tests/gold/articles/test``; Wikinews contributors, CC BY 2.5), the sample articles and seed article,
the PLOVER gold sentences and the non-event sentences (as ``bench/recall.py``).

Recall: events (same event id: document, trigger offsets, type, source, target) the filtered
pipeline also finds, over the unfiltered pipeline's events; ``differing``: of those, events with another
field different (an actor's name or explanation, a modality or date read from a skipped sentence).
Speed: CPU seconds of this process (``time.process_time``, so the neighbours' load does not count),
rounds interleaved (bare, filtered, bare, filtered...) on the dev articles, medians; ``all_texts`` also
times the dev articles with the event-dense sample articles.

    python bench/prefilter.py [--rounds 3] [--name prefilter] [--sets wikinews_dev,wikinews_test]
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from recall import gold_sets  # noqa: E402

from seismo.coding.filter import CandidateFilter, FilterStats, candidate_filter, parse_filtered  # noqa: E402
from seismo.coding.prefilter import build_prefilter  # noqa: E402
from seismo.config import Settings  # noqa: E402
from seismo.models import Article, Event  # noqa: E402
from seismo.nlp import load_pipeline  # noqa: E402
from seismo.pipeline import PARSE_BATCH, get_coder, split_inputs  # noqa: E402

ARTICLES = HERE.parent / "tests" / "gold" / "articles"
DEV = ARTICLES / "dev"
HELD_OUT = {"wikinews_test"}  # aggregate numbers only: no missed sentences written


def dev_articles(folder: Path = DEV) -> list[Article]:
    """The annotated articles, read as ``seismo eval`` reads them (with their publication dates)."""
    from seismo.evaluation.articles import read_article_folder

    out = []
    for case in read_article_folder(folder):
        read, _ = split_inputs([str(case.text_path)], Settings(published=case.published))
        out.extend(read[:1])
    return out


def code(nlp: Any, articles: list[Article], filt: CandidateFilter | None,
         stats: FilterStats | None = None) -> dict[str, Event]:
    coder = get_coder(Settings())
    texts = [a.text for a in articles]
    docs = (nlp.pipe(texts, batch_size=PARSE_BATCH) if filt is None
            else parse_filtered(nlp, texts, PARSE_BATCH, filt, stats))
    return {e.event_id: e for d, a in zip(docs, articles, strict=True) for e in coder.code(d, a)}


def recall(full: dict[str, Event], got: dict[str, Event], detail: bool = True) -> dict[str, Any]:
    asserted = [k for k, e in full.items() if e.modality == "asserted"]
    missed = sorted(set(full) - set(got)) if detail else []
    both = set(full) & set(got)
    return {"events": len(full), "found": len(both),
            "differing": sum(full[k].model_dump() != got[k].model_dump() for k in both),
            "recall": round(len(set(full) & set(got)) / max(1, len(full)), 4),
            "asserted_recall": round(sum(k in got for k in asserted) / max(1, len(asserted)), 4),
            "filtered_only": len(set(got) - set(full)),
            "missed": [f"{full[k].doc_id} {full[k].type} '{full[k].trigger}': {full[k].evidence.sentence[:100]}"
                       for k in missed[:12]]}


def parse_cpu(nlp: Any, texts: list[str], filt: CandidateFilter | None) -> float:
    t = time.process_time()
    if filt is None:
        for _ in nlp.pipe(texts, batch_size=PARSE_BATCH):
            pass
    else:
        for _ in parse_filtered(nlp, texts, PARSE_BATCH, filt):
            pass
    return time.process_time() - t


def code_cpu(nlp: Any, articles: list[Article], filt: CandidateFilter | None) -> float:
    t = time.process_time()
    code(nlp, articles, filt)
    return time.process_time() - t


def speed(nlp: Any, filters: dict[str, CandidateFilter], articles: list[Article], rounds: int) -> dict[str, Any]:
    texts = [a.text for a in articles]
    cpu: dict[str, list[float]] = {"bare_parse": [], **{f"{k}_parse": [] for k in filters},
                                   "seismo": [], **{f"seismo_{k}": [] for k in filters}}
    for _ in range(rounds):  # interleaved: bare, each filter, bare, each filter...
        cpu["bare_parse"].append(parse_cpu(nlp, texts, None))
        for k, filt in filters.items():
            cpu[f"{k}_parse"].append(parse_cpu(nlp, texts, filt))
        cpu["seismo"].append(code_cpu(nlp, articles, None))
        for k, filt in filters.items():
            cpu[f"seismo_{k}"].append(code_cpu(nlp, articles, filt))
    med = {k: statistics.median(v) for k, v in cpu.items()}
    return {"texts": len(texts), "words": sum(len(t.split()) for t in texts),
            "cpu_s": {k: [round(x, 2) for x in v] for k, v in cpu.items()},
            "vs_bare_parse": {k: round(med["bare_parse"] / v, 3) for k, v in med.items()}}


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--name", default="prefilter")
    ap.add_argument("--sets", help="comma-separated subset of the sets (default all)")
    args = ap.parse_args()
    nlp = load_pipeline()
    filters: dict[str, CandidateFilter] = {"actor": build_prefilter(nlp), "trigger": candidate_filter(nlp)}
    sets = {"wikinews_dev": dev_articles(), "wikinews_test": dev_articles(ARTICLES / "test"), **gold_sets()}
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",") or k == "sample_articles"}
    code(nlp, sets["sample_articles"][:2], None)  # warm the model and the coder
    out: dict[str, Any] = {"recall": {}, "parsed_share": {}}
    for name, articles in sets.items():
        full = code(nlp, articles, None)
        out["recall"][name] = {}
        for fname, filt in filters.items():
            stats = FilterStats()
            out["recall"][name][fname] = recall(full, code(nlp, articles, filt, stats), name not in HELD_OUT)
            out["parsed_share"].setdefault(fname, {})[name] = round(stats.parsed_chars / max(1, stats.chars), 3)
    out["speed"] = speed(nlp, filters, sets["wikinews_dev"], args.rounds)
    if not args.sets:
        out["speed"]["all_texts"] = speed(nlp, filters, sets["wikinews_dev"] + sets["sample_articles"], 1)
    out["sets"] = sorted(sets)
    out["load_average"] = os.getloadavg()
    (HERE / "results" / f"{args.name}.json").write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps({k: v for k, v in out.items()}, indent=1))


if __name__ == "__main__":
    main()
