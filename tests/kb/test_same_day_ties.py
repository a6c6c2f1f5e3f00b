"""Two people of different countries in the same rank of office on the same day share a bare surname
(``kb.people.candidates``): a story country decides, then prominence (senior terms first); still tied, the
name gets no code and is marked ambiguous, never the first in file order. Every name here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.kb import KnowledgeBase

PEOPLE = """
actors:
  - name: Emre Varkaro
    aliases: [Varkaro]
    type: person
    roles:
      - {role: DEF, title: Minister of Defence, country: AZE, agent: MIL, start: 2016-01-01}
  - name: Lina Varkaro
    aliases: [Varkaro]
    type: person
    roles:
      - {role: DEF, title: Minister of Defence, country: SVN, agent: MIL, start: 2017-01-01}
      - {role: FM, title: Minister of Foreign Affairs, country: SVN, agent: GOV, start: 2012-01-01, end: 2014-01-01}
  - name: Otto Quendal
    aliases: [Quendal]
    type: person
    roles:
      - {role: INT, title: Minister of the Interior, country: AUT, agent: COP, start: 2016-01-01}
  - name: Mara Quendal
    aliases: [Quendal]
    type: person
    roles:
      - {role: INT, title: Minister of the Interior, country: BEL, agent: COP, start: 2016-01-01}
"""
DAY = dt.date(2018, 5, 3)



def test_a_tie_goes_to_the_more_prominent(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("Varkaro", DAY)
    assert found is not None and found.actor.code == "SVNMIL" and found.ambiguous, found
    assert "same-day tie: AZE/SVN" in found.reason and "the SVN one is the more prominent" in found.reason


def test_an_unbroken_tie_gives_no_code(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("Quendal", DAY)
    assert found is not None and found.actor.code is None and found.actor.country is None, found
    assert found.ambiguous and found.actor.agent == "COP" and "no code" in found.reason


# BEL: not the first in file order; AZE: the story country beats the more prominent SVN minister
@pytest.mark.parametrize(
    ("prefer", "code"), [(("BEL",), "BELCOP"), (("ITA", "BEL", "AUT"), "BELCOP"), (("AZE",), "AZEMIL")]
)
def test_a_story_country_breaks_the_tie_first(people_kb: KnowledgeBase, prefer: tuple[str, ...], code: str) -> None:
    story = people_kb.preferring(prefer)
    name = "Varkaro" if code.endswith("MIL") else "Quendal"
    found = story.resolve_phrase(name, DAY)
    assert found is not None and found.actor.code == code and "is a story country" in found.reason, found
    title = "Defence Minister" if code.endswith("MIL") else "Interior Minister"
    text = f"Earlier, {title} {name} visited the border."
    assert [r.actor.code for _, _, r in story.find_actor_mentions(text, DAY)] == [code]


def test_a_country_written_by_the_name_still_decides(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("Austrian Interior Minister Quendal", DAY)
    assert found is not None and found.actor.code == "AUTCOP" and "tie" not in found.reason, found


def test_no_tie_without_a_shared_day(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("Varkaro", dt.date(2016, 6, 1))
    assert found is not None and found.actor.code == "AZEMIL" and "tie" not in found.reason, found
