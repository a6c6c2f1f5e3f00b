"""Issue 13 item 3, targets of judged acts: a legal act's filer, a decision its forces carried out, and
civil-society groups the knowledge base does not know.

Invented sentences through the real pipeline (the shared ``code`` fixture), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, target_codes

pytestmark = pytest.mark.slow



# --- 'filed by X': the participle's agent made the act ----------------------------------------------------

def test_a_lawsuit_filed_by_a_government_is_aimed_at_it(code) -> None:
    assert target_codes(code("A Kenyan court rejected the lawsuit filed by the Ugandan government on Monday."),
                    "REJECT") == {"UGAGOV"}


def test_a_motion_submitted_by_a_country_names_its_doer(code) -> None:
    assert target_codes(code("The Kenyan foreign minister condemned the motion submitted by Uganda on Monday."),
                    "ACCUSE") == {"UGAGOV"}


def test_a_relative_clause_of_making_names_the_doer_too(code) -> None:
    """'the motion, which was tabled by Uganda': the same reading as the participle ('judged_acts.made_by_agents',
    shared with the owner of an act's object), so the target is the judged act's doer, said so in its reason."""
    events = asserted(code("The Kenyan foreign minister denounced the motion, which was tabled by Uganda, on Monday."),
                      "ACCUSE")
    assert [e.target.code for e in events if e.target] == ["UGAGOV"]
    assert "the doer of the judged act: 'motion tabled by Uganda'" in events[0].target.reason


def test_a_by_phrase_of_another_verb_is_not_the_doer(code) -> None:
    # the Ugandan government welcomed the decision; it did not take it
    assert "UGAGOV" not in target_codes(code("The French president criticised the decision welcomed by the Ugandan "
                                         "government on Monday."), "ACCUSE")


# --- a decision its forces carried out is the government's ------------------------------------------------

def test_a_decision_carried_out_by_troops_is_the_governments(code) -> None:
    events = code("US troops withdrew from northern Syria on Monday. The French president criticised the decision "
                  "on Tuesday.")
    assert target_codes(events, "ACCUSE") == {"USAGOV"}


def test_a_strike_by_troops_stays_the_troops(code) -> None:
    events = code("US troops launched a strike on northern Syria on Monday. The French president condemned the "
                  "strike on Tuesday.")
    assert target_codes(events, "ACCUSE") == {"USAMIL"}


def test_a_government_defending_its_forces_decision_is_not_its_own_target(code) -> None:
    events = code("US troops withdrew from northern Syria on Monday. The US president defended the decision on "
                  "Tuesday.")
    assert all(e.target is None or e.target.code != "USAGOV" for e in asserted(events, "SUPPORT"))


# --- a named Front, Movement, Campaign ... with a civil-society word, unknown to the KB, is civil society -----

def test_an_unknown_front_is_a_civil_group_of_its_story(code) -> None:
    events = code("Kenyan police banned a march in Nairobi on Monday. The Civil Liberties Front accused the police "
                  "of abuses on Tuesday.")
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"KENNGO"}


def test_an_unknown_campaign_takes_its_clauses_country(code) -> None:
    assert target_codes(code("The Nigerian police arrested members of the Lagos Clean Water Campaign on Monday."),
                    "COERCE") == {"NGANGO"}


def test_a_nationality_and_a_movement_head_is_that_countrys_civil_group(code) -> None:
    events = code("The Brazilian Landless Workers Movement accused the police on Monday.")
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"BRANGO"}


@pytest.mark.parametrize("text", [
    "The Popular Resistance Movement attacked a village in Mali on Monday.",   # an armed group's name
    "The Coalition accused the Kenyan government of corruption on Monday.",    # one word: anyone's coalition
    "The Five Star Movement accused the Italian government on Monday.",        # a party: no civil-society word
    "The Patriotic Front accused the Zambian opposition on Monday.",
])
def test_armed_or_bare_names_are_not_civil_groups(code, text: str) -> None:
    assert not any(a is not None and a.agent == "NGO" for e in code(text) for a in (e.source, e.target))
