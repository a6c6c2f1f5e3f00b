"""Clause readings read once per verb of a document (``coding.doc_memo``): ``arguments.subject_of`` (per depth) and
``modality._present_simple``, with the same answers as reading them afresh each time."""

from __future__ import annotations

import pytest

from seismo.coding import arguments, modality
from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow  # loads the spaCy model

TEXT = ("The union, which represents dock workers in Valdora, said it would strike on Monday. "
        "Its leaders were arrested by police and later released, officials told reporters.")


def test_a_verbs_subject_is_read_once_and_is_the_fresh_reading(monkeypatch) -> None:
    doc = load_pipeline()(TEXT)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    fresh = {v.i: arguments._subject_of(v, 0) for v in verbs}
    asked: list[tuple[int, int]] = []
    read = arguments._subject_of

    def counting(verb, depth):
        asked.append((verb.i, depth))
        return read(verb, depth)

    monkeypatch.setattr(arguments, "_subject_of", counting)
    for _ in range(3):
        for verb in verbs:
            found = arguments.subject_of(verb)
            want = fresh[verb.i]
            assert (found.i if found is not None else None) == (want.i if want is not None else None)
    assert any(fresh.values())  # the text has subjects to find
    assert len(asked) == len(set(asked))  # each verb and depth read once, not once per ask


def test_a_verbs_present_simple_reading_is_read_once(monkeypatch) -> None:
    doc = load_pipeline()(TEXT)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    fresh = {v.i: modality._reads_present_simple(v) for v in verbs}
    asked: list[int] = []
    read = modality._reads_present_simple

    def counting(verb):
        asked.append(verb.i)
        return read(verb)

    monkeypatch.setattr(modality, "_reads_present_simple", counting)
    assert [modality._present_simple(v) for v in verbs * 3] == [fresh[v.i] for v in verbs * 3]
    assert any(fresh.values()) and not all(fresh.values())  # 'represents' is; 'said' is not
    assert sorted(asked) == sorted(v.i for v in verbs)  # once per verb
