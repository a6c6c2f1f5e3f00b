"""A complaint lodged with a body that hears it (the UN, a court) accuses the one complained of, not the body."""

from __future__ import annotations

from coding_helpers import asserted, target_codes


def test_body_a_complaint_is_lodged_with_is_no_target(code):
    events = code("Moldova lodged a complaint with the United Nations on Tuesday.")
    assert asserted(events, "ACCUSE")
    assert "IGOUNO" not in target_codes(events, "ACCUSE")


def test_grievance_after_the_body_names_the_accused(code):
    events = code("Georgia filed a complaint with the UN Security Council over Russian air strikes on Monday.")
    assert target_codes(events, "ACCUSE") == {"RUSGOV"}


def test_state_a_protest_is_lodged_with_is_the_target(code):
    events = code("Greece lodged a formal protest with Turkey over the violation of its airspace.")
    assert target_codes(events, "ACCUSE") == {"TURGOV"}
