"""The victims of a participle clause belong to the side its clause acts on (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event

Code = Callable[..., list[Event]]


def test_victims_of_a_strike_are_of_the_side_struck(code: Code):
    events = code("Sudanese forces shelled Chadian positions on Friday, killing six civilians.")
    targets = {e.target.code for e in asserted(events, "ASSAULT") if e.target is not None}
    assert "TCDCVL" in targets and "SDNCVL" not in targets


def test_a_place_in_the_clause_still_decides(code: Code):
    events = code("Sudanese forces shelled Chadian positions on Friday, killing six civilians in Khartoum.")
    targets = {e.target.code for e in asserted(events, "ASSAULT") if e.target is not None}
    assert "TCDCVL" not in targets


def test_victims_of_a_strike_on_a_named_place_are_of_its_country(code: Code):
    events = code("Ethiopian jets bombed Asmara on Friday, killing nine civilians.")
    targets = {e.target.code for e in asserted(events, "ASSAULT") if e.target is not None}
    assert "ERICVL" in targets and "ETHCVL" not in targets

