"""People named by their trade are civilians: interpreters, translators (kb agents_curated.yaml CVL)."""

from __future__ import annotations

from collections.abc import Callable

from seismo.models import Event

Code = Callable[..., list[Event]]


def test_interpreters_offered_asylum_are_civilians(code: Code) -> None:
    events = code("Germany offered asylum to the Afghan interpreters on Tuesday.")
    assert [e.target.code for e in events if e.target is not None] == ["AFGCVL"]


def test_translators_killed_are_civilians(code: Code) -> None:
    events = code("Gunmen killed two Iraqi translators in Baghdad on Tuesday.")
    assert {e.target.code for e in events if e.type == "ASSAULT"} == {"IRQCVL"}
