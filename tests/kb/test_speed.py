"""Compiling and resolving work at volume; their speed is measured in bench/kb_bench.py (make bench), not here."""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase
from seismo.kb.loader import compile_kb


def test_compile_builds_the_tables() -> None:
    compiled = compile_kb(())
    assert len(compiled.countries) > 190 and len(compiled.people) > 1000 and compiled.places


def test_many_distinct_phrases_resolve_on_every_day(kb: KnowledgeBase) -> None:
    phrases = [f"{w} troops" for w in ("Russian", "Ukrainian", "American", "British", "French")]
    phrases += ["the Kremlin", "NATO", "Kyiv", "Russia's Defense Ministry"]
    days = [dt.date(2000, 1, 1) + dt.timedelta(days=i) for i in range(0, 1000, 7)]
    unresolved = [(p, d) for d in days for p in phrases if kb.resolve_phrase(p, d) is None]
    assert not unresolved, unresolved[:5]
