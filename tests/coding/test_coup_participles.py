"""A coup told as "X's military seized power ... and detained Y" (lane mend2): the small parser reads the
possessor's noun as an adjective and 'seized' as a participle on 'power'; the participle repair makes 'seized'
the verb with its subject again, and the verb joined to 'power' joins it."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_possessor_military_seizing_power_is_its_act(tmp_path):
    events = code_text(tmp_path, "Honduras's military seized power on Monday.")
    assert [e.source.code for e in asserted(events, "ASSAULT")] == ["HNDMIL"]


def test_joined_arrest_keeps_the_seizure(tmp_path):
    events = code_text(tmp_path, "Guinea's military seized power on Sunday and arrested the president.")
    assert [e.source.code for e in asserted(events, "ASSAULT")] == ["GINMIL"]
    assert [e.source.code for e in asserted(events, "COERCE")] == ["GINMIL"]
