"""Rallies spoken at, purposes aimed at, deals struck and a past tense the tagger misses (invented sentences
through the real pipeline)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.models import Modality

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Speaking at a rally in Ohio on Saturday, the governor accused Canada of dumping steel.",
    "The senator told supporters at a rally in Arizona that Mexico must pay for the wall.",
    "The Labour candidate held a campaign rally in Leeds on Tuesday.",
    "The prime minister addressed an election rally in Lahore.",
])
def test_a_rally_spoken_at_is_no_protest(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.type == "PROTEST"], events


def test_a_rally_against_the_government_is_still_a_protest(code) -> None:
    found = asserted(code("Thousands of opposition supporters held a rally in Tbilisi against the government."),
                     "PROTEST")
    assert found, found


@pytest.mark.parametrize(("text", "type_"), [
    ("Turkish President Erdogan met Russian President Putin in Sochi to strengthen ties.", "SUPPORT"),
    ("The Indian foreign minister flew to Tokyo on Monday to boost defence cooperation.", "COOPERATE"),
])
def test_a_purpose_aimed_at_is_not_asserted(code, text: str, type_: str) -> None:
    events = code(text)
    assert not asserted(events, type_), events


def test_a_meeting_is_still_asserted_beside_its_purpose(code) -> None:
    events = code("Turkish President Erdogan met Russian President Putin in Sochi to strengthen ties.")
    assert asserted(events, "CONSULT"), events


@pytest.mark.parametrize("text", [
    "The nuclear deal struck by Iran and six world powers was criticised by Israel.",
    "The truce struck by the two factions collapsed within a week.",
])
def test_a_deal_struck_is_no_assault(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], events


@pytest.mark.parametrize("text", [
    "Japan forgave loans owed by Myanmar.",
    "On Wednesday, Norway forgave Kenyan loans worth $2 billion.",
])
def test_forgave_is_read_as_forgive(code, text: str) -> None:
    found = asserted(code(text), "AID")
    assert found and found[0].modality is Modality.ASSERTED, found


@pytest.mark.parametrize("text", [
    "Israel launched a war on Hamas in October.",
    "Ethiopia waged war against the Tigrayan rebels for two years.",
])
def test_a_war_launched_or_waged_is_an_assault(code, text: str) -> None:
    assert asserted(code(text), "ASSAULT"), code(text)


@pytest.mark.parametrize("text", [
    "The Philippine president launched a war on drugs in 2016.",
    "The Kenyan government waged a war on corruption.",
])
def test_a_war_on_a_social_ill_is_no_assault(code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], events


def test_jets_entering_airspace_are_a_show_of_force(code) -> None:
    found = asserted(code("Russian fighter jets entered Japanese airspace on Tuesday."), "MOBILIZE")
    assert found and found[0].target is not None and found[0].target.country == "JPN", found
