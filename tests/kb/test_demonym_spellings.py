"""Demonyms as the wires spell them: each names its country ('Ecuadorian President ...' named none)."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.kb import KnowledgeBase

ON = dt.date(2025, 1, 15)


@pytest.mark.parametrize(("written", "country"), [
    ("Ecuadorian police", "ECU"), ("Ecuadorean police", "ECU"), ("Kyrgyzstani troops", "KGZ"),
    ("Azeri soldiers", "AZE"), ("Lao police", "LAO"), ("Timorese police", "TLS"),
    ("Cape Verdean police", "CPV"), ("Equatoguinean troops", "GNQ"),
])
def test_wire_demonyms_name_their_country(kb: KnowledgeBase, written: str, country: str) -> None:
    found = kb.resolve_phrase(written, ON)
    assert found is not None and found.actor.country == country


def test_dominican_is_the_dominican_republic_unless_the_text_says_dominica(kb: KnowledgeBase) -> None:
    found = kb.resolve_phrase("Dominican police", ON)
    assert found is not None and found.actor.country == "DOM"
