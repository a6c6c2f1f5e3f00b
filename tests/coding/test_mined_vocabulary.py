"""The mined vocabulary (dictionaries/mined.yaml) matches its script and stays under the hand lexicon.

The reproducibility test needs the shared sources (../shared next to the repository) and is skipped
where they are absent; the others need only the committed files.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from seismo.coding.lexicon import DICT_DIR, load_lexicon

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mine_vocabulary", REPO / "scripts" / "mine_vocabulary.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "kb" / "petrarch2").is_dir(), reason="shared sources (../shared) not available")
def test_mined_vocabulary_is_reproducible(tmp_path: Path) -> None:
    out = tmp_path / "mined.yaml"
    assert _script().main(["--out", str(out)]) == 0
    assert out.read_bytes() == (DICT_DIR / "mined.yaml").read_bytes(), (
        "mined.yaml differs from a fresh run: run scripts/mine_vocabulary.py and commit the result"
    )


def test_hand_rules_come_first() -> None:
    """A lemma of events.yaml keeps its own rules in front; mined rules only add object patterns after them."""
    hand = yaml.safe_load((DICT_DIR / "events.yaml").read_text(encoding="utf-8"))["verbs"]
    lexicon = load_lexicon()
    for lemma, rules in hand.items():
        merged = lexicon.verbs[lemma]
        assert [r.type for r in merged[: len(rules)]] == [r["type"] for r in rules], lemma
        assert all(r.object for r in merged[len(rules):]), lemma


def test_mined_verbs_are_loaded() -> None:
    lexicon = load_lexicon()
    assert lexicon.verbs["slay"][0].type == "ASSAULT"
    assert lexicon.nouns["dialogue"].type == "CONSULT"
    # not reviewed: CAMEO's block default ("consider" is CONSULT there) is not a rule
    assert "consider" not in lexicon.verbs or all(r.object for r in lexicon.verbs["consider"])


def test_a_verb_object_pair_can_be_skipped() -> None:
    """mining.yaml skip_objects 'restore order': a purpose ('deployed troops to restore order') is no SUPPORT,
    while 'restore ties' keeps its rule."""
    rules = load_lexicon().verbs["restore"]
    assert not any("order" in (r.object or ()) for r in rules)
    assert any("tie" in (r.object or ()) for r in rules)
