"""A sentence-opening name the parser hung on a subjectless verb as an adverbial noun is its subject (lane mend2,
nlp/subjects.py)."""

from __future__ import annotations

import pytest

from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _deps(text: str) -> dict[str, tuple[str, str]]:
    doc = load_pipeline()(text)
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_fronted_country_is_the_subject() -> None:
    assert _deps("Gabon massed troops on its border on Monday.")["Gabon"] == ("nsubj", "massed")


def test_a_day_or_a_verb_with_a_subject_is_left_alone() -> None:
    deps = _deps("Thailand massed troops on the border, and Cambodia protested.")
    assert deps["Thailand"] == ("nsubj", "massed") and deps["Cambodia"] == ("nsubj", "protested")
    assert _deps("Monday, police arrested five men.")["police"] == ("nsubj", "arrested")
