"""Who did it to whom when the parse or the tagger errs: names cut or glued by the parser, a city read as a
person, reduced passives misparsed as clauses, the holder of released people, and a domestic crowd's own state.

Each sentence is invented for the mechanism and runs the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

from seismo.coding.recipients import own_state
from seismo.models import Actor, Modality

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2016, 9, 10)





def test_a_hyphenated_name_the_parser_splits_is_read_whole(code):
    events = asserted(code("Nouri al-Maliki called on Chile on Saturday to cut tariffs.", dt.date(2012, 3, 31)),
                       "REQUEST")
    assert ("IRQGOV", "CHLGOV") in dyad_codes(events), dyad_codes(events)


def test_a_name_with_diacritics_is_read_whole(code):
    events = asserted(code("Nguyễn Xuân Phúc met the Chilean president in Hanoi on Friday."), "CONSULT")
    assert any(e.source is not None and e.source.code == "VNMGOV" for e in events), dyad_codes(events)


def test_two_coordinated_names_glued_into_one_phrase_are_both_parties(code):
    events = asserted(code("Enrique Peña Nieto hosted Bashar al-Assad and Justin Trudeau in Cancun on Monday."),
                       "CONSULT")
    targets = {e.target.code for e in events if e.target is not None}
    assert {"SYRGOV", "CANGOV"} <= targets, dyad_codes(events)


def test_a_city_the_tagger_reads_as_a_person_stands_for_its_country(code):
    events = asserted(code("Chilean warplanes bombed Alexandria on Thursday."), "ASSAULT")
    assert events and events[0].target is not None and events[0].target.country == "EGY", dyad_codes(events)


def test_a_surname_written_with_its_given_name_earlier_stays_a_person(code):
    events = code("Police detained Maria Jackson in Lima on Monday. Officers later beat Jackson in a cell.")
    assert not any(e.target is not None and e.target.country == "USA" for e in events), dyad_codes(events)


def test_jets_are_the_military(code):
    events = asserted(code("Peru's defence ministry said Chilean jets had bombed a bridge near Arequipa."), "ASSAULT")
    assert any(e.source is not None and e.source.code == "CHLMIL" for e in events), dyad_codes(events)


def test_a_reduced_passive_misparsed_as_a_clause_keeps_its_patient(code):
    events = code("Students arrested in Valparaiso last month were released on Friday.")
    assert not any(e.source is not None and e.source.agent == "CVL" for e in asserted(events, "COERCE")), \
        dyad_codes(events)
    released = asserted(events, "RETREAT")
    assert released and released[0].target is not None and released[0].target.agent == "CVL", dyad_codes(events)


def test_released_people_are_released_by_whoever_held_them(code):
    events = asserted(code("Six Peruvian journalists detained in Chile were freed on Tuesday."), "RETREAT")
    assert events and events[0].source is not None and events[0].source.country == "CHL", dyad_codes(events)


def test_a_domestic_crowd_addresses_its_own_government(code):
    events = asserted(code("Farmers who blocked highways near Rosario demanded the resignation of the cabinet."),
                       "REQUEST")
    assert any(e.target is not None and e.target.code == "ARGGOV" for e in events), dyad_codes(events)


def test_a_government_or_a_country_alone_does_not_give_the_government_its_country():
    government = Actor(name="the government", agent="GOV")
    for source in (Actor(name="Chile", code="CHL", country="CHL"),
                   Actor(name="Chilean officials", code="CHLGOV", country="CHL", agent="GOV")):
        assert own_state(government, [source]).country is None
    crowd = Actor(name="farmers", code="CHLAGR", country="CHL", agent="AGR")
    assert own_state(government, [crowd]).code == "CHLGOV"


def test_an_object_pronoun_is_a_person_of_its_own_sentence(code):
    events = asserted(code("Senate majority leader Bob Carlton spoke on Monday. Three American senators broke with "
                            "Emmanuel Macron and urged him to resign.", dt.date(2019, 5, 3)), "REQUEST")
    assert any(e.target is not None and e.target.code == "FRAGOV" for e in events), dyad_codes(events)


def test_a_bare_definite_noun_refers_back_to_its_named_mention(code):
    events = code("Peru's police chief wrote to the Chilean Embassy in Lima on Monday. "
                  "The embassy rejected the request on Tuesday.")
    rejects = asserted(events, "REJECT")
    assert rejects and rejects[0].source is not None and rejects[0].source.code == "CHLGOV", dyad_codes(events)


def test_rejecting_the_request_targets_who_made_it(code):
    events = code("Chile asked Peru to extradite the former general. Peru rejected the request on Tuesday.")
    rejects = asserted(events, "REJECT")
    assert rejects and rejects[0].target is not None and rejects[0].target.country == "CHL", dyad_codes(events)


def test_a_participle_on_a_posted_message_is_the_posters_act(code):
    events = asserted(code("Chile's foreign minister posted a message on Twitter blaming Peru for the riots."),
                       "ACCUSE")
    assert events and events[0].source is not None and events[0].source.code == "CHLGOV", dyad_codes(events)


def test_a_request_in_a_letter_is_addressed_to_its_recipient(code):
    events = asserted(code("Chile's interior minister wrote to the Peruvian government asking to extradite "
                            "the suspects."), "REQUEST")
    assert any(e.target is not None and e.target.code == "PERGOV" for e in events), dyad_codes(events)


def test_a_law_acts_through_the_legislature_that_passed_it(code):
    events = asserted(code("The Chilean parliament passed a law which bans protests near schools."), "COERCE")
    assert events and events[0].source is not None and events[0].source.code == "CHLLEG", dyad_codes(events)


def test_an_earlier_act_of_the_actor_itself_is_not_what_it_denies(code):
    events = code("The Chilean government accused rebels of the bombing. Chile denied the accusation on Friday.")
    rejects = asserted(events, "REJECT")
    assert not any(e.target is not None and e.target.code == "CHLGOV" for e in rejects), dyad_codes(events)


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition(code):
    events = asserted(code("Chile threatened to suspend trade talks if Peru goes ahead with the new tariffs."),
                       "THREATEN")
    assert any(e.target is not None and e.target.country == "PER" for e in events), dyad_codes(events)


def test_refusing_to_answer_a_demand_targets_who_made_it(code):
    events = asserted(code("The Chilean president refused to respond to a demand from the Peruvian government."),
                       "REJECT")
    assert any(e.target is not None and e.target.code == "PERGOV" for e in events), dyad_codes(events)


def test_a_concession_in_a_place_is_to_its_people(code):
    events = asserted(code("Chile lifted a night curfew in Peru on Sunday."), "CONCEDE")
    assert any(e.target is not None and e.target.country == "PER" for e in events), dyad_codes(events)


def test_an_ethnic_group_takes_the_country_of_its_place(code):
    events = asserted(code("About 300 ethnic Hungarians demonstrated in Romania on Tuesday."), "PROTEST")
    assert events and events[0].source is not None and events[0].source.country == "ROU", dyad_codes(events)


def test_the_object_of_a_purpose_clause_is_the_target(code):
    events = asserted(code("Peruvian police opened fire to disperse the protesters on Monday."), "ASSAULT")
    assert any(e.target is not None and e.target.country == "PER" for e in events), dyad_codes(events)


def test_a_date_read_as_the_subject_of_a_since_clause_leaves_the_held_people_the_patient(code):
    events = code("Turkish fishermen held by the Greek coast guard since January were freed on Friday.")
    releases = [e for e in events if e.type in ("CONCEDE", "RETREAT") and e.modality is Modality.ASSERTED]
    assert any(e.source is not None and e.source.country == "GRC" and e.target is not None
               and e.target.country == "TUR" for e in releases), dyad_codes(releases)


def test_goods_a_carrier_brings_to_a_place_are_aid_to_its_country(code):
    events = asserted(code("Food shipments sent by Japan arrived in Manila on Thursday."), "AID")
    assert any(e.target is not None and e.target.country == "PHL" for e in events), dyad_codes(events)


def test_a_carrier_of_no_goods_is_no_aid(code):
    events = asserted(code("Trucks sent by Japan arrived in Manila on Thursday."), "AID")
    assert not events, dyad_codes(events)


def test_a_participle_the_parser_made_the_main_verb_is_a_reduced_passive(code):
    events = [e for e in code("Students detained in Nairobi last week were released on Sunday.")
              if e.modality is Modality.ASSERTED]
    releases = [e for e in events if e.type in ("CONCEDE", "RETREAT")]
    assert any(e.source is not None and e.source.country == "KEN" for e in releases), dyad_codes(events)
    assert not any(e.type == "COERCE" and e.source is not None and e.source.agent == "EDU" for e in events), \
        dyad_codes(events)


def test_a_crowd_verb_misparsed_as_a_participle_is_the_crowds_act(code):
    # the parser hangs 'protested' under 'hundreds' as a participle; no one "was protested"
    events = asserted(code("On Monday, hundreds of people protested in Lagos against rising food prices."), "PROTEST")
    assert ("NGACVL", "NGAGOV") in dyad_codes(events) or any(e.source is not None and e.source.code == "NGACVL"
                                                              for e in events), dyad_codes(events)


def test_a_verb_with_an_object_joined_to_a_reported_passive_is_the_reporters(code):
    events = asserted(code("Chilean lawyers said 40 students had been arrested in Santiago and accused the police of "
                           "beating them."), "ACCUSE")
    assert events and all(e.source is not None and e.source.agent == "JUD" for e in events), dyad_codes(events)


def test_a_main_verb_parsed_as_a_participle_after_a_relative_clause_acts(code):
    events = asserted(code("Opposition leader Carlos Mesa, who came second in the election, called on supporters "
                           "to remain calm.", dt.date(2019, 11, 11)), "REQUEST")
    assert {(e.source.agent if e.source else None, e.target.agent if e.target else None) for e in events} \
        == {("OPP", "CVL")}


def test_a_caption_fragment_stays_a_reduced_passive(code):  # a guard
    events = code("Three activists, arrested in Lagos on Monday.")
    assert not any(e.source and e.source.agent == "CVL" for e in asserted(events, "COERCE"))


def test_a_subject_parsed_as_the_object_of_after_is_the_clause_subject(code):
    events = asserted(code("Evo Morales announced his resignation on Sunday after the head of the armed forces "
                           "urged him to step down.", dt.date(2019, 11, 11)), "REQUEST")
    assert ("BOLMIL", "BOLGOV") in dyad_codes(events), dyad_codes(events)


def test_a_name_the_parser_made_a_negation_negates_nothing(code):
    events = code("Nguyễn Tấn Dũng called for the immediate release of the finance minister.", dt.date(2013, 7, 10))
    assert asserted(events, "REQUEST")


def test_a_leader_named_by_an_unknown_party_leads_a_party(code):
    events = asserted(code("Labour leader Jeremy Corbyn criticised the British government on Tuesday.",
                           dt.date(2019, 3, 29)), "ACCUSE")
    assert {e.source.code for e in events if e.source} == {"GBRPTY"}


def test_a_leader_of_a_party_named_by_its_leaning_leads_a_party(code):
    events = asserted(code("Marine Le Pen, the leader of the far-right National Rally, criticised Macron on Monday.",
                           dt.date(2019, 3, 29)), "ACCUSE")
    assert {e.source.code for e in events if e.source} == {"FRAPTY"}


def test_a_countrys_leader_and_a_known_title_stay_the_government(code):  # guards
    events = asserted(code("The South African leader criticised Uganda on Monday.", dt.date(2019, 3, 29)), "ACCUSE")
    assert {e.source.code for e in events if e.source} == {"ZAFGOV"}
