"""Judgements of a vote (lane probe-u), on invented sentences: a speaker who says an election was flawed, stolen
or marred by fraud condemns it (ACCUSE disapprove); the same words of a thing or a game judge no one."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_flawed_or_stolen_election_is_a_condemnation(tmp_path):
    for text in ("The Ugandan opposition said the election was stolen.",
                 "The United States said the election in Belarus was deeply flawed.",
                 "Kenya's opposition said the election was marred by widespread rigging.",
                 "The European Union said the referendum was tainted by irregularities."):
        events = code_text(tmp_path, text)
        assert [e.mode for e in asserted(events, "ACCUSE")] == ["disapprove"], text


def test_marring_by_phrase_is_a_flaw_not_a_doer(tmp_path):
    events = code_text(tmp_path, "Kenya's opposition said the election was marred by widespread rigging.")
    assert [e.target for e in asserted(events, "ACCUSE")] == [None]


def test_same_words_of_things_judge_no_one(tmp_path):
    for text in ("Kenyan police said the car was stolen on Monday.",
                 "The match was marred by crowd violence.",
                 "Engineers said the design of the bridge was flawed."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text
