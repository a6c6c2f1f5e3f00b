"""scripts/heldout_moves.py counts what a change moved on a folder by hashes, so held-out events are never shown."""

from __future__ import annotations

import datetime as dt

from eval_helpers import load_script

from seismo.models import Actor, Event, Evidence, Location


def _module():
    return load_script("heldout_moves")


def _event(**changes) -> Event:
    base = dict(event_id="e1", doc_id="d", type="ACCUSE", source=Actor(name="Kenya", code="KEN"),
                evidence=Evidence(sentence="Kenya accused Uganda.", start=0, end=21), date=dt.date(2020, 1, 2))
    return Event(**{**base, **changes})


def test_a_changed_field_moves_the_event_and_the_event_id_does_not() -> None:
    m = _module()
    same = m.fingerprint("d", _event())
    assert m.fingerprint("d", _event(event_id="other")) == same  # ids are not what a user sees
    assert m.fingerprint("d", _event(target=Actor(name="Uganda", code="UGA"))) != same
    assert m.fingerprint("d", _event(location=Location(name="Kampala", country="UGA"))) != same
    assert m.fingerprint("d", _event(date=None)) != same
    assert m.fingerprint("d2", _event()) != same
    assert len(same) == 20 and "Kenya" not in same


def test_moves_count_repeats() -> None:
    m = _module()
    assert m.moves(["a", "a", "b"], ["a", "b", "c"]) == (1, 1)
    assert m.moves(["a"], ["a"]) == (0, 0)
