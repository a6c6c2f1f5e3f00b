"""From an invented Santiago-2019 protest story: an arrest the parser hangs on a crowd's participle ('Police fired tear
gas at crowds gathered outside the palace and arrested 308 people') is the police's, not the crowd's."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_an_arrest_joined_to_a_crowds_participle_is_the_clause_subjects(tmp_path):
    text = ("Chilean police fired tear gas at crowds gathered outside the presidential palace and arrested "
            "308 people.")
    arrests = [e for e in asserted(code_text(tmp_path, text), "COERCE") if e.mode == "arrest"]
    assert [e.source.agent for e in arrests] == ["COP"]  # was the crowds, CHLCVL
