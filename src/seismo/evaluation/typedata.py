"""Training data and fitting for the type heads (``make model``, and the cross-validated figures of ``make eval``).

Two sources, never the held-out ``tests/gold/articles/test``:

- the PLOVER GSR (``shared/gold/plover_gsr.jsonl``): one sentence, its gold types;
- the annotated ``dev`` articles: each sentence of the parsed text labelled with the types of the
  ``must``/``should`` items whose evidence lies in it; a sentence the annotators left without any
  item is a negative for every type (it teaches the heads what a sentence without an event is).

Folds are by group (a GSR record, an article), so no article's sentences are on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from seismo.coding.typemodel import TypeHeads
from seismo.config import Settings
from seismo.evaluation.articles import locate_evidence
from seismo.evaluation.gold import read_article_folder
from seismo.evaluation.goldsets import read_gold_jsonl

MIN_WORDS = 4  # shorter "sentences" are headings and datelines, not negatives worth learning from
C = 4.0  # inverse regularisation of every head (5-fold CV on GSR + dev, docs/model.md)
SEED = 0


@dataclass(frozen=True)
class Example:
    """One training sentence: its gold types (empty: no event), where it comes from, its fold group."""

    text: str
    types: frozenset[str]
    group: str
    origin: str  # "gsr" or the article folder's name


def gsr_examples(path: Path) -> list[Example]:
    return [Example(" ".join(r.text.split()), frozenset(r.gold.types or ()), r.id, "gsr")
            for r in read_gold_jsonl(path)]


def article_examples(folder: Path, settings: Settings) -> list[Example]:
    """Every sentence of every annotated article in ``folder``, as the coder splits it."""
    from seismo.coding.sentence import evidence_of
    from seismo.nlp import load_pipeline
    from seismo.pipeline import split_inputs

    nlp = load_pipeline(settings.model, tuple(settings.kb))
    out: list[Example] = []
    for case in read_article_folder(folder):
        if not case.items:
            continue
        articles, _ = split_inputs([str(case.text_path)], settings.model_copy(update={"published": case.published}))
        if not articles:
            continue
        text = articles[0].text
        spans = [(s, item) for item in case.items if item.evidence
                 and (s := locate_evidence(item.evidence, text)) is not None]
        for sent in nlp(text).sents:
            evidence = evidence_of(sent, text)
            if len(evidence.sentence.split()) < MIN_WORDS:
                continue
            types = {t for (a, b), item in spans if a < evidence.end and evidence.start < b
                     for t in _item_types(item.spec)}
            out.append(Example(evidence.sentence, frozenset(types), case.id, folder.name))
    return out


def _item_types(spec) -> list[str]:
    value = spec.get("type")
    if value is None:
        return []
    return [str(t) for t in (value if isinstance(value, list) else [value])]


def label_matrix(examples: Sequence[Example], types: Sequence[str]) -> np.ndarray:
    return np.array([[t in e.types for t in types] for e in examples], dtype=np.int8)


def fit_heads(embeddings: np.ndarray, labels: np.ndarray, types: Sequence[str], c: float = C) -> TypeHeads:
    """One L2 logistic regression per type (lbfgs: deterministic for the same input)."""
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((len(types), embeddings.shape[1]))
    bias = np.zeros(len(types))
    for k in range(len(types)):
        y = labels[:, k]
        if y.min() == y.max():  # a type without positives: never predicted
            bias[k] = -20.0
            continue
        model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
        model.fit(embeddings.astype(np.float64), y)
        weights[k], bias[k] = model.coef_[0], model.intercept_[0]
    return TypeHeads(tuple(types), weights, bias)


def group_folds(groups: Sequence[str], k: int = 5) -> list[np.ndarray]:
    """k folds of row indices; a group's rows stay together; the assignment is fixed by sorted group names."""
    names = sorted(set(groups))
    fold_of = {g: i % k for i, g in enumerate(names)}
    index = np.array([fold_of[g] for g in groups])
    return [np.flatnonzero(index == f) for f in range(k)]
