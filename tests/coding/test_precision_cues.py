"""False asserted events from cues the coder misread: failing adjectives, channels as actors (issue 13)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import code_text

from seismo.models import Modality


def test_unable_to_negates_the_act(tmp_path: Path) -> None:
    text = "The Danish foreign minister stepped down after he was unable to negotiate a Brexit deal."
    consult = [e for e in code_text(tmp_path, text) if e.type == "CONSULT"]
    assert consult and all(e.modality is Modality.NEGATED for e in consult)


def test_a_successful_negotiation_stays_asserted(tmp_path: Path) -> None:
    text = "The Danish foreign minister negotiated a Brexit deal with Britain on Monday."
    consult = [e for e in code_text(tmp_path, text) if e.type == "CONSULT"]
    assert consult and consult[0].modality is Modality.ASSERTED


def test_participle_on_a_platform_is_the_posters_act(tmp_path: Path) -> None:
    text = "Danish officials posted a statement on Twitter accusing Russia of the attack."
    accuse = [e for e in code_text(tmp_path, text) if e.type == "ACCUSE"]
    assert accuse and accuse[0].source is not None and accuse[0].source.country == "DNK"
    assert accuse[0].target is not None and accuse[0].target.country == "RUS"


def test_participle_on_an_actor_keeps_its_noun(tmp_path: Path) -> None:
    text = "Rebels attacking a convoy near Goma killed five Congolese soldiers on Monday."
    events = code_text(tmp_path, text)
    assert not any(e.source is not None and "Goma" in e.source.name for e in events)
    assert any(e.type == "ASSAULT" and e.source is not None and e.source.agent == "REB" for e in events)


def test_a_gerund_subject_names_a_kind_of_act(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Attacking civilians is a war crime, the Danish minister said on Monday.")
    assert not [e for e in events if e.type == "ASSAULT" and e.modality is Modality.ASSERTED]


def test_a_gerund_with_its_own_actor_is_still_an_event(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Denmark's expelling the Russian diplomats angered Moscow.")
    assert [e for e in events if e.type == "SANCTION" and e.source is not None and e.source.country == "DNK"]
