"""Promises that refuse and bars that restrict (issue 13 vocabulary, from an invented Bangkok-2014 coup story):
'vowed to resist the takeover' is a refusal (REJECT), not a cooperative promise (AGREE); a pledge is still no
threat; 'barred X from leaving' restricts X (COERCE restrict)."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_vowing_to_resist_or_boycott_is_a_refusal(tmp_path):
    text = "Thailand's opposition party vowed on Friday to resist the military takeover."
    resist = asserted(code_text(tmp_path, text))
    assert [e.type for e in resist] == ["REJECT"]
    boycott = asserted(code_text(tmp_path, "Kenya's opposition pledged to boycott the election."))
    assert "REJECT" in {e.type for e in boycott} and "AGREE" not in {e.type for e in boycott}


def test_a_pledge_to_send_troops_is_a_promise_not_a_threat(tmp_path):
    events = asserted(code_text(tmp_path, "Kenya pledged to send troops to Somalia."))
    assert [e.type for e in events] == ["AGREE"]


def test_barring_people_from_a_place_or_an_act_restricts_them(tmp_path):
    text = "The Kenyan High Court barred the electoral commission from announcing the results."
    court = asserted(code_text(tmp_path, text))
    assert [(e.type, e.mode, e.source.agent) for e in court] == [("COERCE", "restrict", "JUD")]
    assert not asserted(code_text(tmp_path, "The coach barred the striker from training."))
