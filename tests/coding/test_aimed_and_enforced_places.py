"""Where an attack hit when the parser hangs its aim on the missile ('fired shells at a loudspeaker in South Korea':
``places._aimed_at``), and where a state's own police, security service or court acts on foreigners ('the
Belarusian KGB arrested 33 Russian citizens': ``places.enforced_at_home``): invented sentences through the real
pipeline; and a town the actor scan took for a surname (`in Lagos`: ``place_names._masked_place``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

pytestmark = pytest.mark.slow


def _places(tmp_path: Path, text: str, type_: str) -> list[tuple[str | None, str]]:
    events = asserted(code_text(tmp_path, text), type_)
    assert events, text
    return [(e.location.country, e.location.name) if e.location else (None, "") for e in events]


@pytest.mark.parametrize(("text", "country"), [
    ("North Korea fired shells at a loudspeaker in South Korea on Thursday.", "KOR"),
    ("Indian forces fired mortar rounds at a border post in Pakistan on Monday.", "PAK"),
])
def test_a_place_inside_what_was_fired_at_is_where_it_hit(tmp_path: Path, text: str, country: str) -> None:
    places = _places(tmp_path, text, "ASSAULT")
    assert places and all(c == country for c, _ in places), places


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("The Belarusian KGB arrested 33 Russian citizens on Wednesday.", "COERCE", "BLR"),
    ("Turkish police detained 12 Syrian migrants on Monday.", "COERCE", "TUR"),
    ("A Russian court sentenced an American basketball player to nine years in prison on Thursday.", "SANCTION",
     "RUS"),
])
def test_a_state_enforcer_acts_at_home_on_foreigners(tmp_path: Path, text: str, type_: str, country: str) -> None:
    places = _places(tmp_path, text, type_)
    assert places and all(c == country for c, _ in places), places


@pytest.mark.parametrize(("text", "type_"), [
    ("Israeli troops arrested 15 Palestinians on Tuesday.", "COERCE"),
    ("Iranian intelligence agents attacked an Iraqi convoy on Monday.", "ASSAULT"),
])
def test_an_army_or_a_spy_attack_is_not_placed_at_home(tmp_path: Path, text: str, type_: str) -> None:
    places = _places(tmp_path, text, type_)
    assert all(c not in ("ISR", "IRN") for c, _ in places), places


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Vietnamese police arrested 12 protesters in Lagos on Monday.", "NGA", "Lagos"),
    ("Vietnamese police detained 12 protesters in Santos on Monday.", "BRA", "Santos"),
])
def test_a_town_read_as_a_surname_is_the_gazetteer_town(tmp_path: Path, text: str, country: str, name: str) -> None:
    places = _places(tmp_path, text, "COERCE")
    assert (country, name) in places, places


def test_an_odd_town_the_gazetteer_lacks_stays_in_the_story_country(tmp_path: Path) -> None:
    places = _places(tmp_path, "Syrian troops clashed with rebels near Tel Marwan on Monday.", "ASSAULT")
    assert ("SYR", "Tel Marwan") in places, places


@pytest.mark.parametrize("text", [
    "Iran launched missiles at US troops in Iraqi military bases on Wednesday.",
    "Iran launched missiles at US troops at an Iraqi air base on Wednesday.",
    "Iran launched missiles targeting US troops in Iraqi military bases on Wednesday.",
    "Militants fired rockets aimed at US soldiers in Iraqi bases on Monday.",
])
def test_a_base_hosting_foreign_troops_is_in_its_host_country(tmp_path: Path, text: str) -> None:
    places = _places(tmp_path, text, "ASSAULT")
    assert places and all(c == "IRQ" for c, _ in places), places


def test_a_base_of_the_troops_own_country_places_nothing(tmp_path: Path) -> None:
    places = _places(tmp_path, "Iran fired missiles at a US base on Wednesday.", "ASSAULT")
    assert all(c != "USA" for c, _ in places), places


@pytest.mark.parametrize(("text", "town"), [
    ("Saudi police arrested two men in Umluj on Wednesday.", "Umluj"),
    ("Kenyan police detained 12 Somali migrants near Afif on Monday.", "Afif"),
])
def test_an_untagged_town_after_in_is_the_place_not_the_enforcers_home(tmp_path: Path, text: str, town: str) -> None:
    """A name the gazetteer lacks and the entity recogniser leaves untagged, after 'in' or 'near', is the town
    where the police acted (``place_names.located_name``), not the police's country by the home-enforcer rule."""
    places = _places(tmp_path, text, "COERCE")
    assert places and all(name == town for _, name in places), places


def test_a_third_country_base_is_not_narrowed_to_a_town_of_another_act(tmp_path: Path) -> None:
    """'in Iraqi military bases' places the missile attack in Iraq, a country neither party's; the airport of the
    strike the relative clause tells is that strike's scene, not the missiles' (``scenes._third_country``)."""
    text = ("On Wednesday, Syria launched missiles targeting Turkish troops in Iraqi military bases in response to the"
            " Turkish airstrike that killed a Syrian general at a Baghdad airport.")
    events = [e for e in asserted(code_text(tmp_path, text), "ASSAULT") if e.trigger == "launched"]
    assert events and all(e.location and e.location.name == "Iraq" for e in events), events
