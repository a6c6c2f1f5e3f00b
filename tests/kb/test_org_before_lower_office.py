"""An organisation written before the name of someone the record knows only from a lower office
(docs/actors.md, "Lower offices"; ``kb.names.org_outranks``): the text says whom the person works for now.

Invented people in a user file; the organisations are the shipped ones.
"""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.kb import KnowledgeBase

PEOPLE = """
actors:
  - name: Tarvo Kellamaa
    type: person
    roles:
      - {role: AMB, title: ambassador to Chile, country: EST, agent: GOV, start: 2015-02-01, end: 2019-03-01}
  - name: Oskar Vilhjalmur
    type: person
    roles:
      - {role: PR, title: Permanent Representative to the United Nations, country: ISL, agent: GOV,
         start: 2016-01-01}
  - name: Mirela Dragomanu
    type: person
    roles:
      - {role: FM, title: Minister of Foreign Affairs, country: ROU, agent: GOV, start: 2016-01-01}
"""
DAY = dt.date(2018, 5, 3)



@pytest.mark.parametrize("phrase", ["UN humanitarian coordinator Tarvo Kellamaa",
                                    "the UN's humanitarian coordinator Tarvo Kellamaa"])
def test_an_igo_before_a_lower_office_holder_is_whom_they_work_for(people_kb: KnowledgeBase, phrase: str) -> None:
    found = people_kb.resolve_phrase(phrase, DAY)
    assert found is not None and found.actor.igo and found.actor.country is None, found
    assert "outranks the record's lower office" in found.reason and "ambassador to Chile" in found.reason


def test_the_name_alone_keeps_the_record(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("Tarvo Kellamaa", DAY)
    assert found is not None and found.actor.code == "ESTGOV" and found.office == "AMB", found


def test_an_envoy_title_keeps_the_envoy_record(people_kb: KnowledgeBase) -> None:
    """'UN Ambassador X': a country's envoy to the UN, as the record's ambassador is their country's."""
    found = people_kb.resolve_phrase("UN Ambassador Tarvo Kellamaa", DAY)
    assert found is not None and found.actor.code == "ESTGOV", found


def test_an_organisation_the_record_title_names_keeps_the_record(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("United Nations budget negotiator Oskar Vilhjalmur", DAY)
    assert found is not None and found.actor.code == "ISLGOV", found


def test_a_senior_office_keeps_the_record(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("UN humanitarian coordinator Mirela Dragomanu", DAY)
    assert found is not None and found.actor.code == "ROUGOV", found
