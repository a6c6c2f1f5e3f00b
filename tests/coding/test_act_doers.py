"""Issue 13 item 3, targets of judged acts: a legal act's filer, a decision its forces carried out, and
civil-society groups the knowledge base does not know.

Invented sentences through the real pipeline (the shared ``code`` fixture), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.models import Event

pytestmark = pytest.mark.slow


def _targets(events: list[Event], type_: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in asserted(events, type_)}


# --- 'filed by X': the participle's agent made the act ----------------------------------------------------

def test_a_lawsuit_filed_by_a_government_is_aimed_at_it(code) -> None:
    assert _targets(code("A Kenyan court rejected the lawsuit filed by the Ugandan government on Monday."),
                    "REJECT") == {"UGAGOV"}


def test_a_motion_submitted_by_a_country_names_its_doer(code) -> None:
    assert _targets(code("The Kenyan foreign minister condemned the motion submitted by Uganda on Monday."),
                    "ACCUSE") == {"UGAGOV"}


def test_a_by_phrase_of_another_verb_is_not_the_doer(code) -> None:
    # the Ugandan government welcomed the decision; it did not take it
    assert "UGAGOV" not in _targets(code("The French president criticised the decision welcomed by the Ugandan "
                                         "government on Monday."), "ACCUSE")


# --- a decision its forces carried out is the government's ------------------------------------------------

def test_a_decision_carried_out_by_troops_is_the_governments(code) -> None:
    events = code("US troops withdrew from northern Syria on Monday. The French president criticised the decision "
                  "on Tuesday.")
    assert _targets(events, "ACCUSE") == {"USAGOV"}


def test_a_strike_by_troops_stays_the_troops(code) -> None:
    events = code("US troops launched a strike on northern Syria on Monday. The French president condemned the "
                  "strike on Tuesday.")
    assert _targets(events, "ACCUSE") == {"USAMIL"}


def test_a_government_defending_its_forces_decision_is_not_its_own_target(code) -> None:
    events = code("US troops withdrew from northern Syria on Monday. The US president defended the decision on "
                  "Tuesday.")
    assert all(e.target is None or e.target.code != "USAGOV" for e in asserted(events, "SUPPORT"))
