"""Could a learned scorer beside the context lexicon raise GSR context micro-F1? (issue 16, docs/contexts.md)

The PLOVER GSR is the only labelled context data, and it is what the figure is measured on, so a learned
scorer is only ever judged by **nested cross-validation**: 5 outer folds over GSR records (fixed, by sorted
record id: ``typedata.group_folds``); inside each outer training part, 5 inner folds choose the
regularisation, the policy and its thresholds; the chosen setting is refitted on the outer training part
and applied to the held-out fold, whose records it never saw. The lexicon needs no fitting: its figure is
the same with or without folds (but the lexicon was itself refined looking at GSR records, so it starts
with an advantage the models do not have).

A model is one L2 logistic regression per GSR context family (an old 0.5b1 name's first part in today's
table: ``context_score.OLD_CONTEXTS``), trained on the events the coder finds in each record, every event
taking its record's labels. Features: the event sentence's lemmas (content words), the event's type,
type:mode and actor sectors, optionally the contexts the lexicon gave (a stacked model) and the sentence's
MiniLM embedding (the encoder of ``coding.typemodel``). Policies join the model with the lexicon:

* ``model``: the model's families above ``t`` replace the lexicon's comparable contexts;
* ``union``: the lexicon plus each family above ``t`` that none of its contexts already covers;
* ``filter``: the lexicon, less each comparable context whose family the model scores below ``t``;
* ``filter+add``: ``filter`` at ``t``, and ``union`` at ``high``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc, Span

from seismo.evaluation import quality as q
from seismo.evaluation.context_score import COMPARABLE, OLD_CONTEXTS, context_scores, old_names
from seismo.evaluation.goldsets import GoldRecord
from seismo.evaluation.typedata import group_folds
from seismo.models import Actor, Event

FOLDS = 5
C_GRID = (0.3, 1.0, 3.0)
T_GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)  # adding (model, union)
LOW_GRID = (0.03, 0.05, 0.08, 0.1, 0.15, 0.2)  # dropping a lexicon context (filter)
HIGH_GRID = (0.4, 0.5, 0.6, 0.7)  # adding beside a filter
POLICIES = ("model", "union", "filter", "filter+add")


def families() -> dict[str, frozenset[str]]:
    """Each GSR family (an old name's first part today) -> every part an old name of it maps to."""
    out: dict[str, set[str]] = {}
    for parts in OLD_CONTEXTS.values():
        if parts:
            out.setdefault(parts[0], set()).update(parts)
    return {name: frozenset(parts) for name, parts in sorted(out.items())}


FAMILIES = families()
CLASSES = tuple(FAMILIES)


def record_labels(meta: Mapping[str, object]) -> frozenset[str]:
    """A GSR record's families: each old name as its first part today ("refugee" -> migration)."""
    return frozenset(OLD_CONTEXTS[n][0] for n in old_names(meta) or () if OLD_CONTEXTS.get(n))


# ---------------------------------------------------------------------------------------------
# Features


def event_sentence(doc: Doc, event: Event) -> Span:
    """The parsed sentence that holds the event's evidence (the one ``assign_contexts`` reads)."""
    start = event.evidence.start
    held = [s for s in doc.sents if s.start_char <= start]
    return held[-1] if held else next(iter(doc.sents))


def _sector(actor: Actor | None) -> str:
    if actor is None:
        return "NONE"
    return (actor.agent or ("IGO" if actor.igo else "COUNTRY" if actor.country else "NONE")).upper()


def event_features(sent: Span, event: Event, words: bool = True, lexicon: bool = False) -> frozenset[str]:
    """Sparse features of one event: its sentence's content lemmas ("w=ballot"), its type ("T=PROTEST"),
    type:mode, the actors' sectors ("S=MIL", "O=CVL"), "INTL" when the two sides are different countries,
    and with ``lexicon`` the contexts the lexicon gave ("L=military")."""
    out = {f"w={t.lemma_.lower()}" for t in sent if words and t.is_alpha and not t.is_stop}
    out |= {f"T={event.type}", f"S={_sector(event.source)}", f"O={_sector(event.target)}"}
    if event.mode:
        out.add(f"TM={event.type}:{event.mode}")
    sides = [a.country or a.igo if a else None for a in (event.source, event.target)]
    if all(sides) and sides[0] != sides[1]:
        out.add("INTL")
    if lexicon:
        out |= {f"L={c}" for c in event.contexts}
    return frozenset(out)


@dataclass
class Bench:
    """The GSR coded once: one row per coded event, with its record, the lexicon's contexts and features."""

    records: list[GoldRecord]
    rows: list[str]  # the record id of each event row
    lexicon: list[frozenset[str]]  # the lexicon's contexts of each event row
    x: np.ndarray  # features (events x columns)
    columns: list[str] = field(default_factory=list)

    def labels(self) -> np.ndarray:
        meta = {r.id: r.meta for r in self.records}
        return np.array([[c in record_labels(meta[rid]) for c in CLASSES] for rid in self.rows], dtype=np.int8)


def make_bench(
    records: Sequence[GoldRecord],
    events: Mapping[str, Sequence[tuple[frozenset[str], frozenset[str]]]],
    dense: Mapping[str, Sequence[np.ndarray]] | None = None,
) -> Bench:
    """``events[record id]``: (lexicon contexts, sparse features) per coded event; ``dense``: an extra
    vector per event (the sentence embedding), appended to the one-hot columns."""
    rows, lex, feats, vecs = [], [], [], []
    for record in records:
        for k, (contexts, features) in enumerate(events.get(record.id, ())):
            rows.append(record.id)
            lex.append(frozenset(contexts))
            feats.append(features)
            if dense is not None:
                vecs.append(np.asarray(dense[record.id][k], dtype=np.float64))
    columns = sorted(set().union(*feats)) if feats else []
    index = {c: i for i, c in enumerate(columns)}
    x = np.zeros((len(rows), len(columns)))
    for i, features in enumerate(feats):
        x[i, [index[f] for f in features]] = 1.0
    if vecs:
        x = np.hstack([x, np.stack(vecs)])
    return Bench(list(records), rows, lex, x, columns)


# ---------------------------------------------------------------------------------------------
# Fitting and combining


@dataclass(frozen=True)
class Heads:
    """One logistic head per family: probabilities = sigmoid(x @ weights.T + bias)."""

    weights: np.ndarray
    bias: np.ndarray

    def scores(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(x @ self.weights.T + self.bias)))


def fit(x: np.ndarray, labels: np.ndarray, c: float) -> Heads:
    """One L2 logistic regression per family (liblinear: deterministic); a family without positives is never
    predicted."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    weights, bias = np.zeros((labels.shape[1], x.shape[1])), np.full(labels.shape[1], -20.0)
    xs = sparse.csr_matrix(x)
    for k in range(labels.shape[1]):
        y = labels[:, k]
        if y.min() != y.max():
            model = LogisticRegression(C=c, solver="liblinear", random_state=0).fit(xs, y)
            weights[k], bias[k] = model.coef_[0], model.intercept_[0]
    return Heads(weights, bias)


@dataclass(frozen=True)
class Setting:
    """A policy with its thresholds and the regularisation of its heads."""

    policy: str
    c: float = 1.0
    t: float = 0.5
    high: float = 1.0

    def __str__(self) -> str:
        high = f" high {self.high}" if self.policy == "filter+add" else ""
        return f"{self.policy} C={self.c} t={self.t}{high}"


def covers(contexts: Iterable[str]) -> set[str]:
    """The families any of ``contexts`` belongs to."""
    return {name for c in contexts for name, parts in FAMILIES.items() if c in parts}


def combine(setting: Setting, lexicon: frozenset[str], probs: np.ndarray) -> frozenset[str]:
    """One event's contexts under ``setting``, from the lexicon's and the model's family probabilities."""
    above = {CLASSES[k] for k in np.flatnonzero(probs >= setting.t)}
    if setting.policy == "lexicon":
        return lexicon
    if setting.policy == "model":
        return frozenset(above | {c for c in lexicon if c not in COMPARABLE})
    if setting.policy == "union":
        return lexicon | frozenset(above - covers(lexicon))
    prob = dict(zip(CLASSES, probs, strict=True))
    kept = frozenset(c for c in lexicon
                     if c not in COMPARABLE or max(prob[f] for f in covers([c])) >= setting.t)  # fmt: skip
    if setting.policy == "filter":
        return kept
    added = {CLASSES[k] for k in np.flatnonzero(probs >= setting.high)}
    return kept | frozenset(added - covers(kept))


@dataclass(frozen=True)
class Coded:
    """What ``context_scores`` reads of an event."""

    contexts: frozenset[str]


def f1_of(records: Sequence[GoldRecord], rows: Sequence[str], predicted: Sequence[frozenset[str]]) -> q.PRF:
    """Micro P/R/F1 over the comparable contexts (the pinned GSR figure) of ``records``."""
    by_id: dict[str, list[Coded]] = {}
    for rid, contexts in zip(rows, predicted, strict=True):
        by_id.setdefault(rid, []).append(Coded(contexts))
    return context_scores(records, by_id)[0]


def settings_for(policies: Sequence[str]) -> list[Setting]:
    out: list[Setting] = []
    for policy, c in itertools.product(policies, C_GRID):
        if policy in ("model", "union"):
            out += [Setting(policy, c, t) for t in T_GRID]
        elif policy == "filter":
            out += [Setting(policy, c, t) for t in LOW_GRID]
        else:
            out += [Setting(policy, c, t, h) for t, h in itertools.product(LOW_GRID, HIGH_GRID)]
    return out


def _fold_probs(bench: Bench, train: np.ndarray, test: np.ndarray, c: float, labels: np.ndarray) -> np.ndarray:
    return fit(bench.x[train], labels[train], c).scores(bench.x[test])


def choose(bench: Bench, records: Sequence[str], policies: Sequence[str], labels: np.ndarray) -> Setting:
    """The setting with the best inner-CV micro-F1 over ``records`` (an outer training part); ties go to the
    first in grid order. Only ``records``' rows are ever fitted or scored here."""
    rows = np.array([i for i, rid in enumerate(bench.rows) if rid in set(records)], dtype=int)
    probs = {c: np.zeros((len(rows), len(CLASSES))) for c in C_GRID}
    for fold in group_folds(sorted(records), FOLDS):
        held = {sorted(records)[i] for i in fold}
        test = np.array([k for k, i in enumerate(rows) if bench.rows[i] in held], dtype=int)
        train = np.array([i for i in rows if bench.rows[i] not in held], dtype=int)
        if len(test) and len(train):
            for c in C_GRID:
                probs[c][test] = _fold_probs(bench, train, rows[test], c, labels)
    inner = [r for r in bench.records if r.id in set(records)]
    best: tuple[float, Setting] | None = None
    for setting in settings_for(policies):
        predicted = [combine(setting, bench.lexicon[i], probs[setting.c][k]) for k, i in enumerate(rows)]
        score = f1_of(inner, [bench.rows[i] for i in rows], predicted).f1
        if best is None or score > best[0] + 1e-12:
            best = (score, setting)
    assert best is not None
    return best[1]


@dataclass
class CVResult:
    """The outer-fold figure of one variant, and the setting each outer fold chose."""

    name: str
    scores: q.PRF
    chosen: list[Setting]
    predicted: list[frozenset[str]]


def nested_cv(
    bench: Bench, policies: Sequence[str], name: str = "", progress: Callable[[str], None] | None = None
) -> CVResult:
    """Each outer fold's records coded by a setting chosen and fitted on the other folds only."""
    labels = bench.labels()
    ids = sorted({r.id for r in bench.records})
    predicted: list[frozenset[str]] = list(bench.lexicon)
    chosen: list[Setting] = []
    for fold in group_folds(ids, FOLDS):
        held = {ids[i] for i in fold}
        train_ids = [r for r in ids if r not in held]
        setting = choose(bench, train_ids, policies, labels) if policies != ("lexicon",) else Setting("lexicon")
        chosen.append(setting)
        train = np.array([i for i, rid in enumerate(bench.rows) if rid not in held], dtype=int)
        test = np.array([i for i, rid in enumerate(bench.rows) if rid in held], dtype=int)
        if len(test):
            probs = _fold_probs(bench, train, test, setting.c, labels)
            for k, i in enumerate(test):
                predicted[i] = combine(setting, bench.lexicon[i], probs[k])
        if progress:
            progress(f"{name}: fold {len(chosen)} {setting}")
    return CVResult(name, f1_of(bench.records, bench.rows, predicted), chosen, predicted)
