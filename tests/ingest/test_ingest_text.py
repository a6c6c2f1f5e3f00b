"""Plain text: title, date line, datelines, boilerplate, language, hashing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ingest_helpers import ENGLISH_BODY, GERMAN, RUSSIAN, SEED

from seismo.config import Settings
from seismo.ingest import parse_text, read_inputs
from seismo.ingest.boilerplate import load_boilerplate, strip_boilerplate
from seismo.models import Article, Rejection


def article(raw: str, settings: Settings) -> Article:
    result = parse_text(raw, "doc.txt", settings)
    assert isinstance(result, Article), result
    return result


def rejection(raw: str, settings: Settings, code: str) -> Rejection:
    result = parse_text(raw, "doc.txt", settings)
    assert isinstance(result, Rejection), result
    assert result.code == code
    return result


def test_seed_article(settings: Settings) -> None:
    results = list(read_inputs([str(SEED)], settings))
    assert len(results) == 1
    doc = results[0]
    assert isinstance(doc, Article), doc
    assert doc.title == "Russia Pulls Back Some Troops From Ukraine Border"
    assert doc.outlet == "Fwrd Axis"
    assert doc.text.startswith("Some Russian troops")
    assert "Related Posts" not in doc.text
    assert "This is a developing story" not in doc.text
    assert doc.text.endswith("not allow Ukraine to join.")
    assert doc.published is None  # nothing in the file dates it; never today's date
    assert doc.source == str(SEED)
    assert doc.doc_id == doc.content_hash == Article.hash_text(doc.text)
    assert "“distinct possibility”" in doc.text  # curly quotes kept byte for byte


def test_seed_article_takes_default_date(settings: Settings) -> None:
    settings.published = dt.date(2022, 2, 15)
    doc = article(SEED.read_text(encoding="utf-8"), settings)
    assert doc.published == dt.date(2022, 2, 15)


def test_title_and_paragraphs(settings: Settings) -> None:
    raw = (
        "\r\n\r\n  Big Headline  \r\n\r\nFirst para line one.   \r\nline two."
        "\r\n\r\n\r\n\r\nSecond para.\r\n"
    )
    doc = article(raw, settings)
    assert doc.title == "Big Headline"
    assert doc.text == "First para line one.\nline two.\n\nSecond para."


def test_single_line_is_body_not_title(settings: Settings) -> None:
    doc = article("Troops moved to the border on Monday.", settings)
    assert doc.title is None
    assert doc.text == "Troops moved to the border on Monday."


@pytest.mark.parametrize("lede", [
    "Russian forces shelled Kharkiv on Monday, killing three civilians.",
    'The minister said the talks had "failed."',
    "Did the army withdraw?",
    "Protesters stormed the parliament!",
])
def test_short_lede_ending_like_a_sentence_is_body_not_title(settings: Settings, lede: str) -> None:
    """Issue 14: a first paragraph is the lede, and coded, unless it looks like a headline."""
    doc = article(f"{lede}\n\nOfficials said more strikes followed.", settings)
    assert doc.title is None
    assert doc.text.startswith(lede)


@pytest.mark.parametrize("title", ["Russia pulls back some troops from Ukraine border",
                                   "U.S. and Iran hold talks in Oman", "Explainer: what the deal means"])
def test_headline_without_sentence_end_is_a_title(settings: Settings, title: str) -> None:
    doc = article(f"{title}\n\nThe body starts here.", settings)
    assert doc.title == title


def test_long_first_line_is_not_a_title(settings: Settings) -> None:
    first = "The troops moved to the border and they were there for a week. " * 6
    doc = article(first + "\n\nMore text here.", settings)
    assert doc.title is None
    assert doc.text.startswith("The troops moved")


@pytest.mark.parametrize(
    ("lead", "outlet", "place"),
    [
        ("(Fwrd Axis) — ", "Fwrd Axis", None),
        ("(Some Outlet) \u2013 ", "Some Outlet", None),  # en dash
        ("(AP) - ", "AP", None),
        ("(CNN)", "CNN", None),
        ("KYIV (Reuters) - ", "Reuters", "KYIV"),
        ("KYIV (Reuters) — ", "Reuters", "KYIV"),
        ("KYIV (Reuters) \u2013 ", "Reuters", "KYIV"),
        ("KYIV (Reuters) -- ", "Reuters", "KYIV"),
        ("NEW YORK (AP) — ", "AP", "NEW YORK"),
        ("KYIV, Ukraine (Reuters) - ", "Reuters", "KYIV, Ukraine"),
        ("Kyiv (Reuters) - ", "Reuters", "Kyiv"),
        ("WASHINGTON — ", None, "WASHINGTON"),
        ("ST. PETERSBURG - ", None, "ST. PETERSBURG"),
    ],
)
def test_datelines(settings: Settings, lead: str, outlet: str | None, place: str | None) -> None:
    doc = article(f"Headline\n\n{lead}Some troops moved.\n\nSecond para.", settings)
    assert doc.text.startswith("Some troops moved.")
    assert doc.outlet == outlet
    assert doc.dateline == place


def test_dateline_with_date_uses_known_year(settings: Settings) -> None:
    settings.published = dt.date(2022, 3, 1)
    doc = article("Headline\n\nMOSCOW, Feb 15 (AP) — Some troops moved.", settings)
    assert (doc.dateline, doc.outlet, doc.text) == ("MOSCOW", "AP", "Some troops moved.")
    assert doc.published == dt.date(2022, 2, 15)


def test_dateline_date_in_december_belongs_to_previous_year(settings: Settings) -> None:
    settings.published = dt.date(2023, 1, 2)
    doc = article("Headline\n\nMOSCOW, Dec. 30 (AP) - Troops moved.", settings)
    assert doc.published == dt.date(2022, 12, 30)


def test_dateline_date_without_known_year_is_not_guessed(settings: Settings) -> None:
    doc = article("Headline\n\nMOSCOW, Feb 15 (AP) — Some troops moved.", settings)
    assert doc.published is None
    assert doc.text == "Some troops moved."


def test_date_line_beats_dateline_date(settings: Settings) -> None:
    settings.published = dt.date(2022, 3, 1)
    doc = article("Headline\nFebruary 16, 2022\n\nMOSCOW, Feb 15 (AP) — Troops moved.", settings)
    assert doc.published == dt.date(2022, 2, 16)


@pytest.mark.parametrize(
    "body",
    [
        "Russian troops (about 100) - moved on.",
        "The president (Biden) - said no.",
        "Biden said - no - to the plan.",
        "(this is an aside) The troops moved.",
        "KYIV (Reuters) -",
    ],
)
def test_ordinary_first_sentences_are_not_datelines(settings: Settings, body: str) -> None:
    doc = article(f"Headline\n\n{body}\n\nSecond.", settings)
    assert doc.text.startswith(body)
    assert doc.dateline is None
    assert doc.outlet is None


@pytest.mark.parametrize(
    "line",
    [
        "February 15, 2022",
        "Feb. 15, 2022",
        "15 Feb 2022",
        "15 February 2022",
        "2022-02-15",
        "2022/02/15",
        "Published: February 15, 2022",
        "Updated on Feb 15, 2022",
        "Tuesday, February 15, 2022",
        "February 15, 2022 10:30 AM ET",
        "2022-02-15T09:30:00Z",
    ],
)
def test_date_line_under_title(settings: Settings, line: str) -> None:
    doc = article(f"Headline\n{line}\n\nTroops moved.", settings)
    assert doc.published == dt.date(2022, 2, 15)
    assert doc.title == "Headline"
    assert doc.text == "Troops moved."


def test_date_line_after_blank_line(settings: Settings) -> None:
    doc = article("Headline\n\nFebruary 15, 2022\n\nTroops moved.", settings)
    assert doc.published == dt.date(2022, 2, 15)
    assert doc.text == "Troops moved."


@pytest.mark.parametrize(
    "line",
    ["On February 15, 2022 troops moved.", "February 30, 2022", "Tuesday", "Yesterday"],
)
def test_non_date_lines_stay_in_body(settings: Settings, line: str) -> None:
    doc = article(f"Headline\n{line}\n\nTroops moved.", settings)
    assert doc.published is None
    assert doc.text.startswith(line)


def test_trailing_boilerplate_removed_repeatedly(settings: Settings) -> None:
    raw = (
        "Headline\n\nTroops moved.\n\nThis is a developing story and will be updated.\n\n"
        "Share this\nFollow us on Twitter\n\nSubscribe to our newsletter\n\n"
        "Click here to read more\n\nRead more: other news\n\n"
        "© 2022 Some Publisher. All rights reserved.\n\nRelated Articles\n"
    )
    assert article(raw, settings).text == "Troops moved."


def test_standalone_share_lines_dropped_anywhere(settings: Settings) -> None:
    raw = (
        "Headline\n\nShare this\n\nTroops moved.\n\nADVERTISEMENT\n\n"
        "Talks resumed.\nShare on Facebook"
    )
    assert article(raw, settings).text == "Troops moved.\n\nTalks resumed."


def test_related_links_section_cut(settings: Settings) -> None:
    raw = (
        f"Headline\n\n{ENGLISH_BODY}\n\nRelated Posts\n\nArmy drills end\nTalks in Geneva\n"
        "Oil prices rise"
    )
    assert article(raw, settings).text == ENGLISH_BODY


def test_related_header_before_long_text_drops_only_header(settings: Settings) -> None:
    raw = f"Headline\n\nTroops moved.\n\nRelated\n\n{ENGLISH_BODY}"
    assert article(raw, settings).text == f"Troops moved.\n\n{ENGLISH_BODY}"


@pytest.mark.parametrize(
    "last",
    [
        "Share prices fell 3% on Monday.",
        "More than 100 people were killed.",
        "Copyright lawsuits are rising.",
        "Follow-up talks are planned.",
    ],
)
def test_content_lines_that_look_like_boilerplate_are_kept(settings: Settings, last: str) -> None:
    assert article(f"Headline\n\nTroops moved.\n\n{last}", settings).text.endswith(last)


def test_boilerplate_only_is_rejected(settings: Settings) -> None:
    raw = "Headline\n\nShare this\n\nRelated Posts\n\nSubscribe to our newsletter"
    result = rejection(raw, settings, "I014")
    assert result.reason == "I014 doc.txt: no text left after removing boilerplate"


def test_boilerplate_patterns_are_extensible(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("trailing:\n  - 'support our journalism\\b.*'\n", encoding="utf-8")
    text = "Troops moved.\n\nSupport our journalism today!"
    assert strip_boilerplate(text) == text
    assert strip_boilerplate(text, load_boilerplate([extra])) == "Troops moved."


def test_text_kept_verbatim(settings: Settings) -> None:
    body = "He said: “No,  never” — and \u2018left\u2019 -- at 5pm.\tDone.\nNext line 'x' \"y\"."
    assert article(f"Headline\n\n{body}", settings).text == body


def test_outlet_and_date_defaults(settings: Settings) -> None:
    settings.outlet = "Default Wire"
    settings.published = dt.date(2021, 1, 5)
    doc = article("Headline\n\nTroops moved.", settings)
    assert (doc.outlet, doc.published) == ("Default Wire", dt.date(2021, 1, 5))
    assert article("Headline\n\n(AP) - Troops moved.", settings).outlet == "AP"


def test_doc_id_is_content_hash(settings: Settings) -> None:
    one = article("Title A\n\nTroops moved.", settings)
    two = article("Title B\n\nTroops moved.", settings)
    assert one.doc_id == two.doc_id == Article.hash_text("Troops moved.")


@pytest.mark.parametrize("foreign", [GERMAN, RUSSIAN])
def test_non_english_is_rejected(settings: Settings, foreign: str) -> None:
    result = rejection(f"Titel\n\n{foreign}", settings, "I009")
    assert "does not look like English" in result.reason


def test_short_texts_are_not_judged_for_language(settings: Settings) -> None:
    assert article("Titel\n\nDie Truppen ziehen ab.", settings).text == "Die Truppen ziehen ab."


def test_english_with_foreign_names_passes(settings: Settings) -> None:
    body = ENGLISH_BODY + " Министерство обороны said so, as did Verteidigungsministerium."
    assert article(f"Headline\n\n{body}", settings).text == body


def test_empty_text_is_rejected(settings: Settings) -> None:
    assert rejection(" \n\t\n", settings, "I002").reason == "I002 doc.txt: file is empty"
