"""Issue 13, probe-g: a nationality adjective on an act's object names the object's owner as the recipient, as a
possessor does ('violated Latvian airspace' = 'Latvia's airspace', ``recipients._nationality_owner``); and
'scrambled fighter jets' is an air force put on alert (MOBILIZE, ``events.yaml`` scramble).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def test_a_nationality_adjective_on_the_object_names_its_owner(code) -> None:
    events = code("Belarusian military helicopters violated Latvian airspace on Thursday, officials said.")
    assert {e.target.country for e in asserted(events, "MOBILIZE") if e.target} == {"LVA"}


def test_a_possessor_still_wins_over_the_adjective(code) -> None:
    """'Finland's Russian-built airspace radar' is nothing a reader meets; the possessor is asked first."""
    events = code("Russian warplanes violated Finland's airspace near Helsinki on Thursday.")
    assert {e.target.country for e in asserted(events, "MOBILIZE") if e.target} == {"FIN"}


def test_scrambled_jets_is_a_mobilization(code) -> None:
    events = code("The Lithuanian air force scrambled two fighter jets on Thursday after a drone crossed the border.")
    assert {e.source.country for e in asserted(events, "MOBILIZE") if e.source} == {"LTU"}


def test_scrambling_to_do_something_is_no_mobilization(code) -> None:
    events = code("Latvian lawmakers scrambled to pass a budget on Thursday.")
    assert not asserted(events, "MOBILIZE")
