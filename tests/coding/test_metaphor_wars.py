"""A metaphorical war is no fight (lane mend5): 'a hybrid/trade/information war' keeps the noun 'war' from an
ASSAULT (``events.yaml`` war ``not_with``), and said of someone by a speaker it is a charge (``judgements.yaml``
wrongdoing_verbs wage/launch: ACCUSE allege). 'Russia launched a war against Ukraine' is still an ASSAULT."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Russia is waging a hybrid war against Ukraine, the Ukrainian foreign minister said on Monday.",
    "China launched a trade war against the United States on Tuesday.",
    "Moscow is waging an information war against Estonia, Estonian officials said.",
])
def test_a_metaphorical_war_is_no_assault(code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_a_speaker_s_metaphorical_war_is_a_charge(code) -> None:
    events = code("The United States is waging an economic war against Iran, the Iranian foreign minister said.")
    accused = [e for e in events if e.type == "ACCUSE" and e.modality == "asserted"]
    assert [(e.source.code, e.target.code) for e in accused] == [("IRNGOV", "USA")], events


def test_a_real_war_is_still_an_assault(code) -> None:
    assert [e for e in code("Russia launched a war against Ukraine on Thursday.") if e.type == "ASSAULT"]
