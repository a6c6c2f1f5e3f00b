"""Issue 13, GSR dyads: arguments and actors that general mechanisms name (place kinds, particles, the doer inside
an object's phrase, a boycott's object, refusing something to someone).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _sources(events, type_: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in asserted(events, type_)}


def _targets(events, type_: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in asserted(events, type_)}


# --- a kind of place after its name: "the government of Sindh province" ------------------------------


def test_a_government_of_a_named_province_is_of_its_country(code) -> None:
    events = code("The government of Sindh province banned all rallies on Monday.")
    assert _sources(events, "SANCTION") | _sources(events, "COERCE") == {"PAKGOV"}


# --- a boycott's object is what is boycotted: whom it is with is the target ---------------------------


def test_a_boycott_of_contact_with_a_country_is_aimed_at_it(code) -> None:
    events = code("The Zambian opposition boycotted all talks with Malawi on Monday.")
    assert {t[:3] for t in _targets(events, "PROTEST") if t} == {"MWI"}


def test_a_threatened_boycott_is_aimed_at_whom_the_contact_is_with(code) -> None:
    events = code("Zambian leaders said they would boycott all contact with Malawi.")
    assert {t[:3] for t in _targets(events, "THREATEN") if t} == {"MWI"}


# --- an adjective that names a relation's kind is no actor: "military ties with Malawi" -------------------


def test_official_contact_with_a_country_is_no_official(code) -> None:
    events = code("Zambia suspended all official contact with Malawi on Monday.")
    assert _targets(events, "SANCTION") == {"MWIGOV"}


def test_military_ties_with_a_country_are_no_military(code) -> None:
    events = code("Zambia cut military ties with Malawi on Monday.")
    assert _targets(events, "SANCTION") == {"MWIGOV"}


# --- the doer of an act inside the object's phrase: "crimes committed by X" ------------------------------


def test_an_inquiry_into_crimes_committed_by_soldiers_targets_them(code) -> None:
    events = code("Zambian police opened an inquiry into abuses committed by Malawian soldiers on Monday.")
    assert _targets(events, "ACCUSE") == {"MWIMIL"}


def test_a_probe_into_attacks_carried_out_by_rebels_targets_them(code) -> None:
    events = code("The Zambian army launched a probe into attacks carried out by Malawian rebels on Monday.")
    assert _targets(events, "ACCUSE") == {"MWIREB"}


# --- a that-clause saying what a thing is names no owner of it ----------------------------------------------


def test_a_demanded_admission_is_asked_of_its_by_agent_not_the_clauses_subject(code) -> None:
    events = code(
        "Zambia's parliament has demanded an immediate admission by Malawi that secret security forces "
        "murdered more than 150 captive Zambian officers during the war."
    )
    assert _targets(events, "REQUEST") == {"MWIGOV"}


def test_a_demanded_apology_is_asked_of_its_by_agent(code) -> None:
    events = code("Zambia has demanded a public apology by Malawi that border guards shot three Zambian fishermen.")
    assert _targets(events, "REQUEST") == {"MWIGOV"}


# --- refusing something to someone: the to-phrase names the target -----------------------------------------


def test_refusing_admittance_to_a_people_targets_them(code) -> None:
    events = code("Zambia was refusing admittance to Malawians on Monday.")
    assert _targets(events, "REJECT") == {"MWICVL"}


# --- agreeing that one's own side will act is an agreement, agreeing on a fact is an opinion -----------------


def test_agreeing_that_their_countries_should_cooperate_is_an_agreement(code) -> None:
    events = code("Senior Zambian and Malawian officials agreed on Wednesday that their countries should cooperate.")
    assert {(e.source.country, e.target.country) for e in asserted(events, "AGREE")} == {("ZMB", "MWI")}


def test_agreeing_on_a_fact_is_no_agreement(code) -> None:
    """The boundary of the rule above: no modal, no own subject."""
    assert not asserted(code("Zambian and Malawian officials agreed that the economy was weak."), "AGREE")


# --- asylum is asked of the country (or mission) it is sought in -------------------------------------------


def test_refuge_sought_in_a_country_is_asked_of_it(code) -> None:
    events = code("Some 8,000 Malawian refugees sought refuge in Zambia last month.")
    assert {t[:3] for t in _targets(events, "REQUEST") if t} == {"ZMB"}


def test_asylum_sought_at_an_embassy_is_asked_of_its_country(code) -> None:
    events = code("Three Malawian journalists sought asylum at the Zambian embassy in Lilongwe on Monday.")
    assert {t[:3] for t in _targets(events, "REQUEST") if t} == {"ZMB"}


# --- "instituted a curfew": a light verb; a threat of it is aimed at the place ------------------------------


def test_a_threatened_curfew_instituted_in_a_city_targets_its_country(code) -> None:
    events = code("The Zambian president threatened to institute a curfew in Lusaka.")
    assert {t[:3] for t in _targets(events, "THREATEN") if t} == {"ZMB"}


def test_a_word_inside_an_organisations_name_is_no_second_target(code) -> None:
    events = code(
        "The Zambian foreign minister boycotted a meeting of the Organisation of Islamic Cooperation in "
        "Abu Dhabi on Friday."
    )
    assert _targets(events, "PROTEST") == {"IGOMOS"}
