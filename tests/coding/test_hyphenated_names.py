"""Hyphenated given names ("Moon Jae-in", "Prayut Chan-o-cha", "Han Duck-soo") parse as one name (nlp/names.py),
and a name set off after a common noun renames it even when the entity recogniser missed the name; an event noun
after a participle preposition ("Following talks with X on Wednesday") is read as one after "after"."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes, target_codes

from seismo.nlp import load_pipeline
from seismo.nlp.names import is_hyphenated_name

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2019, 2, 13)


def test_the_name_shape_leaves_english_compounds_split() -> None:
    assert all(map(is_hyphenated_name, ["Jae-in", "Jong-un", "Chan-o-cha", "Duck-soo", "Ing-wen", "Ki-moon"]))
    assert not any(map(is_hyphenated_name, ["Anti-war", "Serb-held", "Two-day", "Self-rule", "Multi-word",
                                            "Jean-Claude", "al-Assad", "Follow-up", "Long-term"]))


def test_a_hyphenated_given_name_is_one_token_of_the_name() -> None:
    doc = load_pipeline()("Moon Jae-in's office said Kim Jong-un (Jong-un) will visit.")
    assert [t.text for t in doc][:4] == ["Moon", "Jae-in", "'s", "office"]
    assert "Jong-un" in [t.text for t in doc] and "-" not in [t.text for t in doc]


def test_a_leader_with_a_hyphenated_name_meets_as_subject(code) -> None:
    events = asserted(code("Moon Jae-in met Xi Jinping in Beijing."), "CONSULT")
    assert dyad_codes(events) == {("KORGOV", "CHNGOV")}


def test_a_three_part_name_is_one_subject(code) -> None:
    events = asserted(code("Prayut Chan-o-cha praised Dmitry Medvedev on Sunday."), "SUPPORT")
    assert dyad_codes(events) == {("THAGOV", "RUSGOV")}


def test_a_known_name_renames_a_common_noun_without_an_entity_tag(code) -> None:
    events = asserted(code("On Saturday, Ana Brnabić endorsed her former rival, Han Duck-soo.", dt.date(2023, 2, 13)))
    assert target_codes(events, "SUPPORT") == {"KORGOV"}


def test_an_unknown_name_after_a_common_noun_renames_nothing(code) -> None:
    events = asserted(code("On Saturday, Ana Brnabić endorsed her former rival, Mr Smith.", dt.date(2023, 2, 13)))
    assert target_codes(events, "SUPPORT") == {None}


def test_talks_after_following_are_a_meeting(code) -> None:
    events = asserted(code("Following talks with Asif Ali Zardari on Wednesday, Napolitano announced a new trade "
                           "deal.", dt.date(2009, 6, 12)), "CONSULT")
    assert dyad_codes(events) == {("ITAGOV", "PAKGOV")}
