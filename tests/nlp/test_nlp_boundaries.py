"""Sentence boundaries the parser must respect: blank lines and the edges of article noise (seismo_boundaries)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from seismo.config import Settings
from seismo.nlp.pipeline import load_pipeline
from seismo.pipeline import split_inputs

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = ROOT.parent / "shared" / "news" / "wikinews_en.jsonl"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(Settings().model)


def _crossing(doc) -> list[str]:
    """Sentences whose words run across a blank line."""
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words and "\n\n" in doc.text[words[0].idx : words[-1].idx]:
            out.append(sent.text)
    return out


def _texts() -> list[str]:
    articles, _ = split_inputs([str(ROOT / "examples")], Settings())
    texts = [a.text for a in articles]
    if WIKINEWS.exists():
        with WIKINEWS.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f][:30]
    return texts


def test_the_boundary_component_runs_before_the_parser(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("seismo_boundaries") < names.index("parser")


@pytest.mark.parametrize("text", [
    "Talks in Geneva\n\nRussia and Ukraine agreed on Friday to reopen talks.",
    "Police stand guard outside the parliament. REUTERS/Thomas Mukoya\n\nNAIROBI police said protesters stormed "
    "a checkpoint.",
    "Kenya's Ruto meets Biden at the White House\n\nThe two leaders discussed trade.",
])
def test_no_sentence_runs_across_a_blank_line(nlp, text: str) -> None:
    doc = nlp(text)
    assert not _crossing(doc), [s.text for s in doc.sents]
    assert all(len([t for t in s if not t.is_space]) != 1 or s[0].is_punct for s in doc.sents), [
        s.text for s in doc.sents]  # no one-word fragments from the preset boundary


def test_no_sentence_runs_across_a_blank_line_in_real_articles(nlp) -> None:
    crossing = [s for doc in nlp.pipe(_texts()) for s in _crossing(doc)]
    assert not crossing, crossing[:5]


def test_noise_lines_are_sentences_of_their_own(nlp) -> None:
    doc = nlp("By Jane Doe\nEthiopia and Eritrea agreed on Friday to reopen their border. "
              "(Additional reporting by Ali Musa) Sudan welcomed the deal.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == ["By Jane Doe", "Ethiopia and Eritrea agreed on Friday to reopen their border.",
                         "(Additional reporting by Ali Musa)", "Sudan welcomed the deal."]



def test_no_sentence_starts_right_after_a_word(nlp) -> None:
    """A sentence ends with punctuation: the parser, left free, cut "at the Granja | do Torto" in a real article
    (it read "do Torto" as a clause), so the boundary component forbids a start right after a word."""
    doc = nlp.make_doc("They had lunch at the Granja do Torto with James To. Talks followed.\nNext line")
    doc = nlp.get_pipe("seismo_boundaries")(doc)
    after_word = {t.text: t.is_sent_start for t in doc[1:] if doc[t.i - 1].is_alpha and not t.is_space}
    assert after_word["do"] is False and after_word["To"] is False and after_word["Torto"] is False
    free = {t.text: t.is_sent_start for t in doc if t.text in ("Talks", "Next")}
    assert free == {"Talks": None, "Next": None}  # after an end mark or a line break the parser decides


def _starts_one_by_one(doc) -> list[int]:
    """The rule as a walk over tokens (what ``_preset_line_starts`` computes as one array)."""
    for before, token in itertools.pairwise(doc):
        if token.is_space and "\n\n" in token.text:
            token.is_sent_start = True
        elif before.is_alpha and not token.is_space and token.is_sent_start is None:
            token.is_sent_start = False
    return [t.is_sent_start for t in doc]


@pytest.mark.parametrize("text", [
    "Talks in Geneva\n\nRussia and Ukraine agreed to a truce on Monday.",
    "Ministers met at the Granja do Torto. They agreed.\n \n\nA  caption  here\n\n\n",
    "Rebels shelled the town!\n\n\"We will return,\" a commander said.  Police arrested 12.",
    "one two",
])
def test_line_starts_set_as_one_array_match_the_token_walk(nlp, text: str) -> None:
    """Lossless speed-up (issue 15): the preset starts are the token walk's, token for token."""
    from seismo.nlp.components import _preset_line_starts

    walked, arrayed = nlp.make_doc(text), nlp.make_doc(text)
    _preset_line_starts(arrayed)
    assert [t.is_sent_start for t in arrayed] == _starts_one_by_one(walked)
