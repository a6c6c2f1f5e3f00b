"""A date phrase between a verb and its 'to' infinitive: the parser hangs the infinitive as an adverbial clause,
the repair (``coding.dated_complements``) makes it the complement again, so 'agreed on Thursday to ...' and
'asked X on Monday to ...' keep their agreement and request; 'met on Monday to discuss' stays a purpose.

Invented sentences through the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

from coding_helpers import asserted, code_text, dyad_codes

DAY = dt.date(2022, 10, 13)


def test_an_agreement_with_a_date_before_its_infinitive_is_kept(tmp_path) -> None:
    events = code_text(tmp_path, "Syria and Afghanistan agreed on Thursday to fight terrorism together.", DAY)
    assert ("SYRGOV", "AFGGOV") in dyad_codes(asserted(events, "AGREE")), events


def test_a_request_with_a_date_before_its_infinitive_is_kept(tmp_path) -> None:
    events = code_text(tmp_path, "Greece asked its European Community partners on Monday to refuse to recognize "
                                 "Macedonia.", DAY)
    assert ("GRCGOV", "IGOEUREEC") in dyad_codes(asserted(events, "REQUEST")), events


def test_a_purpose_after_a_date_stays_a_purpose(tmp_path) -> None:
    events = code_text(tmp_path, "Leaders of Chile and Peru met on Monday to discuss trade.", DAY)
    assert {e.type for e in asserted(events)} == {"CONSULT"}, events
