"""Issue 13, probe-g: a town's name that modifies a proper noun of a feature at sea ('Whitby Reef') is part of
that feature's name, not the town (``places._sea_feature_name``, ``place_nouns.yaml`` sea_features).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def test_a_reef_named_like_a_town_is_not_the_town(code) -> None:
    events = code("A Chinese navy ship fired a water cannon at a Vietnamese fishing boat near Whitby Reef on Tuesday.")
    assert "Whitby" not in {e.location.name for e in asserted(events, "ASSAULT") if e.location}


def test_the_town_itself_stays_a_place(code) -> None:
    events = code("Police arrested two protesters in Whitby on Tuesday.")
    assert {e.location.name for e in asserted(events, "COERCE") if e.location} == {"Whitby"}
