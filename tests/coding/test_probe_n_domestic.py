"""Probe lane n: who acts in domestic politics (members of legislatures, the opposition, the parties in
government, a country's own legislature, states and provinces of federal countries).

Invented sentences, each for a general mechanism: an opposition member of a legislature acts as the
opposition (OPP) whatever the noun for a legislator; the parties in government act as the government; another
country's name before a legislature's shared name ("the Peruvian Congress") names that country's legislature.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

from seismo.kb import load_kb

pytestmark = pytest.mark.slow

DAY = dt.date(2016, 5, 2)


@pytest.mark.parametrize("phrase", ["opposition lawmakers", "opposition senators", "opposition legislators",
                                    "opposition parliamentarians", "opposition MPs", "opposition deputies"])
def test_an_opposition_member_of_a_legislature_is_the_opposition(phrase):
    found = load_kb().resolve_phrase(f"Kenyan {phrase}", DAY)
    assert found is not None and found.actor.code == "KENOPP"


def test_the_governing_coalition_is_the_government():
    found = load_kb().resolve_phrase("Germany's governing coalition", DAY)
    assert found is not None and found.actor.code == "DEUGOV"


@pytest.mark.parametrize(("phrase", "code"), [("the Brazilian Congress", "BRALEG"), ("Peru's Congress", "PERLEG"),
                                              ("the US Congress", "USALEG"), ("Congress", "USALEG")])
def test_another_countrys_name_before_congress_names_its_own_legislature(phrase, code):
    found = load_kb().resolve_phrase(phrase, DAY)
    assert found is not None and found.actor.code == code


def test_opposition_senators_accusing_the_president_are_the_opposition(code):
    events = asserted(code("Opposition senators in the Philippines accused the president of abuse of power on "
                           "Monday."), "ACCUSE")
    assert {s for s, _ in dyad_codes(events)} == {"PHLOPP"}


def test_the_guatemalan_congress_is_guatemalas_legislature(code):
    events = asserted(code("The Guatemalan Congress rejected the government's budget on Tuesday."), "REJECT")
    assert events and {s for s, _ in dyad_codes(events)} == {"GTMLEG"}


@pytest.mark.parametrize(("phrase", "code"), [("the Scottish government", "GBRGOV"), ("Holyrood", "GBRLEG"),
                                              ("the Welsh government", "GBRGOV"), ("Stormont", "GBRLEG"),
                                              ("Bavarian ministers", "DEUGOV")])
def test_regional_adjectives_and_seats_name_the_states_bodies(phrase, code):
    found = load_kb().resolve_phrase(phrase, DAY)
    assert found is not None and found.actor.code == code


def test_welsh_alone_is_no_country_a_surname_may_be_it():
    assert load_kb().resolve_phrase("Tom Welsh", DAY) is None


def test_a_region_is_read_by_its_primary_name_only():
    kb = load_kb()
    assert kb.region_country("New South Wales") == "AUS"
    assert kb.region_country("Federal") is None  # an alternate name of Brazil's Federal District


def test_an_untagged_region_before_a_legislator_noun_gives_its_country(code):
    events = asserted(code("New South Wales MPs criticised the federal government's tax plan on Thursday."),
                      "ACCUSE")
    assert {s for s, _ in dyad_codes(events)} == {"AUSLEG"}


def test_a_persons_given_name_that_is_a_region_gives_no_country(code):
    events = asserted(code("Former Socialist prime minister Andreas Papandreou demanded immediate elections "
                           "in Greece on Monday."), "REQUEST")
    assert events and all(e.source is None or e.source.country != "IMN" for e in events)


def _targets(events):
    return {t for _, t in dyad_codes(events)}


def test_the_opposition_rejecting_the_ruling_rejects_its_own_courts(code):
    events = asserted(code("Pakistan's opposition parties rejected the ruling on Monday, calling it politically "
                           "motivated."), "REJECT")
    assert _targets(events) == {"PAKJUD"}


def test_condemning_a_decree_is_aimed_at_the_own_government(code):
    events = asserted(code("Kenyan rights groups condemned the decree on Tuesday."), "ACCUSE")
    assert _targets(events) == {"KENGOV"}


def test_a_foreign_government_condemning_a_verdict_gets_no_implied_court(code):
    events = asserted(code("The French government condemned the verdict on Tuesday."), "ACCUSE")
    assert "FRAJUD" not in _targets(events)


def test_a_threat_to_reject_a_ruling_is_no_asserted_rejection(code):
    events = code("Kenyan opposition parties threatened to reject the ruling on Tuesday.")
    assert not [e for e in asserted(events, "REJECT") if e.target is not None and e.target.code == "KENJUD"]


def test_the_speaker_of_a_named_legislature_is_its_countrys_legislator(code):
    events = asserted(code("The Speaker of the House of Commons criticised Kenya on Tuesday."), "ACCUSE")
    assert {s for s, _ in dyad_codes(events)} == {"GBRLEG"}


def test_the_president_of_a_court_is_of_the_court_not_the_government(code):
    events = asserted(code("The president of the Constitutional Court rejected the request on Monday."), "REJECT")
    assert events and all(e.source is not None and e.source.agent == "JUD" for e in events)


def test_a_ruling_named_party_acts_as_the_government(code):
    events = asserted(code("India's ruling Bharatiya Janata Party accused Pakistan of sponsoring terrorism on "
                           "Monday."), "ACCUSE")
    assert {s for s, _ in dyad_codes(events)} == {"INDGOV"}


def test_an_opposition_named_party_acts_as_the_opposition(code):
    events = asserted(code("The opposition Civic Union Party in Kenya accused the government of fraud on Monday."),
                      "ACCUSE")
    assert {s for s, _ in dyad_codes(events)} == {"KENOPP"}


def test_a_party_without_a_standing_stays_a_party(code):
    events = asserted(code("Kenya's Civic Union Party accused the government of fraud on Monday."), "ACCUSE")
    assert {s for s, _ in dyad_codes(events)} == {"KENPTY"}


def test_another_partys_name_ending_in_democratic_party_is_no_us_party():
    found = load_kb().resolve_phrase("the Liberal Democratic Party", DAY)
    assert found is not None and found.actor.country is None and found.actor.agent == "PTY"


def test_the_state_of_a_region_acts_through_its_government(code):
    events = asserted(code("The state of Texas sued the federal government on Monday."), "ACCUSE")
    assert {s for s, _ in dyad_codes(events)} == {"USAGOV"}


def test_a_province_named_alone_is_no_civilian_actor():
    assert load_kb().resolve_phrase("the province", DAY) is None


def test_a_region_outranks_a_city_of_its_name_elsewhere():
    assert load_kb().region_country("Ontario") == "CAN"  # also a city in California


def test_the_opposition_controlled_parliament_is_the_parliament():
    found = load_kb().resolve_phrase("the opposition-controlled parliament", DAY)
    assert found is not None and found.actor.agent == "LEG"


def test_a_held_thing_with_no_body_after_it_stays_its_holders():
    found = load_kb().resolve_phrase("rebel-held towns", DAY)
    assert found is not None and found.actor.agent == "REB"


def test_leader_before_a_former_head_of_government_names_no_office():
    found = load_kb().resolve_phrase("PTI leader Imran Khan", dt.date(2023, 3, 6))
    assert found is not None and found.actor.code == "PAKELI"


def test_an_office_title_before_a_former_holder_still_names_the_office():
    found = load_kb().resolve_phrase("opposition leader Raila Odinga", dt.date(2023, 3, 6))
    assert found is not None and found.actor.code == "KENOPP"


def test_congress_in_a_story_about_peru_is_perus(code):
    events = asserted(code("The Peruvian president accused Congress of blocking the budget on Monday."), "ACCUSE")
    assert {t for _, t in dyad_codes(events)} == {"PERLEG"}


def test_congress_in_a_us_story_stays_the_us_congress(code):
    events = asserted(code("President Joe Biden accused Congress of blocking the budget on Monday."), "ACCUSE")
    assert {t for _, t in dyad_codes(events)} == {"USALEG"}
