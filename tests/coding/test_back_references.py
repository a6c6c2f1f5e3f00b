"""Issue 13, targets: a bare definite noun ('the network', 'the group', 'the company') names the organisation the
story introduced before it (``MentionMemory.same_kind``, nouns in ``dictionaries/back_references.yaml``).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import target_codes

from seismo.coding.mention_memory import back_nouns

pytestmark = pytest.mark.slow


def test_the_network_is_the_broadcaster_named_before(code) -> None:
    events = code("Broadcaster Sunline TV lost its licence in Kenya on Monday. "
                  "The Kenyan government had accused the network of spreading false news.")
    assert target_codes(events, "ACCUSE") == {"KENMED"}


def test_the_group_is_the_armed_group_named_before(code) -> None:
    events = code("Israeli police blamed Hamas for a rocket attack on Monday. "
                  "Israeli troops attacked the group in Gaza on Tuesday.")
    assert "PSEREB" in target_codes(events, "ASSAULT")


def test_a_person_named_in_between_is_no_antecedent(code) -> None:
    events = code("Broadcaster Radio Kestrel aired an interview with President William Ruto in Nairobi on Monday. "
                  "Officials in Nairobi later accused the network of bias.")
    assert target_codes(events, "ACCUSE") == {"KENMED"}


def test_a_plural_noun_is_no_antecedent_of_a_singular_one(code) -> None:
    """'the network' after 'journalists': a newsroom is one organisation, the journalists are many people."""
    events = code("Kenyan journalists marched in Nairobi on Monday. The government accused the network of bias.")
    assert "KENMED" not in target_codes(events, "ACCUSE")


def test_the_nouns_are_data_with_sectors() -> None:
    nouns = back_nouns()
    assert nouns["network"] >= {"MED"} and "REB" in nouns["group"]


# --- named public bodies the knowledge base does not know (``coding.state_bodies``) -------------------------

def test_a_named_commission_is_its_countrys_government(code) -> None:
    events = code("The Philippine government shut down broadcaster Sunline TV on Monday. "
                  "A number of senators condemned the act of the National Water Commission.")
    assert target_codes(events, "ACCUSE") == {"PHLGOV"}


def test_a_firm_with_an_agency_head_is_no_government(code) -> None:
    events = code("Kenyan farmers in Nairobi accused the Sunrise Travel Agency of fraud on Monday.")
    assert "KENGOV" not in target_codes(events, "ACCUSE")


def test_officers_are_members_of_the_force_named_before(code) -> None:
    events = code("Kenyan police fired tear gas at protesters in Nairobi on Monday. Officers arrested 38 people.")
    assert {e.source.code for e in events if e.type == "COERCE" and e.source} == {"KENCOP"}


def test_officers_with_no_force_named_are_no_one(code) -> None:  # a guard
    events = code("Officers arrested 38 people on Saturday.")
    assert not [e for e in events if e.type == "COERCE" and e.source and e.source.agent]


def test_army_officers_are_read_by_themselves(code) -> None:  # a guard: a modifier names the force
    events = code("Kenyan police fired tear gas in Nairobi on Monday. Army officers detained 12 men in Mombasa.")
    assert {e.source.agent for e in events if e.type == "COERCE" and e.source} == {"MIL"}


def test_a_body_named_after_a_capital_is_not_its_government(code) -> None:
    events = code("The Lima Group called on the Venezuelan armed forces to switch allegiance on Wednesday.")
    assert not any(e.source and e.source.country == "PER" for e in events)


def test_a_capital_alone_still_stands_for_its_government(code) -> None:  # a guard
    events = code("Moscow condemned the new sanctions on Monday.")
    assert {e.source.code for e in events if e.source} == {"RUSGOV"}
