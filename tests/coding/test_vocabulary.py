"""Issue 13, item 6: event vocabulary and word senses, on one-sentence articles through the real pipeline.

Each input is a file "Test headline\\n\\nSENTENCE\\n" published 2023-03-10 (a Friday), as in the issue's table.
The vocabulary comes from the hand lexicon (dictionaries/events.yaml) over the mined one (mined.yaml);
the readings follow the PLOVER manual where the CAMEO table disagrees.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import code_text

from seismo.models import Event, Modality

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 3, 10)  # a Friday


def _code(tmp_path: Path, sentence: str) -> list[Event]:
    return code_text(tmp_path, sentence, PUBLISHED)


def _asserted(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in events if e.modality is Modality.ASSERTED]


# --- issue table rows ----------------------------------------------------------------------------------


def test_suicide_bomber_is_assault(tmp_path: Path):
    events = _code(tmp_path, "A suicide bomber blew himself up at a checkpoint in Kabul on Sunday.")
    assert _asserted(events) == [("ASSAULT", "suicide-attack")]
    assert events[0].date == dt.date(2023, 3, 5)


def test_called_off_strike_is_no_protest(tmp_path: Path):
    """Suspending a protest is a verbal concession (PLOVER CONCEDE), not the protest."""
    events = _code(tmp_path, "The teachers' union called off its strike after talks with the education ministry.")
    asserted = _asserted(events)
    assert not [t for t, _m in asserted if t == "PROTEST"], asserted
    assert ("CONCEDE", None) in asserted


# --- PLOVER readings where the CAMEO table or a careless coder disagrees -----------------------------------


@pytest.mark.parametrize(("sentence", "type_", "mode"), [
    ("The army lifted the curfew in Srinagar on Monday.", "CONCEDE", None),
    ("Russia declared a unilateral ceasefire on Monday.", "RETREAT", "ceasefire"),
    ("Dozens of prisoners in Bahrain began a hunger strike on Monday.", "PROTEST", "hunger"),
    ("Opposition activists went on a hunger strike in Minsk on Monday.", "PROTEST", "hunger"),
    ("A suicide bombing killed ten soldiers in Kabul on Sunday.", "ASSAULT", "suicide-attack"),  # its weapon
    ("Militants hurled a grenade at a police station in Srinagar on Monday.", "ASSAULT", "explosives"),
    ("Militants lobbed a grenade at a police station in Srinagar on Monday.", "ASSAULT", "explosives"),
    ("Rebels detonated a bomb near an army base in Mogadishu on Monday.", "ASSAULT", "explosives"),
    ("Soldiers opened fire on protesters in Khartoum on Monday.", "ASSAULT", "firearms"),
    ("Taliban fighters took control of the city on Sunday.", "COERCE", "seize"),  # CAMEO 192, as "seized control"
    ("Syrian rebels gained control of the border crossing on Sunday.", "COERCE", "seize"),
    ("Gunmen gunned down a police officer in Peshawar on Monday.", "ASSAULT", "firearms"),
    ("Rebel fighters battled government troops near Goma on Tuesday.", "ASSAULT", None),
    ("A firefight between troops and rebels broke out near Goma on Tuesday.", "ASSAULT", "firearms"),
    ("Students staged a sit-in outside parliament in Nairobi on Monday.", "PROTEST", "demo"),
    ("Opposition supporters held a vigil outside the presidential palace in Minsk on Monday.", "PROTEST", "demo"),
    ("Venezuela ordered the expulsion of three Spanish diplomats on Monday.", "SANCTION", "expel"),
    ("The government made concessions to the opposition on Monday.", "CONCEDE", None),
    ("The government and the opposition began a dialogue in Caracas on Monday.", "CONSULT", None),
    ("A Moscow court issued an arrest warrant for the opposition leader on Monday.", "THREATEN", "arrest"),
    ("Peru's former president was placed under house arrest on Monday.", "COERCE", "arrest"),
    ("The army seized power in Niger on Wednesday.", "ASSAULT", None),
    # word senses with a reading of their own
    ("Republican lawmakers attacked the impeachment inquiry on Monday.", "ACCUSE", "disapprove"),
    ("Iraqi troops attacked Kenyan positions near the border on Monday.", "ASSAULT", None),
    ("A federal judge in Texas ruled on Monday that the practice is unconstitutional.", "SANCTION", "convict"),
    ("A court in Moscow found the opposition leader guilty of treason on Monday.", "SANCTION", "convict"),
    ("The embassy declined the request on Monday.", "REJECT", None),
    ("Senator Amy Klobuchar ended her presidential campaign on Monday.", "CONCEDE", None),
    ("Puerto Rico's governor announced his resignation on Wednesday.", "RETREAT", "resign"),
    ("Israel and Hamas agreed on a ceasefire on Monday.", "AGREE", None),
    ("Russia massed troops on the border with Ukraine on Monday.", "MOBILIZE", "troops"),
])
def test_plover_reading(tmp_path: Path, sentence: str, type_: str, mode: str | None):
    asserted = _asserted(_code(tmp_path, sentence))
    assert (type_, mode) in asserted, asserted
    assert all(t == type_ for t, _m in asserted), asserted


# --- word senses: no event ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "not_types"), [
    ("Police were called to the scene on Monday.", {"CONSULT", "REQUEST"}),
    ("Analysts agree that the economy will slow this year.", {"AGREE"}),
    ("Troops cleared snow from mountain roads in Kashmir on Tuesday.", {"ASSAULT", "COERCE"}),
    ("Dozens of prisoners in Bahrain began a hunger strike on Monday.", {"ASSAULT"}),
    # accidents and routine crime are no political events
    ("A plane crash killed 50 people in Nepal on Sunday.", {"ASSAULT"}),
    ("Armed robbers stole cash from a bank in Lagos on Monday.", {"COERCE", "ASSAULT"}),
    # generic verbs keep no mined CAMEO pattern
    ("The FBI director held a press conference in Washington on Monday.", {"CONSULT"}),
    ("Two senators raised concerns about the withdrawal on Monday.", {"CONSULT"}),
    ("Investigators found the cause of the crash on Monday.", {"SANCTION"}),
    # opinions, statements and projections
    ("Regional Governor Mujiv Hataman agreed, saying only this group appeared capable of the bombing.", {"AGREE"}),
    ("Legislator Tanya Chan spoke to the press after the speech on Monday.", {"CONSULT"}),
    ("The Associated Press called the election for Biden on Saturday.", {"REQUEST"}),
    ("Joe Biden has amassed 1,217 pledged delegates so far.", {"MOBILIZE"}),
    ("Organizers of the rally said they were fighting corruption and dishonesty.", {"ASSAULT"}),
    ("Over a million people in Wisconsin requested absentee ballots last week.", {"REQUEST"}),
])
def test_word_sense_is_no_event(tmp_path: Path, sentence: str, not_types: set[str]):
    asserted = _asserted(_code(tmp_path, sentence))
    assert not [t for t, _m in asserted if t in not_types], asserted


def test_police_arresting_a_politician_is_an_event(tmp_path: Path):
    asserted = _asserted(_code(tmp_path, "Police arrested the opposition leader in Harare on Monday."))
    assert asserted == [("COERCE", "arrest")]


def test_force_put_on_alert_in_the_passive_mobilizes_itself(tmp_path: Path):
    """'The army was placed on high alert': no by-agent names who did it, so the force put on alert is the source;
    a by-agent stays the doer."""
    events = [e for e in _code(tmp_path, "The Pakistani army has been placed on high alert.")
              if e.modality is Modality.ASSERTED]
    assert [(e.type, e.source.code if e.source else None) for e in events] == [("MOBILIZE", "PAKMIL")]
    events = _code(tmp_path, "The Indian army was placed on alert by the government on Monday.")
    assert [e.source.code for e in events if e.type == "MOBILIZE"] == ["INDGOV"]
