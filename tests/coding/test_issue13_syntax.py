"""Issue 13, items 1, 3 and 7: coordination, arguments and modality on the issue table's rows.

Each row runs the real pipeline on a file ``Test headline\\n\\nSENTENCE\\n`` published on Friday 2023-03-10
(``split_inputs`` + ``code_articles``, as a user's file would be read). Further sentences check the same
mechanisms in other words.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

from seismo.models import Actor, Event

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 3, 10)  # a Friday




def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def _pairs(events: list[Event]) -> set[frozenset[str | None]]:
    return {frozenset((_code(e.source), _code(e.target))) for e in events}


def _show(events: list[Event]) -> list[tuple]:
    return [(e.modality.value, e.type, _code(e.source), _code(e.target), e.trigger, e.date) for e in events]


# --- item 1: coordination and multilateral events ------------------------------------------------


def test_three_coordinated_parties_meet_pairwise(code):
    events = asserted(code("Norway, Chile, and Peru met yesterday."), "CONSULT")
    assert _pairs(events) == {frozenset(p) for p in (("NORGOV", "CHLGOV"), ("NORGOV", "PERGOV"),
                                                     ("CHLGOV", "PERGOV"))}, _show(events)
    assert all(e.date == dt.date(2023, 3, 9) for e in events)


def test_coordinated_objects_are_each_a_target(code):
    events = asserted(code("The foreign minister accused Russia and China of interfering in the election."),
                       "ACCUSE")
    assert {e.target.country for e in events if e.target} == {"RUS", "CHN"}, _show(events)


def test_mutual_agreement_codes_both_sides_with_their_sector(code):
    events = code("Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.")
    agree = asserted(events, "AGREE")
    assert _pairs(agree) == {frozenset(("IRNGOV", "SAUGOV"))}, _show(events)
    assert all(e.date == PUBLISHED for e in agree)


def test_counterpart_from_a_country_is_that_country_s_official(code):
    events = asserted(code("The Kenyan foreign minister met his counterpart from Ghana in Nairobi on Tuesday."),
                       "CONSULT")
    assert _pairs(events) == {frozenset(("KENGOV", "GHAGOV"))}, _show(events)


def test_agreement_on_a_brokered_truce_is_between_the_parties(code):
    events = code("Armenia and Azerbaijan reached agreement on a Russia-brokered truce on Saturday.")
    agree = asserted(events, "AGREE")
    assert _pairs(agree) == {frozenset(("ARMGOV", "AZEGOV"))}, _show(events)
    assert not any(e.target is not None and e.target.country == "RUS" for e in events), _show(events)


def test_leaders_of_a_coordinated_list_meet_pairwise(code):
    events = asserted(code("The leaders of Brazil, Argentina and Chile met in Brasilia on Tuesday."), "CONSULT")
    assert _pairs(events) == {frozenset(p) for p in (("BRAGOV", "ARGGOV"), ("BRAGOV", "CHLGOV"),
                                                     ("ARGGOV", "CHLGOV"))}, _show(events)


def test_each_other_is_the_coordinated_subject(code):
    events = asserted(code("Turkey and Greece accused each other of violating airspace on Thursday."), "ACCUSE")
    assert {(_code(e.source), _code(e.target)) for e in events} >= {("TURGOV", "GRCGOV"), ("GRCGOV", "TURGOV")}, \
        _show(events)


def test_a_symmetric_meeting_with_two_named_partners(code):
    events = asserted(code("President Xi Jinping met Vladimir Putin and Narendra Modi in Samarkand on Thursday."),
                       "CONSULT")
    assert _pairs(events) == {frozenset(("CHNGOV", "RUSGOV")), frozenset(("CHNGOV", "INDGOV"))}, _show(events)


def test_counterparts_named_after_the_verb(code):
    events = asserted(code("The Egyptian foreign minister met counterparts from France, Spain and Iran in Cairo "
                            "on Saturday."), "CONSULT")
    assert _pairs(events) == {frozenset(("EGYGOV", f"{c}GOV")) for c in ("FRA", "ESP", "IRN")}, _show(events)


def test_each_other_s_diplomats_is_reciprocal(code):
    events = asserted(code("Ukraine and Serbia expelled each other's diplomats on Friday."), "SANCTION")
    assert {(_code(e.source), _code(e.target)) for e in events} == {("UKRGOV", "SRBGOV"), ("SRBGOV", "UKRGOV")}, \
        _show(events)


# --- item 3: arguments -----------------------------------------------------------------------------


def test_relative_pronoun_takes_its_antecedent(code):
    events = asserted(code("Activists who marched against the new law were later released."), "PROTEST")
    assert len(events) == 1, _show(events)
    assert events[0].source is not None and "activist" in events[0].source.name.lower()


def test_reduced_passive_participle_names_the_patient(code):
    events = code("Two reporters detained in Cairo were freed by the authorities on Monday.")
    assert not any(e.source is not None and "reporter" in e.source.name.lower() for e in events), _show(events)
    coerce = asserted(events, "COERCE")
    assert coerce and all(e.target is not None and e.target.agent == "MED" for e in coerce), _show(events)


def test_a_participle_with_its_own_complement_is_active(code):
    events = code("The move came after Harold Smithers, a federal judge, ordered last week that absentee ballots "
                  "be accepted.")
    assert not any(e.target is not None and "Smithers" in e.target.name for e in events), _show(events)
    assert any(e.source is not None and "Smithers" in e.source.name for e in asserted(events, "REQUEST")), \
        _show(events)


def test_clash_with_names_the_other_side(code):
    events = asserted(code("Rebel fighters clashed with government troops near the northern border on Tuesday."),
                       "ASSAULT")
    assert len(events) == 1, _show(events)
    assert events[0].source.agent == "REB"
    assert events[0].target is not None and events[0].target.agent == "MIL", _show(events)


def test_a_target_of_the_same_code_is_kept(code):
    events = asserted(code("The French president blamed the junta for the breakdown of relations."), "ACCUSE")
    assert len(events) == 1, _show(events)
    assert _code(events[0].source) == "FRAGOV"
    assert events[0].target is not None and "junta" in events[0].target.name.lower(), _show(events)


def test_a_passive_with_no_agent_belongs_to_the_place_of_the_event(code):
    events = asserted(code("Eleven Mexican journalists detained in Somalia were freed on Saturday."), "COERCE")
    assert events and all(e.source is not None and e.source.country == "SOM" for e in events), _show(events)
    assert all(e.target is not None and e.target.code == "MEXMED" for e in events), _show(events)


def test_no_one_acts_on_a_mere_sector_in_an_accident(code):
    events = code("55 people were killed when a bus plunged into a ravine near Milan on Sunday.")
    assert not asserted(events, "ASSAULT"), _show(events)


def test_an_unknown_name_is_read_through_its_apposition(code):
    events = asserted(code("The Taliban met on Monday with Harold Smithers, a US peace envoy, in Qatar."), "CONSULT")
    assert any(e.target is not None and e.target.code == "USAGOV" for e in events), _show(events)


# --- item 7: modality ------------------------------------------------------------------------------


def test_warning_that_it_would_retaliate_is_a_threat(code):
    events = code("The Kremlin warned that it would retaliate against any new sanctions.")
    assert asserted(events, "THREATEN"), _show(events)
    assert not asserted(events, "REQUEST"), _show(events)


def test_seen_as_pulling_back_is_no_asserted_retreat(code):
    events = code("Moscow is seen as withdrawing its forces from Kherson.")
    assert not asserted(events, "RETREAT"), _show(events)


def test_a_requested_act_is_not_asserted(code):
    events = code("The United States has been lobbying for Japan to endorse the sanctions against Russia.")
    assert not asserted(events, "SUPPORT"), _show(events)


def test_sworn_to_keep_fighting_is_no_asserted_assault(code):
    events = code("The rebels have sworn to keep fighting the government in the north.")
    assert not asserted(events, "ASSAULT"), _show(events)


def test_a_reporting_verb_does_not_end_the_modality_walk(code):
    events = code("The ministry would not confirm that troops had attacked the village.")
    assert not asserted(events, "ASSAULT"), _show(events)


def test_a_coordinated_reporting_verb_dates_the_intention_on_the_statement(code):
    events = code("The Iraqi army said on Wednesday that the talks had failed and added that it would attack "
                  "the rebels.")
    assert not asserted(events, "ASSAULT"), _show(events)
    threat = asserted(events, "THREATEN")
    assert threat and all(e.date == dt.date(2023, 3, 8) for e in threat), _show(events)


def test_a_stated_intention_is_dated_on_the_statement(code):
    events = code("Erdogan will meet Putin in Sochi on Monday, his office said on Wednesday.")
    agree = asserted(events, "AGREE")
    assert agree and all(e.date == dt.date(2023, 3, 8) for e in agree), _show(events)


def test_a_stated_intention_takes_the_statement_date_the_parser_hung_on_the_act(code):
    events = code("Ethiopia said on Monday it would send humanitarian aid to Bangladesh.")
    agree = asserted(events, "AGREE")
    assert agree and all(e.date == dt.date(2023, 3, 6) for e in agree), _show(events)


def test_a_subject_s_relative_clause_is_asserted(code):
    events = code("Sebastian Pinera, who met Moustafa Madbouly in Alexandria on Monday, accused Pakistan of "
                  "backing the rebels.")
    assert asserted(events, "CONSULT"), _show(events)


def test_calling_for_a_country_to_act_is_a_request_to_it(code):
    events = code("Vietnam called on Sunday for Pakistan to withdraw its troops from the border.")
    request = asserted(events, "REQUEST")
    assert request and request[0].target is not None and request[0].target.country == "PAK", _show(events)
    assert not asserted(events, "RETREAT"), _show(events)


@pytest.mark.parametrize("sentence", [
    "The World Health Organization warned that the outbreak will spread to Europe.",
    "The United States warned that Russia could invade Ukraine at any moment.",
])
def test_a_warning_that_foretells_is_no_threat(code, sentence):
    events = code(sentence)
    assert not asserted(events, "THREATEN") and not asserted(events, "REQUEST"), _show(events)


def test_a_warning_of_consequences_is_a_threat(code):
    threat = asserted(code("Iran warned that the United States would pay a heavy price."), "THREATEN")
    assert threat and threat[0].target is not None and threat[0].target.country == "USA", _show(threat)
