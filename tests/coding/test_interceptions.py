"""Intercepting a rocket or a missile is air defence, no seizure (mining.yaml skip_objects)."""

from __future__ import annotations

from collections.abc import Callable

from seismo.models import Event

Code = Callable[..., list[Event]]


def test_intercepting_a_rocket_seizes_nothing(code: Code) -> None:
    """Air defence (mining.yaml skip_objects 'intercept rocket'): no COERCE seize."""
    events = code("Israel intercepted a rocket fired from Gaza on Tuesday.")
    assert not [e for e in events if e.type == "COERCE"]


def test_intercepting_a_weapons_shipment_still_seizes(code: Code) -> None:
    events = code("The Greek navy intercepted a shipment of rifles bound for Libya on Tuesday.")
    assert [e.mode for e in events if e.type == "COERCE"] == ["seize"]
