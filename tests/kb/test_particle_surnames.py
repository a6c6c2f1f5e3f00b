"""A surname written with a particle ('da Veloso', 'van der Hoek', 'Al Marzuq') is the person's surname
part, so the surname rules hold for it as for a one-word surname (``kb.names.surname_part``): another
given name written before it, or running text without a title, a full mention or a leader's office,
keeps it from naming the person. Every name here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.kb import KnowledgeBase
from seismo.kb.names import surname_part

PEOPLE = """
actors:
  - name: Joaquim Teles da Veloso
    aliases: [da Veloso, Joaquim da Veloso]
    type: person
    roles:
      - {role: FM, title: Minister of Foreign Affairs, country: PRT, agent: GOV, start: 2016-01-01}
  - name: Pieter van der Hoek
    aliases: [van der Hoek]
    type: person
    roles:
      - {role: DEF, title: Minister of Defence, country: NLD, agent: MIL, start: 2016-01-01}
"""
DAY = dt.date(2018, 5, 3)



@pytest.mark.parametrize(
    ("alias", "name", "weak"),
    [
        ("da Veloso", "Joaquim Teles da Veloso", True),
        ("van der Hoek", "Pieter van der Hoek", True),
        ("Al Marzuq", "Hamad Saif Al Marzuq", True),
        ("Ruiz Ferrer", "Ana Maria Ruiz Ferrer", True),
        ("Hoek", "Pieter van der Hoek", True),
        ("Joaquim da Veloso", "Joaquim Teles da Veloso", False),
        ("Pieter van der Hoek", "Pieter van der Hoek", False),
        ("Piet van der Hoek", "Pieter van der Hoek", False),
    ],
)
def test_the_surname_part_is_weak_whatever_its_word_count(alias: str, name: str, weak: bool) -> None:
    assert surname_part(alias, name) is weak


@pytest.mark.parametrize("phrase", ["Marta da Veloso", "Carlos van der Hoek"])
def test_another_given_name_before_a_particle_surname_is_someone_else(people_kb: KnowledgeBase, phrase: str) -> None:
    found = people_kb.resolve_phrase(phrase, DAY)
    assert found is None or found.actor.country is None, found


def test_a_particle_surname_alone_in_running_text_needs_more(people_kb: KnowledgeBase) -> None:
    text = "A cousin of da Veloso opened a bakery in the town."
    assert not any(r.actor.code == "PRTGOV" for _, _, r in people_kb.find_actor_mentions(text, DAY))


def test_a_particle_surname_still_names_the_person(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("Foreign Minister da Veloso", DAY)
    assert found is not None and found.actor.code == "PRTGOV", found
    text = "Joaquim Teles da Veloso arrived on Monday. Later da Veloso met reporters."
    assert sum(r.actor.code == "PRTGOV" for _, _, r in people_kb.find_actor_mentions(text, DAY)) == 2
