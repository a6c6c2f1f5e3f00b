"""Accuracy metrics of coded events against gold labels: pure functions, no model needed.

A *prediction* for one record is the list of :class:`CodedEvent` the coder produced for its text
(every modality; only ``asserted`` ones count, as in the event data). Each metric takes a list of
``(GoldLabel, list[CodedEvent])`` pairs and skips the records whose gold does not give what it needs
(``None`` fields). Definitions (also in docs/accuracy.md):

- relevance: a record is predicted relevant when it has >= 1 asserted event; P/R/F1 against
  ``gold.relevant``.
- event type, per record: the set of gold types G and the set of asserted coded types P.
  micro P/R/F1 pool |G & P|, |P - G|, |G - P| over records; macro-F1 averages the per-type F1 over
  every type that occurs in gold or predictions (scikit-learn's convention); type recall is the
  share of (record, gold type) pairs whose type is among the coded types.
- quad class: the quad of the coded event whose type is a gold type, else the most frequent coded
  quad (ties: the earliest), 0 when nothing was coded; accuracy against ``gold.quad``.
- dyad: a gold event (type, sources, targets) is matched by a coded event of the same type whose
  source country is among the gold sources (any, when the gold lists none) and likewise the target.
  Recall = matched gold events / gold events; precision = coded (type, source, target) triples that
  match some gold event / coded triples (deduplicated per record).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from seismo.evaluation.goldsets import GoldEvent, GoldLabel
from seismo.models import Event

NONE = "NONE"


@dataclass(frozen=True)
class CodedEvent:
    """The parts of a coded event that the metrics read."""

    type: str
    quad: int | None = None
    source_country: str | None = None
    target_country: str | None = None
    source_code: str | None = None
    target_code: str | None = None
    source_name: str | None = None
    target_name: str | None = None
    modality: str = "asserted"

    @property
    def asserted(self) -> bool:
        return self.modality == "asserted"

    @classmethod
    def from_event(cls, event: Event) -> CodedEvent:
        src, tgt = event.source, event.target
        return cls(
            type=event.type,
            quad=event.quad_class,
            source_country=src.country if src else None,
            target_country=tgt.country if tgt else None,
            source_code=(src.code or src.country) if src else None,
            target_code=(tgt.code or tgt.country) if tgt else None,
            source_name=src.name if src else None,
            target_name=tgt.name if tgt else None,
            modality=str(event.modality.value),
        )


Pair = tuple[GoldLabel, Sequence[CodedEvent]]


@dataclass(frozen=True)
class PRF:
    """Counts and the precision/recall/F1 they give (0.0 where a denominator is 0)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def asserted(events: Iterable[CodedEvent]) -> list[CodedEvent]:
    return [e for e in events if e.asserted]


def coded_types(events: Iterable[CodedEvent]) -> set[str]:
    return {e.type for e in asserted(events)}


def relevance_prf(pairs: Iterable[Pair]) -> PRF:
    tp = fp = fn = 0
    for gold, events in pairs:
        if gold.relevant is None:
            continue
        predicted = bool(asserted(events))
        tp += predicted and gold.relevant
        fp += predicted and not gold.relevant
        fn += gold.relevant and not predicted
    return PRF(tp, fp, fn)


def _typed(pairs: Iterable[Pair]) -> list[tuple[set[str], set[str]]]:
    return [
        (set(gold.types), coded_types(events)) for gold, events in pairs if gold.types is not None
    ]


def type_micro_prf(pairs: Iterable[Pair]) -> PRF:
    tp = fp = fn = 0
    for gold, pred in _typed(pairs):
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return PRF(tp, fp, fn)


def per_type_prf(pairs: Iterable[Pair]) -> dict[str, PRF]:
    """Record-level P/R/F1 per PLOVER type, for every type in gold or predictions (sorted)."""
    counts: dict[str, list[int]] = {}
    for gold, pred in _typed(pairs):
        for t in gold | pred:
            c = counts.setdefault(t, [0, 0, 0])
            c[0] += t in gold and t in pred
            c[1] += t in pred and t not in gold
            c[2] += t in gold and t not in pred
    return {t: PRF(*counts[t]) for t in sorted(counts)}


def type_macro_f1(pairs: Iterable[Pair]) -> float:
    table = per_type_prf(pairs)
    return sum(p.f1 for p in table.values()) / len(table) if table else 0.0


def type_recall(pairs: Iterable[Pair]) -> float:
    """Share of (record, gold type) pairs whose type is among the asserted coded types."""
    hits = total = 0
    for gold, pred in _typed(pairs):
        total += len(gold)
        hits += len(gold & pred)
    return hits / total if total else 0.0


def predicted_quad(gold_types: Iterable[str], events: Sequence[CodedEvent]) -> int:
    """The quad to compare with gold: the matching-type event's, else the most frequent, else 0."""
    events = [e for e in asserted(events) if e.quad is not None]
    wanted = set(gold_types)
    for e in events:
        if e.type in wanted:
            return int(e.quad or 0)
    if not events:
        return 0
    return int(Counter(e.quad for e in events).most_common(1)[0][0] or 0)


def quad_accuracy(pairs: Iterable[Pair]) -> tuple[float, int]:
    """(accuracy, number of records with a gold quad)."""
    right = total = 0
    for gold, events in pairs:
        if gold.quad is None:
            continue
        total += 1
        right += predicted_quad(gold.types or (), events) == gold.quad
    return (right / total if total else 0.0), total


def dyad_matches(gold: GoldEvent, event: CodedEvent) -> bool:
    return (
        event.type == gold.type
        and (not gold.source_countries or event.source_country in gold.source_countries)
        and (not gold.target_countries or event.target_country in gold.target_countries)
    )


@dataclass(frozen=True)
class DyadCounts:
    """Gold events matched / gold events; coded triples matching a gold event / coded triples."""

    gold_matched: int
    gold_total: int
    coded_matched: int
    coded_total: int

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold_total if self.gold_total else 0.0

    @property
    def precision(self) -> float:
        return self.coded_matched / self.coded_total if self.coded_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "gold_matched": self.gold_matched,
            "gold_total": self.gold_total,
            "coded_matched": self.coded_matched,
            "coded_total": self.coded_total,
        }


def coded_triples(events: Iterable[CodedEvent]) -> list[CodedEvent]:
    """Asserted events, one per distinct (type, source country, target country)."""
    triples: dict[tuple[str, str | None, str | None], CodedEvent] = {}
    for e in asserted(events):
        triples.setdefault((e.type, e.source_country, e.target_country), e)
    return list(triples.values())


def dyad_counts(pairs: Iterable[Pair]) -> DyadCounts:
    gm = gt = cm = ct = 0
    for gold, events in pairs:
        if gold.events is None:
            continue
        triples = coded_triples(events)
        gt += len(gold.events)
        gm += sum(any(dyad_matches(g, e) for e in triples) for g in gold.events)
        ct += len(triples)
        cm += sum(any(dyad_matches(g, e) for g in gold.events) for e in triples)
    return DyadCounts(gm, gt, cm, ct)


def confusion_matrix(pairs: Iterable[Pair]) -> dict[str, Counter[str]]:
    """Gold type (``NONE``: a record with no gold type) -> Counter of the first asserted type."""
    matrix: dict[str, Counter[str]] = {}
    for gold, events in pairs:
        if gold.types is None:
            continue
        coded = asserted(events)
        first = coded[0].type if coded else NONE
        for t in gold.types or (NONE,):
            matrix.setdefault(t, Counter())[first] += 1
    return matrix


def false_positive_share(pairs: Sequence[Pair]) -> float:
    """Share of records whose gold says 'no event' that got >= 1 asserted event."""
    negatives = [events for gold, events in pairs if gold.relevant is False]
    return sum(bool(asserted(e)) for e in negatives) / len(negatives) if negatives else 0.0


# ---------------------------------------------------------------------------------------------
# Error kinds: what went wrong on one record, for the misses file and the "most common errors" table


def _actor_error(role: str, wanted: tuple[str, ...], have: str | None) -> str | None:
    if not wanted or have in wanted:
        return None
    return f"{role} missing" if have is None else f"{role} wrong country"


def error_kinds(gold: GoldLabel, events: Sequence[CodedEvent]) -> list[str]:
    """Error kinds of one record ("kind: detail"); empty when the record is fully right.

    Kinds: ``false positive`` (event on a no-event record), ``missed`` (no asserted event:
    nothing coded, or only negated/future/hypothetical/denied ones), ``type confusion`` (gold
    type not coded, another one was), ``extra type`` (a coded type not in gold), ``source
    missing/wrong country``, ``target missing/wrong country``, ``source/target swapped`` (the
    last three only for events of the right type).
    """
    coded = asserted(events)
    gold_types = set(gold.types or ())
    if gold.relevant is False or (gold.types is not None and not gold_types):
        return [
            f"false positive: {t} coded on a non-event" for t in sorted({e.type for e in coded})
        ]
    kinds: list[str] = []
    pred = {e.type for e in coded}
    missing = sorted(gold_types - pred)
    if missing and not coded:
        modalities = sorted({e.modality for e in events})
        kinds.append(
            f"missed: only {'/'.join(modalities)} events coded"
            if modalities
            else "missed: nothing coded"
        )
    elif missing:
        kinds.extend(f"type confusion: {t} coded as {coded[0].type}" for t in missing)
    if gold_types & pred:
        kinds.extend(f"extra type: {t}" for t in sorted(pred - gold_types))
    for g in gold.events or ():
        same_type = [e for e in coded if e.type == g.type]
        if not same_type or any(dyad_matches(g, e) for e in same_type):
            continue
        e = same_type[0]
        if (
            g.source_countries
            and g.target_countries
            and e.source_country in g.target_countries
            and e.target_country in g.source_countries
        ):
            kinds.append("source/target swapped")
            continue
        for kind in (
            _actor_error("source", g.source_countries, e.source_country),
            _actor_error("target", g.target_countries, e.target_country),
        ):
            if kind:
                kinds.append(kind)
    return kinds


def general_kind(kind: str) -> str:
    """'type confusion: REQUEST coded as ACCUSE' -> 'type confusion'."""
    return kind.split(":", 1)[0]


# ---------------------------------------------------------------------------------------------
# PETRARCH unit-test records, scored at the PLOVER level


@dataclass(frozen=True)
class ExpectedEvent:
    """A PETRARCH coding mapped to PLOVER: type plus the actor codes as PETRARCH wrote them."""

    type: str
    source: str
    target: str
    cameo: str


def _words(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.upper()).split())


def _segments(code: str) -> tuple[str, list[str]]:
    return code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]


def actor_code_matches(expected: str, code: str | None, name: str | None = None) -> bool:
    """Does a coded actor satisfy a PETRARCH actor code?

    PETRARCH codes are 3-letter blocks: a primary actor (country, IGO, or a fictional state) then
    agents (``CALGOV``, ``ARNGOVFRM``). The rule, at the PLOVER level: the primary block must be the
    same; when the expected code has agents its *first* agent must be among the coded agents (the
    coder may add more); when it has none, any coded agents are accepted (``ARN`` accepts
    ``ARNGOV``).
    ``---`` (no primary actor) matches any primary; a quoted code (``"THE MINISTRY OF MAGIC"``, an
    actor PETRARCH took from the text) matches when one of the texts contains the other; an empty
    expected code matches anything.
    """
    expected = expected.strip().upper()
    if not expected:
        return True
    if expected.startswith('"'):
        want, have = _words(expected), _words(name or "")
        return bool(have) and (want in have or have in want)
    if not code:
        return False
    exp_primary, exp_agents = _segments(expected)
    primary, agents = _segments(code.strip().upper())
    if exp_primary != "---" and exp_primary != primary:
        return False
    return not exp_agents or exp_agents[0] in agents


def expected_found(expected: ExpectedEvent, events: Sequence[CodedEvent]) -> bool:
    return any(
        e.type == expected.type
        and actor_code_matches(expected.source, e.source_code, e.source_name)
        and actor_code_matches(expected.target, e.target_code, e.target_name)
        for e in asserted(events)
    )


def actors_found(expected: ExpectedEvent, events: Sequence[CodedEvent]) -> bool:
    """Source and target right on some asserted event, whatever its type (coder mechanics only)."""
    return any(
        actor_code_matches(expected.source, e.source_code, e.source_name)
        and actor_code_matches(expected.target, e.target_code, e.target_name)
        for e in asserted(events)
    )


def requirements(expected: Sequence[ExpectedEvent]) -> list[tuple[ExpectedEvent, ...]]:
    """Expected events as requirements; a mirrored pair (A->B and B->A, same type: PETRARCH's two
    codings of a reciprocal event) is one requirement met by either direction, since PLOVER codes a
    reciprocal event once."""
    out: list[tuple[ExpectedEvent, ...]] = []
    used: set[int] = set()
    for i, x in enumerate(expected):
        if i in used:
            continue
        mirror = next(
            (
                j
                for j, y in enumerate(expected)
                if j > i
                and j not in used
                and y.type == x.type
                and y.source == x.target
                and y.target == x.source
                and x.source != x.target
            ),
            None,
        )
        if mirror is None:
            out.append((x,))
        else:
            used.add(mirror)
            out.append((x, expected[mirror]))
    return out


def requirement_met(
    alternatives: Sequence[ExpectedEvent], events: Sequence[CodedEvent], actors_only: bool = False
) -> bool:
    found = actors_found if actors_only else expected_found
    return any(found(x, events) for x in alternatives)


def petrarch_error_kinds(
    expected: Sequence[ExpectedEvent], events: Sequence[CodedEvent]
) -> list[str]:
    """Error kinds of one PETRARCH record (``expected`` empty = a no-event record)."""
    coded = asserted(events)
    if not expected:
        return [
            f"false positive: {t} coded on a no-event record"
            for t in sorted({e.type for e in coded})
        ]
    kinds: list[str] = []
    for alternatives in requirements(expected):
        if requirement_met(alternatives, events):
            continue
        x = alternatives[0]
        same = [e for e in coded if e.type == x.type]
        if not coded:
            modalities = sorted({e.modality for e in events})
            kinds.append(
                f"missed: only {'/'.join(modalities)} events coded"
                if modalities
                else "missed: nothing coded"
            )
        elif not same:
            kinds.append(f"type confusion: {x.type} coded as {coded[0].type}")
        elif not any(actor_code_matches(x.source, e.source_code, e.source_name) for e in same):
            kinds.append(
                "source missing"
                if all(e.source_code is None for e in same)
                else "source wrong code"
            )
        else:
            kinds.append(
                "target missing"
                if all(e.target_code is None for e in same)
                else "target wrong code"
            )
    return kinds
