"""Document pass: candidates with no political party on either side are not counted (issue 13 item 6)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import code_text

from seismo.coding.relevance import counted, has_party
from seismo.models import Actor, Event, Evidence


def _event(source: Actor | None, target: Actor | None) -> Event:
    return Event(event_id="e", doc_id="d", type="SANCTION", source=source, target=target,
                 evidence=Evidence(sentence="x", start=0, end=1))


def test_a_bare_unknown_name_with_no_source_is_no_party() -> None:
    stranger = Actor(name="Marta Kowalczyk")
    assert not has_party(_event(None, stranger))
    assert not has_party(_event(None, None))


def test_a_source_or_a_coded_target_is_a_party() -> None:
    assert has_party(_event(Actor(name="Marta Kowalczyk"), None))  # a named actor acts: kept
    assert has_party(_event(None, Actor(name="soldiers", country="MLI", agent="MIL", code="MLIMIL")))
    assert has_party(_event(None, Actor(name="opposition leader", agent="OPP")))
    assert has_party(_event(None, Actor(name="the UN", igo="UN")))


def test_counted_keeps_order_and_drops_only_partyless() -> None:
    kept = _event(None, Actor(name="Mali", country="MLI"))
    assert counted([_event(None, Actor(name="Jan Nowak")), kept]) == [kept]


def test_private_person_convicted_is_routine_crime(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Marta Kowalczyk was convicted of tax fraud on Tuesday.")
    assert not [e for e in events if e.type == "SANCTION"]


def test_political_defendant_and_state_victims_still_coded(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Opposition leader Boris Vellen was sentenced to nine years in prison on Tuesday.")
    assert [e for e in events if e.type == "SANCTION" and e.target is not None and e.target.agent == "OPP"]
    events = code_text(tmp_path, "Soldiers were killed in Mali on Tuesday.")
    assert [e for e in events if e.type == "ASSAULT" and e.target is not None and e.target.code == "MLIMIL"]


def test_police_arresting_protesters_still_coded(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Polish police arrested 30 protesters in Warsaw on Tuesday.")
    assert [e for e in events if e.type == "COERCE" and e.source is not None and e.source.code == "POLCOP"]
