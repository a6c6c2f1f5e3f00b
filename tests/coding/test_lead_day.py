"""The story's day: the day the opening sentence puts first dates later paragraphs' undated past acts (issue 13)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coding_helpers import asserted, code_text

THURSDAY = dt.date(2021, 6, 10)
MONDAY = dt.date(2021, 6, 7)
TUESDAY = dt.date(2021, 6, 8)
LEAD = "On Monday, the Kenyan foreign ministry expelled two Ugandan diplomats."


def test_a_later_paragraphs_past_act_takes_the_leads_day(tmp_path: Path) -> None:
    accused = asserted(
        code_text(tmp_path, f"{LEAD}\n\nThe Ugandan president accused Kenya of spying.", THURSDAY), "ACCUSE"
    )
    assert accused and accused[0].date == MONDAY and accused[0].date_text == "(story) On Monday"


def test_another_day_named_since_ends_the_leads_day(tmp_path: Path) -> None:
    text = (
        f"{LEAD}\n\nUgandan police arrested 30 protesters in Kampala on Tuesday.\n\n"
        "The Ugandan president accused Kenya of spying."
    )
    events = code_text(tmp_path, text, THURSDAY)
    assert asserted(events, "COERCE")[0].date == TUESDAY
    accused = asserted(events, "ACCUSE")
    assert accused and accused[0].date == THURSDAY and accused[0].date_precision == "published"


def test_a_reported_act_or_a_present_perfect_keeps_the_publication_day(tmp_path: Path) -> None:
    reported = asserted(
        code_text(tmp_path, f"{LEAD}\n\nOfficials said Ugandan troops attacked Busia.", THURSDAY), "ASSAULT"
    )
    assert reported and reported[0].date_precision == "published"
    perfect = asserted(
        code_text(tmp_path, f"{LEAD}\n\nThe Ugandan president has accused Kenya of spying.", THURSDAY), "ACCUSE"
    )
    assert perfect and perfect[0].date_precision == "published"


def test_a_day_told_last_in_the_opening_sentence_is_no_story_day(tmp_path: Path) -> None:
    text = (
        "The Kenyan foreign ministry expelled two Ugandan diplomats on Monday.\n\n"
        "The Ugandan president accused Kenya of spying."
    )
    accused = asserted(code_text(tmp_path, text, THURSDAY), "ACCUSE")
    assert accused and accused[0].date_precision == "published"


def test_an_act_behind_a_bound_word_takes_no_story_day(tmp_path: Path) -> None:
    text = f"{LEAD}\n\nKenya closed the border in 2019 after Ugandan troops attacked Busia."
    attacked = asserted(code_text(tmp_path, text, THURSDAY), "ASSAULT")
    assert attacked and not (attacked[0].date_text or "").startswith("(story)")


def test_only_the_first_full_sentence_opens_the_story(tmp_path: Path) -> None:
    text = (
        "The Kenyan foreign ministry expelled two Ugandan diplomats.\n\n"
        "On Monday, Ugandan police arrested 30 protesters in Kampala.\n\nThe Ugandan president accused Kenya of spying."
    )
    accused = asserted(code_text(tmp_path, text, THURSDAY), "ACCUSE")
    assert accused and accused[0].date_precision == "published"


def test_a_line_without_a_full_stop_does_not_open_the_story(tmp_path: Path) -> None:
    text = f"Kenya and Uganda at odds\n\n{LEAD}\n\nThe Ugandan president accused Kenya of spying."
    accused = asserted(code_text(tmp_path, text, THURSDAY), "ACCUSE")
    assert accused and accused[0].date == MONDAY


def test_a_day_before_the_opening_sentences_verb_is_the_story_day(tmp_path: Path) -> None:
    text = (
        "The Kenyan foreign ministry on Monday expelled two Ugandan diplomats.\n\n"
        "The Ugandan president accused Kenya of spying."
    )
    accused = asserted(code_text(tmp_path, text, THURSDAY), "ACCUSE")
    assert accused and accused[0].date == MONDAY and accused[0].date_text == "(story) on Monday"


def test_a_day_the_opening_sentence_names_after_its_own_does_not_end_it(tmp_path: Path) -> None:
    text = (
        "On Monday, the Kenyan foreign ministry expelled two Ugandan diplomats over the riots of June 2.\n\n"
        "The Ugandan president accused Kenya of spying."
    )
    accused = asserted(code_text(tmp_path, text, THURSDAY), "ACCUSE")
    assert accused and accused[0].date == MONDAY


def test_a_participle_takes_the_tense_of_its_clause(tmp_path: Path) -> None:
    text = f"{LEAD}\n\nThe Ugandan president responded on Twitter, accusing Kenya of spying."
    accused = asserted(code_text(tmp_path, text, THURSDAY), "ACCUSE")
    assert accused and accused[0].date == MONDAY


LEAD_DOER = "On Monday, Kenyan foreign minister Rachel Wanjiru expelled two Ugandan diplomats."


def test_the_lead_doers_words_in_the_present_were_said_on_the_story_day(tmp_path: Path) -> None:
    text = f'{LEAD_DOER}\n\n"We accuse Uganda of spying on our farmers," Wanjiru told reporters.'
    accused = asserted(code_text(tmp_path, text, THURSDAY), "ACCUSE")
    assert accused and accused[0].date == MONDAY


def test_another_speakers_words_keep_the_publication_day(tmp_path: Path) -> None:
    text = f'{LEAD_DOER}\n\n"We accuse Kenya of lying about our diplomats," the Ugandan president told reporters.'
    accused = asserted(code_text(tmp_path, text, THURSDAY), "ACCUSE")
    assert accused and accused[0].date_precision == "published"
