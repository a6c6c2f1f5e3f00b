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


def test_supporters_of_a_person_are_not_the_person(kb: KnowledgeBase) -> None:
    """'supporters of Andrés Manuel López Obrador' named the president himself (a long name the coder reads whole)."""
    for written in ("supporters of Andrés Manuel López Obrador", "Followers of Cristina Fernández de Kirchner"):
        found = kb.resolve_phrase(written, dt.date(2014, 4, 30))
        assert found is None or found.actor.agent not in ("GOV", "ELI"), written
