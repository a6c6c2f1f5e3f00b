"""The leader of an organisation that is no state body is not the government (coding.org_leaders): 'the leader of the
far-right X', 'X president Y'. Invented parties and people, published on Friday 2023-03-10."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The leader of the far-right Homeland Renewal accused the Austrian government of corruption on Tuesday.",
    "The president of the nationalist Freedom Compact accused the Chilean government of fraud on Monday.",
    "Homeland Renewal president Elsa Nordqvist accused the Austrian government of corruption in Graz on Tuesday.",
    "Freedom Compact leader Tomas Irribarra accused the Chilean government of fraud in Santiago on Monday.",
])
def test_the_leader_of_an_unknown_party_is_no_government(code, text):
    accused = asserted(code(text), "ACCUSE")
    assert accused and all(e.target and e.target.agent == "GOV" for e in accused), accused
    assert not [e for e in accused if e.source and e.source.agent == "GOV"], accused


def test_the_leader_of_a_known_party_takes_its_sector(code):
    accused = asserted(code("The leader of the Democratic Party accused the Chinese government of spying on Monday."),
                       "ACCUSE")
    assert accused and all(e.source and e.source.code == "USAPTY" for e in accused), accused


@pytest.mark.parametrize(("text", "code_"), [
    ("The president of Kenya accused the Ugandan government of meddling on Monday.", "KENGOV"),
    ("The head of the Senate accused the Chilean government of lying on Monday.", "CHLLEG"),
])
def test_the_head_of_a_country_or_a_state_body_keeps_its_reading(code, text, code_):
    accused = asserted(code(text), "ACCUSE")
    assert accused and all(e.source and e.source.code == code_ for e in accused), accused
