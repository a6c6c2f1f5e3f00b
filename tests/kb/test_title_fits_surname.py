"""A title before a bare surname counts only for a person the title fits (issue 13, people lane):
'President Johnson' is not Boris Johnson, who was never a president; 'Judge Miller' is not a defence
secretary called Miller. A full name keeps the newer-title rule ('Interior Minister Diosdado Cabello')."""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase

ON = dt.date(2023, 3, 10)


def _actor(kb: KnowledgeBase, phrase: str):
    found = kb.resolve_phrase(phrase, ON)
    return found.actor if found is not None else None


def test_a_title_the_person_never_held_is_not_that_person(kb: KnowledgeBase):
    president = _actor(kb, "President Johnson")
    assert president is None or president.country != "GBR", president
    judge = _actor(kb, "Judge Miller")
    assert judge is None or (judge.agent == "JUD" and judge.country is None), judge


def test_a_title_the_person_held_still_names_them(kb: KnowledgeBase):
    assert _actor(kb, "Prime Minister Johnson").country == "GBR"
    assert _actor(kb, "President Putin").code == "RUSGOV"


def test_a_full_name_keeps_the_newer_title(kb: KnowledgeBase):
    assert _actor(kb, "Interior Minister Diosdado Cabello").code == "VENGOV"
