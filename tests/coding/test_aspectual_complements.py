"""Issue 13: a verb's infinitive complement is read through an aspectual verb ("vowed to keep fighting" names
"fight"), so a vow to go on with an attack is a threat, not a promise (``complements.xcomp_lemmas``).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "The Zambian opposition leader vowed to keep attacking the ruling party on Monday.",
        "Rebel commanders in Malawi vowed to continue fighting government troops on Monday.",
    ],
)
def test_a_vow_to_go_on_attacking_is_a_threat(code, sentence: str) -> None:
    events = code(sentence)
    assert asserted(events, "THREATEN")
    assert not asserted(events, "AGREE")


def test_a_vow_to_keep_talking_stays_a_promise(code) -> None:
    events = code("The Zambian president vowed to keep supporting the peace talks on Monday.")
    assert not asserted(events, "THREATEN")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Zambian president vowed on Monday to annihilate the rebels.",
        "The Zambian interior minister vowed on Monday to arrest the ringleaders.",
    ],
)
def test_a_vow_to_do_any_violent_or_coercive_act_is_a_threat(code, sentence: str) -> None:
    """events.yaml ``xcomp_type``: every verb whose plain sense is ASSAULT or COERCE, not a hand list of verbs."""
    events = code(sentence)
    assert asserted(events, "THREATEN")
    assert not asserted(events, "AGREE")
