"""Cooperation, alliances, endorsements and agreements said with nouns and light verbs (lane probe-q).

Each sentence is invented for the mechanism and runs the real pipeline (``code``).
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

from seismo.models import Modality

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence", [
    "Chile hopes to restore ties with Peru.",
    "Kenya hoped to hold talks with Uganda on Monday.",
    "The Thai government is hoping to sign a trade deal with Cambodia.",
])
def test_a_hope_is_no_asserted_act(code, sentence):
    """The lemmatizer cut "hoped"/"hopes"/"hoping" to "hop", so the hedge was lost (nlp.components lemma fixes)."""
    events = code(sentence)
    assert events, "the hoped-for act is still coded, as hypothetical"
    assert not asserted(events), dyad_codes(asserted(events))
    assert {e.modality for e in events} == {Modality.HYPOTHETICAL}


def test_a_rape_is_an_assault_not_a_rebuke(code):
    """"raped" was cut to "rap" (the rebuke verb of "rapped Japan for ...")."""
    events = asserted(code("Militiamen raped three women near the camp on Tuesday."))
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "sexual")]
