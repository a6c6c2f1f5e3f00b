"""Forces moved to a border face the neighbour its with-phrase names (lane mend2, coding/border_sides.py), on
invented sentences: the target is that neighbour wherever the parser hangs the place phrase."""

from __future__ import annotations

from coding_helpers import asserted, code_text, target_codes


def test_troops_massed_on_a_border_face_the_neighbour(tmp_path):
    events = code_text(tmp_path, "Russia massed troops on its border with Ukraine on Tuesday.")
    assert target_codes(events, "MOBILIZE") == {"UKR"}


def test_frontier_near_the_verb_and_close_to(tmp_path):
    events = code_text(tmp_path, "China deployed troops near its frontier with India on Monday.")
    assert target_codes(events, "MOBILIZE") == {"IND"}
    events = code_text(tmp_path, "Russia has stationed 100,000 troops close to its border with Ukraine.")
    assert target_codes(events, "MOBILIZE") == {"UKR"}


def test_border_of_another_act_gives_no_target(tmp_path):
    events = code_text(tmp_path, "Customs officers seized 200 kilograms of cocaine on the border with Peru.")
    assert not [e for e in asserted(events) if e.target and e.target.code == "PER" and e.type == "MOBILIZE"]


def test_fronted_country_read_as_adverb_is_the_doer(tmp_path):
    events = code_text(tmp_path, "Guinea massed troops near its frontier with Mali on Monday.")
    assert [(e.source.code, e.target.code) for e in asserted(events, "MOBILIZE")] == [("GINMIL", "MLI")]
