"""Advice against an act (lane mend2): 'cautioned X against Y-ing' is a REQUEST to X (PLOVER THREATEN needs a
threatened sanction), the act is X's and hypothetical, and an act told behind 'against' is nobody's promise or
threat (coding/stance.py opposed_links, coding/judged_doers.py dissuading_verbs)."""

from __future__ import annotations

from coding_helpers import asserted, code_text, dyad_codes


def test_caution_against_is_a_request_to_the_addressee(tmp_path):
    events = code_text(tmp_path, "Japan cautioned Vietnam on Monday against annexing parts of Laos.")
    assert dyad_codes(asserted(events, "REQUEST")) == {("JPNGOV", "VNMGOV")}
    assert not asserted(events, "COERCE") and not asserted(events, "THREATEN")
    annexing = [e for e in events if e.trigger == "annexing"]
    assert annexing and all(e.source.code.startswith("VNM") for e in annexing)


def test_act_warned_against_is_no_threat_or_promise(tmp_path):
    events = code_text(tmp_path, "Chile was warned on Tuesday against expelling Peruvian diplomats.")
    assert not [e for e in asserted(events, "THREATEN") if e.source and e.source.code.startswith("CHL")]
    events = code_text(tmp_path, "Norway warned on Tuesday against sending weapons to Sudan.")
    assert not asserted(events, "AGREE") and not asserted(events, "AID")
