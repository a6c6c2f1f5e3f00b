"""tests/gold/nonevents.jsonl is a well-formed no-event gold set of 320+ distinct sentences."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from seismo.evaluation.goldsets import read_gold_jsonl

PATH = Path(__file__).resolve().parents[1] / "gold" / "nonevents.jsonl"


def test_nonevents_set_shape() -> None:
    records = read_gold_jsonl(PATH)
    assert len(records) >= 320
    assert len({r.text for r in records}) == len(records)
    for r in records:
        assert r.gold.relevant is False and r.gold.types == () and r.gold.quad == 0, r.id
        assert r.published is not None, r.id
        assert 20 <= len(r.text) <= 300 and r.text[-1] in ".!?\"'", r.id
    categories = Counter(r.meta["category"] for r in records)
    assert len(categories) >= 10 and min(categories.values()) >= 20
