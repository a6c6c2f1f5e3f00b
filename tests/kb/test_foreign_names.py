"""Issue 13, wrong actor codes: words the knowledge base reads as another actor than the one named.

A US party word inside another party's name, a name joined to '-based'/'-run', 'former' before a first
title only, and title words and courts the tables lacked. Invented phrases.
"""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.kb import KnowledgeBase
from seismo.models import Actor

D = dt.date(2019, 6, 1)


def _actor(kb: KnowledgeBase, phrase: str) -> Actor | None:
    found = kb.resolve_phrase(phrase, D)
    return found.actor if found is not None else None


@pytest.mark.parametrize("phrase", ["the Neo Democrats", "the Civic Republicans", "Pan-Democrats of Ruritania"])
def test_a_party_word_ending_an_unknown_name_is_no_us_party(kb: KnowledgeBase, phrase: str) -> None:
    actor = _actor(kb, phrase)
    assert actor is not None and actor.country != "USA" and actor.agent in ("PTY", "OPP")


def test_the_unknown_party_keeps_its_sector_without_a_country(kb: KnowledgeBase) -> None:
    actor = _actor(kb, "the Neo Democrats")
    assert actor is not None and (actor.code, actor.country, actor.agent) == (None, None, "PTY")


def test_a_country_before_a_party_word_names_that_country_s_party(kb: KnowledgeBase) -> None:
    actor = _actor(kb, "Hong Kong Democrats")
    assert actor is not None and actor.code == "HKGPTY"


@pytest.mark.parametrize("phrase", ["Democrats", "the Republicans", "House Democrats", "Senior Republicans",
                                    "Texas Republicans"])
def test_us_party_words_stay_the_us_parties(kb: KnowledgeBase, phrase: str) -> None:
    actor = _actor(kb, phrase)
    assert actor is not None and actor.code == "USAPTY"


def test_hong_kong_pan_democrats_are_its_opposition(kb: KnowledgeBase) -> None:
    actor = _actor(kb, "pan-democrat lawmaker Alvin Tsang")
    assert actor is not None and actor.country == "HKG"


def test_a_surname_joined_to_based_is_no_person(kb: KnowledgeBase) -> None:
    """'The Hague-based court': Hague is a British foreign secretary's surname, but the court is the actor."""
    actor = _actor(kb, "the Hague-based court")
    assert actor is not None and (actor.agent, actor.country) == ("JUD", None)


def test_an_organisation_joined_to_run_is_not_the_actor(kb: KnowledgeBase) -> None:
    actor = _actor(kb, "a Hamas-run ministry")
    assert actor is not None and (actor.agent, actor.country) == ("GOV", None)


def test_an_organisation_leading_forces_keeps_them(kb: KnowledgeBase) -> None:
    actor = _actor(kb, "NATO-led forces")
    assert actor is not None and actor.igo == "NATO"


def test_former_qualifies_the_first_title_only(kb: KnowledgeBase) -> None:
    actor = _actor(kb, "former US presidential candidate Senator Mark Thornbury")
    assert actor is not None and actor.code == "USALEG"


def test_former_before_the_only_title_is_elite(kb: KnowledgeBase) -> None:
    actor = _actor(kb, "former US Senator Mark Thornbury")
    assert actor is not None and actor.code == "USAELI"


@pytest.mark.parametrize(("phrase", "agent"), [
    ("Gov. Lisa Harmon", "GOV"), ("Sen. Lisa Harmon", "LEG"), ("Assemblywoman Lisa Harmon", "LEG"),
    ("the Greek coastguard", "MIL"), ("Abu Dhabi TV photojournalist Ziad Karimi", "MED"),
])
def test_title_and_unit_words(kb: KnowledgeBase, phrase: str, agent: str) -> None:
    actor = _actor(kb, phrase)
    assert actor is not None and actor.agent == agent


@pytest.mark.parametrize(("phrase", "igo"), [
    ("the European Court of Justice", "ECJ"), ("the ECJ", "ECJ"), ("the European Court of Human Rights", "ECHR"),
])
def test_european_courts_are_igos(kb: KnowledgeBase, phrase: str, igo: str) -> None:
    actor = _actor(kb, phrase)
    assert actor is not None and (actor.igo, actor.agent) == (igo, "JUD")


@pytest.mark.parametrize(
    ("name", "iso3"), [("Chicago", "USA"), ("Texas", "USA"), ("Victoria", None), ("Reading", None)]
)
def test_place_country_needs_one_country_for_the_name(kb: KnowledgeBase, name: str, iso3: str | None) -> None:
    assert kb.place_country(name) == iso3
