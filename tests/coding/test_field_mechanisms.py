"""Issue 13, fields of events found in the right sentence: casualty tolls, facility places, targets, dates.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.models import Event, Modality

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 3, 10)  # a Friday



def _one(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_ and e.modality is Modality.ASSERTED]
    assert len(found) == 1, [(e.type, e.modality.value, e.trigger) for e in events]
    return found[0]


# --- casualty tolls told after the attack ----------------------------------------------------------

def test_toll_in_the_next_sentence_is_the_attacks_quantity(code) -> None:
    event = _one(code("Gunmen attacked a bus near the border on Monday. At least 12 passengers were killed."),
                 "ASSAULT")
    assert event.quantity is not None and event.quantity.value == 12


def test_toll_of_people_who_died_counts_too(code) -> None:
    event = _one(code("Insurgents shelled a market in Kandahar on Monday. The 31 people inside all died."), "ASSAULT")
    assert event.quantity is not None and event.quantity.value == 31


def test_toll_in_another_paragraph_is_not_the_attacks(code) -> None:
    event = _one(code("Gunmen attacked a bus near the border on Monday.\n\nAt least 12 passengers were killed."),
                 "ASSAULT")
    assert event.quantity is None


def test_toll_with_its_own_killer_is_not_the_earlier_attacks(code) -> None:
    events = code("Gunmen attacked a bus near the border on Monday. Three soldiers were killed by the police.")
    first = next(e for e in events if e.trigger and "attack" in e.trigger)
    assert first.quantity is None


def test_a_count_of_money_is_no_toll(code) -> None:
    event = _one(code("Gunmen attacked a bank in Lagos on Monday. $40,000 was lost."), "ASSAULT")
    assert event.quantity is None


# --- places that name a facility ----------------------------------------------------------------

def test_city_naming_a_cathedral_is_the_place(code) -> None:
    event = _one(code("Twin bombings struck the Jolo Cathedral in Mindanao, Philippines on Sunday."), "ASSAULT")
    assert event.location is not None and event.location.name == "Jolo Cathedral"  # named whole, at Jolo's point
    assert event.location.lat is not None


def test_nationals_are_civilians(code) -> None:
    event = _one(code("Six Mexican nationals were killed in the shooting on Saturday."), "ASSAULT")
    assert event.target is not None and (event.target.country, event.target.agent) == ("MEX", "CVL")


# --- dates near clause bounds -----------------------------------------------------------------------

def test_hours_after_a_dated_event_is_that_day(code) -> None:
    event = _one(code("Hours after the vote on Tuesday, soldiers shelled the rebel town."), "ASSAULT")
    assert event.date == dt.date(2023, 3, 7)


def test_days_after_a_dated_event_is_not_that_day(code) -> None:
    event = _one(code("Days after the vote on Tuesday, soldiers shelled the rebel town."), "ASSAULT")
    assert event.date != dt.date(2023, 3, 7)


def test_date_of_an_infinitive_describing_a_noun_is_not_the_events(code) -> None:
    event = _one(code("On Monday, the Kenyan government gave the inspectors permission to visit the site on "
                      "March 20."), "CONCEDE")
    assert event.date == dt.date(2023, 3, 6)


# --- facilities named after a place ----------------------------------------------------------------

def test_capital_naming_an_airport_is_no_government(code) -> None:
    event = _one(code("Gunmen attacked the Kabul Airport on Monday."), "ASSAULT")
    assert event.target is None or event.target.agent != "GOV"
    assert event.location is not None and event.location.country == "AFG"


def test_restated_airstrike_at_a_place_adds_the_place_to_the_first_mention(code) -> None:
    events = code("Turkish troops killed two Syrian militia commanders in an airstrike on Monday.\n\n"
                  "The Turkish military carried out the airstrike at Damascus International Airport.")
    event = _one(events, "ASSAULT")
    assert event.date == dt.date(2023, 3, 6)
    assert event.location is not None and event.location.country == "SYR"
    assert event.target is not None and event.target.agent == "REB"


# --- targets named by a clause ------------------------------------------------------------------------

def test_ruling_that_someone_acted_unlawfully_targets_them(code) -> None:
    event = _one(code("The Kenyan Supreme Court ruled on Monday that the president had violated the constitution."),
                 "SANCTION")
    assert event.target is not None and (event.target.country, event.target.agent) == ("KEN", "GOV")


def test_performing_participle_names_the_source_of_the_event_noun(code) -> None:
    event = _one(code("Five soldiers were killed in an ambush carried out by insurgents near Gao on Monday."),
                 "ASSAULT")
    assert event.source is not None and event.source.agent == "REB"


def test_other_participles_name_no_source(code) -> None:
    events = code("Ten civilians were killed in an attack condemned by the United Nations in Gao on Monday.")
    assert not [e for e in events if e.type == "ASSAULT" and e.source is not None and e.source.igo]


# --- announced acts in reported speech ---------------------------------------------------------------

def test_reported_would_dates_the_act_forward(code) -> None:
    events = code("The French president said on Wednesday he would visit Rabat on Monday.")
    visit = next(e for e in events if e.type == "CONSULT")
    assert visit.modality is not Modality.ASSERTED and visit.date == dt.date(2023, 3, 13)
    statement = _one(events, "AGREE")
    assert statement.date == dt.date(2023, 3, 8)


def test_conditional_would_is_not_read_forward(code) -> None:
    events = code("Iran said it would retaliate on Monday if attacked.")
    assert all(e.date != dt.date(2023, 3, 13) for e in events)
