"""A court voiding or staying a state's act (lane courts), on invented sentences: 'struck down the law' is no
attack but a ruling against the state (COERCE), aimed at the act's maker when named, else at the court's own
government; another body striking down an act rejects it; the other senses of 'strike' stay what they were;
a coup that removes a leader assaults."""

from __future__ import annotations

from coding_helpers import asserted, code_text, target_codes


def test_court_striking_down_a_law_is_coercion_of_the_government(tmp_path):
    events = code_text(tmp_path, "Brazil's Supreme Court struck down the law on Monday.")
    assert not asserted(events, "ASSAULT")
    assert [(e.source.code, e.target.code) for e in asserted(events, "COERCE")] == [("BRAJUD", "BRAGOV")]
    events = code_text(tmp_path, "The decree was struck down by Poland's Constitutional Tribunal on Tuesday.")
    assert target_codes(events, "COERCE") == {"POLGOV"} and not asserted(events, "ASSAULT")


def test_court_blocking_a_named_leaders_act_targets_the_leader(tmp_path):
    events = code_text(tmp_path, "A US federal judge blocked President Trump's travel ban on Tuesday.")
    assert [(e.source.code, e.target.code) for e in asserted(events, "COERCE")] == [("USAJUD", "USAELI")]


def test_court_annulling_or_setting_aside_a_result(tmp_path):
    for text in ("Kenya's Supreme Court annulled the presidential election result on Friday.",
                 "A Kenyan court set aside the election result on Monday.",
                 "Kenya's High Court suspended the government's decree on Monday."):
        events = code_text(tmp_path, text)
        assert target_codes(events, "COERCE") == {"KENGOV"}, text
        assert not asserted(events, "REJECT"), text


def test_other_bodies_striking_down_reject_and_other_senses_stay(tmp_path):
    events = code_text(tmp_path, "The Senate struck down the president's decree on Monday.")
    assert asserted(events, "REJECT") and not asserted(events, "ASSAULT")
    assert not code_text(tmp_path, "Brazil's Supreme Court struck a note of caution on Monday.")
    events = code_text(tmp_path, "Rebels struck the town of Goma on Monday.")
    assert asserted(events, "ASSAULT")


def test_court_may_strike_down_stays_hypothetical(tmp_path):
    events = code_text(tmp_path, "Brazil's Supreme Court could strike down the law.")
    assert not asserted(events, "COERCE") and not asserted(events, "ASSAULT")


def test_ruler_suspending_parliament_coerces_it(tmp_path):
    events = code_text(tmp_path, "Tunisian President Kais Saied suspended parliament on Sunday.")
    assert [(e.type, e.mode, e.target.code) for e in asserted(events, "COERCE")] == [("COERCE", "restrict", "TUNLEG")]


def test_coup_as_subject_removing_a_leader_is_an_assault(tmp_path):
    for text in ("A military coup removed Sudanese Prime Minister Abdalla Hamdok on Monday.",
                 "A coup ousted Malian President Ibrahim Boubacar Keita on Tuesday."):
        events = code_text(tmp_path, text)
        assert len(asserted(events, "ASSAULT")) == 1 and not asserted(events, "COERCE"), text
    assert not asserted(code_text(tmp_path, "The coup attempt failed to remove Turkish President Erdogan."))
