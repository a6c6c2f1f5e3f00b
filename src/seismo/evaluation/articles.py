"""Score the coder on annotated real-news articles: the library behind ``seismo eval FOLDER``.

Per article (docs/evaluation.md says the same in prose):

1. **Full matches, one-to-one.** A gold item and a produced event are an edge when the event meets
   every field the item lists (``seismo.evaluation.expected.event_matches``). A maximum bipartite
   matching pairs them, ``must`` items first: one event satisfies at most one item and one item
   takes at most one event. Must/should recall = matched items / items.
2. **Precision** = asserted events that the matching paired with an item / asserted events.
3. **must_not**: every asserted event matching a must_not item is one violation (a must_not item
   with ``evidence`` only looks at the events of that sentence).
4. **Alignment, for the per-field table.** Each item's ``evidence`` is located in ``Article.text``;
   the events whose evidence sentence overlaps it are the item's candidates. A matched item is
   aligned to its match; any other item to the candidate agreeing on most listed fields (any
   modality). Each listed field of an aligned item (type, source, target, date, location) counts
   as agree or disagree. Items with no candidate are "nothing coded in the sentence".

``score_article`` is pure (case + article + events -> ArticleScore) so tests feed hand-made events;
``evaluate_article_folder`` adds the coding step, imported lazily so this module loads without a
model.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from seismo.config import Settings
from seismo.evaluation.expected import (
    actor_matches,
    date_matches,
    event_matches,
    forbidden,
    place_matches,
)
from seismo.evaluation.gold import ArticleCase, GoldItem, read_article_folder
from seismo.evaluation.matching import max_matching
from seismo.evaluation.report import (
    ArticleScore,
    ArticleSetReport,
    EvidenceProblem,
    ItemOutcome,
    Violation,
    spec_label,
)
from seismo.models import Article, Event, Modality

Span = tuple[int, int]
# A coder for whole folders: cases -> {case id: (article, events) or a rejection reason}.
CodeCases = Callable[[Sequence[ArticleCase], Settings], dict[str, tuple[Article, list[Event]] | str]]


# ---------------------------------------------------------------------------------------------
# Evidence


def locate_evidence(evidence: str, text: str) -> Span | None:
    """The first place ``evidence`` occurs in ``text``: verbatim, else with any run of whitespace."""
    start = text.find(evidence)
    if start >= 0:
        return start, start + len(evidence)
    words = evidence.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    return (found.start(), found.end()) if found else None


def _in_sentence(event: Event, span: Span) -> bool:
    """The event's evidence sentence contains (or, across a bad sentence split, overlaps) the span."""
    return event.evidence.start < span[1] and span[0] < event.evidence.end


def _evidence_problem(case: ArticleCase, item_id: str, evidence: str, file_text: str) -> EvidenceProblem:
    where = (
        "in the text file but not in the stored text (title, dateline or boilerplate)"
        if locate_evidence(evidence, file_text)
        else "not in the text file"
    )
    return EvidenceProblem(article=case.id, item=item_id, evidence=evidence, where=where)


# ---------------------------------------------------------------------------------------------
# Per-field agreement and alignment


def _roles(event: Event, spec: Mapping[str, Any]) -> dict[str, bool]:
    """Source/target agreement, in the better orientation when ``either_direction`` is set."""
    keys = [k for k in ("source", "target") if k in spec]

    def check(src: Any, tgt: Any) -> dict[str, bool]:
        actors = {"source": src, "target": tgt}
        return {k: actor_matches(actors[k], spec[k]) for k in keys}

    direct = check(event.source, event.target)
    if not spec.get("either_direction"):
        return direct
    swapped = check(event.target, event.source)
    return swapped if sum(swapped.values()) > sum(direct.values()) else direct


def field_agreement(event: Event, spec: Mapping[str, Any]) -> dict[str, bool]:
    """Agree/disagree for each of type, source, target, date, location that ``spec`` lists."""
    out: dict[str, bool] = {}
    if "type" in spec:
        types = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
        out["type"] = event.type in types
    out.update(_roles(event, spec))
    if "date" in spec:
        out["date"] = date_matches(event.date, spec["date"])
    if "location" in spec:
        out["location"] = place_matches(event, dict(spec["location"]))
    return out


def _best_candidate(item: GoldItem, events: Sequence[Event], candidates: Sequence[int]) -> int | None:
    """The candidate agreeing on most listed fields; ties go to the right modality, then text order."""

    def key(i: int) -> tuple[int, int, int]:
        agree = sum(field_agreement(events[i], item.spec).values())
        return agree, events[i].modality.value == item.modality, -i

    return max(candidates, key=key, default=None)


# ---------------------------------------------------------------------------------------------
# Scoring


def _violations(case: ArticleCase, text: str, file_text: str, events: Sequence[Event]
                ) -> tuple[list[Violation], list[EvidenceProblem]]:
    asserted = [i for i, e in enumerate(events) if e.modality is Modality.ASSERTED]
    found: list[Violation] = []
    problems: list[EvidenceProblem] = []
    for n, spec in enumerate(case.must_not):
        rule = spec_label(spec)
        if "more_than" in spec:
            if len(asserted) > int(spec["more_than"]):
                found.append(Violation(rule, None, f"{len(asserted)} asserted events"))
            continue
        scope = asserted
        if spec.get("evidence"):
            span = locate_evidence(str(spec["evidence"]), text)
            if span is None:
                item_id = str(spec.get("id", f"must_not-{n}"))
                problems.append(_evidence_problem(case, item_id, str(spec["evidence"]), file_text))
            else:
                scope = [i for i in asserted if _in_sentence(events[i], span)]
        for i in scope:
            if forbidden(events[i], dict(spec)):
                e = events[i]
                found.append(Violation(rule, i, f"{e.type} {_actor(e.source)} -> {_actor(e.target)} {e.date}"))
    return found, problems


def _actor(actor: Any) -> str:
    return "-" if actor is None else str(actor.code or actor.name)


def _outcome(item: GoldItem, matched: int | None, events: Sequence[Event], span: Span | None) -> ItemOutcome:
    in_sentence = None if span is None else tuple(i for i, e in enumerate(events) if _in_sentence(e, span))
    aligned = matched if matched is not None else _best_candidate(item, events, in_sentence or ())
    fields = {} if aligned is None else field_agreement(events[aligned], item.spec)
    return ItemOutcome(item=item, matched=matched, aligned=aligned, fields=fields, in_sentence=in_sentence)


def score_article(case: ArticleCase, article: Article, events: Sequence[Event],
                  file_text: str | None = None) -> ArticleScore:
    """Score one coded article against its annotation (every modality of ``events`` is given)."""
    events = list(events)
    file_text = case.text_path.read_text(encoding="utf-8") if file_text is None else file_text
    items = case.section("must") + case.section("should")  # must first: they win ties
    edges = [[j for j, e in enumerate(events) if event_matches(e, dict(item.spec))] for item in items]
    matching = max_matching(edges, len(events))
    outcomes, problems = [], []
    for n, item in enumerate(items):
        span = None
        if item.evidence:
            span = locate_evidence(item.evidence, article.text)
            if span is None:
                problems.append(_evidence_problem(case, item.id, item.evidence, file_text))
        outcomes.append(_outcome(item, matching.get(n), events, span))
    violations, more = _violations(case, article.text, file_text, events)
    return ArticleScore(case=case, article=article, events=events, outcomes=outcomes,
                        violations=violations, evidence_problems=problems + more)


# ---------------------------------------------------------------------------------------------
# Coding


def code_cases(cases: Sequence[ArticleCase], settings: Settings
               ) -> dict[str, tuple[Article, list[Event]] | str]:
    """Read each text as ``seismo code`` does, with its own publication date, and code them all.

    The same calls as tests/test_expected_articles.py: ``split_inputs`` with
    ``Settings(published=...)``, then ``code_articles`` (one model load for the folder).
    """
    from seismo.pipeline import code_articles, split_inputs

    out: dict[str, tuple[Article, list[Event]] | str] = {}
    articles: list[tuple[str, Article]] = []
    for case in cases:
        dated = settings.model_copy(update={"published": case.published})
        read, rejections = split_inputs([str(case.text_path)], dated)
        if rejections or not read:
            out[case.id] = "; ".join(f"{r.code} {r.reason}" for r in rejections) or "no article read"
        else:
            articles.append((case.id, read[0]))
    coded = code_articles((a for _, a in articles), settings)
    for (case_id, _), doc in zip(articles, coded, strict=True):
        out[case_id] = (doc.article, list(doc.events))
    return out


def evaluate_article_folder(folder: Path, settings: Settings, *, name: str | None = None,
                            limit: int | None = None, coder: CodeCases | None = None) -> ArticleSetReport:
    """Code every annotated article of ``folder`` and score it; files with no items are skipped.

    ``coder`` replaces the coding step (tests feed hand-made events); default ``code_cases``.
    """
    started = time.perf_counter()
    cases = read_article_folder(folder, limit)
    report = ArticleSetReport(name=name or Path(folder).name, folder=Path(folder))
    annotated = [c for c in cases if c.annotated]
    report.not_annotated = [c.id for c in cases if not c.annotated]
    coded = (coder or code_cases)(annotated, settings) if annotated else {}
    for case in annotated:
        result = coded[case.id]
        if isinstance(result, str):
            outcomes = [ItemOutcome(item) for item in case.items]
            report.scores.append(ArticleScore(case=case, article=None, events=[], outcomes=outcomes,
                                              violations=[], evidence_problems=[], rejected=result))
        else:
            report.scores.append(score_article(case, *result))
    report.seconds = time.perf_counter() - started
    return report
