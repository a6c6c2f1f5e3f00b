"""Coder CPU in alternating base/branch processes (issue 15): the coder's cost per article on a shared machine.

Each run is a fresh process in the given source tree (``--trees``, each a checkout's root): it times the
knowledge base's load (``load_kb``, its disk cache warm), parses ``--n`` benchmark articles once (the spaCy
DocBin cached by ``bench/profile_coder.py``, the same for every tree), then codes them ``--passes`` times with
every KB cache and the documents' memos cleared between passes. CPU seconds, not wall: the neighbours'
load changes the wall time more than the change measured. Per run it prints the sum over documents of each
document's fastest pass, the fastest and the median pass, the event count and a digest of the events (ids,
types, evidence offsets: every field), which must agree between trees for a change claimed lossless.

    python bench/coder_pairs.py --trees /tmp/base . --pairs 3 [--n 40] [--passes 5] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

RUN = r"""
import hashlib, statistics, sys, time
t = time.process_time()
from seismo.kb import load_kb
load_kb()
kb_cpu = time.process_time() - t
sys.path.insert(0, "bench")
from corpus import build_corpus
import functools
def _clear(coder):
    # the tree's own profile_coder._clear looked for the date caches with gc.get_objects(), which leaves out
    # what gc.freeze() froze, and under a module name that no longer exists: both trees are cleared alike here
    for value in vars(coder.kb).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()
    for name, module in list(sys.modules.items()):
        if name.startswith("seismo.coding.date"):
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()
    # the documents' memos (coding.doc_memo) too: a real stream codes each document once, so a later pass must
    # not read what an earlier one kept of the same parse
    memos = sys.modules["seismo.coding.doc_memo"]
    memos._MEMOS.clear()
    memos._LAST = (None, {})
    # the noise spans kept for the coder after the parse's boundary component found them: the passes code
    # parses read from disk, so the coder finds them itself, as before the cache
    kept = getattr(sys.modules.get("seismo.ingest.noise"), "_kept_spans", None)
    if kept is not None:
        kept.cache_clear()
from spacy.tokens import DocBin
from seismo.config import Settings
from seismo.nlp import load_pipeline
from seismo.pipeline import get_coder
n, passes, cache = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
articles = build_corpus(1000)[:n]
nlp, coder = load_pipeline(), get_coder(Settings())
docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(nlp.vocab))
for d, a in zip(docs[:2], articles[:2]):
    coder.code(d, a)
per_doc = [[] for _ in docs]
totals = []
for _ in range(passes):
    _clear(coder)
    found, start = [], time.process_time()
    for k, (d, a) in enumerate(zip(docs, articles)):
        t = time.process_time()
        found.append(coder.code(d, a))
        per_doc[k].append(time.process_time() - t)
    totals.append(time.process_time() - start)
    h = hashlib.sha256()
    for events in found:
        for e in events:
            h.update(e.model_dump_json().encode())
    count, digest = sum(map(len, found)), h.hexdigest()[:12]
print(f"n={n} kb-load {kb_cpu:.3f} sum-of-doc-mins {sum(map(min, per_doc)):.3f} best {min(totals):.3f} "
      f"median {statistics.median(totals):.3f} events {count} digest {digest}")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trees", nargs=2, required=True, help="base and branch checkout roots")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    cache = Path(os.environ.get("TMPDIR", "/tmp")) / f"seismo-bench-docs{args.n}.spacy"
    if not cache.exists():
        sys.exit(f"no parsed documents at {cache}: run bench/profile_coder.py --n {args.n} first")
    lines = [
        f"# Coder.code CPU s on {args.n} parsed benchmark articles ({args.passes} passes per process, KB caches "
        f"and document memos cleared per pass) and load_kb CPU s, alternating processes; load average at start "
        f"{os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M')}"
    ]
    results: dict[str, list[dict[str, float]]] = {}
    for _ in range(args.pairs):
        for tree in args.trees:
            root = Path(tree).resolve()
            env = {**os.environ, "PYTHONPATH": str(root / "src")}
            out = (
                subprocess.run(
                    [sys.executable, "-c", RUN, str(args.n), str(args.passes), str(cache)],
                    cwd=root,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            line = f"{root} {out} load-avg {os.getloadavg()[0]:.1f}"
            print(line, flush=True)
            lines.append(line)
            words = out.split()
            results.setdefault(str(root), []).append(
                {k: float(words[words.index(k) + 1]) for k in ("kb-load", "sum-of-doc-mins", "best", "median")}
            )
    for root, runs in results.items():
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        lines.append(f"# median over {len(runs)} runs, {root}: " + json.dumps({k: round(v, 3) for k, v in med.items()}))
    text = "\n".join(lines) + "\n"
    print(text.split("\n", 1)[0])
    print("\n".join(line for line in lines if line.startswith("# median")))
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
