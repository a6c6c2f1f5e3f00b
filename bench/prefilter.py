"""Issue 15, item 2: recall and speed of the sentence filters against the unfiltered pipeline.

Filters: ``trigger`` (``seismo.coding.filter``, what ``--candidate-filter`` uses) and ``actor``
(``seismo.coding.prefilter``: a trigger AND an actor mention), each with the lede of 4 sentences always
parsed and ``actor`` also with shorter ledes. Sets: the annotated Wikinews articles
(``tests/gold/articles/dev``, Wikinews contributors, CC BY 2.5), the sample articles and seed
article, the PLOVER gold sentences and the non-event sentences (as ``bench/recall.py``).

Recall: events (same event id: document, trigger offsets, type, source, target) the filtered
pipeline also finds, over the unfiltered pipeline's events. Speed: CPU seconds of this process
(``time.process_time``, so the neighbours' load does not count), rounds interleaved
(bare, filtered, bare, filtered...) on the same texts, medians.

    python bench/prefilter.py [--rounds 2] [--name prefilter]
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

DEV = HERE.parent / "tests" / "gold" / "articles" / "dev"


def dev_articles() -> list[Article]:
    """The annotated dev articles, read as ``seismo eval`` reads them (with their publication dates)."""
    from seismo.evaluation.articles import read_article_folder

    out = []
    for case in read_article_folder(DEV):
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


def recall(full: dict[str, Event], got: dict[str, Event]) -> dict[str, Any]:
    asserted = [k for k, e in full.items() if e.modality == "asserted"]
    missed = sorted(set(full) - set(got))
    return {"events": len(full), "found": len(set(full) & set(got)),
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


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--name", default="prefilter")
    ap.add_argument("--ledes", default="4,2")
    args = ap.parse_args()
    nlp = load_pipeline()
    filters: dict[str, CandidateFilter] = {"trigger": candidate_filter(nlp)}
    for lede in (int(x) for x in args.ledes.split(",")):
        filters[f"actor_lede{lede}"] = build_prefilter(nlp, lede=lede)
    sets = {"wikinews_dev": dev_articles(), **gold_sets()}
    code(nlp, sets["sample_articles"][:2], None)  # warm the model and the coder
    out: dict[str, Any] = {"recall": {}, "parsed_share": {}}
    for name, articles in sets.items():
        full = code(nlp, articles, None)
        out["recall"][name] = {}
        for fname, filt in filters.items():
            stats = FilterStats()
            out["recall"][name][fname] = recall(full, code(nlp, articles, filt, stats))
            out["parsed_share"].setdefault(fname, {})[name] = round(stats.parsed_chars / max(1, stats.chars), 3)
    texts_articles = sets["wikinews_dev"] + sets["sample_articles"]
    texts = [a.text for a in texts_articles]
    cpu: dict[str, list[float]] = {"bare_parse": [], **{f"{k}_parse": [] for k in filters},
                                   "seismo": [], **{f"seismo_{k}": [] for k in filters}}
    for _ in range(args.rounds):  # interleaved: bare, each filter, bare, each filter...
        cpu["bare_parse"].append(parse_cpu(nlp, texts, None))
        for k, filt in filters.items():
            cpu[f"{k}_parse"].append(parse_cpu(nlp, texts, filt))
        cpu["seismo"].append(code_cpu(nlp, texts_articles, None))
        for k, filt in filters.items():
            cpu[f"seismo_{k}"].append(code_cpu(nlp, texts_articles, filt))
    med = {k: statistics.median(v) for k, v in cpu.items()}
    out["speed"] = {"texts": len(texts), "words": sum(len(t.split()) for t in texts),
                    "cpu_s": {k: [round(x, 2) for x in v] for k, v in cpu.items()},
                    "vs_bare_parse": {k: round(med["bare_parse"] / v, 3) for k, v in med.items()}}
    out["load_average"] = os.getloadavg()
    (HERE / "results" / f"{args.name}.json").write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps({k: v for k, v in out.items()}, indent=1))


if __name__ == "__main__":
    main()
