"""A person 'attacking' a person, a party or the press without a weapon speaks (ACCUSE disapprove; events.yaml
``attack`` with ``person_subject``/``person_object``): the subject must be a person the knowledge base knows or a
name the parser reads as a person that resolves to no armed body ('Boko Haram' is tagged so), so armed groups,
troops and gunmen still assault.

A match won by a score is sport (``not_score``), not violence. Invented sentences through the real pipeline
(``code_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, code_text

DAY = dt.date(2019, 10, 20)


@pytest.mark.parametrize("text, pair", [
    ("Trump attacked the Democrats on Twitter.", ("USAGOV", "USAPTY")),
    ("Erdogan attacked Macron over his comments on Islam.", ("TURGOV", "FRAGOV")),
])
def test_a_person_attacking_a_person_or_party_speaks(tmp_path, text: str, pair: tuple) -> None:
    events = code_text(tmp_path, text, DAY)
    assert [(e.source.code, e.target.code) for e in asserted(events, "ACCUSE")] == [pair], events
    assert not asserted(events, "ASSAULT")


@pytest.mark.parametrize("text", ["Boko Haram attacked a church in Borno.", "Putin attacked Ukraine.",
                                  "Gunmen attacked the senator's convoy."])
def test_armed_groups_and_states_still_assault(tmp_path, text: str) -> None:
    events = code_text(tmp_path, text, DAY)
    assert asserted(events, "ASSAULT") and not asserted(events, "ACCUSE"), events


@pytest.mark.parametrize("text", ["Brazil beat Argentina 2-1 in the Copa America semi-final on Tuesday.",
                                  "The Brazilian national team beat Argentina 3-0."])
def test_a_match_won_by_a_score_is_no_violence(tmp_path, text: str) -> None:
    events = code_text(tmp_path, text, DAY)
    assert not asserted(events, "ASSAULT"), events


def test_police_beating_a_counted_crowd_is_still_violence(tmp_path) -> None:
    events = code_text(tmp_path, "Police beat 25-30 protesters in Caracas.", DAY)
    assert [e.source.code for e in asserted(events, "ASSAULT")] == ["VENCOP"], events
