"""Where a statement was made and where what it is about happened (``coding.places``): invented sentences
through the real pipeline."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The Chilean ambassador in Madrid condemned the Peruvian air strikes on Saturday.",
    "Kenyan officials in Nairobi denounced the Somali rocket attacks on Monday.",
])
def test_a_judged_act_is_not_where_the_judge_is(code, text: str) -> None:
    events = code(text)
    judged = asserted(events, "ASSAULT")
    assert judged and all(e.location is None for e in judged), judged
    assert all(e.target is None or e.target.name not in ("Madrid", "Nairobi") for e in judged), judged


def test_a_light_verb_shares_its_noun_place(code) -> None:
    found = asserted(code("Turkish jets carried out air strikes in Syria on Tuesday."), "ASSAULT")
    assert found and found[0].location is not None and found[0].location.country == "SYR", found
