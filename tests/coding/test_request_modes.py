"""A demand's mode from the act it asks for (``coding/request_modes.py``; PLOVER manual, REQUEST modes): invented
sentences through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "mode"), [
    ("The opposition leader urged President Obiang to step down on Tuesday.", "change"),
    ("Protesters demanded the resignation of the interior minister on Monday.", "change"),
    ("The United Nations urged the rebels to release the hostages on Monday.", "yield"),
    ("The envoy urged the government to hold talks with the rebels.", "meet"),
    ("Chad asked France for military assistance on Friday.", "assist"),
])
def test_a_demand_takes_its_mode_from_what_it_asks(tmp_path: Path, text: str, mode: str) -> None:
    events = asserted(code_text(tmp_path, text), "REQUEST")
    assert events and all(e.mode == mode for e in events), [(e.type, e.mode) for e in events]


@pytest.mark.parametrize(("text", "mode"), [
    ("President Obiang refused to step down on Tuesday despite mass protests.", "change"),
    ("The junta refused to release the detained journalists on Monday.", "yield"),
    ("The rebels declined to hold talks with the government on Friday.", "meet"),
])
def test_a_refusal_takes_its_mode_from_what_it_refuses(tmp_path: Path, text: str, mode: str) -> None:
    """The manual's REQUEST modes are shared with REJECT."""
    events = asserted(code_text(tmp_path, text), "REJECT")
    assert events and all(e.mode == mode for e in events), [(e.type, e.mode) for e in events]


def test_a_finite_conjunct_is_the_speakers_own_act_not_the_asked_one(tmp_path: Path) -> None:
    """'urged the embassy to reconsider and spoke with the ambassador': the talk is the minister's, asked of
    nobody, so the demand gets no meet mode."""
    text = "The foreign minister urged the embassy to reconsider and spoke with the Russian ambassador on Monday."
    events = asserted(code_text(tmp_path, text), "REQUEST")
    assert events and all(e.mode is None for e in events), [(e.type, e.mode) for e in events]
