"""A direct object moved behind a comma-bracketed aside of time gets its verb back (nlp/shifted.py,
``seismo_shifted_objects``): 'rejected, on Friday, a lawsuit filed by X' and the relative-clause form the parser hangs
on the subject's noun. A verb with an object or a clause of its own, and a time noun after the aside, are left alone."""

from __future__ import annotations

import pytest

from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "verb", "noun"), [
    ("The Chilean Supreme Court rejected, on Friday, a lawsuit filed by Peru.", "rejected", "lawsuit"),
    ("The Kenyan court rejected, the day before the vote, a petition filed by the opposition.", "rejected",
     "petition"),
    ("Crowds gathered in front of the Polish Constitutional Tribunal, which rejected, on Monday, a complaint "
     "filed by Hungary which tried to stop the law.", "rejected", "complaint"),
])
def test_object_after_an_aside_is_the_verb_object(text: str, verb: str, noun: str) -> None:
    doc = load_pipeline()(text)
    word = next(t for t in doc if t.text == noun)
    assert (word.dep_, word.head.text) == ("dobj", verb)


@pytest.mark.parametrize(("text", "word", "verb"), [
    ("The ministry condemned, on Friday, the decision, and a spokesman said talks would go on.", "spokesman",
     "condemned"),
    ("The army withdrew, on Monday, a week after the talks.", "week", "withdrew"),
    ("Rebels said, on Sunday, the convoy was attacked.", "convoy", "said"),
])
def test_objects_clauses_and_time_nouns_are_left_alone(text: str, word: str, verb: str) -> None:
    token = next(t for t in load_pipeline()(text) if t.text == word)
    assert not (token.dep_ == "dobj" and token.head.text == verb)
