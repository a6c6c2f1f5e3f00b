"""Issue 13, item 8 and the event's how and where: future clauses, manner modes, instrument phrases, places.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.coding.lexicon import load_lexicon
from seismo.coding.modes import load_mode_cues
from seismo.models import Event, Modality

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 3, 10)  # a Friday
TUESDAY, COMING_SATURDAY = dt.date(2023, 3, 7), dt.date(2023, 3, 11)



def _one(events: list[Event], type_: str, modality: Modality = Modality.ASSERTED) -> Event:
    found = [e for e in events if e.type == type_ and e.modality is modality]
    assert len(found) == 1, [(e.type, e.modality.value, e.trigger) for e in events]
    return found[0]


# --- future clauses: the act's day reads forward -----------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Kenya is to hold talks with Ghana on Saturday, officials said.",
    "Emmanuel Macron plans to visit Kenya on Saturday.",
    "The foreign ministers of Kenya and Ghana are scheduled to meet on Saturday.",
])  # fmt: skip
def test_scheduled_acts_are_future_and_dated_forward(code, sentence):
    event = _one(code(sentence), "CONSULT", Modality.FUTURE)
    assert event.date == COMING_SATURDAY
    assert {event.source.country, event.target.country} & {"KEN", "GHA"}


def test_a_copula_without_an_infinitive_asserts(code):
    event = _one(code("Kenya held talks with Ghana on Tuesday."), "CONSULT")
    assert event.date == TUESDAY


# --- modes from manner and instrument words ----------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Olaf Scholz spoke by telephone with Emmanuel Macron on Tuesday.",
    "Olaf Scholz and Emmanuel Macron talked by phone on Tuesday.",
    "Emmanuel Macron and Olaf Scholz discussed energy prices in a phone conversation on Tuesday.",
    "Olaf Scholz held talks with Emmanuel Macron via videoconference on Tuesday.",
])  # fmt: skip
def test_remote_consultation_is_consult_phone_on_its_own_day(code, sentence):
    event = _one(code(sentence), "CONSULT")
    assert event.mode == "phone"
    assert {event.source.code, event.target.code} == {"DEUGOV", "FRAGOV"}
    assert event.date == TUESDAY and event.date_precision == "day"


def test_a_meeting_without_a_medium_has_no_phone_mode(code):
    assert _one(code("Olaf Scholz met Emmanuel Macron in Paris on Tuesday."), "CONSULT").mode != "phone"


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Israeli forces killed a Hamas commander in an airstrike in Gaza on Tuesday.", "aerial"),
    ("Rebels killed five soldiers with a roadside bomb on Tuesday.", "explosives"),
    ("Syrian troops attacked the town with rockets on Tuesday.", "heavy-weapons"),
    ("Militants launched drones at a Saudi oil facility on Tuesday.", "drone"),
])  # fmt: skip
def test_assault_mode_from_its_weapon(code, sentence, mode):
    assert _one(code(sentence), "ASSAULT").mode == mode


def test_a_target_is_not_a_weapon(code):
    """'attacked a helicopter': the helicopter was attacked, nobody attacked from it."""
    assert _one(code("Rebels attacked an army helicopter in Mali on Tuesday."), "ASSAULT").mode is None


def test_every_mode_cue_is_a_plover_mode_of_its_type():
    types = load_lexicon().types
    for type_, table in load_mode_cues().modes.items():
        assert {mode for mode, _words in table} <= set(types[type_].modes), type_


# --- places inside the event's own phrases -----------------------------------------------------


def test_place_of_the_event_noun_in_an_in_phrase(code):
    event = _one(code("Israeli forces killed a Hamas commander in an airstrike near Rafah on Tuesday."), "ASSAULT")
    assert event.location is not None and event.location.name == "Rafah"


def test_a_place_word_describing_the_target_is_not_the_place(code):
    event = _one(code("Iranian militias fired rockets at US troops on Tuesday."), "ASSAULT")
    assert event.location is None or event.location.country != "USA"


# --- "the two leaders": the parties of the event told before -------------------------------------


def test_the_two_leaders_refer_to_the_meeting_told_before(code):
    events = code("Olaf Scholz met Emmanuel Macron in Paris on Tuesday.\n\nThe two leaders discussed energy prices.")
    event = _one(events, "CONSULT")
    assert {event.source.code, event.target.code} == {"DEUGOV", "FRAGOV"} and event.date == TUESDAY


def test_a_plural_subject_without_a_count_is_its_own_event(code):
    events = code("Olaf Scholz met Emmanuel Macron in Paris on Tuesday.\n\nChinese officials discussed energy prices.")
    assert len([e for e in events if e.type == "CONSULT" and e.modality is Modality.ASSERTED]) == 2


# --- dates of clauses that happen at the same time --------------------------------------------------


@pytest.mark.parametrize(("sentence", "type_"), [
    ("On Tuesday the Kenyan parliament voted to expel the Ugandan ambassador.", "SANCTION"),
    ("On Tuesday, a court in Nairobi issued a ruling on the election, ordering the arrest of two opposition "
     "leaders.", "COERCE"),
    ("When announcing the measures on Tuesday, President William Ruto called on Uganda to reopen the border.",
     "REQUEST"),
])  # fmt: skip
def test_a_governing_or_simultaneous_clause_dates_the_event(code, sentence, type_):
    event = _one(code(sentence), type_)
    assert event.date == TUESDAY and event.date_precision == "day"


def test_an_after_clause_does_not_date_the_main_event(code):
    event = _one(code("After meeting Ruto on Tuesday, the Ugandan president accused Sudan of arming rebels."),
                 "ACCUSE")
    assert event.date != TUESDAY


# --- where: a governing clause's place, the parties' own country -----------------------------------


def test_the_governing_clause_places_its_participle(code):
    event = _one(code("A court in Nairobi issued a ruling on Tuesday, ordering the arrest of the Ugandan "
                      "ambassador."), "COERCE")
    assert event.location is not None and event.location.name == "Nairobi"


def test_a_domestic_event_happens_in_its_parties_country(code):
    event = _one(code("Kenyan police arrested two opposition leaders on Tuesday."), "COERCE")
    assert event.location is not None and (event.location.name, event.location.country) == ("Kenya", "KEN")
    assert event.location.lat is None  # a country, not a point on the map


def test_parties_of_two_countries_give_no_place(code):
    assert _one(code("Emmanuel Macron accused Russia of lying on Tuesday."), "ACCUSE").location is None


def test_a_coordinated_clause_lends_no_place(code):
    """'belonged to Kenya and was seized by Ugandan forces': Kenya is the belonging's, not the seizure's place."""
    event = _one(code("The island belonged to Kenya and was seized by Ugandan forces in 2005."), "COERCE")
    assert event.location is None or event.location.country != "KEN"


def test_a_place_inside_the_events_place_and_the_city_before_its_country(code):
    event = _one(code("Gunmen shot five people at a market in the Nigerian city of Kano on Tuesday."), "ASSAULT")
    assert event.location is not None and event.location.name == "Kano"


def test_a_mention_of_the_attack_told_before_takes_its_place_and_mode(code):
    events = code("Militants fired rockets at a police station in Kandahar on Tuesday.\n"
                  "Two Pakistani traders were also killed in the attack.")
    killed = [e for e in events if e.trigger == "killed"]
    assert len(killed) == 1, [(e.type, e.trigger) for e in events]
    assert killed[0].date == TUESDAY and killed[0].mode == "heavy-weapons"
    assert killed[0].location is not None and killed[0].location.country == "AFG"


@pytest.mark.parametrize(("place", "mode"), [("Doha", "third-party"), ("Paris", None), ("Berlin", None)])
def test_a_meeting_in_a_third_country_is_third_party(code, place, mode):
    assert _one(code(f"Olaf Scholz met Emmanuel Macron in {place} on Tuesday."), "CONSULT").mode == mode


def test_a_past_perfect_under_a_report_is_bounded_by_the_report(code):
    """'acknowledged on Tuesday that it had shot down': the act came before Tuesday. With no day of its own
    the report's day bounds it (said so in date_text), never the later publication day."""
    event = _one(code("Kenyan officials acknowledged on Tuesday that troops had shot down a Somali plane."),
                 "ASSAULT")
    assert event.date == TUESDAY and event.date_text.startswith("(reported)")


def test_a_past_perfect_under_a_report_keeps_its_own_day(code):
    event = _one(code("Kenyan officials acknowledged on Tuesday that troops had shot down a Somali plane on "
                      "Sunday."), "ASSAULT")
    assert event.date == TUESDAY - dt.timedelta(days=2)


@pytest.mark.parametrize(("sentence", "country"), [
    ("The rebel commander was killed by Ugandan troops in Kinshasa on Tuesday.", "COD"),
    ("Militants carried out attacks on army posts in Niger on Tuesday.", "NER"),
])  # fmt: skip
def test_the_place_of_an_agent_or_an_attacked_target(code, sentence, country):
    event = _one(code(sentence), "ASSAULT")
    assert event.location is not None and event.location.country == country


def test_an_uncoded_event_sentence_still_dates_its_paragraph(code):
    """The strikes have no known attacker, so no event is coded, but their day is the paragraph's."""
    events = code("On Tuesday, oil depots in Mombasa were hit by a wave of drone strikes. "
                  "Al-Shabaab claimed responsibility for the attacks.")
    assert _one(events, "ASSAULT").date == TUESDAY


def test_a_sentence_with_no_event_does_not_date_its_paragraph(code):
    events = code("On Tuesday, the ministry published new inflation figures. "
                  "Al-Shabaab claimed responsibility for the attacks.")
    assert _one(events, "ASSAULT").date_precision == "published"


def test_a_place_set_off_by_a_comma_is_the_clauses(code):
    """'met with Macron, the French president, in Doha': the parser hangs 'in Doha' on Macron."""
    event = _one(code("Olaf Scholz met with Emmanuel Macron, the French president, in Doha on Tuesday."), "CONSULT")
    assert event.location is not None and event.location.name == "Doha" and event.mode == "third-party"
