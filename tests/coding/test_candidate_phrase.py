"""The candidate's own words that scripts/type_candidate_cv.py embeds beside the sentence (issue 18 study):
the trigger with its object and complement, never its subject or a reported clause."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from type_candidate_cv import PHRASE_WORDS, candidate_phrase


@pytest.fixture(scope="module")
def nlp():
    from seismo.nlp import load_pipeline

    return load_pipeline()


@pytest.mark.parametrize(("sentence", "trigger", "phrase"), [
    ("Ruritania withdrew its troops from the border on Monday, officials said.", "withdrew",
     "withdrew its troops from the border on Monday"),
    ("The rebels said they would hold talks with the government.", "talks", "talks with the government"),
    ("Police in Freedonia arrested two opposition leaders.", "arrested", "arrested two opposition leaders"),
])
def test_phrase_is_the_trigger_and_its_object(nlp, sentence: str, trigger: str, phrase: str) -> None:
    assert candidate_phrase(nlp(sentence), trigger) == phrase


def test_subject_and_reported_clause_are_left_out(nlp) -> None:
    doc = nlp("The minister accused the army of shelling villages, saying that it had killed twelve people.")
    phrase = candidate_phrase(doc, "accused")
    assert "minister" not in phrase and "saying" not in phrase
    assert phrase.startswith("accused the army")


def test_long_phrases_keep_the_words_nearest_the_trigger(nlp) -> None:
    doc = nlp("Troops shelled the old quarter of the northern city of Aleppo near the ancient citadel for hours.")
    words = candidate_phrase(doc, "shelled").split()
    assert len(words) == PHRASE_WORDS and words[0] == "shelled"


def test_an_unfound_trigger_is_its_own_phrase(nlp) -> None:
    assert candidate_phrase(nlp("Nothing happened here today."), "bombing") == "bombing"
