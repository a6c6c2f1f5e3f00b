"""An attack on a civilian site is on the people there (``civilian_sites.site_people``, lane mend5): 'Gunmen
attacked a Kabul mosque' targets Afghan civilians (AFGCVL), not Kabul as the government or the bare country; a
police station is still the police's. Invented sentences through the real pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "target"), [
    ("Gunmen attacked a Kabul mosque on Monday.", "AFGCVL"),
    ("A suicide bomber struck a crowded market in Baghdad on Tuesday.", "IRQCVL"),
    ("Militants stormed a Mogadishu hotel on Sunday.", "SOMCVL"),
])
def test_an_attacked_site_s_people_are_its_country_s_civilians(code, text: str, target: str) -> None:
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert [e.target.code for e in events if e.target] == [target], events


def test_a_police_station_stays_the_police_s(code) -> None:
    events = [e for e in code("Gunmen attacked a police station in Kabul on Monday.") if e.type == "ASSAULT"]
    assert [e.target.code for e in events if e.target] == ["AFGCOP"], events


@pytest.mark.parametrize(("text", "target"), [
    ("The Taliban claimed a bombing attack on a Kabul mosque on Monday.", "AFGCVL"),
    ("Gunmen carried out an attack on a Baghdad market on Tuesday.", "IRQCVL"),
    ("Militants launched a grenade attack on a Mogadishu hotel on Sunday.", "SOMCVL"),
])
def test_an_attack_noun_on_a_site_targets_its_people(code, text: str, target: str) -> None:
    """The noun trigger reads the site as the verb does (lane mend6): 'an attack on a Kabul mosque' is not Kabul's."""
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert {e.target.code for e in events if e.target} == {target}, events
