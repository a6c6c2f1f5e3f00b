"""Run the coder over a gold set and score it: the library behind ``seismo eval``.

``score_gold_set`` and ``score_petrarch`` are pure (records + predictions -> report) so that tests
can feed hand-made predictions; ``evaluate_gold_set`` and ``evaluate_petrarch`` add the coding step
(``seismo.pipeline.code_articles``, imported lazily so that this module loads without a model).
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.config import Settings
from seismo.evaluation import quality as q
from seismo.evaluation.context_score import context_scores
from seismo.evaluation.goldsets import (
    PETRARCH_ACTORS,
    PETRARCH_AGENTS,
    PETRARCH_READINGS,
    CameoTable,
    GoldLabel,
    GoldRecord,
    PetrarchRecord,
    cameo_to_plover,
    load_cameo_table,
    overlay_table,
    read_petrarch_records,
)
from seismo.models import Article, Event

# ---------------------------------------------------------------------------------------------
# Coding


def code_texts(
    items: Iterable[tuple[str, str, dt.date | None]], settings: Settings
) -> dict[str, list[Event]]:
    """Code (id, text, published) items with the pipeline; every event, all modalities, by id."""
    from seismo.pipeline import code_articles

    articles = [
        Article(doc_id=i, text=t, published=p, content_hash=Article.hash_text(t))
        for i, t, p in items
    ]
    return {doc.article.doc_id: list(doc.events) for doc in code_articles(articles, settings)}


def _event_json(event: Event) -> dict[str, Any]:
    def actor(a: Any) -> dict[str, Any] | None:
        return None if a is None else {k: v for k, v in a.model_dump().items() if v is not None}

    return {
        "type": event.type,
        "mode": event.mode,
        "modality": event.modality.value,
        "quad": event.quad_class,
        "source": actor(event.source),
        "target": actor(event.target),
        "trigger": event.trigger,
    }


def _gold_json(gold: GoldLabel) -> dict[str, Any]:
    return {
        "relevant": gold.relevant,
        "types": None if gold.types is None else list(gold.types),
        "quad": gold.quad,
        "events": None
        if gold.events is None
        else [
            {
                "type": e.type,
                "source_countries": list(e.source_countries),
                "target_countries": list(e.target_countries),
            }
            for e in gold.events
        ],
    }


# ---------------------------------------------------------------------------------------------
# Gold sets in the common JSONL format


@dataclass
class GoldSetReport:
    """Every figure of one gold set, plus the misses with their error kinds."""

    name: str
    records: int
    relevance: q.PRF
    type_micro: q.PRF
    type_macro_f1: float
    type_recall: float
    quad_accuracy: float
    quad_records: int
    dyad: q.DyadCounts
    negatives: int
    false_positive_share: float
    per_type: dict[str, q.PRF]
    confusion: dict[str, Counter[str]]
    error_kinds: Counter[str]
    misses: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    contexts: q.PRF | None = None  # PLOVER contexts the gold's vocabulary can say (context_score.COMPARABLE)
    contexts_all: q.PRF | None = None  # every context, those the gold cannot say included
    per_context: dict[str, q.PRF] = field(default_factory=dict)

    def figures(self) -> dict[str, float]:
        """The headline figures (what the quality gate pins)."""
        return {
            **({"context_micro_f1": self.contexts.f1} if self.contexts and self.contexts.support else {}),
            "type_recall": self.type_recall,
            "type_micro_f1": self.type_micro.f1,
            "type_macro_f1": self.type_macro_f1,
            "dyad_f1": self.dyad.f1,
            "relevance_f1": self.relevance.f1,
            "quad_accuracy": self.quad_accuracy,
            "false_positive_share": self.false_positive_share,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "set": self.name,
            "records": self.records,
            "seconds": round(self.seconds, 2),
            "figures": self.figures(),
            "relevance": self.relevance.as_dict(),
            "type_micro": self.type_micro.as_dict(),
            "dyad": self.dyad.as_dict(),
            "quad_records": self.quad_records,
            "negatives": self.negatives,
            "per_type": {
                t: {**p.as_dict(), "support": p.support} for t, p in self.per_type.items()
            },
            "confusion": {g: dict(c) for g, c in sorted(self.confusion.items())},
            "error_kinds": dict(self.error_kinds.most_common()),
            "per_context": {c: {**p.as_dict(), "support": p.support} for c, p in self.per_context.items()},
            "contexts_all": self.contexts_all.as_dict() if self.contexts_all else None,
        }


def score_gold_set(
    name: str,
    records: Sequence[GoldRecord],
    events_by_id: Mapping[str, Sequence[Event]],
    coded_by_id: Mapping[str, Sequence[q.CodedEvent]] | None = None,
) -> GoldSetReport:
    """Score events against gold; ``coded_by_id`` (hand-made predictions) overrides."""
    coded = (
        coded_by_id
        if coded_by_id is not None
        else {rid: [q.CodedEvent.from_event(e) for e in evs] for rid, evs in events_by_id.items()}
    )
    pairs: list[q.Pair] = [(r.gold, coded.get(r.id, [])) for r in records]
    quad_acc, quad_n = q.quad_accuracy(pairs)
    kinds: Counter[str] = Counter()
    misses = []
    for record, (gold, events) in zip(records, pairs, strict=True):
        errors = q.error_kinds(gold, events)
        kinds.update(errors)
        if errors:
            misses.append(
                {
                    "id": record.id,
                    "text": record.text,
                    "published": record.published.isoformat() if record.published else None,
                    "errors": errors,
                    "gold": _gold_json(gold),
                    "coded": [_event_json(e) for e in events_by_id.get(record.id, [])],
                }
            )
    return GoldSetReport(
        name=name,
        records=len(records),
        relevance=q.relevance_prf(pairs),
        type_micro=q.type_micro_prf(pairs),
        type_macro_f1=q.type_macro_f1(pairs),
        type_recall=q.type_recall(pairs),
        quad_accuracy=quad_acc,
        quad_records=quad_n,
        dyad=q.dyad_counts(pairs),
        negatives=sum(g.relevant is False for g, _ in pairs),
        false_positive_share=q.false_positive_share(pairs),
        per_type=q.per_type_prf(pairs),
        confusion=q.confusion_matrix(pairs),
        error_kinds=kinds,
        misses=misses,
        **_context_fields(records, events_by_id),
    )


def _context_fields(records: Sequence[GoldRecord], events_by_id: Mapping[str, Sequence[Event]]) -> dict[str, Any]:
    """Context scores for sets whose records carry a gold context (``meta.context``), else nothing."""
    if not any(r.meta.get("context") for r in records):
        return {}
    micro, everything, per = context_scores(records, events_by_id)
    return {"contexts": micro, "contexts_all": everything, "per_context": per}


def evaluate_gold_set(
    name: str, records: Sequence[GoldRecord], settings: Settings
) -> GoldSetReport:
    start = time.perf_counter()
    events = code_texts(((r.id, r.text, r.published) for r in records), settings)
    report = score_gold_set(name, records, events)
    report.seconds = time.perf_counter() - start
    return report


# ---------------------------------------------------------------------------------------------
# PETRARCH-2 unit-test records


@dataclass
class PetrarchReport:
    """PLOVER-level scores of the PETRARCH-2 unit-test records."""

    records: int
    dropped: Counter[str]  # reason -> records left out
    event_records: int
    type_actor_correct: int
    actor_correct: int
    noevent_records: int
    noevent_correct: int
    error_kinds: Counter[str]
    misses: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    reading_correct: int | None = (
        None  # type + actors right with the PLOVER readings of the verb-file codes
    )

    @property
    def reading_accuracy(self) -> float | None:
        if self.reading_correct is None:
            return None
        return self.reading_correct / self.event_records if self.event_records else 0.0

    @property
    def type_actor_accuracy(self) -> float:
        return self.type_actor_correct / self.event_records if self.event_records else 0.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_correct / self.event_records if self.event_records else 0.0

    @property
    def noevent_accuracy(self) -> float:
        return self.noevent_correct / self.noevent_records if self.noevent_records else 0.0

    def figures(self) -> dict[str, float]:
        figures = {
            "type_actor_accuracy": self.type_actor_accuracy,
            "noevent_accuracy": self.noevent_accuracy,
            "actor_accuracy": self.actor_accuracy,
        }
        if self.reading_accuracy is not None:
            figures["type_actor_accuracy_plover_reading"] = self.reading_accuracy
        return figures

    def to_json(self) -> dict[str, Any]:
        return {
            "set": "petrarch",
            "records": self.records,
            "seconds": round(self.seconds, 2),
            "figures": self.figures(),
            "dropped": dict(self.dropped),
            "event_records": self.event_records,
            "type_actor_correct": self.type_actor_correct,
            "actor_correct": self.actor_correct,
            "reading_correct": self.reading_correct,
            "noevent_records": self.noevent_records,
            "noevent_correct": self.noevent_correct,
            "error_kinds": dict(self.error_kinds.most_common()),
        }


UNSCORED_ERROR_TEST = "PETRARCH input-handling test (parse error, discard)"


def expected_events(
    record: PetrarchRecord, table: CameoTable
) -> tuple[list[q.ExpectedEvent], list[str]]:
    """The record's codings that map to PLOVER, and the reasons of those that do not."""
    mapped, reasons = [], []
    for c in record.codings:
        ptype, reason = cameo_to_plover(c.code, table)
        if ptype is None:
            reasons.append(reason or "unmapped")
        else:
            mapped.append(q.ExpectedEvent(ptype, c.source, c.target, c.code))
    return mapped, reasons


def score_petrarch(
    records: Sequence[PetrarchRecord],
    coded_by_id: Mapping[str, Sequence[q.CodedEvent]],
    table: CameoTable,
    events_by_id: Mapping[str, Sequence[Event]] | None = None,
) -> PetrarchReport:
    """A record counts when every mappable coding is found (type + source + target) among the
    asserted events (a mirrored pair of codings of one reciprocal event needs one direction:
    ``quality.requirements``).

    Records whose codings all fail to map are left out (counted by the first reason), and so are the
    tests of PETRARCH's own input handling (``error="..."``: parse errors, discard lists);
    codings that do not map inside an otherwise mappable record are ignored. No-event records
    are right when nothing asserted was coded.
    """
    report = PetrarchReport(len(records), Counter(), 0, 0, 0, 0, 0, Counter())
    for record in records:
        coded = coded_by_id.get(record.id, [])
        expected, reasons = expected_events(record, table)
        if record.error:
            report.dropped[UNSCORED_ERROR_TEST] += 1
            continue
        if not record.noevents and not expected:
            report.dropped[reasons[0]] += 1
            continue
        errors = q.petrarch_error_kinds(expected, coded)
        if record.noevents:
            report.noevent_records += 1
            report.noevent_correct += not q.asserted(coded)
        else:
            report.event_records += 1
            needs = q.requirements(expected)
            report.type_actor_correct += all(q.requirement_met(r, coded) for r in needs)
            report.actor_correct += all(
                q.requirement_met(r, coded, actors_only=True) for r in needs
            )
        report.error_kinds.update(errors)
        if errors:
            raw = (events_by_id or {}).get(record.id, [])
            report.misses.append(
                {
                    "id": record.id,
                    "category": record.category,
                    "date": record.date.isoformat() if record.date else None,
                    "text": record.text,
                    "errors": errors,
                    "expected": [
                        {"type": x.type, "cameo": x.cameo, "source": x.source, "target": x.target}
                        for x in expected
                    ],
                    "coded": [_event_json(e) for e in raw]
                    if raw
                    else [
                        {
                            "type": e.type,
                            "modality": e.modality,
                            "source": e.source_code,
                            "target": e.target_code,
                        }
                        for e in coded
                    ],
                }
            )
    return report


def petrarch_kb(directory: Path, output: Path) -> Path:
    """Import the folder's PETR.Validate actor and agent dictionaries into a user-KB YAML file."""
    from seismo.kb.petrarch import import_petrarch

    agents = directory / PETRARCH_AGENTS
    import_petrarch(directory / PETRARCH_ACTORS, agents if agents.is_file() else None, output)
    return output


def evaluate_petrarch(
    directory: Path, settings: Settings, cameo_table: Path | None = None, limit: int | None = None
) -> PetrarchReport:
    """Code the unit-test records with the folder's dictionaries on top of the built-in KB."""
    start = time.perf_counter()
    directory = Path(directory)
    records = read_petrarch_records(directory)[:limit]
    table = load_cameo_table(cameo_table)
    with tempfile.TemporaryDirectory(prefix="seismo-petrarch-") as tmp:
        kb_file = petrarch_kb(directory, Path(tmp) / "petrarch_kb.yaml")
        run_settings = settings.model_copy(update={"kb": [*settings.kb, kb_file]})
        events = code_texts(((r.id, r.text, r.date) for r in records), run_settings)
    coded = {rid: [q.CodedEvent.from_event(e) for e in evs] for rid, evs in events.items()}
    report = score_petrarch(records, coded, table, events)
    if cameo_table is None:  # the readings are written against the bundled table
        readings = overlay_table(table, load_cameo_table(PETRARCH_READINGS))
        report.reading_correct = score_petrarch(records, coded, readings).type_actor_correct
    report.seconds = time.perf_counter() - start
    return report
