"""Event wording the lexicon lacked (issue 13, "no trigger"), on invented sentences: each word family with
the sense rule that keeps its everyday uses out."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _codes(tmp_path, text: str) -> list[tuple]:
    return [(e.type, e.mode, e.source.country, e.source.agent) for e in asserted(code_text(tmp_path, text))]


def test_an_official_stepping_down_resigns(tmp_path):
    events = _codes(tmp_path, "The Kenyan prime minister stepped down on Monday.")
    assert events == [("RETREAT", "resign", "KEN", "GOV")]


def test_stepping_down_to_run_is_no_resignation(tmp_path):
    assert not _codes(tmp_path, "The Kenyan finance minister stepped down to run for president.")


def test_kept_in_confinement_is_custody(tmp_path):
    events = _codes(tmp_path, "The Kenyan opposition leader was kept in solitary confinement for three weeks.")
    assert [(t, m) for t, m, *_ in events] == [("COERCE", "arrest")]
    assert not _codes(tmp_path, "She kept the documents in her office.")


def test_looking_into_an_incident_is_an_inquiry_not_into_a_camera(tmp_path):
    events = _codes(tmp_path, "The Kenyan interior ministry looked into the incident.")
    assert events == [("ACCUSE", "investigate", "KEN", "GOV")]
    assert not _codes(tmp_path, "The Kenyan president looked into the camera and smiled.")


def test_a_legislature_voting_against_rejects_a_tally_does_not(tmp_path):
    events = _codes(tmp_path, "The Kenyan parliament voted against the trade deal with Uganda.")
    assert [t for t, *_ in events] == ["REJECT"]
    assert not _codes(tmp_path, "Forty Kenyan deputies voted against the budget on Friday.")


def test_the_state_shutting_schools_or_papers_coerces_a_shop_closing_does_not(tmp_path):
    events = _codes(tmp_path, "The Kenyan government shut down all schools on Monday.")
    assert events == [("COERCE", "restrict", "KEN", "GOV")]
    assert _codes(tmp_path, "The Kenyan government shut down the newspaper.") == [("COERCE", "censor", "KEN", "GOV")]
    assert not _codes(tmp_path, "The bakery closed its shop early on Sunday.")


def test_court_words_motion_gag_order_prosecute(tmp_path):
    motion = "The Kenyan opposition filed a motion against the Kenyan government in the High Court."
    assert _codes(tmp_path, motion) == [("ACCUSE", "allege", "KEN", "OPP")]
    events = _codes(tmp_path, "A Kenyan judge issued a gag order against the newspaper.")
    assert events == [("COERCE", "censor", "KEN", "JUD")]
    assert not _codes(tmp_path, "The Kenyan minister issued an order for new desks.")


def test_criticism_and_rebuff_words(tmp_path):
    assert [t for t, *_ in _codes(tmp_path, "The Kenyan president lashed out at the Ugandan government.")] == ["ACCUSE"]
    assert [t for t, *_ in _codes(tmp_path, "The Kenyan president lambasted the Ugandan government.")] == ["ACCUSE"]
    assert [t for t, *_ in _codes(tmp_path, "The Kenyan president snubbed the Ugandan ambassador.")] == ["REJECT"]


def test_a_running_mate_picked_is_backed(tmp_path):
    events = _codes(tmp_path, "The Ugandan candidate picked a Kenyan lawyer as his running mate.")
    assert [t for t, *_ in events] == ["SUPPORT"]
    assert not _codes(tmp_path, "The Ugandan candidate picked a Kenyan lawyer for the case.")


def test_using_tear_gas_on_people_assaults_them_using_a_medium_does_not(tmp_path):
    events = _codes(tmp_path, "Chilean police used tear gas on students in Santiago on Sunday.")
    assert events == [("ASSAULT", "crowd-control", "CHL", "COP")]
    assert [t for t, *_ in _codes(tmp_path, "Peruvian riot police used rubber bullets against farmers.")] == ["ASSAULT"]
    assert not [e for e in _codes(tmp_path, "The Chilean president used Twitter to announce the budget.")
                if e[0] == "ASSAULT"]


def test_recommending_that_a_state_act_asks_it_to(tmp_path):
    events = [(e.type, e.target.code if e.target else None)
              for e in asserted(code_text(tmp_path, "The IMF recommended that Chile raise taxes."))]
    assert events == [("REQUEST", "CHLGOV")]


def test_breaking_off_relations_sanctions_breaking_off_talks_does_not(tmp_path):
    events = [(e.type, e.target.code if e.target else None) for e in
              asserted(code_text(tmp_path, "Chile broke off diplomatic relations with Peru on Monday."))]
    assert events == [("SANCTION", "PERGOV")]
    assert not [e for e in asserted(code_text(tmp_path, "Chilean rebels broke off talks with the government."))
                if e.type == "SANCTION"]


def test_ruling_out_an_act_is_no_court_ruling(tmp_path):
    assert not _codes(tmp_path, "Chile ruled out sanctions against Peru.")
    assert not _codes(tmp_path, "The Chilean foreign minister did not rule out sanctions against Peru.")
    assert [t for t, *_ in _codes(tmp_path, "The Chilean court ruled against the government on Monday.")] == \
        ["SANCTION"]


def test_the_army_removing_a_leader_from_power_is_a_coup(tmp_path):
    assert [t for t, *_ in _codes(tmp_path, "The Chilean army removed the president from power on Monday.")] == \
        ["ASSAULT"]
    # no coup; taking an office away is COERCE restrict (a dismissal is COERCE, docs/annotation.md; lane probe-p)
    assert [t for t, *_ in _codes(tmp_path, "The Chilean parliament removed the president from office on Monday.")] \
        == ["COERCE"]


def test_a_coup_assaults_and_being_wanted_on_charges_is_accused(tmp_path):
    assert [t for t, *_ in _codes(tmp_path, "The Chilean army staged a coup on Tuesday.")] == ["ASSAULT"]
    events = asserted(code_text(tmp_path, "The former Chilean interior minister is wanted by the International "
                                          "Criminal Court on charges of torture."))
    assert [(e.type, e.source.igo if e.source else None) for e in events] == [("ACCUSE", "ICC")]


def test_imposing_a_ban_restricts(tmp_path):
    events = asserted(code_text(tmp_path, "Chile imposed a ban on Peruvian imports on Monday."))
    assert [(e.type, e.target.country if e.target else None) for e in events] == [("COERCE", "PER")]


def test_taking_to_the_streets_is_a_demonstration(tmp_path):
    assert _codes(tmp_path, "Thousands of Chilean students took to the streets on Tuesday.") == \
        [("PROTEST", "demo", "CHL", "CVL")]


def test_pouring_into_the_streets_demonstrates_and_downing_tools_strikes(tmp_path):
    assert _codes(tmp_path, "Thousands of Chileans poured into the streets of Santiago on Tuesday.") == \
        [("PROTEST", "demo", "CHL", "CVL")]
    assert [m for _, m, *_ in _codes(tmp_path, "Chilean dock workers downed tools on Monday.")] == ["strike"]
    assert not _codes(tmp_path, "The Chilean waiter poured tea into the cups.")


def test_what_a_vote_decides_takes_the_vote_day(tmp_path):
    """'voted on Sunday to expel': the parser hangs the infinitive as an adverbial after the day; it is what the
    vote decided, that day (arguments.yaml deciding_verbs)."""
    events = asserted(code_text(tmp_path, "The Iraqi parliament voted on Sunday to expel US troops from the country."),
                      "SANCTION")
    assert [str(e.date) for e in events] == ["2023-03-05"]


def test_the_purpose_of_a_gathering_happens_on_its_day(tmp_path):
    events = asserted(code_text(tmp_path, "Hundreds of Chileans gathered outside parliament on Monday to protest "
                                          "against the bill."), "PROTEST")
    assert [str(e.date) for e in events] == ["2023-03-06"]
