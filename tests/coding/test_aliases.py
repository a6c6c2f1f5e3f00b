"""Short names the story defines ('the Kenyan National Farmers Union (KNFU)', 'X, known as Y'): ``coding.aliases``.

Invented sentences; each file is "Test headline\\n\\nTEXT\\n" coded through the real pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import code_text

from seismo.models import Actor, Event, Modality

pytestmark = pytest.mark.slow

DAY = dt.date(2021, 6, 4)


def _actor(events: list[Event], type_: str, side: str = "source") -> Actor:
    found = [getattr(e, side) for e in events if e.type == type_ and e.modality is Modality.ASSERTED
             and getattr(e, side) is not None]
    assert found, events
    return found[0]


def test_acronym_takes_the_full_names_reading(tmp_path: Path):
    """An acronym the KB does not know is the body the story spelt out before it."""
    events = code_text(tmp_path, "The Kenyan National Farmers Union (KNFU) held a rally in Nakuru on Monday. On "
                                 "Tuesday, the KNFU accused the Ugandan government of dumping maize.", DAY)
    source = _actor(events, "ACCUSE")
    assert source.country == "KEN", source
    assert "defined in the document" in (source.reason or ""), source.reason


def test_acronym_of_a_known_body(tmp_path: Path):
    """'the Lebanese Armed Forces (LAF) ... the LAF accused Israel': the KB's army."""
    events = code_text(tmp_path, "The Lebanese Armed Forces (LAF) deployed along the border on Monday. On "
                                 "Tuesday, the LAF accused Israel of violating the ceasefire.", DAY)
    assert _actor(events, "ACCUSE").code == "LBNMIL"


def test_story_acronym_beats_a_different_kb_acronym(tmp_path: Path):
    """The KB's HTS is a Syrian armed group; the story's HTS is a Haitian teachers' union."""
    events = code_text(tmp_path, "The Haitian Teachers Syndicate (HTS) held a strike on Monday. On Tuesday, HTS "
                                 "accused the Dominican government of deporting teachers.", DAY)
    source = _actor(events, "ACCUSE")
    assert source.country == "HTI", source


def test_full_name_takes_the_known_acronym(tmp_path: Path):
    """The KB knows 'PKK' but not the spelling "Kurdistan Workers' Party": the full name takes the acronym's code."""
    events = code_text(tmp_path, "Turkish troops attacked the Kurdistan Workers' Party (PKK) on Monday. On Tuesday, "
                                 "the Kurdistan Workers' Party accused Turkey of killing civilians.", DAY)
    assert _actor(events, "ACCUSE").code == "TURREB"


def test_known_as_alias(tmp_path: Path):
    """'The Kenyan Peace Alliance, known as Amani': 'Amani' later is the Kenyan alliance."""
    events = code_text(tmp_path, "The Kenyan Peace Alliance, known as Amani, held talks with the Ugandan "
                                 "government on Monday. Amani later criticised Uganda's police.", DAY)
    assert _actor(events, "ACCUSE").country == "KEN"


def test_acronym_in_front_of_a_noun(tmp_path: Path):
    """'MST members': members of the defined movement."""
    events = code_text(tmp_path, "Members of the Brazilian Landless Workers Movement (MST) occupied a farm on "
                                 "Monday. On Tuesday, police arrested MST members in Belem.", DAY)
    target = _actor(events, "COERCE", "target")
    assert target.country == "BRA" and "defined in the document" in (target.reason or ""), target


def test_place_acronym_leaves_the_sector_noun(tmp_path: Path):
    """'NSW police' stays the police: a place's short name gives no body of its own."""
    events = code_text(tmp_path, "The Parliament of New South Wales (NSW) voted on Monday. On Tuesday, NSW police "
                                 "arrested five protesters in Sydney.", DAY)
    source = _actor(events, "COERCE")
    assert (source.country, source.agent) == ("AUS", "COP"), source


def test_a_group_that_calls_itself_a_name(tmp_path: Path):
    """'A Malian armed group, which calls itself Katiba Zarvan': the name is that Malian armed group."""
    events = code_text(tmp_path, "A Malian armed group, which calls itself Katiba Zarvan, attacked an army post "
                                 "near Gao on Monday. On Tuesday, Katiba Zarvan accused the French army of killing "
                                 "civilians.", DAY)
    source = _actor(events, "ACCUSE")
    assert (source.country, source.agent) == ("MLI", "REB"), source


def test_acronym_spelt_out_over_of(tmp_path: Path):
    """'The Zambian Ministry of Foreign Affairs (MFA)': the letters stand for the whole ministry."""
    events = code_text(tmp_path, "The Zambian Ministry of Foreign Affairs (MFA) summoned the Malawian ambassador on "
                                 "Monday. On Tuesday, the MFA accused Malawi of spying.", DAY)
    source = [e.source for e in events if e.type == "ACCUSE" and e.trigger == "accused" and e.source is not None]
    assert source and source[0].code == "ZMBGOV", events
    assert "Ministry of Foreign Affairs (MFA)" in (source[0].reason or ""), source[0].reason


def test_acronym_sector_fills_the_full_names_country(tmp_path: Path):
    """'A Kenyan Member of Parliament (MP)': Kenyan from the words, the legislature from the letters."""
    events = code_text(tmp_path, "A Kenyan Member of Parliament (MP) spoke on Monday. On Tuesday, the MP accused the "
                                 "Ugandan government of corruption.", DAY)
    assert _actor(events, "ACCUSE").code == "KENLEG"
