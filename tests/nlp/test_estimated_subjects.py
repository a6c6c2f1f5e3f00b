"""A crowd counted in a free relative ('what organizers estimated at 200,000 people marched') is the subject of
what it did (nlp/subjects.py, ``seismo_estimated_subjects``), so the march has a doer and a count."""

from __future__ import annotations

import pytest

from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _deps(text: str) -> dict[str, tuple[str, str]]:
    doc = load_pipeline()(text)
    return {t.text: (t.dep_, t.head.text) for t in doc}


@pytest.mark.parametrize(("text", "crowd", "act"), [
    ("Yesterday, what organizers estimated at 200,000 people marched through central Santiago.", "people", "marched"),
    ("On Sunday, what police estimated at 15,000 Georgians rallied outside parliament in Tbilisi.", "Georgians",
     "rallied"),
    ("Yesterday, what organizers estimated at 1.7 million Chileans, about a tenth of the country's population, "
     "marched from Plaza Italia toward the presidential palace.", "Chileans", "marched"),
    ("Yesterday, what organizers estimated at 1.2 million Chileans, about a tenth of the country's population, "
     "marched through central Santiago.", "Chileans", "marched"),
])
def test_the_counted_crowd_is_the_subject(text: str, crowd: str, act: str) -> None:
    deps = _deps(text)
    assert deps[crowd] == ("nsubj", act), deps
    assert deps["estimated"] == ("acl", crowd), deps


def test_an_estimate_with_its_own_object_is_left_alone() -> None:
    deps = _deps("Police estimated the crowd at 20,000 and said the march was peaceful.")
    assert deps["estimated"][0] == "ROOT" and deps["crowd"] == ("dobj", "estimated"), deps

