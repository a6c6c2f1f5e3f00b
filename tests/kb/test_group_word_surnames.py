"""A one-word name of a group or organisation the hand-written files list ("Wagner") or a people word of the
common-word list ("Arab") is nobody's surname-only alias (scripts/build_kb.py `_surname_blocklist`): office
holders called Arab or Wagner keep their full names, and the bare word reads as the group or as nobody."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from seismo.kb import KnowledgeBase

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import build_kb  # noqa: E402

ON = dt.date(2019, 6, 1)


def test_one_word_group_names_are_blocked_as_surnames() -> None:
    names = build_kb._hand_written_names()
    assert {"wagner", "kurds", "hamas"} <= names
    assert not any(" " in n for n in names)  # "Islamic State" stays a phrase, not a word to block
    assert names <= build_kb._surname_blocklist(build_kb.SHARED, set(), frozenset())


def test_bare_people_word_is_no_office_holder(kb: KnowledgeBase) -> None:
    """'Arab' is a common word (kbbuild.common.HAND_COMMON), 'Wagner' a group's name: neither is a surname."""
    for phrase in ("Arab villages", "Wagner"):
        found = kb.resolve_phrase(phrase, ON)
        assert found is None or "person" not in found.reason, phrase


def test_full_name_still_resolves(kb: KnowledgeBase) -> None:
    found = kb.resolve_phrase("Hussein Arab", dt.date(2016, 6, 1))
    assert found is not None and found.actor.code == "YEMGOV"
