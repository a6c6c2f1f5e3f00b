"""A judgement of an act or document told before is aimed at its doer: 'condemned the veto' after a country
vetoed a draft is that country's; 'rejected the resolution' after a council's demand is the council's
(events.yaml ``reference_nouns`` veto, ``referred_documents`` resolution; recipients.referenced_targets).

Each sentence is invented for the mechanism and runs the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("China on Tuesday vetoed a draft resolution on Myanmar.\n\nThe Norwegian foreign minister deplored the veto.",
     "ACCUSE", "NOR", "CHN"),
    ("The Security Council on Wednesday called on Ethiopia to pull its troops out of Somalia.\n\n"
     "Somalia's foreign minister welcomed the vote and asked for more help.\n\n"
     "The Ethiopian government rejected the resolution on Thursday.", "REJECT", "ETH", "IGOUNO"),
])
def test_a_judged_veto_or_resolution_is_aimed_at_its_doer(code, text, type_, source, target):
    events = [e for e in asserted(code(text), type_) if e.source is not None and e.source.country == source]
    found = {e.target.country or e.target.code for e in events if e.target is not None}
    assert target in found, dyad_codes(events)


def test_a_resolution_named_as_a_subject_makes_no_sourceless_event(code):
    """'The resolution condemned ...' names no doer by itself: only the object reading refers back."""
    text = ("The Security Council on Monday demanded that Chad end the fighting.\n\n"
            "The resolution also urged Sudan to open its border crossings.")
    assert all(e.source is not None for e in asserted(code(text))), dyad_codes(asserted(code(text)))


def test_condemned_violence_is_aimed_at_whoever_used_it(code):
    """'the violence', 'the bloodshed', 'the raid' refer back to the attack told before (reference_nouns)."""
    text = ("Sudanese security forces opened fire on protesters in Khartoum on Monday, killing 35 people.\n\n"
            "The United States and Britain condemned the violence.")
    events = asserted(code(text), "ACCUSE")
    assert {(e.source.country, e.target.code if e.target else None) for e in events} == \
        {("USA", "SDNCOP"), ("GBR", "SDNCOP")}, dyad_codes(events)
