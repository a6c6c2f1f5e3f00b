"""Honest figures for the learned type scorer (issue 18): what it is trained on is scored by cross-validation.

The GSR and the dev articles are the heads' training data, so with the model on, ``make eval`` and the
gate code them with the rules once and let each fold's candidates be re-typed by heads fitted without
that fold (5 folds: GSR records, dev articles). The held-out test articles are re-typed by the shipped
heads, which never saw them. ``model_only`` scores the heads alone on the gold event sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from seismo.coding.typemodel import Encoder, TypeHeads, shared_encoder
from seismo.coding.typescore import TypeScorer
from seismo.config import Settings
from seismo.evaluation.articles import code_cases, evaluate_article_folder
from seismo.evaluation.gold import read_article_folder
from seismo.evaluation.goldsets import GoldRecord, read_gold_jsonl
from seismo.evaluation.report import ArticleSetReport
from seismo.evaluation.scoring import GoldSetReport, code_texts, score_gold_set
from seismo.evaluation.typedata import Example, fit_heads, group_folds, gsr_examples, label_matrix
from seismo.models import Event

FOLDS = 5
DEV_FOLDER = "dev"


class CachedEncoder(Encoder):
    """The shared encoder with a text -> vector memory, kept in ``path`` (build/) between runs when given."""

    def __init__(self, path: Path | None = None, base: Encoder | None = None) -> None:
        super().__init__()
        self.base = base or shared_encoder()
        self.path = path
        self.memory: dict[str, np.ndarray] = {}
        if path is not None and path.is_file():
            with np.load(path, allow_pickle=False) as data:
                self.memory = dict(zip((str(t) for t in data["texts"]), data["vectors"], strict=True))

    def embed(self, sentences: Sequence[str]) -> np.ndarray:
        todo = [s for s in dict.fromkeys(sentences) if s not in self.memory]
        if todo:
            self.memory.update(zip(todo, self.base.embed(todo), strict=True))
            self.save()
        if not sentences:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self.memory[s] for s in sentences])

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        texts = sorted(self.memory)
        with self.path.open("wb") as fh:
            np.savez(fh, texts=np.array(texts), vectors=np.stack([self.memory[t] for t in texts]))


@dataclass
class TrainingSet:
    """The examples the shipped heads are fitted on, with their embeddings and label matrix."""

    examples: list[Example]
    types: tuple[str, ...]
    embeddings: np.ndarray
    labels: np.ndarray

    def fit(self, keep: np.ndarray | None = None) -> TypeHeads:
        rows = np.arange(len(self.examples)) if keep is None else keep
        return fit_heads(self.embeddings[rows], self.labels[rows], self.types)

    def without(self, groups: set[str]) -> TypeHeads:
        """Heads fitted on every example outside ``groups`` (one cross-validation fold left out)."""
        return self.fit(np.array([i for i, e in enumerate(self.examples) if e.group not in groups], dtype=int))


def training_set(gsr: Path, dev: Path, settings: Settings, types: Sequence[str], encoder: Encoder) -> TrainingSet:
    """GSR + dev examples (never the test folder), embedded in one batch."""
    from seismo.evaluation.typedata import article_examples

    examples = gsr_examples(gsr) + article_examples(dev, settings)
    embeddings = encoder.embed([e.text for e in examples])
    return TrainingSet(examples, tuple(types), embeddings, label_matrix(examples, types))


def cross_validated(coded: Mapping[str, list[Event]], train: TrainingSet, scorer: TypeScorer,
                    folds: int = FOLDS) -> dict[str, list[Event]]:
    """Each group's rule-coded events re-typed by heads that never saw that group (the key of ``coded``
    is the group: a GSR record id, a dev article id)."""
    names = sorted(coded)
    out: dict[str, list[Event]] = {}
    for fold in group_folds(names, folds):
        held = {names[i] for i in fold}
        fold_scorer = TypeScorer(train.without(held), scorer.lexicon, scorer.policy, scorer.encoder)
        for name in sorted(held):
            out[name] = fold_scorer.rescore(list(coded[name]))
    return out


@dataclass(frozen=True)
class ModelOnly:
    """The heads alone on gold event sentences: is the best type one of the gold types?"""

    sentences: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.sentences if self.sentences else None


def model_only(examples: Sequence[Example], heads_for: Mapping[str, TypeHeads], encoder: Encoder) -> ModelOnly:
    """``heads_for[group]``: the heads to judge that group's sentences with (fold heads on training data)."""
    events = [e for e in examples if e.types]
    if not events:
        return ModelOnly(0, 0)
    vectors = encoder.embed([e.text for e in events])
    correct = 0
    for example, vector in zip(events, vectors, strict=True):
        heads = heads_for[example.group]
        best = heads.types[int(np.argmax(heads.scores(vector[None, :])[0]))]
        correct += best in example.types
    return ModelOnly(len(events), correct)


def fold_heads(train: TrainingSet, groups: Sequence[str], folds: int = FOLDS) -> dict[str, TypeHeads]:
    """Group -> heads fitted without that group's fold."""
    names = sorted(set(groups))
    out: dict[str, TypeHeads] = {}
    for fold in group_folds(names, folds):
        held = {names[i] for i in fold}
        heads = train.without(held)
        out.update(dict.fromkeys(held, heads))
    return out


# ---------------------------------------------------------------------------------------------
# `make eval`: rules alone, the model alone, and both, on the GSR (cross-validated), dev (cross-validated)
# and test (shipped heads; aggregate figures only)

EMBEDDINGS = Path("build") / "typescore" / "embeddings.npz"


def _article_figures(report: ArticleSetReport) -> dict[str, float | None]:
    t = report.tally()
    return {"must_recall": t.must_recall, "should_recall": t.should_recall, "precision": t.precision,
            "must_not_violations": float(t.violations), "type_accuracy": t.field_accuracy("type"),
            "type_aligned": float(t.field_listed["type"])}


def _gold_figures(report: GoldSetReport) -> dict[str, float | None]:
    f = report.figures()
    return {k: f[k] for k in ("type_micro_f1", "type_macro_f1", "type_recall", "relevance_f1")}


@dataclass
class TypeModelReport:
    """Figures by (set, variant): variant is ``rules``, ``model only`` or ``rules + model``."""

    rows: list[tuple[str, str, dict[str, float | None]]]
    how: dict[str, str]  # set -> how the model's figures were kept honest


def cv_gold_report(records: Sequence[GoldRecord], settings: Settings, train: TrainingSet,
                   scorer: TypeScorer, name: str = "plover_gsr") -> tuple[GoldSetReport, GoldSetReport]:
    """(rules alone, rules + model with 5-fold cross-validation) on a gold set the heads are trained on."""
    rules = settings.model_copy(update={"type_model": False})
    coded = code_texts(((r.id, r.text, r.published) for r in records), rules)
    return score_gold_set(name, records, coded), score_gold_set(name, records, cross_validated(coded, train, scorer))


def _article_reports(folder: Path, settings: Settings, retype) -> tuple[ArticleSetReport, ArticleSetReport]:
    """(rules alone, rules + model): the folder is coded once; ``retype`` maps {id: events} to re-typed ones."""
    rules = settings.model_copy(update={"type_model": False})
    cases = [c for c in read_article_folder(folder) if c.annotated]
    coded = code_cases(cases, rules)
    read = {k: v for k, v in coded.items() if not isinstance(v, str)}
    retyped = retype({k: v[1] for k, v in read.items()})

    def report(events: Mapping[str, list[Event]]) -> ArticleSetReport:
        done = {k: (v if isinstance(v, str) else (v[0], events[k])) for k, v in coded.items()}
        return evaluate_article_folder(folder, settings, coder=lambda _cases, _settings: done)

    return report({k: v[1] for k, v in read.items()}), report(retyped)


def type_model_report(gsr: Path, dev: Path, test: Path | None, settings: Settings,
                      encoder: Encoder | None = None) -> TypeModelReport:
    """The comparison `make eval` prints (docs/model.md explains each row)."""
    from seismo.coding import load_lexicon
    from seismo.evaluation.typedata import article_examples

    encoder = encoder or CachedEncoder(EMBEDDINGS)
    lexicon = load_lexicon()
    rules = settings.model_copy(update={"type_model": False})
    train = training_set(gsr, dev, rules, sorted(lexicon.types), encoder)
    shipped = TypeScorer(TypeHeads.load(), lexicon, encoder=encoder)
    rows: list[tuple[str, str, dict[str, float | None]]] = []
    gsr_rules, gsr_both = cv_gold_report(read_gold_jsonl(gsr), settings, train, shipped)
    gsr_only = [e for e in train.examples if e.origin == "gsr"]
    alone = model_only(gsr_only, fold_heads(train, [e.group for e in gsr_only]), encoder)
    rows += [("GSR", "rules", _gold_figures(gsr_rules)), ("GSR", "model only", {"type_accuracy": alone.accuracy}),
             ("GSR", "rules + model", _gold_figures(gsr_both))]
    dev_rules, dev_both = _article_reports(dev, settings, lambda coded: cross_validated(coded, train, shipped))
    dev_only = [e for e in train.examples if e.origin != "gsr"]
    alone = model_only(dev_only, fold_heads(train, [e.group for e in dev_only]), encoder)
    rows += [("dev", "rules", _article_figures(dev_rules)), ("dev", "model only", {"type_accuracy": alone.accuracy}),
             ("dev", "rules + model", _article_figures(dev_both))]
    how = {"GSR": "5-fold cross-validation over records", "dev": "5-fold cross-validation over articles"}
    if test is not None and test.is_dir():
        test_rules, test_both = _article_reports(
            test, settings, lambda coded: {k: shipped.rescore(list(v)) for k, v in coded.items()})
        examples = article_examples(test, rules)  # aggregate only: the test folder is held out
        alone = model_only(examples, dict.fromkeys({e.group for e in examples}, shipped.heads), encoder)
        rows += [("test", "rules", _article_figures(test_rules)),
                 ("test", "model only", {"type_accuracy": alone.accuracy}),
                 ("test", "rules + model", _article_figures(test_both))]
        how["test"] = "shipped heads (never trained on test)"
    return TypeModelReport(rows, how)
