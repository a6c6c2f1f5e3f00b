"""Issue 13, the second event of a sentence: the act a judgement names, and who did it.

Invented sentences through the real pipeline (the shared ``code`` fixture), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


# --- 'praised B for releasing ...': the one judged did the act (coding/judged_doers.py) ------------------------


def test_the_one_praised_did_the_act_praised(code) -> None:
    events = code("Kenya praised Uganda on Monday for releasing two Kenyan journalists.")
    assert ("KENGOV", "UGAGOV") in dyad_codes(asserted(events, "SUPPORT"))
    assert {e.source.country for e in asserted(events, "RETREAT") if e.source} == {"UGA"}


def test_the_one_condemned_did_the_act_condemned(code) -> None:
    events = code("Ghana condemned Togo on Monday for arresting three Ghanaian journalists.")
    assert {e.source.country for e in asserted(events, "COERCE") if e.source} == {"TGO"}


def test_a_passive_judgement_names_the_doer_as_its_subject(code) -> None:
    events = code("Turkey was criticised by Germany on Monday for expelling ten German diplomats.")
    assert ("DEUGOV", "TURGOV") in dyad_codes(asserted(events, "ACCUSE"))
    assert {e.source.country for e in asserted(events, "SANCTION") if e.source} == {"TUR"}


def test_a_gerund_with_its_own_doer_keeps_it(code) -> None:
    # 'for its troops releasing': the gerund names its own doer (the troops), not the one praised
    events = code("Kenya praised Uganda on Monday for its troops releasing the hostages.")
    assert {e.source.agent for e in asserted(events, "RETREAT") if e.source} == {"MIL"}
