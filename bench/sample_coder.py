"""Where ``Coder.code`` spends its CPU time, by sampling (issue 15): no per-call cost, unlike cProfile.

cProfile charges every call, so the coder's millions of small calls (spaCy ``Token`` objects above all) look
several times dearer than they are, and a garbage collection lands on whichever function allocated last. This
samples the Python stack on CPU-time interrupts (``ITIMER_PROF``) while the coder codes the benchmark's parsed
articles (the DocBin ``bench/profile_coder.py`` caches), KB and date caches and document memos cleared per
pass, and writes each function's share of the samples with everything it called (inclusive), on its own,
and the busiest lines.

    python bench/sample_coder.py [--n 40] [--passes 4] [--name profile-coder-sampling]
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build_corpus  # noqa: E402
from profile_coder import _clear  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from seismo.config import Settings  # noqa: E402
from seismo.nlp import load_pipeline  # noqa: E402
from seismo.pipeline import get_coder  # noqa: E402


def _where(frame) -> str:
    path = frame.f_code.co_filename
    return f"{path.split('/src/')[-1].split('site-packages/')[-1]}:{frame.f_code.co_name}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--passes", type=int, default=4)
    ap.add_argument("--name", default="profile-coder-sampling")
    args = ap.parse_args()
    cache = Path(tempfile.gettempdir()) / f"seismo-bench-docs{args.n}.spacy"
    if not cache.exists():
        sys.exit(f"no parsed documents at {cache}: run bench/profile_coder.py --n {args.n} first")
    articles = build_corpus(1000)[: args.n]
    nlp, coder = load_pipeline(), get_coder(Settings())
    docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(nlp.vocab))
    for doc, article in zip(docs[:2], articles[:2], strict=True):
        coder.code(doc, article)
    inclusive, own, lines = collections.Counter(), collections.Counter(), collections.Counter()

    def sample(_sig, frame) -> None:
        own[_where(frame)] += 1
        lines[f"{_where(frame)}:{frame.f_lineno}"] += 1
        seen = set()
        while frame is not None:
            seen.add(_where(frame))
            frame = frame.f_back
        inclusive.update(seen)

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    started = time.process_time()
    for _ in range(args.passes):
        _clear(coder)
        for doc, article in zip(docs, articles, strict=True):
            coder.code(doc, article)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu, total = time.process_time() - started, sum(own.values())
    head = f"# Coder.code on {args.n} parsed benchmark articles, {args.passes} passes: {cpu:.2f} CPU s"
    out = [f"{head}, {total} samples"]
    for title, counter, n in (("inclusive", inclusive, 70), ("own", own, 40), ("lines", lines, 30)):
        out.append(f"\n## {title}")
        out += [f"{100 * c / total:5.1f}% {k}" for k, c in counter.most_common(n) if "sample_coder" not in k]
    path = HERE / "results" / f"{args.name}.txt"
    path.write_text("\n".join(out) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
