"""Judgements, blame and rejection stated in words (lane probe-m), on invented sentences."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text

from seismo.models import Event


def _codes(events: list[Event], type_: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the asserted events of one type."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in asserted(events, type_)}


def test_challenging_a_ruling_accuses_the_court(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Pakistan's government challenged the Supreme Court's decision on Monday.")
    assert ("PAKGOV", "PAKJUD") in _codes(events, "ACCUSE")
    assert asserted(events, "ACCUSE")[0].mode == "allege"


def test_contesting_an_election_is_running_in_it(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Raila Odinga will contest the election in August.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_vowing_to_fight_a_ruling_threatens_and_promises_nothing(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Thai government vowed on Tuesday to fight the ruling in court.")
    assert asserted(events, "THREATEN") and not asserted(events, "AGREE")
    events = code_text(tmp_path, "The Kenyan opposition vowed to fight corruption.")
    assert not asserted(events, "THREATEN")


def test_pinning_the_blame_on_someone_accuses_them(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Kenya's interior minister pinned the blame on al-Shabaab for the attack.")
    assert ("KENGOV", "SOMREB") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Nigerian government laid the blame for the massacre on Boko Haram.")
    assert ("NGAGOV", "NGAREB") in _codes(events, "ACCUSE")


def test_a_deed_bearing_someones_hallmarks_accuses_them(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Somali officials said the attack bore the hallmarks of al-Shabaab.")
    assert ("SOMGOV", "SOMREB") in _codes(events, "ACCUSE")
    assert asserted(events, "ACCUSE")[0].mode == "allege"


def test_a_signature_on_a_letter_accuses_no_one(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Kenyan officials said the letter bore the signature of the Ugandan president.")
    assert not asserted(events, "ACCUSE")


def test_a_decision_said_to_mark_a_sad_day_is_condemned(tmp_path: Path) -> None:
    text = "Turkish Foreign Minister Mevlut Cavusoglu said the Dutch government's decision marked a sad day."
    assert ("TURGOV", "NLDGOV") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_a_sad_day_of_mourning_condemns_no_one(tmp_path: Path) -> None:
    text = "The Brazilian president said the death of the singer marked a sad day for Brazil."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_an_ordinary_persons_judgement_is_no_event(tmp_path: Path) -> None:
    text = "A Nigerian farmer said the government's decision was unacceptable."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_a_strike_said_to_constitute_a_violation_is_condemned(tmp_path: Path) -> None:
    text = "The Iraqi government said the Turkish strike constituted a violation of Iraqi sovereignty."
    assert ("IRQGOV", "TUR") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_a_judgment_that_raises_questions_is_questioned(tmp_path: Path) -> None:
    text = ("A Turkish court sentenced a journalist to five years in prison on Monday. "
            "The EU said the judgment raises serious questions about freedom of expression.")
    assert ("IGOEUREEC", "TURJUD") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_not_accepting_a_ruling_rejects_it(tmp_path: Path) -> None:
    text = "The Chinese foreign ministry said Beijing does not accept the ruling of the tribunal in The Hague."
    events = code_text(tmp_path, text)
    assert ("CHNGOV", "NLDJUD") in _codes(events, "REJECT")
    events = code_text(tmp_path, "Serbia does not recognise Kosovo's independence.")
    assert ("SRBGOV", "KSVGOV") in _codes(events, "REJECT")


def test_a_conditional_non_acceptance_rejects_nothing(tmp_path: Path) -> None:
    text = "If Odinga does not accept the result, violence could follow, the Kenyan president said."
    assert not asserted(code_text(tmp_path, text), "REJECT")


def test_accepting_the_result_concedes(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Raila Odinga accepted the result of the election on Sunday.")
    assert asserted(events, "CONCEDE")


def test_calling_an_election_result_a_fraud_condemns_without_a_target(tmp_path: Path) -> None:
    text = "Zimbabwe's opposition leader Morgan Tsvangirai said the election result was a fraud."
    assert ("ZWEOPP", None) in _codes(code_text(tmp_path, text), "ACCUSE")


def test_hitting_out_at_someone_criticises_them(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Zimbabwean President Robert Mugabe hit out at Britain on Monday.")
    assert ("ZWEELI", "GBRGOV") in _codes(events, "ACCUSE")


def test_calling_a_referendum_null_and_void_rejects_it(tmp_path: Path) -> None:
    text = "The Ukrainian government said the referendum in Crimea was null and void."
    assert ("UKRGOV", None) in _codes(code_text(tmp_path, text), "REJECT")


def test_a_court_saying_an_election_is_void_rejects_nothing(tmp_path: Path) -> None:
    text = "The Kenyan Supreme Court said the election was null and void."
    assert not asserted(code_text(tmp_path, text), "REJECT")


def test_hallmarks_of_a_named_operation_or_a_countrys_involvement(tmp_path: Path) -> None:
    text = "Israeli officials said the attack bore all the hallmarks of a Hezbollah operation."
    assert ("ISRGOV", "LBNREB") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "Saudi officials said the attack bore the hallmarks of Iranian involvement."
    assert ("SAUGOV", "IRN") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "Saudi officials said the attack bore the hallmarks of a professional operation."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_phrasal_dismissals_reject(tmp_path: Path) -> None:
    for text, pair in (("The Israeli government brushed aside the UN's criticism.", ("ISRGOV", "IGOUNO")),
                       ("The Greek government balked at the EU's demands.", ("GRCGOV", "IGOEUREEC")),
                       ("China slammed the door on talks with Taiwan.", ("CHNGOV", "TWNGOV"))):
        events = code_text(tmp_path, text)
        assert pair in _codes(events, "REJECT"), text
        assert not asserted(events, "ACCUSE"), text


def test_idioms_of_verbal_attack_accuse(tmp_path: Path) -> None:
    for text, pair in (("The German chancellor took aim at Russia over the poisoning.", ("DEUGOV", "RUSGOV")),
                       ("The EU took Poland to task over its judicial reforms.", ("IGOEUREEC", "POLGOV")),
                       ("The US ambassador called out China for its treatment of the Uighurs.", ("USAGOV", "CHNGOV")),
                       ("The Egyptian government pinned the attack on Hamas.", ("EGYGOV", "PSEREB"))):
        assert pair in _codes(code_text(tmp_path, text), "ACCUSE"), text


def test_troops_taking_aim_accuse_no_one(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "Syrian troops took aim at the protesters."), "ACCUSE")


def test_a_speaker_voiding_a_courts_ruling_rejects_it(tmp_path: Path) -> None:
    text = "The Chinese foreign ministry said the Philippine court's ruling is null and void."
    assert ("CHNGOV", "PHLJUD") in _codes(code_text(tmp_path, text), "REJECT")
