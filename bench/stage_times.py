"""Where one-process ``seismo`` time goes beyond the parse, without a profiler (issue 15, the ratio goal).

Runs the benchmark's seismo case (``bench/run.py``: parse, code, store in batches, story rebuild) over N
articles of the benchmark corpus in this process, with CPU-time meters around the parse (inside the
``nlp.pipe`` generator), ``Coder.code``, ``Store.add_documents`` and the story rebuild; the rest of the
CPU time is everything else (batching, the code path between them). cProfile inflates spaCy's Cython
calls many times over; these meters do not. Each stage's share of the parse is what the
seismo/bare-spaCy ratio pays for it.

    python bench/stage_times.py [--n 100]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build_corpus  # noqa: E402

import seismo.nlp.pipeline as nlp_pipeline  # noqa: E402
import seismo.pipeline as pipeline  # noqa: E402
from seismo.analysis.stories import ensure_stories  # noqa: E402
from seismo.coding.coder import Coder  # noqa: E402
from seismo.config import Settings  # noqa: E402
from seismo.store import Store  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)
GC: dict[int, list[float]] = defaultdict(lambda: [0, 0.0])  # generation -> [collections, CPU s]


def _gc_meter(phase: str, info: dict, started: list[float] = [0.0]) -> None:  # noqa: B006 (the clock)
    """The garbage collector's passes are CPU time of whatever stage allocates: counted apart."""
    if phase == "start":
        started[0] = time.process_time()
    else:
        GC[info["generation"]][0] += 1
        GC[info["generation"]][1] += time.process_time() - started[0]


def _metered(name: str, fn):
    def run(*args, **kwargs):
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - t

    return run


def _metered_parse(fn):
    def run(*args, **kwargs):
        docs = fn(*args, **kwargs)
        while True:
            t = time.process_time()
            doc = next(docs, None)
            SPENT["parse"] += time.process_time() - t
            if doc is None:
                return
            yield doc

    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100)
    args = ap.parse_args()
    articles = build_corpus(1000)[: args.n]
    settings = Settings()
    list(pipeline.code_articles(articles[:2], settings))  # model, KB and coder loaded, untimed
    pipeline.parse_texts = _metered_parse(nlp_pipeline.parse_texts)
    Coder.code = _metered("code", Coder.code)
    Store.add_documents = _metered("store", Store.add_documents)
    db = Path(tempfile.mkdtemp(prefix="seismo-stages-")) / "stages.duckdb"
    gc.callbacks.append(_gc_meter)
    t0 = time.process_time()
    with Store.open(db) as store:
        batch = []
        for coded in pipeline.code_articles(articles, settings):
            batch.append(coded)
            if len(batch) >= settings.batch_size:
                store.add_documents(batch)
                batch = []
        if batch:
            store.add_documents(batch)
        _metered("stories", ensure_stories)(store)
    total = time.process_time() - t0
    gc.callbacks.remove(_gc_meter)
    SPENT["rest"] = total - sum(SPENT.values())
    print(f"{args.n} articles, CPU {total:.2f} s in this process")
    for name, spent in SPENT.items():
        share, of_parse = 100 * spent / total, 100 * spent / SPENT["parse"]
        print(f"{name:8s} {spent:7.2f} s  {share:5.1f} % of all  {of_parse:5.1f} % of parse")
    for gen, (runs, spent) in sorted(GC.items()):
        print(f"gc gen{gen}  {spent:7.2f} s  {100 * spent / total:5.1f} % of all  ({runs:.0f} collections)")


if __name__ == "__main__":
    main()
