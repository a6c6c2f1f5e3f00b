"""Dates a clause tells relative to another event, and a sentence-opening 'They' (issue 13, must_not readings)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coding_helpers import asserted, code_text

MONDAY = dt.date(2019, 9, 23)


def test_an_event_before_a_date_does_not_take_the_paragraphs_day(tmp_path: Path) -> None:
    text = "Both senators criticised the ruling on Tuesday. The two opposition senators ended their campaigns " \
           "prior to March 3."
    ended = asserted(code_text(tmp_path, text, MONDAY), "CONCEDE")
    assert ended and all(e.date != dt.date(2019, 9, 17) for e in ended)
    assert ended[0].date_precision == "published"


def test_an_undated_event_of_the_paragraph_still_takes_its_day(tmp_path: Path) -> None:
    text = "Both senators criticised the ruling on Tuesday. The two opposition senators ended their campaigns."
    ended = asserted(code_text(tmp_path, text, MONDAY), "CONCEDE")
    assert ended and ended[0].date == dt.date(2019, 9, 17)


def test_the_anchor_of_a_shift_is_before_the_clause(tmp_path: Path) -> None:
    text = "The meeting came two days after an attack on a police station in Kabul by Taliban militants."
    attack = asserted(code_text(tmp_path, text, MONDAY), "ASSAULT")
    assert attack and attack[0].date == dt.date(2019, 9, 21)


def test_the_anchor_of_a_dated_shift_reads_back_from_that_day(tmp_path: Path) -> None:
    text = "Afghan officials met on Friday, two days after an attack on a police station in Kabul by Taliban militants."
    attack = asserted(code_text(tmp_path, text, MONDAY), "ASSAULT")
    assert attack and attack[0].date == dt.date(2019, 9, 18)


def test_in_that_event_takes_the_date_named_last(tmp_path: Path) -> None:
    text = "On Monday, a judge sentenced a former army officer to life in prison for the August 2017 bombing " \
           "of the parliament in Kabul.\n\nIn that event, Taliban militants killed three Afghan legislators."
    killed = asserted(code_text(tmp_path, text, MONDAY), "ASSAULT")
    assert killed and killed[0].date == dt.date(2017, 8, 1) and killed[0].date_precision == "month"


def test_a_new_sentence_opening_on_they_continues_the_plural_subject(tmp_path: Path) -> None:
    text = "Generals of the Chilean army made another provocation against Peru on Thursday. " \
           "They fired 36 shells at Peruvian border posts."
    fired = asserted(code_text(tmp_path, text, MONDAY), "ASSAULT")
    assert fired and fired[0].source is not None and fired[0].source.country == "CHL"


def test_they_inside_a_sentence_keeps_the_latest_group(tmp_path: Path) -> None:
    text = "Russia accused the rebels of shelling the town. They denied it."
    denied = asserted(code_text(tmp_path, text, MONDAY), "REJECT")
    assert denied and denied[0].source is not None and denied[0].source.agent == "REB"


def test_an_act_lasting_days_begins_the_day_after_the_event_told_before(tmp_path: Path) -> None:
    text = "Uganda expelled the Kenyan ambassador on Wednesday.\n\nFor several days Kenya denied the charges."
    denied = asserted(code_text(tmp_path, text, MONDAY), "REJECT")
    assert denied and (denied[0].date, denied[0].date_precision) == (dt.date(2019, 9, 19), "day")


def test_an_act_lasting_days_up_to_now_takes_no_earlier_day(tmp_path: Path) -> None:
    text = "Uganda expelled the Kenyan ambassador on Wednesday.\n\nKenyan protesters have blocked the road to " \
           "Kampala for days."
    blocked = asserted(code_text(tmp_path, text, MONDAY), "PROTEST")
    assert blocked and blocked[0].date_precision == "published"


def test_the_anchor_clause_of_a_shift_is_before_the_clauses_day(tmp_path: Path) -> None:
    text = "Kenyan troops shelled Busia on Friday, two days after Ugandan troops attacked Kenyan border posts."
    attacked = [e for e in asserted(code_text(tmp_path, text, MONDAY), "ASSAULT") if e.trigger == "attacked"]
    assert attacked and (attacked[0].date, attacked[0].date_precision) == (dt.date(2019, 9, 18), "day")


def test_a_present_perfect_since_a_time_is_dated_at_its_start(tmp_path: Path) -> None:
    text = "Kenyan farmers have been protesting against the government in Nairobi since early June."
    protest = asserted(code_text(tmp_path, text, MONDAY), "PROTEST")
    assert protest and protest[0].date == dt.date(2019, 6, 1) and protest[0].date_precision == "month"
    assert protest[0].date_text == "(since) early June"
    held = asserted(code_text(tmp_path, "Ugandan police have detained the opposition leader since March 3.", MONDAY),
                    "COERCE")
    assert held and held[0].date == dt.date(2019, 3, 3)


def test_a_past_perfect_since_a_time_takes_no_start(tmp_path: Path) -> None:
    text = "Kenyan farmers had been protesting against the government in Nairobi since early June."
    protest = asserted(code_text(tmp_path, text, MONDAY), "PROTEST")
    assert protest and not (protest[0].date_text or "").startswith("(since)")


def test_a_past_act_done_by_a_date_is_dated_on_it(tmp_path: Path) -> None:
    """'had arrested 300 protesters by Friday': the latest day it can have happened, not the publication day."""
    coerce = asserted(code_text(tmp_path, "Kenyan police had arrested 300 protesters by Friday.", MONDAY), "COERCE")
    assert coerce and (coerce[0].date, coerce[0].date_precision) == (dt.date(2019, 9, 20), "day")
    assert coerce[0].date_text == "(by) Friday"

