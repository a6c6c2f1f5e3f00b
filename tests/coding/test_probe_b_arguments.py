"""Issue 13, probe lane b: the "it" of what X said is X, not the object named last; an act blamed "on" someone
targets them (both found coding invented wire copy on the India-Pakistan truce). Invented sentences, real pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import code_text

pytestmark = pytest.mark.slow

DAY = dt.date(2024, 3, 12)


def test_it_in_what_a_conjoined_sayer_said_is_the_sayer(tmp_path: Path):
    events = code_text(tmp_path, "Azerbaijan bombed Armenian villages near the border on Monday and said it "
                                 "destroyed two rebel ammunition depots.", DAY)
    destroyed = [e for e in events if e.trigger == "destroyed"]
    assert destroyed and destroyed[0].source is not None, events
    assert destroyed[0].source.country == "AZE", destroyed[0].source


def test_blaming_an_act_on_someone_targets_them(tmp_path: Path):
    """'blamed the ambush on Armenian separatists': the separatists are blamed, not the ambush (no one)."""
    events = code_text(tmp_path, "Azerbaijan on Monday blamed the ambush on Armenian separatists.", DAY)
    blamed = [e for e in events if e.trigger == "blamed"]
    assert blamed and blamed[0].target is not None and blamed[0].target.country == "ARM", events
