"""An objectless preposition whose noun the parser made the subject of a reduced relative ('granted asylum to five
Panamanian army officers holed up in ...') gets that noun back as its object (nlp/stranded.py,
``seismo_stranded_objects``), so the coder finds whom the act is aimed at; a clause after a clause-taking word
('after the judge ordered that ...') is left alone."""

from __future__ import annotations

import pytest

from seismo.nlp import load_pipeline
from seismo.nlp.stranded import _stranded_object

pytestmark = pytest.mark.slow


def test_a_reduced_relative_subject_is_the_preposition_object() -> None:
    doc = load_pipeline()("Peru has granted diplomatic asylum to five Panamanian army officers holed up in a "
                          "diplomatic residence since last month's invasion, the embassy said on Tuesday.")
    officers = next(t for t in doc if t.text == "officers")
    holed = next(t for t in doc if t.text == "holed")
    assert (officers.dep_, officers.head.text) == ("pobj", "to")
    assert (holed.dep_, holed.head.text) == ("acl", "officers")


@pytest.mark.parametrize("text", [
    "The move came after William Conley, a district judge, ordered that ballots be accepted.",
    "Talks stalled until the rebels withdrew from the town.",
    "Kenya sent aid to the families on Monday.",
])
def test_clauses_and_objects_are_left_alone(text: str) -> None:
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["seismo_stranded_objects"]):
        doc = nlp(text)
    assert all(_stranded_object(t) is None for t in doc if t.dep_ == "prep" and not list(t.children))
