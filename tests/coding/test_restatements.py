"""Precision (issue 13): an event told again is one event, and word senses that are no event (invented texts)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text

from seismo.models import Modality


def test_casualty_passive_counts_the_victims_of_the_attack_told(tmp_path: Path) -> None:
    text = "Militants attacked a police station in Kandahar on Monday. Five police officers were killed."
    assault = asserted(code_text(tmp_path, text), "ASSAULT")
    assert len(assault) == 1 and assault[0].source is not None and assault[0].source.agent == "REB"
    assert "Kandahar" in assault[0].evidence.sentence


def test_casualty_passive_naming_other_victims_takes_the_attackers(tmp_path: Path) -> None:
    text = "Gunmen killed three Nigerian soldiers in Maiduguri on Monday. Two Chadian nationals were also killed."
    assault = asserted(code_text(tmp_path, text), "ASSAULT")
    chadians = [e for e in assault if e.target is not None and e.target.country == "TCD"]
    assert len(assault) == 2 and chadians and chadians[0].source is not None
    assert chadians[0].source.code == assault[0].source.code


def test_the_attack_told_again_without_a_source_is_the_same_attack(tmp_path: Path) -> None:
    text = "A rocket hit a military base near Mosul on Friday. A spokesperson said the attack took place at 7 p.m."
    assert len(asserted(code_text(tmp_path, text), "ASSAULT")) == 1


def test_a_ruling_told_again_is_one_ruling(tmp_path: Path) -> None:
    text = ("The Supreme Court of Kenya ruled on Tuesday that the election law was unconstitutional. "
            "The court found that parliament had ignored the constitution.")
    events = code_text(tmp_path, text)
    rulings = [e for e in events if e.modality is Modality.ASSERTED and e.source is not None
               and e.source.agent == "JUD"]
    assert len(rulings) == 1


def test_the_same_accusation_told_again_is_one_event(tmp_path: Path) -> None:
    text = ("The Kenyan government accused Uganda on Tuesday of arming the rebels. "
            "Kenya accused Uganda of violating the border.")
    assert len(asserted(code_text(tmp_path, text), "ACCUSE")) == 1


def test_an_act_on_another_named_place_is_another_act(tmp_path: Path) -> None:
    text = "Russian forces shelled Kharkiv on Tuesday. Russian troops attacked Kupiansk."
    assert len(asserted(code_text(tmp_path, text), "ASSAULT")) == 2


def test_an_act_told_with_also_is_another_act(tmp_path: Path) -> None:
    text = "The Kenyan government accused Uganda on Tuesday of arming the rebels. Kenya also accused Uganda."
    assert len(asserted(code_text(tmp_path, text), "ACCUSE")) == 2


def test_released_pronoun_for_documents_is_no_release(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Journalists obtained the leaked documents and released them on Monday.")
    assert not [e for e in events if e.type in ("RETREAT", "CONCEDE")]


def test_released_pronoun_for_people_is_a_release(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Kenyan police arrested the activists and released them on Monday.")
    assert asserted(events, "RETREAT")


def test_gerund_subject_hung_on_a_verb_of_saying_is_a_kind_of_act(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The judge wrote denying the migrants asylum violated the law.")
    assert not asserted(events, "REJECT")


def test_a_folded_mention_keeps_its_sentence_as_evidence(tmp_path: Path) -> None:
    text = "A rocket hit a military base near Mosul on Friday. A spokesperson said the attack took place at 7 p.m."
    (assault,) = asserted(code_text(tmp_path, text), "ASSAULT")
    assert "rocket hit" in assault.evidence.sentence
    assert [m.sentence for m in assault.mentions] == ["A spokesperson said the attack took place at 7 p.m."]
    assert all(text[m.start:m.end] == m.sentence for m in assault.mentions)  # offsets into the article body


def test_a_background_event_noun_keeps_its_own_old_date(tmp_path: Path) -> None:
    text = "Afghan officials called the bombing on Monday the deadliest since an assault in Kandahar in August 2018."
    events = code_text(tmp_path, text)
    background = [e for e in events if e.trigger == "assault"]
    assert background and background[0].date is not None and background[0].date.year == 2018
    assert background[0].date_precision == "month"


def test_a_present_habit_is_no_event(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Kenyan police routinely detain protesters in Nairobi.")
    assert not asserted(events, "COERCE")
    events = code_text(tmp_path, "Kenyan security forces are known to arrest journalists in Nairobi.")
    assert not asserted(events, "COERCE")


def test_the_same_act_told_in_the_past_is_an_event(tmp_path: Path) -> None:
    assert asserted(code_text(tmp_path, "Kenyan police detained protesters in Nairobi on Monday."), "COERCE")
