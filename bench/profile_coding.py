"""Where seismo's time goes beyond the parse: stage CPU times, a pyinstrument and a cProfile profile.

Stage times are measured without a profiler (profilers inflate the many small Cython calls the coder
makes). The pyinstrument tree of ``Coder.code`` and cProfile's top functions by own time go to
``out``; pyinstrument attributes time spent creating spaCy ``Token`` objects to a detached
``cinit`` frame, so the cProfile table is the one that names the callers (``Doc.text``...).
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from pathlib import Path
from typing import Any

from corpus import build_corpus
from pyinstrument import Profiler

from seismo.config import Settings
from seismo.models import CodedDocument
from seismo.nlp import load_pipeline
from seismo.pipeline import PARSE_BATCH, get_coder
from seismo.store import Store


def profile_coding(n: int, out: Path, candidate_filter: bool = False) -> dict[str, Any]:
    articles = build_corpus(n)
    settings = Settings()
    nlp, coder = load_pipeline(settings.model), get_coder(settings)
    for doc, article in zip(nlp.pipe([a.text for a in articles[:2]]), articles[:2], strict=True):
        coder.code(doc, article)  # warm caches
    stages: dict[str, float] = {}
    t = time.process_time()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=PARSE_BATCH))
    stages["parse_cpu_s"] = time.process_time() - t
    t = time.process_time()
    coded = [CodedDocument(article=a, events=coder.code(d, a)) for d, a in zip(docs, articles, strict=True)]
    stages["code_cpu_s"] = time.process_time() - t
    with Store.open(":memory:") as store:
        store.add_documents(coded[:1])  # warm: imports the near-duplicate index code
        t = time.process_time()
        for i in range(0, len(coded), settings.batch_size):
            store.add_documents(coded[i:i + settings.batch_size])
        stages["store_cpu_s"] = time.process_time() - t
    profiler = Profiler(interval=0.001)
    profiler.start()
    for doc, article in zip(docs, articles, strict=True):
        coder.code(doc, article)
    profiler.stop()
    cprof = cProfile.Profile()
    cprof.enable()
    for doc, article in zip(docs, articles, strict=True):
        coder.code(doc, article)
    cprof.disable()
    table = io.StringIO()
    pstats.Stats(cprof, stream=table).sort_stats("tottime").print_stats(20)
    callers = io.StringIO()
    pstats.Stats(cprof, stream=callers).sort_stats("tottime").print_callers(3)
    pstats.Stats(cprof, stream=callers).print_callers(r"doc.pyx:\d+\(__get__\)")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("## pyinstrument: Coder.code\n\n" + profiler.output_text(unicode=False, color=False)
                   + "\n\n## cProfile: top functions by own time\n\n" + table.getvalue()
                   + "\n\n## cProfile: callers of the top 3\n\n" + callers.getvalue())
    total = sum(stages.values())
    return {"articles": n, **{k: round(v, 2) for k, v in stages.items()},
            "code_share_of_parse": round(stages["code_cpu_s"] / stages["parse_cpu_s"], 3),
            "ratio_ceiling": round(stages["parse_cpu_s"] / total, 3),
            "top_own_time": _top(cprof, 8), "profile_file": str(out)}


def _top(cprof: cProfile.Profile, k: int) -> list[str]:
    stats = pstats.Stats(cprof).stats  # type: ignore[attr-defined]
    rows = sorted(stats.items(), key=lambda kv: -kv[1][2])[:k]
    return [f"{tt:.2f}s own, {ct:.2f}s cum, {nc} calls: {Path(f).parent.name}/{Path(f).name}:{line} {fn}"
            for (f, line, fn), (_cc, nc, tt, ct, _callers) in rows]
