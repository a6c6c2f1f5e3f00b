"""Offices below the senior ones in running text (docs/actors.md, "Lower offices"): a minister the knowledge
base knows by full name is their government, and the bare surname later in the same story is the same person,
also where the tagger did not see a person in the full name.

Invented sentences through the real pipeline (``code_text``) about real office holders of the knowledge base.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

from seismo.models import Event

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2019, 6, 14)  # Roxana Maracineanu was France's sports minister (2018-2020)


def source_codes(events: list[Event], type_: str) -> set[str | None]:
    return {e.source.code for e in asserted(events, type_) if e.source}


def test_a_minister_named_in_full_is_the_government(code) -> None:
    events = code("Roxana Maracineanu accused Britain on Tuesday of spreading false reports.")
    assert source_codes(events, "ACCUSE") == {"FRAGOV"}


def test_the_bare_surname_after_the_full_name_is_the_same_minister(code) -> None:
    events = code(
        "Roxana Maracineanu arrived in Marseille on Tuesday for a conference on trade. "
        "Maracineanu accused Britain of blocking grain exports."
    )
    assert source_codes(events, "ACCUSE") == {"FRAGOV"}


def test_a_bare_surname_alone_names_no_minister(code) -> None:
    events = code("Maracineanu accused Britain on Tuesday of blocking grain exports.")
    assert "FRAGOV" not in source_codes(events, "ACCUSE")
