"""Resolution rules beyond the code: names, reasons, dates, ambiguity, agents."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.kb import KnowledgeBase, Resolution

D = dt.date


def _res(kb: KnowledgeBase, phrase: str, on: dt.date | None = None) -> Resolution:
    found = kb.resolve_phrase(phrase, on)
    assert found is not None, phrase
    return found


def test_actor_parts_for_country_plus_agent(kb: KnowledgeBase) -> None:
    actor = _res(kb, "Some Russian troops").actor
    assert (actor.name, actor.code, actor.country, actor.agent, actor.igo) == (
        "Russian troops",
        "RUSMIL",
        "RUS",
        "MIL",
        None,
    )


def test_leading_determiner_is_stripped_from_name(kb: KnowledgeBase) -> None:
    assert _res(kb, "The U.S.").actor.name == "U.S."
    assert _res(kb, "the White House").actor.name == "White House"


def test_nato_has_igo_name(kb: KnowledgeBase) -> None:
    actor = _res(kb, "NATO").actor
    assert (actor.code, actor.igo, actor.country) == ("IGOWSTNAT", "NATO", None)


def test_defence_ministry_is_military(kb: KnowledgeBase) -> None:
    for phrase in (
        "Russia's Defense Ministry",
        "the Russian Defence Ministry",
        "Russia's Ministry of Defence",
    ):
        actor = _res(kb, phrase).actor
        assert (actor.country, actor.agent, actor.code) == ("RUS", "MIL", "RUSMIL"), phrase


def test_ministry_of_x_of_country(kb: KnowledgeBase) -> None:
    assert _res(kb, "the Ministry of Defence of Ukraine").actor.code == "UKRMIL"
    assert _res(kb, "the Foreign Ministry of China").actor.code == "CHNGOV"


def test_shoigu_leaves_defence_ministry(kb: KnowledgeBase) -> None:
    before = _res(kb, "Shoigu", D(2024, 5, 11)).actor
    after = _res(kb, "Shoigu", D(2024, 5, 14)).actor
    assert before.code == "RUSMIL"
    assert after.code != "RUSMIL" and after.code == "RUSGOV"


def test_biden_in_2015_resolves_through_vice_presidency(kb: KnowledgeBase) -> None:
    found = _res(kb, "President Biden", D(2015, 6, 1))
    assert found.actor.code == "USAGOV"
    assert "Vice President" in found.reason


def test_no_date_uses_latest_role_and_says_so(kb: KnowledgeBase) -> None:
    found = _res(kb, "Shoigu", None)
    assert found.actor.code == "RUSGOV"
    assert "no event date" in found.reason


def test_former_office_holder_is_elite(kb: KnowledgeBase) -> None:
    found = _res(kb, "Boris Johnson", D(2023, 6, 1))
    assert found.actor.code == "GBRELI"
    assert found.actor.agent == "ELI"
    assert "former" in found.reason


def test_surname_far_from_office_is_not_recognised(kb: KnowledgeBase) -> None:
    assert kb.resolve_phrase("Yanukovych", D(2010, 6, 1)) is not None
    assert kb.resolve_phrase("Kinakh", D(2024, 1, 1)) is None  # PM of Ukraine 2001-2002 only
    assert (
        _res(kb, "Anatoliy Kinakh", D(2024, 1, 1)).actor.code == "UKRELI"
    )  # full name still works


def test_namesakes_are_told_apart_by_date(kb: KnowledgeBase) -> None:
    assert _res(kb, "Kallas", D(2002, 6, 1)).actor.code == "ESTGOV"  # Siim Kallas
    assert _res(kb, "Kallas", D(2025, 1, 1)).actor.code == "IGOEUREEC"  # Kaja Kallas


def test_ambiguous_names(kb: KnowledgeBase) -> None:
    for phrase in ("Georgia", "Jordan", "Congo"):
        assert _res(kb, phrase).ambiguous, phrase
    assert not _res(kb, "Georgia's parliament in Tbilisi").ambiguous
    assert _res(kb, "Congo's army in Kinshasa").actor.code == "CODMIL"
    assert not _res(kb, "Democratic Republic of the Congo").ambiguous
    assert not _res(kb, "Republic of the Congo").ambiguous


def test_capital_metonymy_reason(kb: KnowledgeBase) -> None:
    found = _res(kb, "Kyiv")
    assert found.actor.code == "UKRGOV"
    assert "capital" in found.reason


def test_capital_plus_agent_is_that_agent(kb: KnowledgeBase) -> None:
    assert _res(kb, "Moscow police").actor.code == "RUSCOP"


def test_agent_only_has_sector_but_no_code(kb: KnowledgeBase) -> None:
    actor = _res(kb, "protesters").actor
    assert (actor.code, actor.agent, actor.country) == (None, "CVL", None)


@pytest.mark.parametrize(
    ("phrase", "agent"),
    [
        ("troops", "MIL"),
        ("soldiers", "MIL"),
        ("forces", "MIL"),
        ("the army", "MIL"),
        ("the military", "MIL"),
        ("rebels", "REB"),
        ("insurgents", "REB"),
        ("militants", "REB"),
        ("protesters", "CVL"),
        ("demonstrators", "CVL"),
        ("police", "COP"),
        ("the government", "GOV"),
        ("officials", "GOV"),
        ("the ministry", "GOV"),
        ("the minister", "GOV"),
        ("the president", "GOV"),
        ("the spokesperson", "GOV"),
        ("diplomats", "GOV"),
        ("the ambassador", "GOV"),
        ("the opposition", "OPP"),
        ("judges", "JUD"),
        ("the court", "JUD"),
        ("lawmakers", "LEG"),
        ("parliament", "LEG"),
        ("businesses", "BUS"),
        ("civilians", "CVL"),
        ("residents", "CVL"),
        ("people", "CVL"),
        ("citizens", "CVL"),
        ("refugees", "REF"),
        ("the media", "MED"),
        ("journalists", "MED"),
    ],
)
def test_agent_nouns(kb: KnowledgeBase, phrase: str, agent: str) -> None:
    assert _res(kb, phrase).actor.agent == agent


def test_weak_nouns_inherit_the_sector_before_them(kb: KnowledgeBase) -> None:
    assert _res(kb, "a military spokesman").actor.agent == "MIL"
    assert _res(kb, "rebel commanders").actor.agent == "REB"
    assert _res(kb, "Kremlin spokesman").actor.code == "RUSGOV"
    assert _res(kb, "Russian Defence Ministry spokesman").actor.code == "RUSMIL"


def test_pro_country_modifier_is_not_the_country(kb: KnowledgeBase) -> None:
    actor = _res(kb, "pro-Russian separatists", D(2014, 6, 1)).actor
    assert (actor.country, actor.agent, actor.name) == (None, "REB", "pro-Russian separatists")
    assert _res(kb, "Russian-backed separatists").actor.country is None


def test_unknown_phrase_is_none(kb: KnowledgeBase) -> None:
    assert kb.resolve_phrase("the quick brown fox", D(2022, 1, 1)) is None
    assert kb.resolve_phrase("", None) is None


def test_case_rules(kb: KnowledgeBase) -> None:
    assert kb.resolve_phrase("us", None) is None  # pronoun, not the U.S.
    assert kb.resolve_phrase("who", None) is None  # not the WHO
    assert _res(kb, "US").actor.code == "USA"
    assert _res(kb, "RUSSIAN TROOPS").actor.code == "RUSMIL"  # headline capitals
    assert kb.resolve_phrase("putin", D(2022, 1, 1)) is None  # lower-case name


def test_possessor_is_not_the_head(kb: KnowledgeBase) -> None:
    found = _res(kb, "Putin's spokesman Dmitry Peskov", D(2023, 1, 1))
    assert found.actor.name == "spokesman Dmitry Peskov"


def test_organisation_with_dated_codes(kb: KnowledgeBase) -> None:
    assert _res(kb, "the Taliban", D(2021, 8, 14)).actor.code == "AFGREB"
    assert _res(kb, "the Taliban", D(2021, 8, 15)).actor.code == "AFGGOV"


def test_country_name(kb: KnowledgeBase) -> None:
    assert kb.country_name("UKR") == "Ukraine"
    assert kb.country_name("ukr") == "Ukraine"
    assert kb.country_name("XKX") == "Kosovo"
    assert kb.country_name("ZZZ") == "ZZZ"


def test_resolve_is_cached(kb: KnowledgeBase) -> None:
    assert kb.resolve_phrase("Russian troops", D(2022, 1, 1)) is kb.resolve_phrase(
        "Russian troops", D(2022, 1, 1)
    )


@pytest.mark.parametrize("phrase", ["Bolsonaro loyalist Carlos Mendes", "a Putin ally", "Putin critic Ivan Sorokin",
                                    "Trump supporters", "Merkel rivals"])
def test_person_before_a_relation_noun_is_not_the_actor(kb: KnowledgeBase, phrase: str) -> None:
    # "Trump loyalist Stephen Schwarzman": the loyalist is not Trump, nor his government
    found = kb.resolve_phrase(phrase, D(2019, 3, 14))
    assert found is None or found.actor.agent not in ("GOV", "ELI"), (phrase, found)

