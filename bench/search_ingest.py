"""Write-time cost of the search index (issue 14): ``Store.add_documents`` time per article.

Ingest writes one transaction per batch of 32 coded articles (``Settings.batch_size``); since
the word index (``store.search``), that transaction also cuts the new events' words and adds
them to ``search_words``. This times the same batches of synthetic articles (10 events each, a
22-word evidence sentence, a 9-word title, as ``search_bench`` writes them) into an empty store
and into a copy of a 1M-event store, so running it with an older seismo on ``PYTHONPATH`` gives
the "before" numbers. Wall and CPU time (this process, DuckDB's threads included) are both
reported: on a shared machine the wall time follows the load average.

    python bench/search_ingest.py BASE.duckdb [--batches 20] [--label NAME]  # BASE: a 1M-event store to copy
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from search_bench import sentences  # noqa: E402
from store_bench import model_documents  # noqa: E402

from seismo.models import CodedDocument, Evidence  # noqa: E402
from seismo.store import Store  # noqa: E402

BATCH = 32


def articles(n_batches: int, seed: int = 5) -> list[list[CodedDocument]]:
    """Batches of coded articles with news-like evidence sentences and titles."""
    rng = np.random.default_rng(seed)
    docs = model_documents(n_batches * BATCH, 9_000_000)
    titles = sentences(len(docs), 9, rng, names=False)
    evidence = iter(sentences(sum(len(d.events) for d in docs), 22, rng, names=True))
    out = []
    for doc, title in zip(docs, titles, strict=True):
        events = []
        for e in doc.events:
            sentence = next(evidence)
            events.append(e.model_copy(update={"evidence": Evidence(sentence=sentence, start=0, end=len(sentence))}))
        out.append(CodedDocument(article=doc.article.model_copy(update={"title": title}), events=events))
    return [out[i : i + BATCH] for i in range(0, len(out), BATCH)]


def time_batches(db: Path, batches: list[list[CodedDocument]]) -> dict[str, Any]:
    with Store.open(db) as store:
        store.add_documents(batches[0])  # warm-up (imports, near-duplicate index)
        per_article, cpu = [], []
        for batch in batches[1:]:
            t, c = time.perf_counter(), time.process_time()
            store.add_documents(batch)
            per_article.append((time.perf_counter() - t) / len(batch))
            cpu.append((time.process_time() - c) / len(batch))
    ms = sorted(x * 1000 for x in per_article)
    return {"batches": len(per_article), "ms_per_article_mean": round(statistics.mean(ms), 2),
            "ms_per_article_p50": round(statistics.median(ms), 2), "ms_per_article_max": round(ms[-1], 2),
            "cpu_ms_per_article_mean": round(statistics.mean(cpu) * 1000, 2),
            "load_average_1m": round(os.getloadavg()[0], 1)}


def run(base: Path, n_batches: int) -> dict[str, Any]:
    batches = articles(n_batches + 1)
    work = Path(tempfile.mkdtemp(prefix="seismo-search-ingest-"))
    try:
        out = {"empty_store": time_batches(work / "empty.duckdb", batches)}
        big = work / "big.duckdb"
        shutil.copyfile(base, big)
        t = time.perf_counter()
        Store.open(big).close()  # migrates an older store (builds the word index) before timing
        out["open_and_migrate_s"] = round(time.perf_counter() - t, 1)
        out["store_1m"] = time_batches(big, batches)
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--label", help="store the result under this key of bench/results/search-ingest.json")
    args = parser.parse_args()
    result = run(args.base, args.batches)
    print(json.dumps(result, indent=1))
    if args.label:
        path = HERE / "results" / "search-ingest.json"
        saved = json.loads(path.read_text()) if path.exists() else {}
        saved[args.label] = result
        path.write_text(json.dumps(saved, indent=1) + "\n")
