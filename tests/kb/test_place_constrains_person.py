"""A country written with a one-word name keeps the name from meaning another country's person."""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase

ON = dt.date(2025, 9, 8)


def test_a_demonym_before_one_name_of_another_countrys_person(kb: KnowledgeBase) -> None:
    """'Jordanian King Abdullah' is Jordan's king, not the Malaysian monarch whose record is named Abdullah."""
    found = kb.resolve_phrase("Jordanian King Abdullah", ON)
    assert found is not None and found.actor.code == "JORGOV"


def test_the_persons_own_country_still_names_them(kb: KnowledgeBase) -> None:
    found = kb.resolve_phrase("Russian President Putin", ON)
    assert found is not None and found.actor.code == "RUSGOV" and "Putin" in found.reason
