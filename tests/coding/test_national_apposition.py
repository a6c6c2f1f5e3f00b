"""A person described by a nationality alone is one of that country's people, not its state
(``coding.actors.national``). Invented sentences through the real pipeline (the shared ``code`` fixture)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _sources(events, type_: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in asserted(events, type_)}


@pytest.mark.parametrize(("text", "type_", "code_"), [
    ("Marcus Dwyer, a Kenyan, accused the Ugandan government of arming rebels on Monday.", "ACCUSE", "KENCVL"),
    # the tagger reads the foreign name as an organisation: still one person
    ("Dragan Petrel, a Palestinian from Jordan, attacked a police station in Vienna on Monday.", "ASSAULT", "PSECVL"),
])
def test_a_nationality_alone_names_one_of_its_people(code, text: str, type_: str, code_: str) -> None:
    assert _sources(code(text), type_) == {code_}


def test_a_described_role_keeps_its_sector(code) -> None:
    events = code("Marcus Dwyer, a Kenyan lawmaker, accused the Ugandan government of arming rebels on Monday.")
    assert _sources(events, "ACCUSE") == {"KENLEG"}


def test_the_person_keeps_the_name(code) -> None:
    events = asserted(code("Marcus Dwyer, a Kenyan, accused the Ugandan government of arming rebels on Monday."),
                      "ACCUSE")
    assert [e.source.name for e in events if e.source] == ["Marcus Dwyer"]
