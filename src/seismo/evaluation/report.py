"""Typed results of the article evaluation: per gold item, per article and per folder.

``ArticleScore`` keeps the coded events and what each gold item got, so that the tables, the JSON
and the review file are all views of the same record; ``Tally`` holds the counts that add up over
articles and gives the figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.evaluation.gold import ArticleCase, GoldItem
from seismo.models import Article, Event, Modality

FIELDS = ("type", "source", "target", "date", "location")


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def flow(value: Any) -> str:
    """A gold value as the YAML flow style annotators write it: ``{country: DEU, agent: GOV}``."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return str(value)


def spec_label(spec: Mapping[str, Any]) -> str:
    """An item without its id, evidence and note: ``type: SANCTION, source: {country: LTU}``."""
    return ", ".join(f"{k}: {flow(v)}" for k, v in spec.items() if k not in ("id", "evidence", "note"))


@dataclass(frozen=True)
class EvidenceProblem:
    """An ``evidence`` string that could not anchor its item in the stored article text."""

    article: str
    item: str
    evidence: str
    where: str  # "not in the text file" | "in the text file but not in the stored text (title, ...)"


@dataclass(frozen=True)
class ItemOutcome:
    """What one must/should item got: a full match, an aligned event, agreement per listed field.

    ``matched`` and ``aligned`` index ``ArticleScore.events``; ``in_sentence`` lists every event
    whose sentence holds the item's evidence (None when the evidence was not located).
    """

    item: GoldItem
    matched: int | None = None
    aligned: int | None = None
    fields: Mapping[str, bool] = field(default_factory=dict)
    in_sentence: tuple[int, ...] | None = None

    @property
    def found(self) -> bool:
        return self.matched is not None

    @property
    def nothing_coded(self) -> bool:
        return self.in_sentence == ()


@dataclass(frozen=True)
class Violation:
    """An asserted event matching a must_not item (``event`` None for a ``more_than`` count)."""

    rule: str
    event: int | None
    detail: str


@dataclass
class Tally:
    """Counts that add up over articles."""

    articles: int = 0
    must: int = 0
    must_found: int = 0
    should: int = 0
    should_found: int = 0
    produced: int = 0  # asserted events coded
    produced_matched: int = 0  # of which matched a must or should item (one-to-one)
    violations: int = 0
    evidence_missing: int = 0
    located: int = 0  # items whose evidence was found in the stored text
    nothing_coded: int = 0  # of those, items with no event at all in their sentence
    aligned: int = 0
    field_listed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    field_agree: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, other: Tally) -> None:
        for name in ("articles", "must", "must_found", "should", "should_found", "produced",
                     "produced_matched", "violations", "evidence_missing", "located",
                     "nothing_coded", "aligned"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for f in FIELDS:
            self.field_listed[f] += other.field_listed[f]
            self.field_agree[f] += other.field_agree[f]

    @property
    def must_recall(self) -> float:
        return ratio(self.must_found, self.must)

    @property
    def should_recall(self) -> float:
        return ratio(self.should_found, self.should)

    @property
    def precision(self) -> float:
        return ratio(self.produced_matched, self.produced)

    def field_accuracy(self, name: str) -> float:
        return ratio(self.field_agree[name], self.field_listed[name])


@dataclass
class ArticleScore:
    """One annotated article after coding and scoring.

    ``rejected`` gives the reader's reason when the text could not be read: nothing was coded, so
    every item counts as missed.
    """

    case: ArticleCase
    article: Article | None
    events: list[Event]
    outcomes: list[ItemOutcome]
    violations: list[Violation]
    evidence_problems: list[EvidenceProblem]
    rejected: str | None = None

    def asserted(self) -> list[int]:
        return [i for i, e in enumerate(self.events) if e.modality is Modality.ASSERTED]

    def matched_events(self) -> set[int]:
        return {o.matched for o in self.outcomes if o.matched is not None}

    def unmatched_asserted(self) -> list[int]:
        taken = self.matched_events()
        return [i for i in self.asserted() if i not in taken]

    def tally(self) -> Tally:
        t = Tally(articles=1, violations=len(self.violations),
                  evidence_missing=len(self.evidence_problems))
        for o in self.outcomes:
            if o.item.section == "must":
                t.must += 1
                t.must_found += o.found
            else:
                t.should += 1
                t.should_found += o.found
            t.located += o.in_sentence is not None
            t.nothing_coded += o.nothing_coded
            t.aligned += o.aligned is not None
            for name, agrees in o.fields.items():
                t.field_listed[name] += 1
                t.field_agree[name] += agrees
        taken = self.matched_events()
        asserted = self.asserted()
        t.produced = len(asserted)
        t.produced_matched = sum(i in taken for i in asserted)
        return t


@dataclass
class ArticleSetReport:
    """A folder of annotated articles: the scores, and the files that were not scored and why."""

    name: str
    folder: Path
    scores: list[ArticleScore] = field(default_factory=list)
    not_annotated: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def tally(self) -> Tally:
        total = Tally()
        for score in self.scores:
            total.add(score.tally())
        return total

    def figures(self) -> dict[str, float | None]:
        """The pinned figures; None while no article is annotated (nothing to measure)."""
        t = self.tally()
        if not t.articles:
            return {"must_recall": None, "must_not_violations": None, "precision": None}
        return {
            "must_recall": t.must_recall if t.must else None,
            "must_not_violations": float(t.violations),
            "precision": t.precision,
        }

    def to_json(self, per_article: bool = False, detail: bool = True) -> dict[str, Any]:
        """``detail=False``: totals only, no article ids (a held-out set)."""
        t = self.tally()
        out: dict[str, Any] = {
            "set": self.name,
            "folder": str(self.folder),
            "articles": len(self.scores) + len(self.not_annotated),
            "annotated": len(self.scores),
            "not_annotated": list(self.not_annotated),
            "rejected": {s.case.id: s.rejected for s in self.scores if s.rejected},
            "seconds": round(self.seconds, 2),
            **tally_json(t),
            "figures": self.figures(),
            "violations": [violation_json(s, v) for s in self.scores for v in s.violations],
            "evidence_not_found": [vars(p) for s in self.scores for p in s.evidence_problems],
        }
        if not detail:
            out["not_annotated"] = len(self.not_annotated)
            out["rejected"] = sum(1 for s in self.scores if s.rejected)
            out["violations"] = []
            out["evidence_not_found"] = []
        if per_article:
            out["per_article"] = [{"article": s.case.id, **tally_json(s.tally())} for s in self.scores]
        return out


def tally_json(t: Tally) -> dict[str, Any]:
    return {
        "must": {"total": t.must, "found": t.must_found, "recall": round(t.must_recall, 4)},
        "should": {"total": t.should, "found": t.should_found, "recall": round(t.should_recall, 4)},
        "produced_asserted": t.produced,
        "produced_matched": t.produced_matched,
        "precision": round(t.precision, 4),
        "must_not_violations": t.violations,
        "evidence_not_found": t.evidence_missing,
        "nothing_coded_in_sentence": t.nothing_coded,
        "aligned": t.aligned,
        "fields": {
            f: {"listed": t.field_listed[f], "agree": t.field_agree[f],
                "accuracy": round(t.field_accuracy(f), 4)}
            for f in FIELDS
        },
    }


def violation_json(score: ArticleScore, v: Violation) -> dict[str, Any]:
    event = None if v.event is None else score.events[v.event]
    return {
        "article": score.case.id,
        "rule": v.rule,
        "detail": v.detail,
        "sentence": None if event is None else event.evidence.sentence,
    }
