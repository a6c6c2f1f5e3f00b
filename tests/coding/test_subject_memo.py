"""``arguments.subject_of`` is read once per verb and depth of a document (``coding.doc_memo``), with the same
answers as reading it afresh each time."""

from __future__ import annotations

from seismo.coding import arguments
from seismo.nlp import load_pipeline

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
