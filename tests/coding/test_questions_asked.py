"""A question asks something only of someone it is put to, never of the one it is about."""

from __future__ import annotations

from coding_helpers import asserted, target_codes


def test_question_about_a_state_asks_nothing_of_it(code):
    events = code("The Saudi foreign minister asked why Qatar would fund the rebels.")
    assert not asserted(events, "REQUEST")


def test_fronted_rhetorical_question_is_no_request(code):
    events = code("Why would Venezuela invade Guyana, the Brazilian president asked on Tuesday.")
    assert not asserted(events, "REQUEST")


def test_question_put_to_a_state_is_asked_of_it(code):
    events = code("Ukraine asked Germany whether it would deliver tanks.")
    assert target_codes(events, "REQUEST") == {"DEUGOV"}
