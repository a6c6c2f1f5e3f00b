"""Loading and resolving stay fast (generous bounds: CI machines vary)."""

from __future__ import annotations

import datetime as dt
import time

from seismo.kb import KnowledgeBase
from seismo.kb.loader import compile_kb


def test_compile_under_two_seconds() -> None:
    start = time.perf_counter()
    compile_kb(())
    assert time.perf_counter() - start < 2.0  # measured ~0.35 s


def test_many_distinct_phrases(kb: KnowledgeBase) -> None:
    phrases = [f"{w} troops" for w in ("Russian", "Ukrainian", "American", "British", "French")]
    phrases += [
        "President Biden",
        "the Kremlin",
        "NATO",
        "Kyiv",
        "Russia's Defense Ministry",
        "Shoigu",
    ]
    days = [dt.date(2000, 1, 1) + dt.timedelta(days=i) for i in range(1000)]
    start = time.perf_counter()
    for day in days:
        for phrase in phrases:
            kb.resolve_phrase(phrase, day)
    elapsed = time.perf_counter() - start
    assert elapsed < 5.0, f"{len(days) * len(phrases)} uncached resolutions took {elapsed:.2f}s"
