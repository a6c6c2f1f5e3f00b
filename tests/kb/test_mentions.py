"""find_actor_mentions: offsets, longest non-overlapping matches, case rules, locatives."""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase

ON = dt.date(2022, 3, 1)


def _mentions(kb: KnowledgeBase, text: str) -> list[tuple[str, str | None]]:
    return [(text[s:e], r.actor.code) for s, e, r in kb.find_actor_mentions(text, ON)]


def test_sentence_with_capital_troops_and_institution(kb: KnowledgeBase) -> None:
    text = "Kyiv said Russian troops shelled Kharkiv overnight, while the Kremlin denied it."
    assert _mentions(kb, text) == [
        ("Kyiv", "UKRGOV"),
        ("Russian troops", "RUSMIL"),
        ("Kremlin", "RUSGOV"),
    ]


def test_titles_and_names_form_one_mention(kb: KnowledgeBase) -> None:
    text = "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday."
    assert _mentions(kb, text) == [
        ("Russian President Vladimir Putin", "RUSGOV"),
        ("Chinese leader Xi Jinping", "CHNGOV"),
    ]


def test_capital_after_locative_is_a_place(kb: KnowledgeBase) -> None:
    assert _mentions(kb, "Officials in Washington said so.") == [("Officials", None)]
    assert _mentions(kb, "Washington said so.") == [("Washington", "USAGOV")]


def test_offsets_point_into_text(kb: KnowledgeBase) -> None:
    text = '"We will not give up," Zelensky said, adding that Russia\'s Defense Ministry lied.'
    found = kb.find_actor_mentions(text, ON)
    assert [(text[s:e], r.actor.code) for s, e, r in found] == [
        ("Zelensky", "UKRGOV"),
        ("Russia's Defense Ministry", "RUSMIL"),
    ]
    assert all(r.actor.name == text[s:e] for s, e, r in found)


def test_no_overlaps_and_in_order(kb: KnowledgeBase) -> None:
    text = (
        "U.S. Secretary of State Antony Blinken told reporters the United States and NATO allies "
        "would send more weapons to Ukraine, the State Department said."
    )
    found = kb.find_actor_mentions(text, ON)
    ends = [0]
    for start, end, _ in found:
        assert start >= ends[-1]
        ends.append(end)
    codes = [r.actor.code for _, _, r in found]
    assert (
        codes[0] == "USAGOV" and "IGOWSTNAT" in codes and "UKR" in codes and codes[-1] == "USAGOV"
    )


def test_lower_case_pronoun_is_not_an_actor(kb: KnowledgeBase) -> None:
    assert _mentions(kb, "who told us? The WHO did.") == [("WHO", "IGOUNOHLHWHO")]


def test_headline_capitals(kb: KnowledgeBase) -> None:
    assert _mentions(kb, "THE U.S. AND UK IMPOSE SANCTIONS") == [("U.S.", "USA"), ("UK", "GBR")]


def test_ambiguity_decided_by_the_whole_text(kb: KnowledgeBase) -> None:
    text = "Protesters clashed with police in Tbilisi as Georgia's parliament debated the bill."
    found = {text[s:e]: r for s, e, r in kb.find_actor_mentions(text, ON)}
    assert found["Georgia's parliament"].actor.code == "GEOLEG"
    assert not found["Georgia's parliament"].ambiguous
    text = "Georgia's governor signed the bill in Atlanta."
    found = {text[s:e]: r for s, e, r in kb.find_actor_mentions(text, ON)}
    assert found["Georgia's governor"].actor.country == "USA"


def test_empty_text(kb: KnowledgeBase) -> None:
    assert kb.find_actor_mentions("", ON) == []


def test_mentions_do_not_cross_sentences(kb: KnowledgeBase) -> None:
    text = "Officials met in Moscow. Putin said nothing."
    assert _mentions(kb, text) == [("Officials", None), ("Putin", "RUSGOV")]


def test_title_comma_name_is_one_mention(kb: KnowledgeBase) -> None:
    text = "The Kremlin spokesman, Dmitry Peskov, declined to comment."
    assert _mentions(kb, text) == [("Kremlin spokesman, Dmitry Peskov", "RUSGOV")]


def test_surname_alone_in_running_text_needs_evidence(kb: KnowledgeBase) -> None:
    on = dt.date(2024, 7, 1)
    # Otty Patino, a Colombian negotiator, is not Ecuador's former minister Ricardo Patino.
    text = "Patino told reporters the talks would resume."
    assert [text[s:e] for s, e, _ in kb.find_actor_mentions(text, on)] == ["reporters"]
    # A head of state or government is recognised by surname alone ...
    assert [r.actor.code for _, _, r in kb.find_actor_mentions("Zelensky said so.", on)] == [
        "UKRGOV"
    ]
    # ... anyone else after a title or after being named in full earlier in the text.
    assert [r.actor.code for _, _, r in kb.find_actor_mentions("Minister Lavrov said so.", on)] == [
        "RUSGOV"
    ]
    text = "Sergei Lavrov arrived. Lavrov said so."
    assert [r.actor.code for _, _, r in kb.find_actor_mentions(text, on)] == ["RUSGOV", "RUSGOV"]
    assert kb.find_actor_mentions("Lavrov said so.", on) == []
    # resolve_phrase gets a phrase someone already picked out: the surname is enough there.
    found = kb.resolve_phrase("Lavrov", on)
    assert found is not None and found.actor.code == "RUSGOV"


def test_armed_group_keeps_its_sector(kb: KnowledgeBase) -> None:
    assert _mentions(kb, "Houthi fighters attacked.") == [("Houthi fighters", "YEMREB")]
    assert _mentions(kb, "NATO troops arrived.") == [("NATO troops", "IGOWSTNAT")]
