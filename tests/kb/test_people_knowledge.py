"""Knowledge of who people are: legislature speakers and top judges, a surname alias that another name follows,
'former' before a title, and sub-national names that hold another country's name."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.kb import KnowledgeBase

ON = dt.date(2019, 9, 25)


def _code(kb: KnowledgeBase, phrase: str, on: dt.date = ON) -> str | None:
    found = kb.resolve_phrase(phrase, on)
    return found.actor.code if found is not None else None


def test_a_speaker_in_office_is_the_legislature(kb: KnowledgeBase):
    assert _code(kb, "Nancy Pelosi") == "USALEG"
    assert _code(kb, "John Bercow") == "GBRLEG"


def test_a_chief_justice_is_the_judiciary(kb: KnowledgeBase):
    assert _code(kb, "Chief Justice John Roberts") == "USAJUD"


def test_a_surname_alias_followed_by_another_name_is_a_given_name(kb: KnowledgeBase):
    found = kb.find_actor_mentions("Former dictator Augusto Pinochet died in Santiago.", ON)
    assert not any(r.actor.country == "AGO" for _, _, r in found)


@pytest.mark.parametrize("phrase", ["former Chilean ministers", "ex-Chilean ministers",
                                    "the former Chilean army chief"])
def test_former_before_a_title_is_elite(kb: KnowledgeBase, phrase: str):
    assert _code(kb, phrase) == "CHLELI"


def test_a_title_without_former_keeps_its_sector(kb: KnowledgeBase):
    assert _code(kb, "Chilean ministers") == "CHLGOV"


@pytest.mark.parametrize(("phrase", "code"), [("New Mexico governor", "USAGOV"), ("New Jersey police", "USACOP"),
                                              ("Northern Ireland police", "GBRCOP")])
def test_regions_named_after_other_countries_stay_in_their_own(kb: KnowledgeBase, phrase: str, code: str):
    assert _code(kb, phrase) == code


def test_ethnic_before_a_demonym_names_an_ethnic_group_without_a_country(kb: KnowledgeBase):
    found = kb.resolve_phrase("ethnic Albanians")
    assert found is not None and found.actor.country is None and found.actor.agent == "ETH"
    rebels = kb.resolve_phrase("ethnic Albanian guerrillas")
    assert rebels is not None and rebels.actor.country is None and rebels.actor.agent == "REB"
    assert _code(kb, "Albanians") == "ALB"


def test_congolese_defaults_to_the_democratic_republic(kb: KnowledgeBase):
    assert _code(kb, "Congolese refugees", None) == "CODREF"
    assert _code(kb, "Congolese troops in Brazzaville", None) != "CODMIL"
