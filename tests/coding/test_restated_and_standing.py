"""Precision on real articles (issue 13): an act told twice with a light verb, and standing states in the present."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_a_light_verb_act_told_again_the_same_day_is_one_event(tmp_path: Path) -> None:
    text = "On Friday, the Peruvian president declared a state of emergency in Lima. " \
           "He declared a state of emergency the same day."
    assert len(asserted(code_text(tmp_path, text), "COERCE")) == 1


def test_a_stay_told_twice_is_one_event(tmp_path: Path) -> None:
    text = "The Peruvian appeals court placed a stay on the ruling. " \
           "Following the order, the appeals court issued a stay."
    assert len(asserted(code_text(tmp_path, text), "CONCEDE")) == 1


def test_a_light_verb_act_on_another_day_stays_two_events(tmp_path: Path) -> None:
    text = "On Friday, the Peruvian president declared a state of emergency in Lima. " \
           "On Monday, he declared a state of emergency in Cusco."
    assert len(asserted(code_text(tmp_path, text), "COERCE")) == 2


def test_a_present_passive_ban_is_a_standing_state(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "The PKK is banned in Turkey."))


def test_what_a_law_forbids_is_no_event(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "Turkish law forbids the PKK from holding rallies."))


def test_the_ban_itself_stays_an_event(tmp_path: Path) -> None:
    banned = asserted(code_text(tmp_path, "Turkey banned the PKK in 1984."), "COERCE")
    assert banned and banned[0].source is not None and banned[0].source.country == "TUR"


def test_a_reported_present_ban_may_announce_a_new_rule(tmp_path: Path) -> None:
    text = "Kurdish militants are banned from entering Turkey, the Turkish interior ministry said."
    assert asserted(code_text(tmp_path, text), "COERCE")


def test_conceding_nothing_is_no_concession(tmp_path: Path) -> None:
    text = "The Hong Kong government has conceded nothing, the protesters said."
    assert not asserted(code_text(tmp_path, text), "CONCEDE")


def test_resigning_to_take_another_post_is_no_retreat(tmp_path: Path) -> None:
    text = "The Peruvian foreign minister resigned on Monday to become ambassador to the United Nations."
    assert not asserted(code_text(tmp_path, text))


def test_resigning_after_protests_stays_a_retreat(tmp_path: Path) -> None:
    text = "The Peruvian prime minister resigned on Monday after mass protests."
    assert asserted(code_text(tmp_path, text), "RETREAT")
