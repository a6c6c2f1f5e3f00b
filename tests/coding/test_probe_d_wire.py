"""Probe lane d (issue 13): what the coder missed on fresh wire copy about protests, crackdowns and courts.

Invented sentences, each for a general mechanism: a verb acts on each of its coordinated objects; a place
word the parser reads as an adjective ("rallied outside parliament") opens no object; and the lexicon's
common news senses of suspending a partnership, fining someone and throwing bottles at police.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


def test_a_later_coordinated_object_holds_the_verb_s_sense(code):
    events = asserted(code("Armenian police fired water cannon and tear gas near the government building "
                           "in Yerevan on Tuesday."), "ASSAULT")
    assert [(e.mode, e.source.code if e.source else None) for e in events] == [("crowd-control", "ARMCOP")]


def test_the_first_object_keeps_its_own_rule_over_a_conjunct(code):
    events = code("Syrian forces fired rockets and missiles overnight on Tuesday.")
    assert asserted(events, "ASSAULT") and not asserted(events, "MOBILIZE"), [(e.type, e.mode) for e in events]


def test_rallying_outside_a_bare_place_noun_is_a_demonstration(code):
    events = asserted(code("Hundreds of teachers rallied outside parliament in Bishkek on Tuesday."), "PROTEST")
    assert [(e.mode, e.source.country if e.source else None) for e in events] == [("demo", "KGZ")]


def test_demonstrators_gathering_outside_court_demonstrate(code):
    events = asserted(code("Dozens of demonstrators gathered outside court in Yerevan on Tuesday."), "PROTEST")
    assert events and events[0].source is not None and events[0].source.country == "ARM"


def test_suspending_a_partnership_is_a_sanction(code):
    events = asserted(code("Lithuania suspended its strategic partnership with Belarus on Tuesday."), "SANCTION")
    assert dyad_codes(events) == {("LTUGOV", "BLRGOV")}
    assert events[0].mode == "discontinue"


def test_a_court_fining_someone_penalises_them(code):
    events = asserted(code("A Turkish court fined the mayor of Istanbul on Tuesday."), "SANCTION")
    assert [(e.mode, e.source.code if e.source else None) for e in events] == [("convict", "TURJUD")]


def test_a_regulator_fining_a_firm_sanctions_it(code):
    events = asserted(code("The European Commission fined the German carmaker on Tuesday."), "SANCTION")
    assert len(events) == 1 and events[0].mode is None


def test_bottles_thrown_at_police_are_a_riot(code):
    events = asserted(code("Rioters threw bottles at police in Athens on Tuesday."), "PROTEST")
    assert [e.mode for e in events] == ["riot"]


def test_a_counted_them_is_the_group_an_earlier_subject_names(code):
    events = asserted(code("Nigerian farmers rallied in Lagos on Monday. Hundreds of them marched on Abuja on "
                           "Tuesday."), "PROTEST")
    marched = [e for e in events if e.trigger == "marched"]
    assert marched and marched[0].source is not None and marched[0].source.country == "NGA", \
        [(e.trigger, e.source) for e in events]


def test_a_counted_them_after_and_continues_the_first_clause_s_subject(code):
    events = asserted(code("Kenyan teachers occupied the ministry on Monday, and thousands of them marched on "
                           "parliament on Tuesday."), "PROTEST")
    marched = [e for e in events if e.trigger == "marched"]
    assert marched and marched[0].source is not None and marched[0].source.country == "KEN", \
        [(e.trigger, e.source) for e in events]


def test_a_bare_surname_refers_back_to_the_former_leader_named_in_full(code):
    events = asserted(code("A Pakistani court on Tuesday acquitted former Prime Minister Nawaz Sharif in a graft "
                           "case. Prosecutors had accused Sharif of hiding assets abroad.",
                           published=dt.date(2024, 5, 28)), "ACCUSE")
    assert dyad_codes(events) == {("PAKJUD", "PAKELI")}, [(e.source, e.target) for e in events]


def test_a_sitting_leader_named_in_full_keeps_the_surname(code):
    events = asserted(code("Prime Minister Shehbaz Sharif met the army chief on Monday. Later, lawmakers "
                           "criticised Sharif over fuel prices.", published=dt.date(2024, 5, 28)), "ACCUSE")
    assert {e.target.code for e in events if e.target} == {"PAKGOV"}, [(e.source, e.target) for e in events]


def test_taken_into_custody_is_an_arrest(code):
    events = asserted(code("Armenian police took two opposition lawmakers into custody in Yerevan on Tuesday."),
                      "COERCE")
    assert [(e.mode, e.source.code if e.source else None) for e in events] == [("arrest", "ARMCOP")]


def test_a_person_taken_away_by_police_is_arrested(code):
    events = asserted(code("An Azerbaijani opposition leader was taken away by police in Baku on Tuesday."),
                      "COERCE")
    assert [e.mode for e in events] == ["arrest"]


def test_things_taken_away_are_no_arrest(code):
    assert not asserted(code("Azerbaijani police took away their passports in Baku on Tuesday."), "COERCE")


def test_a_party_name_many_countries_use_is_the_story_country_s_party(code):
    events = asserted(code("BELGRADE, Serbia (AP) — Serbian President Aleksandar Vucic called early elections on "
                           "Monday. The opposition Democratic Party accused Vucic of rigging the vote.",
                           published=dt.date(2024, 3, 5)), "ACCUSE")
    assert {e.source.code for e in events if e.source} == {"SRBOPP"}, [(e.source, e.target) for e in events]


def test_the_democratic_party_in_a_story_that_concerns_the_us_stays_american(code):
    events = asserted(code("KYIV, Ukraine (AP) — Ukraine's president met U.S. senators on Tuesday. The Democratic "
                           "Party urged Congress to approve more aid for Ukraine.",
                           published=dt.date(2024, 3, 5)), "REQUEST")
    assert {e.source.code for e in events if e.source} == {"USAPTY"}, [(e.source, e.target) for e in events]


def test_a_past_tense_verb_coordinated_under_would_is_the_speaker_s_act(code):
    events = code("The Nepali home minister said on Tuesday that the government would lift the curfew and urged "
                  "students to end their protests.")
    requests = [e for e in events if e.type == "REQUEST" and e.trigger == "urged"]
    assert [(r.modality.value, r.source.agent if r.source else None) for r in requests] == [("asserted", "GOV")]


@pytest.mark.parametrize("text", [
    "The Nepali home minister said on Tuesday that 300 students had left the campus and urged the rest to go home.",
    "The Nepali defence minister said on Tuesday that 12 soldiers were killed and urged the rebels to disarm.",
    "The Nepali home minister said on Tuesday that the students appear tired and urged them to go home.",
    "The Nepali home minister said on Tuesday that the situation was calm and urged the students to go home.",
])
def test_a_simple_past_joined_to_a_reported_perfect_or_passive_is_the_speaker_s_act(code, text):
    requests = [e for e in code(text) if e.type == "REQUEST" and e.trigger == "urged"]
    found = [(r.modality.value, r.source.code if r.source else None) for r in requests]
    assert found in ([("asserted", "NPLGOV")], [("asserted", "NPLMIL")]), found


def test_an_inverted_reports_conjuncts_share_the_clause_subject(code):
    events = asserted(code("Chile has established diplomatic ties with and opened an embassy in Hanoi, the foreign "
                           "ministry said on Wednesday."))
    assert {e.source.code for e in events if e.source} == {"CHLGOV"}, [(e.type, e.source, e.target) for e in events]


def test_a_conjunct_with_its_own_subject_stays_in_the_reported_clause(code):
    events = code("The Nepali home minister said on Tuesday that police would withdraw and students would end "
                  "their protests.")
    assert not [e for e in asserted(events) if e.type in ("RETREAT", "CONCEDE")], \
        [(e.type, e.modality.value, e.trigger) for e in events]


def test_a_verb_joined_right_before_another_shares_its_object(code):
    events = asserted(code("Rioters stormed and looted the Kyrgyz parliament building in Bishkek on Tuesday."),
                      "ASSAULT")
    stormed = [e for e in events if e.trigger == "stormed"]
    assert stormed and stormed[0].target is not None and stormed[0].target.code == "KGZLEG", \
        [(e.trigger, e.target) for e in events]


def test_a_verb_joined_right_before_another_shares_its_day(code):
    events = asserted(code("Nepali police arrested and charged two student leaders in Kathmandu on Tuesday."),
                      "COERCE")
    assert [e.date for e in events] == [dt.date(2023, 3, 7)], [(e.trigger, e.date, e.date_text) for e in events]


def test_supporters_of_a_named_leader_are_not_the_leader(code):
    events = asserted(code("Supporters of Nawaz Sharif rallied in Lahore on Tuesday.",
                           published=dt.date(2024, 5, 28)), "PROTEST")
    assert [(e.source.country, e.source.agent) for e in events if e.source] == [("PAK", "CVL")], \
        [e.source for e in events]
