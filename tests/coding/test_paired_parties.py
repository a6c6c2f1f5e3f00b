"""Issue 13, probe-g: a subject counted as two with no actor of its own ('the two sides agreed', 'both governments
pledged') names the two parties of the latest two-party act told before (``references.paired_parties``).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _countries(events, type_):
    return {frozenset(c for c in (e.source.country if e.source else None, e.target.country if e.target else None))
            for e in asserted(events, type_)}


def test_the_two_sides_in_the_same_sentence_are_the_meeting_parties(code) -> None:
    events = code("Kenyan President William Ruto met Tanzania's president in Arusha on Tuesday, and the two sides "
                  "agreed to reopen a border crossing, officials said.")
    assert frozenset({"KEN", "TZA"}) in _countries(events, "AGREE")


def test_the_two_sides_in_the_next_sentence_are_the_meeting_parties(code) -> None:
    events = code("Norway's foreign minister held talks with Chile's foreign minister in Oslo on Wednesday. "
                  "Both sides pledged to expand fisheries research.")
    assert any(c >= {"NOR", "CHL"} for c in _countries(events, "AGREE"))


def test_no_two_party_act_told_before_gives_no_event(code) -> None:
    events = code("Heavy rain fell across the region on Wednesday. The two sides agreed to expand trade.")
    assert not asserted(events, "AGREE")
