"""Issue 13, GSR dyads: arguments and actors that general mechanisms name (place kinds, particles, the doer inside
an object's phrase, a boycott's object, refusing something to someone).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _sources(events, type_: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in asserted(events, type_)}


def _targets(events, type_: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in asserted(events, type_)}


# --- a kind of place after its name: "the government of Sindh province" ------------------------------


def test_a_government_of_a_named_province_is_of_its_country(code) -> None:
    events = code("The government of Sindh province banned all rallies on Monday.")
    assert _sources(events, "SANCTION") | _sources(events, "COERCE") == {"PAKGOV"}
