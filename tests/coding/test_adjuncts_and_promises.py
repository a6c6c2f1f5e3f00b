"""A participle clause after a comma is a second act of the subject, not the content of the verb before it; a
promise to send troops to a country is an AGREE with that country, neither a threat nor an act on the troops.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.models import Event, Modality

pytestmark = pytest.mark.slow


def _of(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


# --- free adjuncts ---------------------------------------------------------------------------------------

def test_an_accusation_after_a_demand_is_made(code) -> None:
    events = code("The Kenyan opposition demanded new elections on Monday, accusing the government of fraud.")
    assert {e.modality for e in _of(events, "ACCUSE")} == {Modality.ASSERTED}


def test_praise_after_an_appeal_is_given(code) -> None:
    events = code("The Kenyan president urged calm on Monday, praising the police for their restraint.")
    assert {e.modality for e in _of(events, "SUPPORT")} == {Modality.ASSERTED}


def test_the_verbs_own_future_still_reaches_its_adjunct(code) -> None:
    events = code("Russia will send troops to Belarus next week, holding talks with Minsk.")
    assert Modality.FUTURE in {e.modality for e in _of(events, "CONSULT")}


# --- promises ---------------------------------------------------------------------------------------------

def test_committing_to_an_act_is_a_promise(code) -> None:
    events = code("The United States committed to send more troops to Saudi Arabia on Monday.")
    assert {(e.source.code, e.target.code if e.target else None) for e in asserted(events, "AGREE")} \
        == {("USAGOV", "SAUGOV")}


def test_a_promise_to_send_troops_is_no_threat(code) -> None:
    events = code("The United States pledged on Monday to send more troops to Saudi Arabia.")
    assert not asserted(events, "THREATEN")
    assert all(e.target is None or e.target.agent != "MIL" for e in asserted(events, "AGREE"))


def test_a_vow_to_attack_stays_a_threat(code) -> None:
    assert asserted(code("Russia vowed on Monday to attack Ukraine."), "THREATEN")


def test_committing_a_crime_promises_nothing(code) -> None:
    assert not asserted(code("Kenyan rebels committed atrocities in the village on Monday."), "AGREE")
