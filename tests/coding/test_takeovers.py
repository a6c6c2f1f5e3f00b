"""Ground changing hands told from the place's side (lane courts; coding/takeovers.py), on invented sentences:
'the town fell to the rebels' is the rebels' occupation (COERCE seize), not prices, a match or a vote."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _seizers(events):
    return [(e.source.code if e.source else None, e.mode) for e in asserted(events, "COERCE")]


def test_place_falling_to_an_armed_side_is_its_seizure(tmp_path):
    for text in ("The town of Goma fell to M23 rebels on Tuesday.",
                 "The town of Goma fell into the hands of M23 rebels on Tuesday.",
                 "The Syrian town of Palmyra came under Islamic State control on Thursday.",
                 "The Afghan city of Kunduz fell under Taliban control on Sunday."):
        events = code_text(tmp_path, text)
        assert len(_seizers(events)) == 1 and _seizers(events)[0][1] == "seize", text
        assert _seizers(events)[0][0] is not None, text


def test_possible_fall_is_hypothetical_and_no_threat(tmp_path):
    events = code_text(tmp_path, "Kunduz could fall to the Taliban within days.")
    assert not asserted(events, "COERCE") and not asserted(events, "THREATEN")


def test_other_falls_are_no_seizure(tmp_path):
    for text in ("Oil prices fell to a record low on Monday.",
                 "Japan fell to South Korea 2-1 on Sunday.",
                 "Kenya fell to Nigeria in the semi-final on Sunday.",
                 "Pennsylvania fell to Joe Biden on Saturday.",
                 "The task fell to the United Nations."):
        assert not asserted(code_text(tmp_path, text), "COERCE"), text
