"""Issue 13 item 3, targets on real wire copy: the doer of a judged act, people under a state's law, a country
named alone as the target of a verbal act.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, target_codes

pytestmark = pytest.mark.slow




# --- the doer of a judged act ----------------------------------------------------------------------

def test_agentive_of_complement_names_the_doer(code) -> None:
    assert target_codes(code("The Kenyan foreign minister condemned the decision of the Ugandan government on Monday."),
                    "ACCUSE") == {"UGAGOV"}


def test_by_phrase_inside_the_object_names_the_doer(code) -> None:
    assert target_codes(code("The Egyptian president denounced the annexation of the islands by Turkey on Monday."),
                    "ACCUSE") == {"TURGOV"}


def test_a_patient_of_complement_is_not_the_doer(code) -> None:
    """'the arrest of the journalists': the journalists are whom it was done to; the police did it."""
    events = code("Amnesty International condemned the arrest of the journalists by Egyptian police on Monday.")
    assert target_codes(events, "ACCUSE") == {"EGYCOP"}


def test_an_act_named_alone_is_the_earlier_one_of_its_kind(code) -> None:
    events = code("Turkish troops launched an offensive against Kurdish fighters on Wednesday. "
                  "The operation was condemned by the Greek foreign minister.")
    assert {t[:3] for t in target_codes(events, "ACCUSE") if t} == {"TUR"}


def test_the_judge_is_never_its_own_target(code) -> None:
    events = code("The Kenyan court criticised its own ruling of last year on Monday.")
    assert all(e.target is None or e.target.code != "KENJUD" for e in asserted(events, "ACCUSE"))


# --- people under a state's law --------------------------------------------------------------------

def test_a_person_sentenced_by_a_court_is_of_the_courts_country(code) -> None:
    events = code("A Kenyan judge sentenced Daniel Omondi Otieno to ten years in prison on Monday.")
    assert target_codes(events, "COERCE") | target_codes(events, "SANCTION") == {"KENCVL"}


def test_a_person_pardoned_by_a_president_is_of_that_country(code) -> None:
    assert target_codes(code("The Kenyan president granted Daniel Omondi Otieno a full pardon on Monday."),
                    "CONCEDE") == {"KENCVL"}


def test_a_person_met_by_officials_gets_no_country(code) -> None:
    events = code("Kenyan officials met Daniel Omondi Otieno in Nairobi on Monday.")
    assert all(e.target is None or e.target.country != "KEN" or e.target.agent != "CVL" for e in events)


# --- a country named alone as the target of a verbal act ---------------------------------------------

def test_a_country_urged_is_its_government(code) -> None:
    events = code("The Kenyan president urged Uganda on Monday to reopen the border.")
    assert target_codes(events, "REQUEST") == {"UGAGOV"}


def test_a_country_shelled_stays_the_country(code) -> None:
    assert target_codes(code("Ugandan artillery shelled Kenya on Monday."), "ASSAULT") == {"KEN"}


# --- two people of one government are two parties ----------------------------------------------------

def test_a_colleague_named_in_the_object_is_a_target_despite_a_shared_code(code) -> None:
    """Putin and Lavrov are both RUSGOV; the request is still from one to the other (issue 13 item 3)."""
    events = code("Vladimir Putin asked for Sergei Lavrov's resignation on Monday.")
    found = [e for e in asserted(events, "REQUEST") if e.target is not None]
    assert found and all(e.target.code == "RUSGOV" and "Lavrov" in e.target.name for e in found)


# --- taking from: whom a town or property is taken from -----------------------------------------------

def test_whom_a_town_is_recaptured_from_is_the_target(code) -> None:
    assert target_codes(code("Ukrainian troops recaptured Kherson from Russian forces on Monday."),
                    "ASSAULT") == {"RUSMIL"}


def test_a_passive_taking_reads_its_from_too(code) -> None:
    assert target_codes(code("Kherson was recaptured from Russian forces by Ukrainian troops on Monday."),
                    "ASSAULT") == {"RUSMIL"}


def test_property_seized_from_people_targets_the_people(code) -> None:
    events = code("Ukrainian police seized land from Russian businessmen on Monday.")
    assert target_codes(events, "COERCE") == {"RUSBUS"}


def test_the_patient_of_a_condemned_attack_is_not_blamed(code) -> None:
    """'condemned the attack on its embassy': the embassy was attacked; the condemnation blames no one named."""
    events = code("Kenya condemned the attack on its embassy in Mogadishu on Monday.")
    assert target_codes(events, "ACCUSE") == {None}


def test_the_victims_of_a_condemned_killing_are_not_blamed(code) -> None:
    events = code("Kenya condemned the killing of two Ugandan journalists on Monday.")
    assert target_codes(events, "ACCUSE") == {None}
