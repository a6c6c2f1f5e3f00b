"""PLOVER agent stems ("COMMERCE_MINIST": a prefix in PETRARCH) are spelled out as ministers and ministries
when agents.yaml is built (scripts/kbbuild/agents.py); the coding test is in
tests/coding/test_trade_diplomacy_words.py."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from kbbuild.agents import parse_plover  # noqa: E402


def test_a_minist_stem_is_spelled_out_as_minister_and_ministry(tmp_path):
    source = tmp_path / "agents.txt"
    source.write_text("TOURISM_MINIST [~GOV]\nHARBOUR_PILOT [~BUS]\n", encoding="utf-8")
    nouns = parse_plover(source)
    assert {n for n, s in nouns.items() if s == "GOV"} == {
        "tourism minister",
        "tourism ministers",
        "tourism ministry",
        "tourism ministries",
    }
    assert nouns["harbour pilots"] == "BUS"
