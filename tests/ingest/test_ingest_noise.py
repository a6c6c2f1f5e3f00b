"""Article noise: captions, credits, bylines and social posts are marked (not removed); datelines below them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seismo.config import Settings
from seismo.ingest import parse_text
from seismo.ingest.noise import find_noise, line_kind, load_noise
from seismo.models import Article

WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "news" / "wikinews_en.jsonl"
CAPTION = "Police stand guard outside the parliament. REUTERS/Thomas Mukoya"
STORY = "Ethiopia and Eritrea agreed on Friday to reopen their border."


def article(raw: str, settings: Settings) -> Article:
    result = parse_text(raw, "doc.txt", settings)
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(("line", "kind"), [
    (CAPTION, "caption"),
    ("FILE PHOTO: Sudan's army chief attends a ceremony in Khartoum. REUTERS/Mohamed Nureldin Abdallah/File Photo",
     "caption"),
    ("Image: Hamas fighters at a rally in Gaza City", "caption"),
    ("Hungarian Prime Minister Viktor Orban inspects the fence near Roszke. AFP via Getty Images", "caption"),
    ("Mexican President Andres Manuel Lopez Obrador speaks. (Photo by Hector Vivas/Getty Images)", "caption"),
    ("Ethiopian Prime Minister Abiy Ahmed in Mekelle. (AP Photo/Mulugeta Ayene)", "caption"),
    ("Chilean President Gabriel Boric at the summit in Lima. EFE/Paolo Aguilar", "caption"),
    ("Indonesian President Joko Widodo in Jakarta. Photo: Reuters", "caption"),
    ("By Jane Doe", "byline"),
    ("By Jane Doe and John Roe, Reuters", "byline"),
    ("By JANE DOE, Associated Press", "byline"),
    ("Reporting by Ahmed Tolba and Nafisa Eltahir; Editing by Toby Chopra", "credit"),
    ("(Additional reporting by Jane Doe in Nairobi)", "credit"),
    ("\u2014 Abiy Ahmed Ali (@AbiyAhmedAli) March 3, 2023", "social"),
    ("Today we opened a new chapter for our peoples. pic.twitter.com/abc123", "social"),
])
def test_noise_lines(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "By Monday, Russian troops had pulled back from the border.",
    "By contrast, Ukraine said nothing.",
    "Russia attacked Ukraine on Tuesday, officials said.",
    "The U.S. and the EU/NATO agreed to expand the mission.",
    "Police photographed the protesters outside the parliament.",
    "Reuters reported that the talks had failed.",
])
def test_content_lines_are_not_noise(line: str) -> None:
    assert line_kind(line) is None


@pytest.mark.skipif(not WIKINEWS.exists(), reason="../shared not present")
def test_real_news_bodies_have_no_noise() -> None:
    """110 Wikinews articles (cleaned bodies, no captions): nothing of them is marked."""
    marked = [(rec["id"], rec["text"][n.start:n.end]) for rec in map(json.loads, WIKINEWS.open(encoding="utf-8"))
              for n in find_noise(rec["text"])]
    assert not marked


def test_inline_credits_mark_only_the_credit() -> None:
    text = "Talks ended on Friday. (Additional reporting by Jane Doe)\n\nRebels stormed a checkpoint [Source: Xinhua]."
    spans = [(text[n.start:n.end], n.kind) for n in find_noise(text)]
    assert spans == [("(Additional reporting by Jane Doe)", "credit"), ("[Source: Xinhua]", "credit")]


def test_an_embedded_post_is_noise_with_its_signature() -> None:
    post = "Today we opened a new chapter with Eritrea."
    signature = "\u2014 Abiy Ahmed Ali (@AbiyAhmedAli) March 3, 2023"
    text = f"{STORY}\n\n{post}\n\n{signature}\n\nProtesters later stormed a checkpoint."
    marked = [text[n.start:n.end] for n in find_noise(text)]
    assert marked == [post, signature]
    lone = f"{STORY * 6}\n\n{signature}"  # not post-sized: body text the extractor left above a lone signature
    assert [lone[n.start:n.end] for n in find_noise(lone)] == [signature]


def test_noise_stays_in_the_text_verbatim(settings: Settings) -> None:
    body = f"{STORY} (Additional reporting by Jane Doe)\n\n{CAPTION}\n\nBy Jane Doe"
    assert article(f"Headline\n\n{body}", settings).text == body


@pytest.mark.parametrize("headline", ["", "Border to reopen\n\n"])
def test_a_dateline_is_found_after_a_leading_caption(settings: Settings, headline: str) -> None:
    """Issue 13's row: the caption stays (marked as noise) and the dateline below it is still cut."""
    doc = article(f"{headline}{CAPTION}\n\nNAIROBI, Kenya (AP) \u2014 {STORY}\n", settings)
    assert (doc.dateline, doc.outlet) == ("NAIROBI, Kenya", "AP")
    assert doc.text == f"{CAPTION}\n\n{STORY}"
    assert doc.title == (headline.strip() or None)  # a caption is not a headline


def test_a_dateline_is_found_after_a_byline(settings: Settings) -> None:
    doc = article(f"Border to reopen\nBy Jane Doe and John Roe, Reuters\nNAIROBI (Reuters) - {STORY}\n", settings)
    assert (doc.title, doc.dateline) == ("Border to reopen", "NAIROBI")
    assert doc.text == f"By Jane Doe and John Roe, Reuters\n{STORY}"


def test_users_can_add_noise_patterns(tmp_path: Path) -> None:
    extra = tmp_path / "noise.yaml"
    extra.write_text("line:\n  promo:\n    - 'Listen to this article.*'\n", encoding="utf-8")
    text = f"Listen to this article (3 min)\n\n{STORY}"
    assert find_noise(text) == []
    assert [(n.kind, text[n.start:n.end]) for n in find_noise(text, load_noise([extra]))] == [
        ("promo", "Listen to this article (3 min)")]


def test_noise_spans_are_kept_for_the_next_asker_and_handed_out_as_copies() -> None:
    """The parser's boundary component and the coder ask for the same article's spans: the second ask is
    answered from the bounded cache (issue 15), with the same spans, in a list the asker may change."""
    from seismo.ingest import noise

    text = ("Rebels shelled the town of Kessa on Monday, officials said.\n\n"
            "(Reporting by Jane Doe; Editing by John Roe)\n\nPhoto: AP")
    first = noise.noise_spans(text)
    hits = noise._kept_spans.cache_info().hits
    first.append((0, 1))
    again = noise.noise_spans(text)
    assert noise._kept_spans.cache_info().hits == hits + 1
    assert again == [(n.start, n.end) for n in noise.find_noise(text)] and again
    long_text = text + " word" * (noise._KEPT_CHARS // 5)
    assert noise.noise_spans(long_text) == [(n.start, n.end) for n in noise.find_noise(long_text)]
