"""A military rank before a name: the person is the military, and the rank is no part of the name.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def test_a_military_rank_before_a_name_is_the_military(code) -> None:
    events = code("Colombian General Andres Vilar accused the Venezuelan government of arming rebels on Monday.")
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"COLMIL"}


def test_the_rank_is_no_part_of_the_name(code) -> None:
    """'General Haddad' is the Omar Haddad introduced before, not a second person sharing his surname."""
    events = code("Omar Haddad, head of the Peruvian air force, arrived in Santiago on Monday. "
                  "General Haddad praised the Chilean government for its help.")
    assert {e.source.code for e in asserted(events, "SUPPORT") if e.source} == {"PERMIL"}
