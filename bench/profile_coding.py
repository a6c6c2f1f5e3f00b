"""pyinstrument profile of seismo's coding path (parse + code) on benchmark articles.

Writes the full text profile to ``out`` and returns the share of time in the main stages, so the
JSON result says where the time goes when a throughput target is missed.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from corpus import build_corpus
from pyinstrument import Profiler

from seismo.config import Settings
from seismo.nlp import load_pipeline
from seismo.nlp.filter import parse_filtered
from seismo.pipeline import get_coder


def profile_coding(n: int, out: Path, candidate_filter: bool = False) -> dict[str, Any]:
    articles = build_corpus(n)
    settings = Settings()
    nlp, coder = load_pipeline(settings.model), get_coder(settings)
    warm = [a.text for a in articles[:2]]
    for doc, article in zip(nlp.pipe(warm), articles[:2], strict=True):
        coder.code(doc, article)
    texts = [a.text for a in articles]
    stages: dict[str, float] = {}
    profiler = Profiler(interval=0.002)
    profiler.start()
    t = time.process_time()
    docs = list(parse_filtered(nlp, texts) if candidate_filter else nlp.pipe(texts, batch_size=32))
    stages["parse_cpu_s"] = time.process_time() - t
    t = time.process_time()
    for doc, article in zip(docs, articles, strict=True):
        coder.code(doc, article)
    stages["code_cpu_s"] = time.process_time() - t
    profiler.stop()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(profiler.output_text(unicode=False, color=False, show_all=False))
    total = stages["parse_cpu_s"] + stages["code_cpu_s"]
    return {"articles": n, **{k: round(v, 2) for k, v in stages.items()},
            "code_share": round(stages["code_cpu_s"] / total, 3),
            "max_ratio_if_store_free": round(stages["parse_cpu_s"] / total, 3),
            "top_coding_frames": _top_frames(profiler, 12), "profile_file": str(out)}


def _top_frames(profiler: Profiler, k: int) -> list[str]:
    """The functions under ``Coder.code`` with the most total time (each counted once per call path)."""
    session = profiler.last_session
    root = session.root_frame() if session else None
    totals: dict[str, float] = {}

    def walk(frame: Any, inside: bool, above: frozenset[str]) -> None:
        here = inside or (frame.function == "code" and "coder" in (frame.file_path or ""))
        key = f"{frame.function} ({Path(frame.file_path or '?').parent.name}/{Path(frame.file_path or '?').name})"
        if here and key not in above:
            totals[key] = totals.get(key, 0.0) + frame.time
        for child in frame.children:
            walk(child, here, above | {key} if here else above)

    if root is not None:
        walk(root, False, frozenset())
    top = sorted(totals.items(), key=lambda kv: -kv[1])[:k]
    return [f"{t:.2f}s {name}" for name, t in top]
