"""Where ``Coder.code`` spends its time on parsed documents (issue 15, item 3): parse once, then code.

The benchmark articles are parsed once (cached as a spaCy DocBin under the temp folder), so the
profile holds the coder alone. Every knowledge-base cache, the date finder's cache and the documents' memos
are cleared before each pass: a pass must not reuse the previous pass's sentences, as no real stream does.
Writes the CPU seconds (best of ``--rounds`` passes, no profiler) and cProfile's top functions by
own and by cumulative time to ``bench/results/NAME.txt``.

    python bench/profile_coder.py [--n 40] [--rounds 3] [--name profile-coder] [--stats FILE.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build_corpus  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from seismo.coding import doc_memo  # noqa: E402
from seismo.config import Settings  # noqa: E402
from seismo.nlp import load_pipeline  # noqa: E402
from seismo.pipeline import PARSE_BATCH, get_coder  # noqa: E402


def _clear(coder) -> None:
    for value in vars(coder.kb).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()
    for name, module in list(sys.modules.items()):  # not gc.get_objects(): it leaves out what gc.freeze() froze
        if name.startswith("seismo.coding.date"):  # the date finder's and the fallback's caches
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()
    # the documents' memos: a real stream codes each document once, so a pass must not read what an earlier
    # pass kept of the same parse
    doc_memo._MEMOS.clear()
    doc_memo._LAST = (None, {})
    # the noise spans kept for the coder after the parse's boundary component found them: the passes code
    # parses read from disk, so the coder finds them itself, as before the cache
    kept = getattr(sys.modules.get("seismo.ingest.noise"), "_kept_spans", None)
    if kept is not None:
        kept.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--name", default="profile-coder")
    ap.add_argument("--stats", type=Path, help="also save the raw cProfile stats here (for pstats queries)")
    args = ap.parse_args()
    articles = build_corpus(1000)[: args.n]
    nlp, coder = load_pipeline(), get_coder(Settings())
    cache = Path(tempfile.gettempdir()) / f"seismo-bench-docs{args.n}.spacy"
    t = time.process_time()
    if cache.exists():
        docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(nlp.vocab))
        parse_cpu = None
    else:
        docs = list(nlp.pipe([a.text for a in articles], batch_size=PARSE_BATCH))
        parse_cpu = time.process_time() - t
        bin_ = DocBin(store_user_data=True)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(cache)
    for doc, article in zip(docs[:2], articles[:2], strict=True):
        coder.code(doc, article)  # warm: dictionaries, lazy tables
    passes = []
    for _ in range(args.rounds):
        _clear(coder)
        t = time.process_time()
        events = sum(len(coder.code(d, a)) for d, a in zip(docs, articles, strict=True))
        passes.append(time.process_time() - t)
    _clear(coder)
    prof = cProfile.Profile()
    prof.enable()
    for doc, article in zip(docs, articles, strict=True):
        coder.code(doc, article)
    prof.disable()
    if args.stats:
        prof.dump_stats(args.stats)
    out = io.StringIO()
    out.write(f"# Coder.code on {args.n} parsed benchmark articles ({events} events)\n")
    out.write(f"# CPU s per pass, no profiler: {', '.join(f'{p:.3f}' for p in passes)} (best {min(passes):.3f})\n")
    if parse_cpu is not None:
        out.write(f"# parse of the same articles: {parse_cpu:.2f} CPU s\n")
    for key in ("tottime", "cumulative"):
        out.write(f"\n## cProfile, by {key}\n")
        pstats.Stats(prof, stream=out).sort_stats(key).print_stats(40)
    path = HERE / "results" / f"{args.name}.txt"
    path.write_text(out.getvalue().replace(str(HERE.parent) + "/", ""))
    print(out.getvalue()[:400])
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
