"""Senses and parties found wrong on fresh Wikinews-style copy (issue 13): a state named alone acts through its
government, security forces that surround a building blockade it, advice to act is an appeal, a state's own
embassy is no party (its host is), and a government named by its leader is of the leader's country."""

from __future__ import annotations

import datetime as dt

from coding_helpers import asserted


def test_a_state_named_alone_protesting_a_decision_objects_as_its_government(code):
    """'Chile protested the decision': a diplomatic objection (ACCUSE disapprove), not a demonstration."""
    for text in ("Chile protested the decision on Tuesday.", "Ottawa protested the expulsion of its envoy."):
        events = code(text)
        assert not asserted(events, "PROTEST"), text
        accuse = asserted(events, "ACCUSE")
        assert accuse and accuse[0].mode == "disapprove" and accuse[0].source.agent == "GOV", text
    crowd = asserted(code("Thousands of Chileans protested the decision in Santiago on Tuesday."), "PROTEST")
    assert crowd and crowd[0].mode == "demo"


def test_security_forces_surrounding_a_building_blockade_it(code):
    events = code("Bolivian soldiers surrounded the Peruvian embassy in La Paz on Tuesday.")
    coerce = asserted(events, "COERCE")
    assert coerce and coerce[0].mode == "restrict", events
    assert (coerce[0].source.country, coerce[0].target.country) == ("BOL", "PER")
    for text in ("Tall hills surround the palace.", "Protesters surrounded the parliament on Tuesday."):
        assert not asserted(code(text), "COERCE"), text


def test_advice_to_an_actor_to_act_is_an_appeal(code):
    """'advised Israel to avoid an offensive': advice to act is a REQUEST (CAMEO 020); a doctor's is no event."""
    events = code("The Norwegian government advised Sudan to reopen its border with Chad on Tuesday.")
    request = asserted(events, "REQUEST")
    assert [(e.source.country, e.target.country) for e in request] == [("NOR", "SDN")], events
    assert not asserted(events, "RETREAT")
    assert not asserted(code("Doctors advised the minister to rest for a week."), "REQUEST")
    assert not asserted(code("Villagers were advised to leave the valley before the flood."), "REQUEST")


def test_a_states_own_embassy_is_no_party_the_host_state_is(code):
    """'closed its embassy in Kyiv': the act is aimed at the host state, never at the state itself; two states
    reopening their embassies act on each other; another state's embassy stays that state's."""
    closed = asserted(code("Portugal closed its embassy in Caracas on Tuesday."), "SANCTION")
    assert [(e.source.country, e.target.country) for e in closed] == [("PRT", "VEN")], closed
    events = code("Qatar and Bahrain agreed on Tuesday to reopen their embassies.")
    reopened = [e for e in events if e.type == "RETREAT"]
    assert reopened and {(e.source.country, e.target.country) for e in reopened} <= {("QAT", "BHR"), ("BHR", "QAT")}
    stormed = asserted(code("Protesters stormed the Dutch embassy in Ankara on Tuesday."))
    assert stormed and all(e.target.country == "NLD" for e in stormed), stormed


def test_a_government_named_by_its_leader_is_of_the_leaders_country(code):
    """'the government of President X', "X's government": the leader's country, not the story's or the critic's."""
    for text in ("Ghanaian opposition leader John Mahama criticised the government of President Muhammadu Buhari.",
                 "John Mahama criticised Muhammadu Buhari's government."):
        accuse = asserted(code(text, published=dt.date(2021, 5, 4)), "ACCUSE")
        assert accuse and accuse[0].target.country == "NGA", (text, accuse)


def test_two_states_reopening_their_embassies_agree_once_and_the_signing_continues_it(code):
    """The promise behind 'agreed to reopen their embassies' is the one mutual AGREE, not a second one from the
    other side; the signing told next goes on with the same counterpart, though the promised act named the
    state bare and the agreement its government."""
    events = code("Peru and Ecuador agreed on Tuesday to reopen their embassies. The deal was signed in Lima by "
                  "Peruvian foreign minister Javier Gonzalez-Olaechea.")
    agree = asserted(events, "AGREE")
    assert len(agree) == 1 and {agree[0].source.country, agree[0].target.country} == {"PER", "ECU"}, agree
    signed = asserted(events, "SUPPORT")
    assert signed and signed[0].target is not None and signed[0].target.country == "ECU", signed


def test_a_threat_of_a_measure_at_home_is_not_aimed_at_the_government_itself(code):
    events = [e for e in code("Chilean President Gabriel Boric announced on Sunday that he will extend the curfew in "
                              "Santiago.") if e.type == "THREATEN"]
    assert events and not any(e.target is not None and e.target.code == "CHLGOV" for e in events), \
        [(e.source, e.target) for e in events]
