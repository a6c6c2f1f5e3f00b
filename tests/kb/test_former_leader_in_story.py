"""A bare surname shared by a former head of government and someone in office abroad: the story's countries
decide (``kb.people._story_leader``), and a person the KB finds ambiguous establishes no story country
(``coding.story.lede_countries``). Every name here is invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from seismo.kb import KnowledgeBase

PEOPLE = """
actors:
  - name: Tomas Brevandi
    aliases: [Brevandi]
    type: person
    roles:
      - {role: HOG, title: Prime Minister, country: NOR, agent: GOV, start: 2009-01-01, end: 2017-01-01}
  - name: Aurelio Brevandi Nsue
    aliases: [Brevandi]
    type: person
    roles:
      - {role: HOG, title: Prime Minister, country: GNQ, agent: GOV, start: 2016-06-01}
"""
DAY = dt.date(2019, 3, 5)


def test_the_last_name_wins_over_an_inner_word_without_a_story(people_kb: KnowledgeBase) -> None:
    """'Brevandi' is the former leader's last name but only an inner word of the office holder's name: news names
    people by the last word, so the former leader (lane mend4; ``kb.people._last_name_leader``), still ambiguous."""
    found = people_kb.resolve_phrase("Brevandi", DAY)
    assert found is not None and found.actor.code == "NORELI" and found.ambiguous, found
    assert "only inside their names" in found.reason


def test_the_former_leader_of_a_story_country_wins(people_kb: KnowledgeBase) -> None:
    found = people_kb.preferring(("NOR", "SWE")).resolve_phrase("Brevandi", DAY)
    assert found is not None and found.actor.country == "NOR" and found.actor.agent == "ELI", found
    assert "a story country" in found.reason


def test_a_story_country_in_office_keeps_the_office_holder(people_kb: KnowledgeBase) -> None:
    found = people_kb.preferring(("GNQ", "NOR")).resolve_phrase("Brevandi", DAY)
    assert found is not None and found.actor.code == "GNQGOV", found


@pytest.mark.slow
def test_running_text_reads_the_former_leader_in_a_story_of_his_country(tmp_path: Path) -> None:
    """The lede names Norway; 'Brevandi' there is the former Norwegian prime minister, not the office holder
    abroad (his own ambiguous mention does not make the story Equatorial Guinean)."""
    from seismo.config import Settings
    from seismo.pipeline import code_articles, split_inputs

    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    text = ("Norway's parliament debated the fisheries treaty on Tuesday, Norwegian officials said. "
            "Brevandi criticised the Swedish government over the treaty.")
    (tmp_path / "row.txt").write_text(f"Test headline\n\n{text}\n", encoding="utf-8")
    settings = Settings(published=DAY, kb=[tmp_path / "people.yaml"])
    articles, _ = split_inputs([str(tmp_path / "row.txt")], settings)
    events = next(code_articles(articles, settings)).events
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and accuse[0].source is not None and accuse[0].source.country == "NOR", accuse
