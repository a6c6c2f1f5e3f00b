"""``context_rules.CueIndex.starting_with`` keeps each distinct slot's cues: the same cues as reading the index
afresh, read once per slot."""

from __future__ import annotations

from seismo.coding import context_rules
from seismo.coding.context_rules import CueIndex

CUES = [(("ceasefire",), "military"), (("militar*", "base"), "military"), (("vot*",), "election"),
        (("poll", "station"), "election"), (("*",), "any")]  # the last: a wildcard shorter than its key


def _fresh(index: CueIndex, slot: frozenset[str]) -> set[tuple[tuple[str, ...], str]]:
    found = [c for word in slot for c in (*index.exact.get(word, ()), *index.prefixed.get(word[:3], ()))]
    return {*found, *index.short}


def test_a_slots_cues_are_read_once_and_are_the_indexs() -> None:
    index = CueIndex.of(CUES)
    for slot in (frozenset({"voters", "voter"}), frozenset({"poll"}), frozenset({"military", "NAME"}),
                 frozenset()):
        first = index.starting_with(slot)
        assert set(first) == _fresh(index, slot)
        assert index.starting_with(frozenset(set(slot))) is first  # an equal slot: the kept answer
    assert (("vot*",), "election") in index.starting_with(frozenset({"voters"}))


def test_the_kept_slots_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(context_rules, "SLOTS_KEPT", 2)
    index = CueIndex.of(CUES)
    for word in ("a", "b", "c", "d"):
        index.starting_with(frozenset({word}))
    assert len(index._found) <= 2
