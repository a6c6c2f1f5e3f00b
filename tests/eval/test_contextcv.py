"""The learned-context study (evaluation/contextcv.py): policies, features and nested cross-validation, on
invented records and sentences."""

from __future__ import annotations

import numpy as np
import pytest

from seismo.evaluation import contextcv as cv
from seismo.evaluation.goldsets import GoldLabel, GoldRecord
from seismo.models import Actor, Event, Evidence

pytest.importorskip("sklearn")


def record(rid: str, context: str) -> GoldRecord:
    return GoldRecord(id=rid, text="x", published=None, gold=GoldLabel(True, None, None, None),
                      meta={"context": context})  # fmt: skip


def probs(**by_family: float) -> np.ndarray:
    return np.array([by_family.get(c, 0.0) for c in cv.CLASSES])


def test_families_are_the_first_parts_of_the_old_names() -> None:
    assert cv.FAMILIES["military"] == {"military", "peacekeeping"}
    assert cv.record_labels({"context": "refugee, historical"}) == {"migration"}
    assert cv.record_labels({"context": "political"}) == {"political_institutions"}


def test_union_adds_only_a_family_the_lexicon_does_not_cover() -> None:
    lexicon = frozenset({"peacekeeping", "health"})
    setting = cv.Setting("union", t=0.5)
    assert cv.combine(setting, lexicon, probs(military=0.9, economic=0.6)) == {"peacekeeping", "health", "economic"}


def test_model_replaces_the_comparable_contexts_but_keeps_the_others() -> None:
    got = cv.combine(cv.Setting("model", t=0.5), frozenset({"diplomatic", "health"}), probs(election=0.7))
    assert got == {"election", "health"}  # health: no GSR name, the model cannot judge it


def test_filter_drops_a_context_whose_family_the_model_rules_out() -> None:
    lexicon = frozenset({"diplomatic", "military", "crime"})
    assert cv.combine(cv.Setting("filter", t=0.1), lexicon, probs(military=0.8, diplomatic=0.02)) == {
        "military",
        "crime",
    }
    both = cv.Setting("filter+add", t=0.1, high=0.6)
    assert cv.combine(both, lexicon, probs(military=0.8, diplomatic=0.02, election=0.65)) == {
        "military",
        "crime",
        "election",
    }


def _bench(n: int, seed: int = 0) -> cv.Bench:
    """Invented records: feature "w=ballot" always marks election, "w=troop" military; plus noise words."""
    rng = np.random.default_rng(seed)
    records, events = [], {}
    for i in range(n):
        election = i % 2 == 0
        records.append(record(f"r{i:03d}", "election" if election else "military"))
        noise = {f"w=noise{rng.integers(0, 40)}" for _ in range(3)}
        events[f"r{i:03d}"] = [(frozenset({"diplomatic"}), frozenset({"w=ballot" if election else "w=troop", *noise}))]
    return cv.make_bench(records, events)


def test_nested_cv_learns_a_signal_the_lexicon_misses() -> None:
    bench = _bench(60)
    lexicon = cv.nested_cv(bench, ("lexicon",))
    learned = cv.nested_cv(bench, ("model",))
    assert lexicon.scores.tp == 0 and learned.scores.f1 > 0.9
    assert len(learned.chosen) == cv.FOLDS


def test_a_record_unique_feature_is_never_learned_across_folds() -> None:
    """Labels that only a per-record id feature could tell apart: held-out folds cannot benefit."""
    rng = np.random.default_rng(1)
    records = [record(f"r{i:03d}", str(rng.choice(["election", "military"]))) for i in range(60)]
    events = {r.id: [(frozenset(), frozenset({f"w=id{r.id}"}))] for r in records}
    result = cv.nested_cv(cv.make_bench(records, events), ("model",))
    assert result.scores.f1 < 0.8  # a model scored on its own training records would reach 1.0


def test_event_features_read_the_sentence_and_the_event() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    doc = nlp("Nobody noticed. Riot police scattered the voters near a ballot station.")
    doc[3].is_sent_start = True
    for token in doc:
        token.lemma_ = {"voters": "voter", "scattered": "scatter"}.get(token.text, token.text.lower())
    event = Event(event_id="e", doc_id="d", type="ASSAULT", mode="crowd-control",
                  source=Actor(name="Riot police", country="FRA", agent="COP"),
                  target=Actor(name="voters", country="FRA", agent="CVL"), contexts=["repression"],
                  evidence=Evidence(sentence="Riot police scattered", start=16, end=37))  # fmt: skip
    sent = cv.event_sentence(doc, event)
    assert sent.text.startswith("Riot police")
    features = cv.event_features(sent, event, lexicon=True)
    assert {
        "w=voter",
        "w=ballot",
        "T=ASSAULT",
        "TM=ASSAULT:crowd-control",
        "S=COP",
        "O=CVL",
        "L=repression",
    } <= features
    assert "INTL" not in features and "w=nobody" not in features
