"""Where an event happened, read from its own sentence (docs/coding.md, "Names are not places" and "Places the
knowledge base does not know"): invented sentences through the real pipeline (the shared ``code`` fixture)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.models import Event, Location

pytestmark = pytest.mark.slow


def _place(events: list[Event], type_: str) -> Location | None:
    found = asserted(events, type_)
    assert found, events
    return found[0].location


def test_place_inside_the_place_an_attack_went_into(code) -> None:
    place = _place(code("A car bomb was rammed into a military base in Kandahar on Monday."), "ASSAULT")
    assert place is not None and place.country == "AFG" and place.lat is not None


def test_a_sea_describing_a_port_town_is_not_its_place(code) -> None:
    place = _place(code("Russian missiles struck the Black Sea port of Odesa on Monday."), "ASSAULT")
    assert place is not None and place.country == "UKR" and "Sea" not in place.name


def test_a_town_the_knowledge_base_does_not_know_is_named_by_its_of_phrase(code) -> None:
    place = _place(code("Houthi rebels attacked the Yemeni port town of Mokha on Monday."), "ASSAULT")
    assert place == Location(name="Mokha", country="YEM")  # no coordinates: never a map point


def test_an_unknown_place_takes_the_country_set_off_after_it(code) -> None:
    place = _place(code("Militants attacked a police station in Cabixi, Brazil on Monday."), "ASSAULT")
    assert place == Location(name="Cabixi", country="BRA")


def test_a_person_with_a_country_after_the_name_is_no_place(code) -> None:
    events = code("The minister met John Smith, Kenya's envoy, in Nairobi on Monday.")
    place = _place(events, "CONSULT")
    assert place is not None and place.name != "John Smith"


def test_a_follow_up_happened_at_the_scene_its_paragraph_names(code) -> None:
    events = code("Gunmen attacked a police station in Kandahar on Monday. Afghan police arrested two suspects.")
    place = _place(events, "COERCE")
    assert place == Location(name="Kandahār", country="AFG")  # read, not stated: no coordinates


def test_a_scene_in_another_paragraph_does_not_place_an_event(code) -> None:
    events = code("Gunmen attacked a police station in Kandahar on Monday.\n\nAfghan police arrested two suspects.")
    place = _place(events, "COERCE")
    assert place is None or place.name == "Afghanistan"


def test_a_scene_in_another_country_does_not_place_an_event(code) -> None:
    events = code("Gunmen attacked a hotel in Kabul on Monday. The Kenyan government imposed a curfew on Tuesday.")
    place = _place(events, "COERCE")
    assert place is not None and place.country == "KEN"


def test_a_paragraph_lead_takes_the_scene_told_after_it(code) -> None:
    events = code("Kenyan police arrested two opposition leaders on Monday. They had addressed a rally in Mombasa.")
    place = _place(events, "COERCE")
    assert place is not None and place.name == "Mombasa"


def test_a_later_sentence_does_not_place_one_told_before_it(code) -> None:
    events = code("Protesters gathered on Sunday. Kenyan police arrested two opposition leaders on Monday. "
                  "They were flown to a hospital in Mombasa.")
    place = _place(events, "COERCE")
    assert place is None or place.name != "Mombasa"


def test_another_victim_of_the_attack_told_before_was_hit_where_it_was(code) -> None:
    events = code("On Thursday, American forces killed Iranian general Ali Rezaei in an airstrike. The United States "
                  "carried out the airstrike at Baghdad International Airport, where Rezaei was arriving by plane. He "
                  "was being met by militia commander Hadi Karim, who was also killed in the airstrike.")
    # the place comes after the first mention (references pass; the paragraph scene also says it)
    places = [e.location for e in asserted(events, "ASSAULT")]
    assert len(places) == 2 and all(p is not None and p.country == "IRQ" for p in places), places


def test_an_unknown_town_of_its_own_is_kept_over_the_paragraph_scene(code) -> None:
    events = code("Gunmen attacked a hotel in Sanaa on Monday. Houthi rebels shelled the Yemeni port town of Mokha.")
    places = [e.location for e in asserted(events, "ASSAULT") if "shelled" in e.evidence.sentence]
    assert places and places[0] == Location(name="Mokha", country="YEM"), places


def test_a_name_the_recogniser_reads_as_a_place_is_the_place(code) -> None:
    place = _place(code("Syrian troops fought rebels near Tel Marwan on Monday."), "ASSAULT")
    assert place == Location(name="Tel Marwan", country="SYR")


def test_an_odd_town_read_as_a_person_after_in_is_the_place(code) -> None:
    place = _place(code("Libyan troops clashed with militants in Bani Walid on Monday."), "ASSAULT")
    assert place == Location(name="Bani Walid", country="LBY")  # not Baní (Dominican Republic): a longer name


def test_a_place_phrase_after_an_unknown_name_gives_its_country(code) -> None:
    events = code("A car bomb was rammed into a police base in Qarya Sahel in the north of Afghanistan's Kunar "
                  "province on Monday.")
    assert _place(events, "ASSAULT") == Location(name="Qarya Sahel", country="AFG")


def test_an_unknown_region_takes_its_possessor_country(code) -> None:
    place = _place(code("Gunmen killed five soldiers in Afghanistan's Dara Noor province on Monday."), "ASSAULT")
    assert place == Location(name="Dara Noor", country="AFG")


def test_a_person_after_at_is_no_place(code) -> None:
    place = _place(code("Iraqi soldiers fired at Ahmed Karimi in Iraq on Monday."), "ASSAULT")
    assert place is not None and place.name == "Iraq"


def test_a_spot_inside_a_named_town_is_in_that_town(code) -> None:
    place = _place(code("Police arrested two men in Marlow Gardens in Kandahar on Monday."), "COERCE")
    assert place is not None and place.name == "Kandahār"


def test_a_known_place_of_the_clause_comes_before_an_unknown_name(code) -> None:
    place = _place(code("Afghan police arrested two suspects at Camp Zeta in Afghanistan on Monday."), "COERCE")
    assert place is not None and place.name == "Afghanistan"


def test_a_site_named_after_its_town_is_named_by_its_whole_name(code) -> None:
    place = _place(code("Police arrested 20 protesters in Kandahar Park on Sunday."), "COERCE")
    assert place is not None and place.name == "Kandahar Park" and place.country == "AFG" and place.lat is not None


def test_a_longer_name_of_another_kind_is_not_renamed(code) -> None:
    place = _place(code("Police arrested 20 protesters in the Kandahar province on Sunday."), "COERCE")
    assert place is not None and place.name != "Kandahar province"


def test_a_countrys_own_ground_is_in_that_country(code) -> None:
    place = _place(code("Turkish jets bombed targets in Iraqi territory on Monday."), "ASSAULT")
    assert place == Location(name="Iraq", country="IRQ")  # no map point


def test_a_countrys_base_is_no_ground_of_it(code) -> None:
    place = _place(code("Iranian jets bombed American bases on Monday."), "ASSAULT")
    assert place is None or place.country != "USA"


def test_a_march_through_a_city_is_in_that_city(code) -> None:
    place = _place(code("Thousands of Georgian students marched through Tbilisi on Sunday."), "PROTEST")
    assert place is not None and place.name == "Tbilisi"


def test_a_second_verb_without_a_place_happened_where_the_first_did(code) -> None:
    place = _place(code("The Kuwaiti emir met the Peruvian president in Lima on Monday and pledged $1 billion in aid."),
                   "AGREE")
    assert place is not None and place.country == "PER", place


def test_a_place_after_a_persons_name_is_the_events(code) -> None:
    place = _place(code("Gabriel Boric held talks with Keir Starmer in Birmingham on Friday."), "CONSULT")
    assert place is not None and place.name == "Birmingham" and place.country == "GBR", place


def test_a_town_beginning_a_longer_venue_is_not_the_place(code) -> None:
    events = code("President Lula met Argentine President Alberto Fernandez at the Granja do Torto, the president's "
                  "residence in the Brazilian Federal District, on Tuesday.")
    place = _place(events, "CONSULT")
    assert place == Location(name="Granja do Torto", country="BRA")  # not the town Granja in Ceará


def test_a_named_district_of_a_known_province_is_the_district(code) -> None:
    events = code("Government troops killed 12 militants in the Nad Ali district of Helmand province on Thursday.")
    place = _place(events, "ASSAULT")
    assert place == Location(name="Nad Ali", country="AFG")
