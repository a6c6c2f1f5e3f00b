"""A document's own introduction of a person beats a lower-office record of the knowledge base
(docs/actors.md, "Lower offices"; ``coding.introductions``): 'Tarvo Kellamaa, the UN's humanitarian
coordinator' is the UN's, although the record knows an ambassador of that name. A title naming a sector
only ('Finance Minister X') and the senior offices keep the record's reading.

Invented people in a user knowledge-base file, invented sentences through the real pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import asserted

from seismo.config import Settings
from seismo.models import Actor, Event
from seismo.pipeline import code_articles, split_inputs

pytestmark = pytest.mark.slow

PEOPLE = """
actors:
  - name: Tarvo Kellamaa
    type: person
    roles:
      - {role: AMB, title: ambassador to Chile, country: EST, agent: GOV, start: 2015-02-01, end: 2019-03-01}
  - name: Ilse Brandauer
    type: person
    roles:
      - {role: MIN, title: Minister of Finance, country: AUT, agent: GOV, start: 2016-01-01}
  - name: Mirela Dragomanu
    type: person
    roles:
      - {role: FM, title: Minister of Foreign Affairs, country: ROU, agent: GOV, start: 2016-01-01}
"""
DAY = dt.date(2018, 5, 3)


def code(tmp_path: Path, text: str) -> list[Event]:
    people = tmp_path / "people.yaml"
    people.write_text(PEOPLE, encoding="utf-8")
    path = tmp_path / "row.txt"
    path.write_text(f"Test headline\n\n{text}\n", encoding="utf-8")
    settings = Settings(published=DAY, kb=[people])
    articles, _ = split_inputs([str(path)], settings)
    return next(code_articles(articles, settings)).events


def source(events: list[Event]) -> Actor:
    found = [e.source for e in asserted(events, "ACCUSE") if e.source is not None]
    assert found, events
    return found[0]


def test_an_apposition_naming_an_igo_beats_an_ambassador_record(tmp_path: Path) -> None:
    actor = source(code(tmp_path, "Tarvo Kellamaa, the UN's humanitarian coordinator, accused the Syrian "
                                  "government of blocking aid convoys."))
    assert actor.igo and actor.country is None, actor
    assert "outranks the knowledge base's lower office" in (actor.reason or ""), actor.reason


def test_the_bare_surname_later_is_the_introduced_official(tmp_path: Path) -> None:
    actor = source(code(tmp_path, "Tarvo Kellamaa, who is the UN's humanitarian coordinator, visited Damascus "
                                  "on Monday. Kellamaa accused the Syrian government of blocking aid convoys."))
    assert actor.igo and actor.country is None, actor


def test_a_nationality_and_another_sector_beat_the_record(tmp_path: Path) -> None:
    actor = source(code(tmp_path, "Estonian lawmaker Tarvo Kellamaa accused the Chilean government of hiding "
                                  "the figures."))
    assert actor.code == "ESTLEG", actor


def test_a_sector_title_keeps_the_minister_record(tmp_path: Path) -> None:
    """'Finance Minister X' names no country: the record's stands, also in a story about another country."""
    events = code(tmp_path, "German officials met in Berlin on Monday. Finance Minister Ilse Brandauer "
                            "accused the German government of blocking the budget deal.")
    assert source(events).code == "AUTGOV", source(events)


def test_a_sector_apposition_keeps_the_record(tmp_path: Path) -> None:
    actor = source(code(tmp_path, "Tarvo Kellamaa, a senior official, accused the Chilean government of "
                                  "hiding the figures."))
    assert actor.code == "ESTGOV", actor


def test_a_senior_office_keeps_the_record(tmp_path: Path) -> None:
    actor = source(code(tmp_path, "Mirela Dragomanu, the UN's humanitarian coordinator, accused the Syrian "
                                  "government of blocking aid convoys."))
    assert actor.code == "ROUGOV", actor
