"""Places: cities with alternate names, countries, regions and hand-written disputed areas."""

from __future__ import annotations

import pytest

from seismo.kb import KnowledgeBase


@pytest.mark.parametrize("name", ["Kyiv", "Kiev", "kiev", "KYIV"])
def test_kyiv_and_kiev(kb: KnowledgeBase, name: str) -> None:
    loc = kb.place(name)
    assert loc is not None
    assert (loc.name, loc.country) == ("Kyiv", "UKR")
    assert loc.lat == pytest.approx(50.45, abs=0.1) and loc.lon == pytest.approx(30.52, abs=0.1)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Kharkov", "UKR"),
        ("Kharkiv", "UKR"),
        ("Belarus", "BLR"),
        ("Minsk", "BLR"),
        ("Crimea", "UKR"),
        ("Donbas", "UKR"),
        ("Donetsk", "UKR"),
        ("Gaza Strip", "PSE"),
        ("Gaza", "PSE"),
        ("the West Bank", "PSE"),
        ("Golan Heights", "SYR"),
        ("Nagorno-Karabakh", "AZE"),
        ("Transnistria", "MDA"),
        ("Abkhazia", "GEO"),
        ("South Ossetia", "GEO"),
        ("Western Sahara", "ESH"),
        ("Paris", "FRA"),
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("Beijing", "CHN"),
        ("Kosovo", "XKX"),
        ("Bavaria", "DEU"),
        ("Texas", "USA"),
    ],
)
def test_place_country(kb: KnowledgeBase, name: str, country: str) -> None:
    loc = kb.place(name)
    assert loc is not None, name
    assert loc.country == country
    assert loc.lat is not None and loc.lon is not None


@pytest.mark.parametrize("name", ["Kashmir", "South China Sea", "Taiwan Strait"])
def test_areas_without_a_single_sovereign(kb: KnowledgeBase, name: str) -> None:
    loc = kb.place(name)
    assert loc is not None and loc.country is None and loc.lat is not None


def test_unknown_place(kb: KnowledgeBase) -> None:
    assert kb.place("Middle-earth") is None
    assert kb.place("") is None


def test_find_places_in_text(kb: KnowledgeBase) -> None:
    text = "Russian troops shelled Kharkiv and Kiev; fighting continued in Crimea and the Donbas."
    found = [(text[s:e], loc.country) for s, e, loc in kb.find_places(text)]
    assert found == [("Kharkiv", "UKR"), ("Kiev", "UKR"), ("Crimea", "UKR"), ("Donbas", "UKR")]


def test_find_places_skips_names_of_people_and_groups(kb: KnowledgeBase) -> None:
    text = "Vladimir Putin and Antony Blinken discussed Hamas."
    assert kb.find_places(text) == []


def test_find_places_skips_common_words(kb: KnowledgeBase) -> None:
    assert kb.find_places("Reading the report, officials said it was Nice to meet.") == []


def test_possessive_is_not_part_of_the_place(kb: KnowledgeBase) -> None:
    text = "Georgia's parliament met."
    assert [text[s:e] for s, e, _ in kb.find_places(text)] == ["Georgia"]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Sindh province", "PAK"),
        ("Kachin state", "MMR"),
        ("Balochistan Province", "PAK"),
        ("the Sindh province", "PAK"),
    ],
)
def test_a_kind_of_place_after_the_name_names_that_place(kb: KnowledgeBase, name: str, country: str) -> None:
    loc = kb.place(name)
    assert loc is not None and loc.country == country


def test_a_kind_of_place_alone_is_no_place(kb: KnowledgeBase) -> None:
    assert kb.place("Islamic State") is None and kb.place("the province") is None


def _found(kb: KnowledgeBase, text: str) -> list[tuple[str, str | None]]:
    return [(text[s:e], loc.country) for s, e, loc in kb.find_places(text)]


def test_a_place_longer_than_a_surname_it_starts_with_is_a_place(kb: KnowledgeBase) -> None:
    assert _found(kb, "Airstrikes hit Khan Younis on Monday.") == [("Khan Younis", "PSE")]
    assert _found(kb, "Imran Khan spoke on Monday.") == []  # the surname alone stays a person's


def test_a_region_named_after_a_people_is_a_place_with_its_kind(kb: KnowledgeBase) -> None:
    assert _found(kb, "Fighting spread in Kachin state on Monday.") == [("Kachin state", "MMR")]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Plateau State", "NGA"), ("Niger State", "NGA"), ("Delta State", "NGA"), ("Punjab province", "PAK")],
)
def test_the_kind_word_picks_the_country_whose_divisions_it_names(kb: KnowledgeBase, name: str, country: str):
    """'Plateau State' was Benin's department, 'Niger State' the country Niger, 'Delta State' a Canadian city."""
    loc = kb.place(name)
    assert loc is not None and loc.country == country
    assert _found(kb, f"Gunmen killed nine people in {name} on Sunday.") == [(name, country)]


def test_without_a_kind_word_the_usual_order_decides(kb: KnowledgeBase) -> None:
    assert kb.place("Niger").country == "NER" and kb.place("Plateau").country == "BEN"


@pytest.mark.parametrize(
    ("name", "region"), [("Anbar", "Al Anbar"), ("Muthanna", "Al Muthanná"), ("Mahrah", "Al Mahrah")]
)
def test_a_region_is_named_without_the_arabic_article(kb: KnowledgeBase, name: str, region: str) -> None:
    place = kb.place(f"{name} province")
    assert place is not None and place.name == region


def test_a_town_named_like_a_common_word_counts_after_a_locative(kb: KnowledgeBase) -> None:
    """'Reading', 'Nice', 'Bath' are common words, found as towns only when capitalised right after in/at/near/outside
    and not the start of a longer name ('in West Darfur' is not Cameroon's West region)."""
    assert _found(kb, "A stabbing in Reading killed three people.") == [("Reading", "GBR")]
    assert _found(kb, "Protests in Nice turned violent.") == [("Nice", "FRA")]
    assert _found(kb, "Reading the report, he frowned.") == []
    assert _found(kb, "Interest in reading grew.") == []
    assert ("West", "CMR") not in _found(kb, "Fighting broke out in West Darfur on Monday.")
