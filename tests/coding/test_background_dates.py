"""Background acts and participles: which day an act told around the story's events takes (issue 13, item 8).

An act told as before the story ('had previously attacked') takes neither the paragraph's day nor the
publication date; a present participle on a clause's object ('issued a decree banning protests') happens when
the clause does (docs/dates.md, "Event dates").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

pytestmark = pytest.mark.slow

FRIDAY = dt.date(2023, 3, 10)
TUESDAY = dt.date(2023, 3, 7)
SHELLED = "Russian forces shelled Kharkiv on Tuesday. "


def _in(events, word):
    return [e for e in events if e.trigger == word]


@pytest.mark.parametrize("sentence, words", [
    ("Ukrainian troops had previously attacked Russian positions near Bakhmut.", "previously"),
    ("Turkish forces have attacked Kurdish fighters in the past.", "in the past"),
])
def test_a_background_act_takes_no_day_of_the_story(tmp_path: Path, sentence: str, words: str):
    events = asserted(code_text(tmp_path, SHELLED + sentence, FRIDAY), "ASSAULT")
    attacked = _in(events, "attacked")
    assert attacked, events
    assert all((e.date, e.date_precision, e.date_text) == (None, None, f"(background) {words}") for e in attacked)
    assert _in(events, "shelled")[0].date == TUESDAY  # the story's own act keeps its day


def test_a_background_act_keeps_the_date_its_clause_gives(tmp_path: Path):
    text = SHELLED + "Russian troops previously attacked Ukrainian positions in 2014."
    attacked = _in(asserted(code_text(tmp_path, text, FRIDAY), "ASSAULT"), "attacked")
    assert attacked and attacked[0].date == dt.date(2014, 1, 1) and attacked[0].date_precision == "year"


def test_once_again_is_a_repetition_not_background(tmp_path: Path):
    text = SHELLED + "Russian forces once again shelled Ukrainian positions near Bakhmut."
    shelled = _in(asserted(code_text(tmp_path, text, FRIDAY), "ASSAULT"), "shelled")
    assert len(shelled) == 2 and shelled[1].date == TUESDAY, shelled


def test_a_background_act_alone_is_not_dated_on_publication(tmp_path: Path):
    raided = asserted(code_text(tmp_path, "Israeli troops formerly raided refugee camps in Jenin.", FRIDAY), "COERCE")
    assert raided and raided[0].date is None and raided[0].date_precision is None, raided


@pytest.mark.parametrize("text", [
    "On Tuesday, the French government issued a decree banning protests in Paris.",
    "The French government issued a decree on Tuesday banning protests in Paris.",
])
def test_a_participle_on_the_object_takes_the_clauses_day(tmp_path: Path, text: str):
    banning = _in(asserted(code_text(tmp_path, text, FRIDAY), "COERCE"), "banning")
    assert banning and (banning[0].date, banning[0].date_precision) == (TUESDAY, "day"), banning


def test_a_relative_clause_does_not_take_the_main_clauses_day(tmp_path: Path):
    text = "On Tuesday, the French president praised the Interior Ministry, which banned protests in Paris."
    banned = _in(asserted(code_text(tmp_path, text, FRIDAY), "COERCE"), "banned")
    assert banned and all(e.date != TUESDAY for e in banned), banned


@pytest.mark.parametrize("text, word", [
    ("On Tuesday, the French parliament passed a law that bans protests in Paris.", "bans"),
    ("On Tuesday, the French parliament voted to pass a bill which banned protests in Paris.", "banned"),
    ("The French president signed a decree on Tuesday which bans protests in Paris.", "bans"),
])
def test_what_an_enacted_document_does_takes_the_enacting_day(tmp_path: Path, text: str, word: str):
    banned = _in(asserted(code_text(tmp_path, text, FRIDAY), "COERCE"), word)
    assert banned and (banned[0].date, banned[0].date_precision) == (TUESDAY, "day"), banned


def test_a_document_told_as_earlier_keeps_no_enacting_day(tmp_path: Path):
    text = "On Tuesday, the French parliament passed a law which had banned protests in Paris."
    banned = _in(asserted(code_text(tmp_path, text, FRIDAY), "COERCE"), "banned")
    assert banned and all(e.date != TUESDAY for e in banned), banned


WAR_BEGAN = "The war began in February 2014. "


def test_an_undated_act_after_a_past_month_is_background(tmp_path: Path):
    text = SHELLED + WAR_BEGAN + "Russian troops attacked Ukrainian positions near Donetsk."
    attacked = _in(asserted(code_text(tmp_path, text, FRIDAY), "ASSAULT"), "attacked")
    assert attacked, attacked
    assert (attacked[0].date, attacked[0].date_text) == (None, "(background) in February 2014")  # not Tuesday


def test_a_present_tense_act_after_a_past_month_is_the_storys(tmp_path: Path):
    accuse = asserted(code_text(tmp_path, WAR_BEGAN + "Ukraine accuses Russia of war crimes.", FRIDAY), "ACCUSE")
    assert accuse and (accuse[0].date, accuse[0].date_precision) == (FRIDAY, "published"), accuse


def test_a_day_of_the_story_ends_the_past_paragraph(tmp_path: Path):
    text = WAR_BEGAN + SHELLED + "Russian troops also attacked Izium."
    attacked = _in(asserted(code_text(tmp_path, text, FRIDAY), "ASSAULT"), "attacked")
    assert attacked and attacked[0].date == TUESDAY, attacked


def test_this_month_is_not_the_past(tmp_path: Path):
    text = "The ceasefire collapsed earlier this month. Russian troops attacked Ukrainian positions near Donetsk."
    attacked = _in(asserted(code_text(tmp_path, text, FRIDAY), "ASSAULT"), "attacked")
    assert attacked and attacked[0].date_precision == "published", attacked


def test_a_past_year_in_an_after_clause_leaves_the_paragraph_in_the_story(tmp_path):
    text = ("Soldiers were deployed to guard the court, after the army was accused last year of failing to protect "
            "protesters. Western diplomats urged all sides to respect the ruling.")
    events = code_text(tmp_path, text, dt.date(2020, 2, 4))
    assert {e.date for e in asserted(events, "REQUEST")} == {dt.date(2020, 2, 4)}
