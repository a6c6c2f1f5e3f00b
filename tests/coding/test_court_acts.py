"""What courts do, as wire copy reports it (lane probe-u), on invented sentences: the charge a gerund names is
no act, a court's sentence of unnamed people falls on its own people (not on its town), and a court that
upholds a sentence or a ban passes it again."""

from __future__ import annotations

import datetime as dt

from coding_helpers import asserted, code_text, target_codes


def test_gerund_of_a_charge_noun_is_no_act(tmp_path):
    events = code_text(tmp_path, "A Cairo court acquitted the former interior minister of charges of killing "
                                 "protesters on Thursday.")
    assert asserted(events, "CONCEDE")
    assert not asserted(events, "ASSAULT")
    events = code_text(tmp_path, "The trial of six police officers on charges of torturing detainees opened in "
                                 "Tunis on Monday.")
    assert not asserted(events, "ASSAULT")


def test_gerund_after_a_charge_is_no_act_but_a_told_killing_is(tmp_path):
    events = code_text(tmp_path, "Egyptian troops killed 12 protesters in Cairo on Thursday.")
    assert asserted(events, "ASSAULT")


def test_court_sentence_of_unnamed_people_falls_on_its_own_people(tmp_path):
    events = code_text(tmp_path, "A court in Lyon sentenced a man to 20 years in prison for the murder of his "
                                 "wife on Monday.")
    assert target_codes(events, "SANCTION") == {"FRACVL"}
    events = code_text(tmp_path, "A court in Mombasa fined two men on Tuesday.")
    assert target_codes(events, "SANCTION") == {"KENCVL"}
    events = code_text(tmp_path, "A court in Cairo sentenced 12 opposition activists to five years in prison "
                                 "on Tuesday.")
    assert target_codes(events, "SANCTION") == {"EGYOPP"}  # the opposition's activists are OPP (agents_curated)


def test_court_upholding_a_sentence_or_a_ban_passes_it(tmp_path):
    events = code_text(tmp_path, "Turkey's Constitutional Court upheld a ban on the pro-Kurdish party on Friday.")
    assert [(e.source.code, e.mode) for e in asserted(events, "COERCE")] == [("TURJUD", "restrict")]
    events = code_text(tmp_path, "A court in Istanbul upheld the prison sentence of a Turkish journalist on Monday.")
    assert [(e.source.code, e.mode) for e in asserted(events, "SANCTION")] == [("TURJUD", "convict")]


def test_upholding_by_others_or_with_no_court_is_no_act(tmp_path):
    for text in ("The Turkish interior minister upheld the ban on the newspaper on Monday.",
                 "The sentence was upheld on Tuesday.",
                 "Kenya's Supreme Court upheld the election result on Monday."):
        events = code_text(tmp_path, text)
        assert not asserted(events, "SANCTION") and not asserted(events, "COERCE"), text


def test_verb_read_as_participle_before_a_title_and_name_is_the_act(tmp_path):
    events = code_text(tmp_path, "A court in Minsk jailed opposition candidate Andrei Sannikov for five years on "
                                 "Friday.")
    assert [(e.source.code, e.target.code) for e in asserted(events, "SANCTION")] == [("BLRJUD", "BLROPP")]
    events = code_text(tmp_path, "Thailand extradited opposition activist Nguyen Van Minh to Vietnam on Monday.")
    assert target_codes(events, "COOPERATE") == {"VNM"}


def test_recipient_of_an_extradition_is_the_receiving_state(tmp_path):
    events = code_text(tmp_path, "Chile extradited former president Alberto Fujimori to Peru on Saturday.")
    assert target_codes(events, "COOPERATE") == {"PER"}


def test_possible_court_outcome_is_no_threat(tmp_path):
    events = code_text(tmp_path, "A court in Kiev could sentence the former prime minister to ten years in prison.")
    assert not asserted(events, "THREATEN") and not asserted(events, "SANCTION")
    assert [e.modality.value for e in events if e.type == "SANCTION"] == ["hypothetical"]
    events = code_text(tmp_path, "Belarus could suspend its participation in the talks.")
    assert asserted(events, "THREATEN")


def test_passive_extradition_is_done_by_the_state_it_is_from(tmp_path):
    events = code_text(tmp_path, "Two suspects were extradited from Spain to Morocco on Monday.")
    assert [(e.source.country, e.target.country) for e in asserted(events, "COOPERATE")] == [("ESP", "MAR")]
    events = code_text(tmp_path, "The suspect was extradited to Uganda on Monday.")
    assert [e.source for e in asserted(events, "COOPERATE")] == [None]


def test_named_person_freed_from_prison_is_a_release(tmp_path):
    events = code_text(tmp_path, "A Cairo court freed former president Hosni Mubarak from prison on Thursday.",
                       published=dt.date(2017, 3, 24))
    assert [(e.source.code, e.mode) for e in asserted(events, "RETREAT")] == [("EGYJUD", "release")]
    events = code_text(tmp_path, "Syrian troops freed the town of Qusayr from rebels on Wednesday.")
    assert not asserted(events, "RETREAT")


def test_agentless_passive_sentence_guesses_no_civilians(tmp_path):
    events = code_text(tmp_path, "In Lyon, a man was sentenced to 20 years in prison on Monday.")
    assert "FRACVL" not in target_codes(events, "SANCTION")
