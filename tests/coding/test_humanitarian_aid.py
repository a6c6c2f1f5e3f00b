"""Refugees, migration and humanitarian aid as wire copy reports them (lane probe-v).

Each sentence is invented for the mechanism and runs the real pipeline (``code``).
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "dyad"), [
    ("Kuwait gave $300 million to Jordan on Tuesday.", ("KWT", "JOR")),
    ("Sweden gave 5 million euros to Somalia on Monday.", ("SWE", "SOM")),
    ("Russia gave weapons to the rebels.", ("RUS", "RUSREB")),
    ("China sent 100 tonnes of rice to North Korea.", ("CHN", "PRK")),
    ("The Red Cross distributed blankets and tents to the families.", ("NGOHLHIRC", None)),
])
def test_goods_and_money_given_are_aid(code, sentence, dyad):
    """events.yaml give/send/distribute with the relief goods of ``given_goods`` and the sums of ``money_given``:
    'give' had no AID reading, and rice, tents or blankets were no goods."""
    events = asserted(code(sentence), "AID")
    assert events, dyad_codes(asserted(code(sentence)))
    source, target = dyad
    assert any(e.source and e.source.code.startswith(source) for e in events), dyad_codes(events)
    if target:
        assert any(e.target and e.target.code.startswith(target) for e in events), dyad_codes(events)


def test_a_ship_carrying_wheat_sends_the_wheat(code):
    """arguments.yaml laden_vehicles, verb_roles._laden_goods: the participle on a vehicle names what is sent."""
    assert asserted(code("India dispatched a ship carrying 500 tonnes of wheat to Afghanistan."), "AID")
    assert not asserted(code("India dispatched a ship to the Gulf of Aden."), "AID")


def test_a_firm_giving_money_or_a_plan_to_give_is_no_asserted_aid(code):
    """The money reading needs a to-phrase and no business source; a plan is future."""
    assert not asserted(code("The company gave $5 million to the hospital."), "AID")
    assert not asserted(code("Norway plans to give 10 million dollars to Haiti."), "AID")


@pytest.mark.parametrize("sentence", [
    "Germany took in more than a million refugees in 2015.",
    "The United States resettled 500 Iraqi refugees last month.",
])
def test_refugees_taken_in_are_aid(code, sentence):
    """events.yaml take (particle in) and resettle with ``refuge_seekers``: giving refuge is AID."""
    assert asserted(code(sentence), "AID")


def test_refugees_forced_to_return_are_deported(code):
    """events.yaml force + xcomp return/leave over the mined CAMEO 162 SANCTION reading."""
    events = asserted(code("Pakistan forced thousands of Afghan refugees to return home."))
    assert {(e.type, e.mode) for e in events} == {("COERCE", "deport")}, dyad_codes(events)


def test_agencies_are_expelled_and_workers_deported_by_the_state(code):
    """expel: an organisation is SANCTION expel; the unnamed agent of a passive expulsion is the government."""
    events = asserted(code("Sudan expelled 13 foreign aid agencies from Darfur on Wednesday."))
    assert {(e.type, e.mode) for e in events} == {("SANCTION", "expel")}, dyad_codes(events)
    events = asserted(code("Six aid workers were expelled from Sudan on Wednesday."), "COERCE")
    assert {e.source.code for e in events if e.source} == {"SDNGOV"}, dyad_codes(events)


def test_aid_let_in_is_a_concession_and_an_aid_convoy_no_troops(code):
    """allow/permit/let + into with ``let_in_aid``; rule_subjects.subject_lemma reads a carrier through its load."""
    assert asserted(code("Ethiopia allowed the first aid convoy into Tigray on Friday."), "CONCEDE")
    assert not code("The first UN aid convoy entered Darfur on Wednesday.")
    assert asserted(code("A Russian army convoy entered the town of Gori on Monday."), "MOBILIZE")


@pytest.mark.parametrize(("sentence", "source"), [
    ("Police deported 50 Nigerians from Libya on Monday.", "LBYCOP"),
    ("Nigerian migrants were deported from Libya by police on Monday.", "LBYCOP"),
])
def test_the_country_deported_from_places_the_police(code, sentence, source):
    """grounds.expelled_from: 'from' on deport/expel is where the act happens, so it places a country-less
    police (the deported people's own country was taken instead)."""
    events = asserted(code(sentence), "COERCE")
    assert {e.source.code for e in events if e.source} == {source}, dyad_codes(events)


def test_migrants_returned_are_deported_and_doctors_sent_are_aid(code):
    """events.yaml return + migrant objects (COERCE deport); send/dispatch + ``relief_workers`` (AID, target to)."""
    events = asserted(code("Spain returned 116 migrants to Morocco on Thursday."))
    assert {(e.type, e.mode) for e in events} == {("COERCE", "deport")}, dyad_codes(events)
    assert not asserted(code("The migrants returned to Libya after the boat broke down."))
    events = asserted(code("Cuba sent 300 doctors to Haiti after the earthquake."), "AID")
    assert dyad_codes(events) == {("CUB", "HTI")}


@pytest.mark.parametrize("sentence", [
    "Security forces drove thousands of villagers from their homes.",
    "The army drove the residents out of the town on Monday.",
])
def test_people_driven_out_are_deported(code, sentence):
    """events.yaml drive + out/away/'from home' + the ``displaced`` people list (as 'forced out')."""
    events = asserted(code(sentence))
    assert {(e.type, e.mode) for e in events} == {("COERCE", "deport")}, dyad_codes(events)


def test_driving_rebels_out_or_driving_somewhere_deports_no_one(code):
    assert not asserted(code("Afghan forces drove the Taliban out of Kunduz."), "COERCE")
    assert not code("The president drove to the airport.")


@pytest.mark.parametrize(("sentence", "target"), [
    ("Myanmar granted the Red Cross access to Rakhine state.", "NGOHLHIRC"),
    ("Myanmar gave the Red Cross access to the camps.", "NGOHLHIRC"),
    ("Russia allowed humanitarian access to Mariupol.", None),
])
def test_access_granted_is_retreat_access(code, sentence, target):
    """events.yaml grant/give/allow + 'access' (manual RETREAT access: letting aid workers or observers in)."""
    events = [e for e in asserted(code(sentence), "RETREAT") if e.mode == "access"]
    assert events, dyad_codes(asserted(code(sentence)))
    if target:
        assert {e.target.code for e in events if e.target} == {target}


def test_access_refused_or_given_by_a_firm_is_no_retreat(code):
    assert not asserted(code("Syria refused to grant the UN access to Douma."), "RETREAT")
    assert not code("The company gave users access to the data.")


@pytest.mark.parametrize(("sentence", "code_"), [
    ("Oxfam accused Britain of cutting aid to Yemen.", "NGOXFM"),
    ("The Norwegian Refugee Council criticised Greece on Monday.", "NGONORREF"),
    ("The International Organization for Migration criticised Nigeria on Tuesday.", "IGOUNOREF"),
])
def test_aid_agencies_are_actors(code, sentence, code_):
    """kb/data/igos.yaml aid and refugee agencies (PETRARCH2 codes); phrases.named_with_of reads a 'for'
    complement of a known name too ('the International Organization for Migration')."""
    events = asserted(code(sentence))
    assert code_ in {e.source.code for e in events if e.source}, dyad_codes(events)


def test_forces_looting_aid_seize_it_and_rioters_do_not(code):
    """events.yaml loot: COERCE seize by armed or state forces only."""
    events = asserted(code("Rebels looted a WFP warehouse in Mogadishu on Monday."))
    assert {(e.type, e.mode) for e in events} == {("COERCE", "seize")}, dyad_codes(events)
    assert not asserted(code("Rioters looted shops in Johannesburg."), "COERCE")


def test_agencies_ordered_to_leave_are_expelled(code):
    """events.yaml order/tell/give + leave: organisations join the diplomats of the SANCTION expel reading."""
    events = asserted(code("Sudan ordered 13 foreign aid agencies to leave Darfur."))
    assert {(e.type, e.mode) for e in events} == {("SANCTION", "expel")}, dyad_codes(events)


@pytest.mark.parametrize("sentence", [
    "India rushed relief supplies to Nepal on Sunday.",
    "Turkey shipped 1,000 tonnes of flour to Gaza.",
    "Pakistani army helicopters dropped food to stranded villagers.",
    "Saudi Arabia provided 500 tents to the refugees.",
])
def test_relief_rushed_shipped_dropped_or_provided_is_aid(code, sentence):
    """events.yaml rush/ship (given_goods), drop (food, aid ...), provide + relief staples."""
    assert asserted(code(sentence), "AID"), dyad_codes(asserted(code(sentence)))


def test_hosting_refugees_is_no_visit(code):
    """events.yaml host: not_object refugees (was CONSULT visit JOR -> SYRREF)."""
    assert not asserted(code("Jordan hosts more than 650,000 Syrian refugees."), "CONSULT")
    assert asserted(code("Jordan hosted the Syrian president on Monday."), "CONSULT")


@pytest.mark.parametrize("sentence", [
    "The senator gave $2 million to his re-election campaign.",
    "The company rushed supplies to its stores.",
    "The judge allowed access to the documents.",
])
def test_donations_sales_and_court_access_are_no_aid_or_access(code, sentence):
    """The money reading of 'give' excludes lawmakers, parties and private people; 'rush'/'ship' exclude firms;
    access by a court or to documents is no humanitarian access."""
    assert not asserted(code(sentence)), dyad_codes(asserted(code(sentence)))


def test_masks_and_ventilators_sent_are_aid(code):
    events = code("China sent medical teams and masks to Italy on Monday.")
    assert ("CHN", "ITA") in {(e.source.country, e.target.country) for e in asserted(events, "AID")}, events
