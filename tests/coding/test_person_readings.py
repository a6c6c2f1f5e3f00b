"""The knowledge base's structured reading of a person mention (``models.PersonReading`` on ``Actor.person``) and when
it still describes an actor (``coding.person_readings``): the coder's later passes read these facts, never the text
of ``Actor.reason``. Saad Hariri's record ends on 2019-10-29 (Prime Minister of Lebanon from 2016-12-18)."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.coding.event_day import on_event_day
from seismo.coding.person_readings import plain_reading, reading_of
from seismo.kb import load_kb
from seismo.models import Actor, Event

pytestmark = pytest.mark.slow

IN_OFFICE = dt.date(2019, 10, 1)
AFTER = dt.date(2019, 11, 1)


def _read(phrase: str, on: dt.date | None) -> Actor:
    found = load_kb().resolve_phrase(phrase, on)
    assert found is not None
    return found.actor


def test_a_person_mention_carries_which_person_role_and_day():
    read = _read("Saad Hariri", IN_OFFICE).person
    assert read is not None
    assert (read.name, read.office, read.country) == ("Saad Hariri", "HOG", "LBN")
    assert (read.start, read.end) == (dt.date(2016, 12, 18), dt.date(2019, 10, 29))
    assert (read.status, read.on, read.elite, read.plain) == ("in office", IN_OFFICE, False, True)


def test_out_of_office_the_reading_says_former_and_elite():
    actor = _read("Saad Hariri", AFTER)
    assert actor.person is not None and actor.code == "LBNELI"
    assert (actor.person.status, actor.person.elite) == ("former", True)


def test_without_a_date_the_reading_is_not_plain():
    read = _read("Saad Hariri", None).person
    assert read is not None and read.status == "latest" and read.on is None and not read.plain


def test_organisations_and_places_carry_no_reading():
    assert _read("the Lebanese army", AFTER).person is None
    assert _read("Beirut", AFTER).person is None


def test_the_reading_travels_with_copies_but_is_never_stored():
    actor = _read("Saad Hariri", IN_OFFICE)
    copy = actor.model_copy(update={"name": "Hariri"})
    assert copy.person is actor.person
    assert "person" not in copy.model_dump() and "_person" not in copy.model_dump()
    assert Actor.model_validate(copy.model_dump()).person is None
    assert set(Event.model_json_schema()["$defs"]["Actor"]["properties"]) == {
        "name", "code", "country", "agent", "igo", "reason"}


def test_a_note_after_the_reading_ends_its_plain_reading_but_not_the_person():
    actor = _read("Saad Hariri", AFTER)
    assert plain_reading(actor) is actor.person and reading_of(actor) is actor.person
    noted = actor.model_copy(update={"reason": f"{actor.reason}; country LBN from 'in Beirut' in the phrase"})
    assert plain_reading(noted) is None and reading_of(noted) is actor.person
    wrapped = actor.model_copy(update={"reason": f"an organisation outranks the record ({actor.reason})"})
    assert reading_of(wrapped) is None


def test_the_event_day_reads_the_structure_not_the_text():
    kb = load_kb()
    actor = _read("Saad Hariri", AFTER)
    again = on_event_day(actor, IN_OFFICE, kb)
    assert again is not None and again.code == "LBNGOV"
    assert again.person is not None and again.person.status == "in office" and again.person.on == IN_OFFICE
    # the same words typed by hand are no reading: nothing parses them back
    typed = Actor(name="Hariri", code="LBNELI", country="LBN", agent="ELI", reason=actor.reason)
    assert on_event_day(typed, IN_OFFICE, kb) is typed
