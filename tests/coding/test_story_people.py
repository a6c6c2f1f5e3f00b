"""An unknown, undescribed person who acts in a story about one country is of that country
(``coding.story_people``). Invented sentences through the real pipeline (the shared ``code`` fixture)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.coding.actors import UNKNOWN_NAME
from seismo.coding.story_people import story_person
from seismo.models import Actor

pytestmark = pytest.mark.slow


def _sources(events, type_: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in asserted(events, type_)}


def test_an_unknown_doer_is_of_the_storys_country(code) -> None:
    events = code("The Canadian parliament passed the budget in Ottawa on Monday. "
                  "Marcus Dwyer accused the Canadian government of ignoring farmers.")
    accuse = asserted(events, "ACCUSE")
    assert {e.source.code for e in accuse if e.source} == {"CAN"}, accuse
    assert accuse[0].source.agent is None  # the country only: the text says nothing of the sector
    assert "the story's main country" in (accuse[0].source.reason or "")


def test_a_pronoun_for_that_person_is_too(code) -> None:
    events = code("The Canadian parliament passed the budget in Ottawa on Monday. Marcus Dwyer spoke after the vote. "
                  "He accused the Canadian government of ignoring farmers.")
    assert _sources(events, "ACCUSE") == {"CAN"}


def test_a_described_person_keeps_the_description(code) -> None:
    events = code("The Canadian parliament passed the budget in Ottawa on Monday. "
                  "Marcus Dwyer, a Belgian lawmaker, accused the Canadian government of ignoring farmers.")
    assert _sources(events, "ACCUSE") == {"BELLEG"}


def test_the_other_side_of_a_meeting_gets_no_country(code) -> None:
    events = code("Kenyan officials met Marcus Dwyer in Nairobi on Monday.")
    for event in asserted(events, "CONSULT"):
        for actor in (event.source, event.target):
            assert actor is None or "Dwyer" not in actor.name or actor.country is None, event


def test_an_unknown_organisation_gets_no_country(code) -> None:
    events = code("The Canadian parliament passed the budget in Ottawa on Monday. "
                  "The Velmora Collective accused the Canadian government of ignoring farmers.")
    assert "CAN" not in _sources(events, "ACCUSE")


def test_only_names_read_as_people() -> None:
    unknown = Actor(name="Velmora Collective", reason=UNKNOWN_NAME)
    assert story_person(unknown, frozenset({"Marcus Dwyer"}), "CAN") is unknown
    person = Actor(name="Marcus Dwyer", reason=UNKNOWN_NAME)
    assert story_person(person, frozenset({"Marcus Dwyer"}), "CAN").code == "CAN"
    assert story_person(person, frozenset({"Marcus Dwyer"}), None) is person


@pytest.mark.parametrize("name", ["The Velmora Collective", "Velmora Council", "Orion Party"])
def test_a_body_the_tagger_reads_as_a_person_is_no_person(name: str) -> None:
    unknown = Actor(name=name, reason=UNKNOWN_NAME)
    assert story_person(unknown, frozenset({name}), "CAN") is unknown
