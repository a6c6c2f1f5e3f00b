"""Distrust and conduct idioms said of another side (lane probe-ai), on invented sentences."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text

from seismo.models import Event


def _codes(events: list[Event], type_: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the asserted events of one type."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in asserted(events, type_)}


def test_denied_trust_is_a_disapproval(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Iranian foreign ministry said the United States cannot be trusted.")
    accuse = asserted(events, "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove" and ("IRNGOV", "USA") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, '"We cannot trust the Americans," the Iranian foreign minister said.')
    assert ("IRNGOV", "USA") in _codes(events, "ACCUSE")


def test_trust_denied_by_others_hedged_or_of_no_actor_is_no_event(tmp_path: Path) -> None:
    for text in ("The coach said the referee cannot be trusted.",
                 "The Iranian foreign ministry said the United States might not be trusted by investors.",
                 "The Iranian foreign ministry said the United States could not be trusted if it left the deal.",
                 "The Iranian foreign ministry said the United States can be trusted.",
                 "A Tehran resident said the United States cannot be trusted."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text


def test_conduct_idioms_condemn_the_subject(tmp_path: Path) -> None:
    for text in ("The Turkish foreign ministry said Greece is playing with fire.",
                 "The Turkish foreign ministry said Greece was acting in bad faith.",
                 "The Turkish foreign ministry said Greece is on the wrong side of history."):
        assert ("TURGOV", "GRC") in _codes(code_text(tmp_path, text), "ACCUSE"), text


def test_idioms_of_no_actor_are_no_event(tmp_path: Path) -> None:
    for text in ("The children were playing with fire, the police said.",
                 "The Turkish foreign ministry said Greece could be playing with fire."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text


def test_a_stab_in_the_back_condemns(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Turkish foreign ministry called the Russian decision a stab in the back.")
    assert ("TURGOV", "RUSGOV") in _codes(events, "ACCUSE")


def test_behind_this_reads_the_said_of_act(tmp_path: Path) -> None:
    events = code_text(tmp_path, '"Iran is behind this," the US secretary of state said of the tanker attacks.')
    accuse = asserted(events, "ACCUSE")
    assert accuse and accuse[0].mode == "allege" and any(t == "IRN" for _, t in _codes(events, "ACCUSE"))
    events = code_text(tmp_path, '"Iran is behind this," the US secretary of state said of the new budget.')
    assert not asserted(events, "ACCUSE")


def test_a_sportsman_judging_a_rival_is_no_event(tmp_path: Path) -> None:
    for text in ("Brazilian coach Tite said Argentina was playing with fire.",
                 "Tite, the Brazil coach, said Argentina's tactics were shameful."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text


def test_distrust_reads_its_hedges_from_the_modality_dictionary() -> None:
    """The hedging modals and condition marks are the modality dictionary's (one source a user extends): a
    lexicon that lists 'should' among the stating modals reads 'should not be trusted' as a judgement."""
    import dataclasses

    from seismo.coding.idiom_frames import distrust
    from seismo.coding.judgement_words import load_judgements
    from seismo.coding.lexicon import load_lexicon
    from seismo.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Iran said the United States should not be trusted.")
    verb = next(t for t in doc if t.lemma_ == "trust")
    lexicon = load_lexicon()
    rules = load_judgements()
    assert distrust(verb, rules, lexicon, lambda token: object()) is None  # type: ignore[arg-type,return-value]
    cues = dict(lexicon.cues, stating_modals=lexicon.cue("stating_modals") | {"should"})
    stating = dataclasses.replace(lexicon, cues=cues)
    assert distrust(verb, rules, stating, lambda token: object()) is not None  # type: ignore[arg-type,return-value]
