"""Criticism said in statements without an accuse verb (lane probe-ae), on invented sentences."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text

from seismo.models import Event


def _codes(events: list[Event], type_: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the asserted events of one type."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in asserted(events, type_)}


def test_a_threat_to_peace_condemns_the_author_of_the_act(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Japanese foreign ministry said North Korea's missile test was a clear threat "
                                 "to regional peace.")
    assert ("JPNGOV", "PRK") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Japanese foreign ministry said North Korea's missile test posed a serious "
                                 "threat to regional security.")
    assert ("JPNGOV", "PRK") in _codes(events, "ACCUSE")


def test_a_threat_faced_or_foreseen_condemns_no_one(tmp_path: Path) -> None:
    for text in ("Iran faces a threat from Israel, the Iranian foreign minister said.",
                 "The Israeli prime minister said Iran could become a threat to regional peace.",
                 "The storm poses a threat to coastal towns, the Philippine weather bureau said."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text


def test_harm_to_relations_condemns_the_subject(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Chinese foreign ministry said the American actions had seriously harmed "
                                 "relations between the two countries.")
    accuse = asserted(events, "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove" and ("CHNGOV", "USA") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Greek foreign minister said the Turkish government had crossed a red line.")
    assert ("GRCGOV", "TURGOV") in _codes(events, "ACCUSE")


def test_harm_predicted_is_no_event(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Russian foreign ministry said the expulsions would poison relations "
                                 "between Moscow and London.")
    assert not asserted(events, "ACCUSE")


def test_sponsoring_terror_is_an_allegation(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Afghan president said Pakistan was harbouring Taliban militants.")
    accuse = asserted(events, "ACCUSE")
    assert accuse and accuse[0].mode == "allege" and ("AFGGOV", "PAK") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "Pakistan has harboured Taliban militants for years.")  # the reporter's own
    assert not asserted(events, "ACCUSE")


def test_a_quoted_gerund_judges_what_the_speaker_says_it_of(tmp_path: Path) -> None:
    text = ('"Abandoning our allies is a disgrace," the Republican senator said of President Donald Trump\'s '
            'decision.')
    events = code_text(tmp_path, text)
    assert any(t == "USAELI" for _, t in _codes(events, "ACCUSE")), events
    events = code_text(tmp_path, '"Playing in the rain is a big mistake," the coach said of the decision.')
    assert not asserted(events, "ACCUSE")


def test_disregard_shown_by_an_attack_condemns_its_author(tmp_path: Path) -> None:
    text = ("Rebels attacked a police station in Mindanao on Wednesday. "
            "The Philippine defence minister said the attack showed a total disregard for human life.")
    events = code_text(tmp_path, text)
    assert ("PHLMIL", "PHLREB") in _codes(events, "ACCUSE")


def test_a_ruling_that_dealt_a_blow_is_condemned(tmp_path: Path) -> None:
    text = "The Kenyan opposition leader said the ruling had dealt a blow to democracy."
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove"
    text = "Manchester United's defeat dealt a blow to their title hopes, the coach said."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_a_duty_left_undone_condemns_the_subject(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Ukrainian president said Russia had failed to honour its commitments.")
    assert ("UKRGOV", "RUS") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "Police failed to prevent the attack, the Kenyan opposition leader said.")
    assert ("KENOPP", "KENCOP") in _codes(events, "ACCUSE")


def test_a_failure_that_is_no_duty_or_is_foreseen_condemns_no_one(tmp_path: Path) -> None:
    for text in ("The talks failed to produce a deal, the Egyptian foreign minister said.",
                 "The Ukrainian president said Russia could fail to honour its commitments.",
                 "The Nigerian president said his government had failed to protect the villagers."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text


def test_denied_seriousness_and_a_blind_eye_condemn(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Palestinian president said Israel was not serious about peace.")
    assert ("PSEGOV", "ISR") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Palestinian president asked whether Israel was serious about peace.")
    assert not asserted(events, "ACCUSE")
    events = code_text(tmp_path, "The Kenyan opposition leader said the government had turned a blind eye to "
                                 "police abuses.")
    assert ("KENOPP", "KENGOV") in _codes(events, "ACCUSE")


def test_insults_and_coordinated_of_complements_condemn(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Chinese foreign ministry said the American report was full of bias and lies.")
    assert ("CHNGOV", "USA") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Philippine president said the Australian senator was an idiot.")
    assert any(s == "PHLGOV" and (t or "").startswith("AUS") for s, t in _codes(events, "ACCUSE")), events


def test_an_act_that_threatens_stability_is_condemned_not_a_threat(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Greek foreign minister said Turkey's offensive threatened the stability of "
                                 "the region.")
    assert ("GRCGOV", "TUR") in _codes(events, "ACCUSE") and not asserted(events, "THREATEN")
    events = code_text(tmp_path, "The Iranian president threatened Israel with retaliation.")
    assert asserted(events, "THREATEN")


def test_an_act_of_war_condemns_its_author(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Saudi government said the Iranian attacks on its oil facilities were an act "
                                 "of war.")
    assert ("SAUGOV", "IRN") in _codes(events, "ACCUSE")


def test_stirring_strife_is_an_allegation(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Armenian prime minister said Azerbaijan had stoked tensions in the region.")
    assert ("ARMGOV", "AZE") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Serbian president said Croatia was trying to destabilise Serbia.")
    assert ("SRBGOV", "HRV") in _codes(events, "ACCUSE")


def test_strife_foreseen_denied_or_of_no_actor_is_no_event(tmp_path: Path) -> None:
    for text in ("High prices fuelled inflation, the central bank said.",
                 "The Iraqi prime minister said Iran could destabilise the region.",
                 "The Serbian president said Croatia would try to destabilise Serbia.",
                 "Croatia is trying to destabilise Serbia."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text


def test_obstacles_sponsors_and_true_faces_condemn(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Palestinian president said Israel was the main obstacle to peace.")
    assert ("PSEGOV", "ISR") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Chinese foreign ministry said the United States had shown its true face.")
    assert ("CHNGOV", "USA") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Chinese foreign ministry said the United States had shown great interest "
                                 "in the talks.")
    assert not asserted(events, "ACCUSE")
    events = code_text(tmp_path, "Lack of funding is the main obstacle to the project, the Kenyan finance minister "
                                 "said.")
    assert not asserted(events, "ACCUSE")


def test_what_a_named_actor_is_doing_is_judged(tmp_path: Path) -> None:
    events = code_text(tmp_path, '"What Israel is doing in Gaza is a crime," the Turkish president said.')
    assert ("TURGOV", "ISR") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, '"What we are doing is right," the Israeli prime minister said.')
    assert not asserted(events, "ACCUSE") and not asserted(events, "SUPPORT")


def test_an_extraposed_deed_names_whom_it_is_shameful_of(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Kenyan opposition leader said it was shameful that the government had done "
                                 "nothing.")
    assert ("KENOPP", "KENGOV") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, '"It is shameful that children go hungry," the British opposition leader said.')
    assert all(t is None for _, t in _codes(events, "ACCUSE"))


def test_no_legitimacy_and_bullying_condemn(tmp_path: Path) -> None:
    events = code_text(tmp_path, '"The regime in Damascus has no legitimacy," the French foreign minister said.')
    assert ("FRAGOV", "SYRGOV") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, '"Beijing is bullying its neighbours," the Vietnamese foreign minister said.')
    assert ("VNMGOV", "CHNGOV") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Israeli prime minister said Israel had every legitimacy to defend itself.")
    assert not asserted(events, "ACCUSE")
