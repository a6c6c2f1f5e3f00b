"""The I009 language check: English captions and name-heavy wire copy pass, other languages do not.

The labelled snippets are the ones ``bench/langid_compare.py`` measures (docs/ingest.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import GERMAN, RUSSIAN

from seismo.config import Settings
from seismo.ingest import parse_text
from seismo.ingest.language import MIN_WORDS, SAMPLE_CHARS, evidence_words, non_english_reason, sample
from seismo.models import Article, Rejection

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "bench" / "langid"
GSR = ROOT.parent / "shared" / "gold" / "plover_gsr.jsonl"
WIKINEWS = ROOT.parent / "shared" / "news" / "wikinews_en.jsonl"

# Issue 13's row: a photo caption full of names was rejected as "not English".
NATO_CAPTION = (
    "U.S. President Joe Biden greets NATO Secretary General Jens Stoltenberg during a NATO summit in "
    "Vilnius, Lithuania, July 11, 2023. REUTERS/Kevin Lamarque"
)
NAMES_CAPTION = (
    "Turkish President Tayyip Erdogan greets Ukrainian President Volodymyr Zelenskiy and Swedish Prime "
    "Minister Ulf Kristersson during a NATO summit in Vilnius, Lithuania July 11, 2023. REUTERS/Yves Herman"
)


def _snippets(name: str) -> list[dict]:
    with (LABELLED / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.mark.parametrize("caption", [NATO_CAPTION, NAMES_CAPTION])
def test_english_caption_with_many_names_is_an_article(settings: Settings, caption: str) -> None:
    result = parse_text(caption + "\n", "caption.txt", settings)
    assert isinstance(result, Article), result
    assert result.text == caption


def test_caption_above_a_story_is_accepted(settings: Settings) -> None:
    raw = f"Leaders meet in Vilnius\n\n{NAMES_CAPTION}\n\nThe alliance agreed on Tuesday to expand its forces."
    assert isinstance(parse_text(raw, "doc.txt", settings), Article)


@pytest.mark.parametrize("row", _snippets("english_names.jsonl"), ids=lambda r: r["text"][:40])
def test_english_names_and_captions_are_never_rejected(row: dict) -> None:
    assert non_english_reason(row["text"]) is None


@pytest.mark.parametrize(
    "row",
    [r for r in _snippets("foreign.jsonl") + _snippets("foreign_heldout.jsonl")
     if evidence_words(r["text"]) >= MIN_WORDS],
    ids=lambda r: f"{r['lang']}-{r['text'][:30]}",
)
def test_other_languages_are_rejected(row: dict) -> None:
    assert non_english_reason(row["text"]) is not None


@pytest.mark.skipif(not GSR.exists() or not WIKINEWS.exists(), reason="../shared not present")
def test_gold_sentences_and_headlines_are_english() -> None:
    texts = [json.loads(line)["text"] for line in GSR.open(encoding="utf-8")]
    texts += [json.loads(line)["title"] for line in WIKINEWS.open(encoding="utf-8")]
    rejected = [t for t in texts if non_english_reason(t) is not None]
    assert not rejected


@pytest.mark.parametrize(("text", "language"), [(GERMAN, "German"), (RUSSIAN, "Russian")])
def test_rejection_reason_names_the_language_on_one_line(settings: Settings, text: str, language: str) -> None:
    result = parse_text(f"Titel\n\n{text}", "doc.txt", settings)
    assert isinstance(result, Rejection) and result.code == "I009"
    assert f"identified as {language}" in result.reason
    assert "\n" not in result.reason


def test_names_are_no_evidence() -> None:
    assert evidence_words("Tayyip Erdogan, Ulf Kristersson and Jens Stoltenberg in Vilnius") == 2  # and, in
    assert evidence_words("警方周六在市中心逮捕了数十名抗议者") == 8  # 17 characters, half a word each


def test_too_little_evidence_is_not_judged() -> None:
    calls: list[str] = []

    def identify(text: str) -> dict[str, float]:
        calls.append(text)
        return {"de": 1.0}

    assert non_english_reason("Scholz trifft Macron in Paris", identify) is None
    assert calls == []


@pytest.mark.parametrize(("probabilities", "rejected"), [
    ({"de": 0.95, "en": 0.05}, True),
    ({"de": 0.85, "en": 0.15}, False),  # English still plausible: kept
    ({"en": 0.6, "de": 0.4}, False),
])
def test_reject_only_when_english_is_improbable(probabilities: dict[str, float], rejected: bool) -> None:
    reason = non_english_reason("die Truppen wurden am Dienstag abgezogen", lambda _text: probabilities)
    assert (reason is not None) is rejected


def test_long_documents_are_judged_on_a_sample() -> None:
    german = " ".join([GERMAN] * 100)
    assert len(sample(german)) <= SAMPLE_CHARS + 2 < len(german)
    assert non_english_reason(german) is not None
    english = " ".join([NAMES_CAPTION] * 100)
    assert non_english_reason(english) is None


@pytest.mark.parametrize("sentence", [
    "Tomislav Nikolić met Bashar al-Assad and Justin Trudeau in Kragujevac on Monday.",
    "Recep Tayyip Erdoğan hosted Kassym-Jomart Tokayev and Ilham Aliyev in Ankara on Friday.",
])
def test_short_sentence_of_foreign_names_is_english(sentence: str) -> None:
    """The names look Croatian or Turkish; the words between them are English."""
    assert non_english_reason(sentence) is None


def test_foreign_text_is_still_foreign_without_its_names() -> None:
    text = "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, sagte ein Sprecher."
    reason = non_english_reason(text)
    assert reason is not None and "German" in reason
