"""End to end (files -> split_inputs -> code_articles): article noise is not coded and gives no country;
a dateline says where the reporter filed, not whose story it is (issue 13, item 9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from seismo.config import Settings
from seismo.models import Article, Event
from seismo.pipeline import code_articles, split_inputs

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 3, 10)  # a Friday
STORY = ("NAIROBI, Kenya (AP) \u2014 Ethiopia and Eritrea agreed on Friday to reopen their border. "
         "Protesters later stormed a checkpoint near the frontier.")
CAPTION = "Police stand guard outside the parliament. REUTERS/Thomas Mukoya"


def code_file(tmp_path: Path, raw: str) -> tuple[Article, list[Event]]:
    path = tmp_path / "story.txt"
    path.write_text(raw, encoding="utf-8")
    settings = Settings(published=PUBLISHED)
    articles, rejections = split_inputs([str(path)], settings)
    assert not rejections and len(articles) == 1, rejections
    coded = next(code_articles(articles, settings))
    return coded.article, coded.events


def _countries(event: Event) -> set[str | None]:
    return {a.country for a in (event.source, event.target) if a is not None}


def _protest_events(events: list[Event]) -> list[Event]:
    found = [e for e in events if e.evidence.sentence.startswith("Protesters")]
    assert found, [(e.type, e.evidence.sentence) for e in events]
    return found


def test_the_dateline_does_not_make_the_protesters_kenyan(tmp_path: Path) -> None:
    """Issue 13's row: NAIROBI is where the reporter filed; the story is Ethiopia's and Eritrea's."""
    article, events = code_file(tmp_path, f"Test headline\n\n{STORY}\n")
    assert article.dateline == "NAIROBI, Kenya"
    for event in _protest_events(events):
        assert event.source is not None and event.source.country != "KEN", event.source
    assert not any("KEN" in _countries(e) for e in events)


def test_a_caption_above_the_dateline_is_skipped_and_the_dateline_found(tmp_path: Path) -> None:
    article, events = code_file(tmp_path, f"{CAPTION}\n\n{STORY}\n")
    assert article.dateline == "NAIROBI, Kenya" and article.text.startswith(CAPTION)
    assert not any("REUTERS" in e.evidence.sentence or "guard" in e.evidence.sentence for e in events)
    assert any(e.type == "AGREE" for e in events)
    for event in _protest_events(events):
        assert event.source is not None and event.source.country != "KEN", event.source


def test_names_in_a_caption_do_not_give_the_story_its_country(tmp_path: Path) -> None:
    caption = ("Kenyan President William Ruto greets Ugandan President Yoweri Museveni during a summit in "
               "Nairobi. REUTERS/Thomas Mukoya")
    _, events = code_file(tmp_path, f"Test headline\n\n{caption}\n\nPolice arrested 40 protesters on Wednesday.\n")
    [arrest] = [e for e in events if e.type == "COERCE"]
    assert arrest.evidence.sentence == "Police arrested 40 protesters on Wednesday."
    assert arrest.source is not None and arrest.source.country is None


def test_captions_bylines_credits_and_posts_are_not_coded(tmp_path: Path) -> None:
    body = "\n\n".join([
        "Kenyan police fire tear gas at protesters in Nairobi, Kenya July 7, 2023. REUTERS/Thomas Mukoya",
        "By Jane Doe and John Roe, Reuters",
        "Ethiopia and Eritrea agreed on Friday to reopen their border. (Additional reporting by Ali Musa)",
        "Today Ethiopia signed a peace agreement with Eritrea and Sudan. pic.twitter.com/abc123",
        "\u2014 Abiy Ahmed Ali (@AbiyAhmedAli) March 3, 2023",
        "Reporting by Jane Doe; Editing by John Roe",
        "Sudan condemned the decision on Thursday.",
    ])
    article, events = code_file(tmp_path, f"Test headline\n\n{body}\n")
    assert article.text == body
    sentences = {e.evidence.sentence for e in events}
    assert sentences == {"Ethiopia and Eritrea agreed on Friday to reopen their border.",
                         "Sudan condemned the decision on Thursday."}, sentences


def test_a_heading_paragraph_is_not_parsed_into_the_next_sentence(tmp_path: Path) -> None:
    _, events = code_file(tmp_path, "Test headline\n\nTalks in Geneva\n\nRussia and Ukraine agreed on Friday to "
                                    "reopen talks.\n")
    assert events
    assert all(e.evidence.sentence.startswith("Russia and Ukraine") for e in events), [
        e.evidence.sentence for e in events]
