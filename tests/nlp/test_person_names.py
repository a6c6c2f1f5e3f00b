"""A name the knowledge base knows as a person's is a proper noun, whatever the tagger guessed (lane mend4,
nlp/person_names.py); a sentence-opening one hung on its verb as an adverb is its subject (nlp/subjects.py)."""

from __future__ import annotations

import pytest

from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _parse(text: str) -> dict[str, tuple[str, str, str]]:
    return {t.text: (t.tag_, t.dep_, t.head.text) for t in load_pipeline()(text)}


def test_a_known_surname_read_as_an_adverb_is_the_subject() -> None:
    assert _parse("Löfven condemned the attack.")["Löfven"] == ("NNP", "nsubj", "condemned")
    assert _parse("Baerbock urged Russia to withdraw.")["Baerbock"][1:] == ("nsubj", "urged")


def test_a_given_name_read_as_a_verb_joins_its_name() -> None:
    parse = _parse("Prayut Chan-o-cha wants Cambodia to return the temple.")
    assert parse["Prayut"] == ("NNP", "compound", "Chan-o-cha") and parse["Chan-o-cha"][1:] == ("nsubj", "wants")
    parse = _parse("Prayut Chan-o-cha criticised Peru on Friday.")
    assert parse["Chan-o-cha"][1:] == ("nsubj", "criticised") and parse["criticised"][1] == "ROOT"


def test_a_surname_hung_on_the_given_name_heads_the_name() -> None:
    parse = _parse("Swedish Prime Minister Stefan Löfven on Monday met Finnish President Sauli Niinistö.")
    assert parse["Löfven"][1:] == ("nsubj", "met") and parse["Stefan"][1:] == ("compound", "Löfven")


def test_english_words_that_open_a_sentence_are_left_alone() -> None:
    assert _parse("Long before the vote, Russia protested.")["Long"][:2] == ("RB", "advmod")
    assert _parse("Note that Russia protested.")["Note"][0] == "VB"


def test_a_person_in_a_user_knowledge_base_file_is_a_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The component reads the coder's knowledge base, user files included (Settings.kb reaches load_pipeline)."""
    from seismo.config import Settings
    from seismo.pipeline import code_articles, split_inputs

    text = "Tomly condemned the attack."
    assert load_pipeline()(text)[0].tag_ == "RB"  # unknown to the shipped knowledge base
    kb = tmp_path / "people.yaml"
    kb.write_text("version: 1\nactors:\n  - name: Arvo Tomly\n    aliases: [Tomly]\n    country: EST\n"
                  "    roles:\n      - {role: GOV, title: Prime Minister, agent: GOV, start: 2020-01-01}\n",
                  encoding="utf-8")
    parse = {t.text: (t.tag_, t.dep_) for t in load_pipeline(kb=(kb,))(text)}
    assert parse["Tomly"] == ("NNP", "nsubj")
    article = tmp_path / "story.txt"
    article.write_text(f"Test headline\n\n{text}\n", encoding="utf-8")
    settings = Settings(kb=[kb])
    articles, _ = split_inputs([str(article)], settings)
    events = next(code_articles(articles, settings)).events
    assert any(e.source and e.source.code == "ESTGOV" for e in events), events
