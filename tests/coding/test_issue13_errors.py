"""Issue 13, known general errors on unseen wire copy: directives told with 'tell', a trip made for talks, two acts
of one type in one sentence or one day, a 'they' inside a relative clause on the object, and foreign military
aircraft or ships a country reports detecting. Invented sentences, published on Friday 2023-03-10."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

from seismo.models import Actor, Event

pytestmark = pytest.mark.slow


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def _dyads(events: list[Event], type_: str) -> set[tuple[str | None, str | None]]:
    return {(_code(e.source), _code(e.target)) for e in asserted(events, type_)}


# --- 1. 'told X to V' is a request to X --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Kenyan president told Somalia to withdraw its ambassador from Nairobi.",
    "On Tuesday, Peru told Chile to release the detained fishermen.",
])
def test_told_to_is_a_request_to_the_addressee(code, text):
    events = code(text)
    assert any(e.source and e.target and e.source.country in ("KEN", "PER") and e.target.country in ("SOM", "CHL")
               for e in asserted(events, "REQUEST")), text
    assert not [e for e in asserted(events) if e.type in ("RETREAT", "SANCTION")], text  # the act told is not done


def test_telling_diplomats_to_leave_expels_them(code):
    events = code("The Peruvian government told the Bolivian diplomats to leave Lima by Friday.")
    assert _dyads(events, "SANCTION") == {("PERGOV", "BOLGOV")}
    assert not asserted(events, "REQUEST")


def test_told_that_is_speech_not_a_request(code):
    events = code("The Kenyan president told reporters on Tuesday that Somalia had recalled its ambassador.")
    assert not asserted(events, "REQUEST")


def test_a_quote_resumed_after_told_is_speech_not_a_request(code):
    events = code('"We came here because of the president," Chilean student Ana Ruiz told the press, "to show that '
                  'Chilean women can make robots too."')
    assert not asserted(events, "REQUEST")


# --- 2. 'went to X to V': a past trip made for talks -----------------------------------------------------


@pytest.mark.parametrize("verb", ["went", "traveled"])
def test_a_trip_for_talks_is_an_asserted_consultation_on_the_trip_day(code, verb):
    events = code(f"The Kenyan president {verb} to Kampala on Wednesday to discuss trade with Uganda's president.")
    consult = asserted(events, "CONSULT")
    assert len(consult) == 1 and consult[0].date == dt.date(2023, 3, 8), [(e.type, e.date) for e in events]
    assert {consult[0].source.country, consult[0].target.country} == {"KEN", "UGA"}
    assert not asserted(events, "AGREE")  # a trip is no commitment


def test_going_to_still_tells_a_plan(code):
    events = code("The Kenyan president is going to discuss trade with Uganda's president.")
    assert not asserted(events, "CONSULT")


# --- 3. two acts of one type are two records ---------------------------------------------------------


def test_two_coercive_acts_in_one_sentence_stay_two(code):
    events = code("The Bolivian government imposed a curfew and blocked the internet in La Paz on Thursday.")
    coerce = asserted(events, "COERCE")
    assert {e.mode for e in coerce} == {"curfew", "restrict"}, [(e.mode, e.date) for e in coerce]
    assert all(e.date == dt.date(2023, 3, 9) for e in coerce)  # the day told after both acts


def test_an_arrest_and_a_deportation_the_same_day_stay_two(code):
    events = code("Police arrested the activist on Monday. Police deported the activist on Monday.")
    assert {e.mode for e in asserted(events, "COERCE")} == {"arrest", "deport"}


def test_the_same_act_told_again_is_still_one(code):
    events = code("Police arrested the union leader on Thursday. Police detained the union leader on Thursday.")
    assert len(asserted(events, "COERCE")) == 1


# --- 4. 'they' in a relative clause on the object --------------------------------------------------------


def test_they_in_a_relative_clause_on_the_object_is_the_main_subject(code):
    events = code("The Malian government condemned the raid on Sunday.\n\n"
                  "The rebels released the policemen whom they had kidnapped in Gao.")
    kidnap = [e for e in asserted(events, "ASSAULT") if e.trigger == "kidnapped"]
    assert kidnap and kidnap[0].source is not None and kidnap[0].source.agent == "REB", \
        [(e.type, _code(e.source), _code(e.target)) for e in events]


# --- 5. foreign forces a country reports detecting -----------------------------------------------------


@pytest.mark.parametrize(("text", "source", "mode"), [
    ("Japan's defence ministry said on Tuesday it had spotted three Russian warships off Hokkaido.", "RUS", "weapons"),
    ("The Philippine navy said it tracked five Chinese coast guard ships near Scarborough Shoal.", "CHN", "weapons"),
    ("Lithuanian border guards spotted Belarusian troops near the border on Sunday.", "BLR", "troops"),
])
def test_a_detected_foreign_force_mobilizes(code, text, source, mode):
    events = asserted(code(text), "MOBILIZE")
    assert events and events[0].source is not None and events[0].source.country == source, text
    assert events[0].mode == mode
    assert not [e for e in events if e.source and e.source.country != source]  # the detector is no actor


def test_a_detected_thing_that_names_no_actor_is_no_event(code):
    assert not asserted(code("Customs officers detected a leak in the pipeline on Monday."))
    assert not asserted(code("The coast guard spotted a fishing boat near the island on Monday."), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "The Peruvian embassy told its citizens to leave the country.",  # a side's own people: an instruction
    "A Peruvian senator told the Andes Herald to publish the full report on Monday.",  # an outlet: an interview
    "The Kenyan envoy was told to leave the country within two days.",  # no teller named
])
def test_told_to_is_no_request_to_one_s_own_side_the_media_or_no_one(code, text):
    assert not asserted(code(text), "REQUEST"), text
