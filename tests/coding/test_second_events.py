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


def test_the_accused_did_the_alleged_act(code) -> None:
    """'accusing Kampala of backing rebels': the backing is Uganda's, hypothetical (an allegation)."""
    events = code("Kenya withdrew its ambassador from Uganda on Monday, accusing Kampala of backing rebels.")
    backing = [e for e in events if e.type == "SUPPORT" and e.trigger == "backing"]
    assert [(e.modality.value, e.source.country if e.source else None) for e in backing] == [("hypothetical", "UGA")]


def test_a_passive_allegation_keeps_its_usual_reading(code) -> None:
    # 'are accused of beating': no object of the allegation to read as the doer; the act keeps no doer
    events = code("Members of the Peruvian farmers union are accused of beating to death a local mayor.")
    assert [e.source for e in events if e.trigger == "beating"] == [None]


# --- 'condemned the arrest of X by Y': the by-phrase the parser hangs on the patient (nominal_args) ------------


def test_a_condemned_arrest_is_coded_with_its_doer(code) -> None:
    events = code("Ghana condemned the arrest of three journalists by Togolese police on Monday.")
    assert ("GHAGOV", "TGOCOP") in dyad_codes(asserted(events, "ACCUSE"))
    assert {e.source.code for e in asserted(events, "COERCE") if e.source} == {"TGOCOP"}


# --- 'arrested X after he led a protest': the person the sentence named (pronouns.clause_person) --------------


def test_a_subordinate_he_is_the_person_named_in_the_main_clause(code) -> None:
    events = code("Kenyan police arrested Raila Odinga on Monday after he led a protest in Nairobi.")
    assert ("KENCOP", "KENELI") in dyad_codes(asserted(events, "COERCE"))
    assert {e.source.name for e in asserted(events, "PROTEST") if e.source} == {"Raila Odinga"}


def test_a_person_named_in_an_earlier_sentence_does_not_take_it(code) -> None:
    events = code(
        "William Ruto spoke in Nairobi on Sunday. Kenyan police arrested Raila Odinga on Monday after he led "
        "a protest in Nairobi."
    )
    assert {e.source.name for e in asserted(events, "PROTEST") if e.source} == {"Raila Odinga"}


def test_a_person_subject_of_the_main_clause_keeps_it(code) -> None:
    # 'Ruto sacked X after he criticized the budget': the subject's reading, as before
    events = code("William Ruto sacked Raila Odinga on Monday after he criticized the budget.")
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"KENGOV"}
