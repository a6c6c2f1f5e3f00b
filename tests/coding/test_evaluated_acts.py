"""Criticism and praise told as an evaluation of another actor's act (issue 13; ``judgements.yaml``
``unwise_acts`` and ``weak_positives``): they judge only an act whose doer is named, on invented sentences."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text, dyad_codes


def test_an_act_called_misguided_condemns_its_doer(tmp_path: Path) -> None:
    text = "The Ugandan foreign minister said on Monday that Kenya's decision to close the border was misguided."
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove", accuse
    assert ("UGAGOV", "KEN") in dyad_codes(accuse)


def test_a_step_in_the_wrong_direction_condemns_the_doer(tmp_path: Path) -> None:
    text = "Russian Foreign Minister Sergei Lavrov said Washington's decision was a step in the wrong direction."
    assert ("RUSGOV", "USAGOV") in dyad_codes(asserted(code_text(tmp_path, text), "ACCUSE"))


def test_a_step_in_the_right_direction_praises_the_doer(tmp_path: Path) -> None:
    text = "The Kenyan president said the Ugandan government's decision was a step in the right direction."
    events = code_text(tmp_path, text)
    assert any(e.target and e.target.country == "UGA" for e in asserted(events, "SUPPORT")), events
    assert not asserted(events, "ACCUSE")


def test_unwise_words_of_no_act_or_of_no_named_doer_judge_no_one(tmp_path: Path) -> None:
    for text in ("Kenyan police chief Joseph Boinnet said the situation in Nairobi was dangerous.",
                 "Kenyan President Uhuru Kenyatta said the result was disappointing for the national team.",
                 "The Kenyan health minister said the new figures were encouraging.",
                 "Kenyan President Uhuru Kenyatta called the situation dangerous."):
        events = code_text(tmp_path, text)
        assert not asserted(events, "ACCUSE") and not asserted(events, "SUPPORT"), (text, events)


def test_a_possible_misstep_is_no_event(tmp_path: Path) -> None:
    text = "Opposition leader Raila Odinga said the court's ruling could be a step in the wrong direction."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_calling_an_owned_act_a_disgrace_labels_it_and_phones_no_one(tmp_path: Path) -> None:
    for text in ("Opposition leader Raila Odinga called the court's decision a disgrace.",
                 "Kenyan opposition leader Raila Odinga called the government's plan an outrage."):
        events = code_text(tmp_path, text)
        assert not [e for e in events if e.type == "CONSULT"], (text, events)
        accuse = asserted(events, "ACCUSE")
        assert accuse and accuse[0].source and accuse[0].source.code == "KENOPP", (text, events)


def test_an_act_said_to_erode_trust_or_hurt_relations_condemns_its_doer(tmp_path: Path) -> None:
    for text in ("Turkish opposition leader Kemal Kilicdaroglu said Erdogan's decision had eroded trust in courts.",
                 "Turkish opposition leader Kemal Kilicdaroglu said Erdogan's decision had hurt ties with Europe."):
        accuse = asserted(code_text(tmp_path, text), "ACCUSE")
        assert accuse and accuse[0].mode == "disapprove", (text, accuse)
        assert ("TUROPP", "TURGOV") in dyad_codes(accuse), (text, accuse)


def test_an_act_that_defies_logic_is_judged_and_rejects_nothing(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Greek foreign ministry said Turkey's decision defies logic.")
    assert not [e for e in events if e.type == "REJECT"], events
    assert ("GRCGOV", "TUR") in dyad_codes(asserted(events, "ACCUSE"))


def test_a_lack_of_respect_condemns_but_a_lack_of_discipline_judges_no_one(tmp_path: Path) -> None:
    text = "The Greek foreign ministry said Turkey's decision showed a lack of respect for international law."
    assert ("GRCGOV", "TUR") in dyad_codes(asserted(code_text(tmp_path, text), "ACCUSE"))
    text = "The Greek foreign minister said the Turkish team showed a lack of discipline."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_a_court_striking_down_a_law_voids_it_and_its_ruling_is_judged(tmp_path: Path) -> None:
    text = ("Kenya's Supreme Court on Tuesday struck down the election law. "
            "Opposition leader Raila Odinga said the ruling was a big mistake.")
    events = code_text(tmp_path, text)
    assert not [e for e in events if e.type == "ASSAULT"], events
    assert [e for e in asserted(events, "COERCE") if e.source and e.source.code == "KENJUD"], events
    assert ("KENOPP", "KENJUD") in dyad_codes(asserted(events, "ACCUSE")), events


def test_praise_of_the_speakers_own_side_is_no_event(tmp_path: Path) -> None:
    text = "Kenyan President Uhuru Kenyatta said his government's reforms were a great success."
    assert not asserted(code_text(tmp_path, text), "SUPPORT")
    text = "Kenyan President Uhuru Kenyatta said his Ugandan counterpart's decision was a step in the right direction."
    assert asserted(code_text(tmp_path, text), "SUPPORT")
