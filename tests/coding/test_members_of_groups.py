"""Issue 13, wrong targets: members or leaders 'of' a named group the knowledge base does not know ('members of
the Brazilian Landless Workers Movement') are that group, whose kind its name's head gives (``org_heads.head_sector``
through ``phrase_lookups.of_complement`` and ``ActorResolver._placed``); the nationality alone would read as the
state, and a verbal event aimed at a country-only actor makes it the government.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import dyad_codes, target_codes

pytestmark = pytest.mark.slow


def test_members_accused_are_the_civil_group_not_the_state(code) -> None:
    events = code("Members of the Kenyan Clean Water Coalition are accused of burning a police station in "
                  "Nairobi on Monday.")
    assert target_codes(events, "ACCUSE") == {"KENNGO"}


def test_leaders_arrested_are_the_civil_group(code) -> None:
    events = code("Police in Nairobi arrested leaders of the Kenyan Human Rights Front on Monday.")
    assert target_codes(events, "COERCE") == {"KENNGO"}


def test_members_who_accuse_are_the_civil_group_not_the_government(code) -> None:
    events = code("Members of the Peruvian Landless Workers Movement accused the police of beating protesters "
                  "in Lima on Monday.")
    assert ("PERNGO", "PERCOP") in dyad_codes(events)


def test_an_armed_name_is_not_called_civil_society(code) -> None:
    """'Liberation' says the group is armed (``civil_groups.yaml``): no NGO reading."""
    events = code("Members of the Kenyan Liberation Movement are accused of burning a police station in "
                  "Nairobi on Monday.")
    assert "KENNGO" not in target_codes(events, "ACCUSE")


def test_the_people_of_a_country_stay_civilians(code) -> None:
    events = code("Thousands of Kenyans accused the government of corruption in Nairobi on Monday.")
    assert ("KENCVL", "KENGOV") in dyad_codes(events)
