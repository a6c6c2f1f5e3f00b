"""The object of 'call on', 'appeal to' is the one asked to act: 'Kenya called on Uganda to withdraw its troops'
asks for a Ugandan withdrawal, not a Kenyan one (arguments.yaml ``addressing_phrases``; coding/arguments.py).

Each sentence is invented for the mechanism and runs the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import dyad_codes

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2025, 5, 9)


@pytest.mark.parametrize(("sentence", "asker", "asked"), [
    ("Ghana on Tuesday called on Togo to withdraw its troops from the border.", "GHA", "TGO"),
    ("The Peruvian president appealed to Bolivia to withdraw its soldiers from the border.", "PER", "BOL"),
    ("Sweden called upon Belarus to release the detained activists.", "SWE", "BLR"),
])
def test_the_one_called_on_is_the_one_to_act(code, sentence, asker, asked):
    acts = [e for e in code(sentence) if e.type == "RETREAT"]
    doers = {e.source.country for e in acts if e.source is not None}
    assert asked in doers and asker not in doers, dyad_codes(acts)
