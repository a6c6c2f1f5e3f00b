#!/usr/bin/env python3
"""Can the learned type heads PROPOSE events where the rules coded nothing? (issue 18, docs/model.md)

    python scripts/type_proposals_cv.py [--clause main|root] [--oracle] [--json OUT]

Dev articles only (never tests/gold/articles/test), 5 folds leaving articles out (the folds of
scripts/type_policy_cv.py): each fold's articles are coded again with proposals from heads fitted on the
PLOVER GSR and the other four folds' dev sentences (``make model``'s data and fit). Only sentences with no
rule event are scored. Each proposed type becomes a trigger on the sentence's main clause (``--clause main``:
the root verb, or the clause a reporting root reports; ``root``: the root verb itself) and is read by the
ordinary trigger code (``Coder._code_trigger``: subject/object arguments, modality, date, place; the clause
heads it sees are the sentence's reporting verbs and the trigger). Proposals are recorded once at the lowest
threshold, best ``TOP`` types per sentence; each point of the curve keeps those at or above its threshold
(proposals never change the rules' events, checked on every article, so this is exact). ``--oracle``
proposes the gold types of the items in each empty sentence instead: a perfect type model, which bounds
what any type proposer on the main clause can gain.

Two measures per threshold:

- **type only**: proposals whose type is the type of a gold item of their sentence, and gold must/should
  items in the rules' empty sentences whose type a proposal names (an upper bound: any source, target,
  date would do);
- **full events**: the proposed events scored by the ordinary matcher together with the rules' events:
  must/should items gained, and the precision of the added asserted events (matched one-to-one to an item /
  added).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalsuite import ARTICLES, gold_dir

import seismo.coding.coder as coder_module
import seismo.pipeline
from seismo.coding import Coder, load_lexicon
from seismo.coding.event_dates import date_on_publication
from seismo.coding.events import Trigger
from seismo.coding.relevance import counted
from seismo.coding.reporting import is_reporting
from seismo.coding.sentence import StatementScope, evidence_of
from seismo.config import Settings
from seismo.evaluation.articles import code_cases, evaluate_article_folder, locate_evidence
from seismo.evaluation.gold import read_article_folder
from seismo.evaluation.typedata import article_examples, fit_heads, group_folds, gsr_examples, label_matrix
from seismo.evaluation.typeeval import EMBEDDINGS, CachedEncoder
from seismo.models import Event, Modality

DEV = ARTICLES["articles_dev"]
SETTINGS = Settings(kb=[], type_model=False)
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8)
TOP = 3  # types recorded per sentence, best first (the curve reads top 1 and top 3)
MIN_WORDS = 4  # as the heads' training sentences (typedata.MIN_WORDS)
CLAUSE_DEPS = ("ccomp", "xcomp")  # "said that ...", "vowed to ...": the reported clause


def main_clause(sent: Span, reporting) -> Token:
    """The sentence's root verb; when it only reports ("officials said", "he vowed"), the clause it reports."""
    verb = sent.root
    for _ in range(3):
        inner = next((c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")), None)
        if not reporting(verb) or inner is None:
            break
        verb = inner
    return verb


class _Info(coder_module.SentenceInfo):
    """The coder's SentenceInfo, remembered as the coder builds it (the proposals read the same dates)."""

    last = None

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        _Info.last = self


class ProposingCoder(Coder):
    """The rule coder, plus events the heads propose for sentences where the rules coded nothing.

    ``propose`` maps the empty sentences [(sentence start, text)] to {start: {type: probability}}. The rules'
    pass runs again with the proposals read on each chosen sentence's main clause by the ordinary trigger code
    (``Coder._code_trigger``: arguments, modality, date, place) with a scratch memory, and kept apart, so the
    rules' events stay as they were (checked below). A study instrument, not shipped.
    """

    def __init__(self, base: Coder, clause: str) -> None:
        super().__init__(base.kb, base.lexicon, base.version, base.noise, base.contexts)
        self.clause = clause
        self.propose = None
        self._wanted: dict[int, dict[str, float]] = {}
        self._proposed: list[Event] = []

    def code(self, doc, article) -> list[Event]:
        self._wanted, self._proposed = {}, []
        events = super().code(doc, article)
        if self.propose is None:
            return events
        told = {e.evidence.sentence for e in events}
        empty = [(sent.start, ev.sentence) for sent in doc.sents
                 if sent.text.strip() and (ev := evidence_of(sent, article.text)).sentence not in told]
        self._wanted = self.propose(empty)
        if not self._wanted:
            return events
        again = super().code(doc, article)
        assert again == events, "proposals changed the rules' events"
        return events + date_on_publication(counted(self._proposed), article.published)

    def _code_sentence(self, sent, article, ctx, state):
        events = super()._code_sentence(sent, article, ctx, state)
        scores = self._wanted.get(sent.start)
        if scores and not events:
            self._proposed += self._proposals(scores, _Info.last, article, ctx, state)
        return events

    def _proposals(self, scores, info, article, ctx, state) -> list[Event]:
        reporting = lambda t: is_reporting(t, self.lexicon)  # noqa: E731
        verb = info.sent.root if self.clause == "root" else main_clause(info.sent, reporting)
        heads = {t.i for t in info.sent if reporting(t)} | {verb.i}
        scratch = dataclasses.replace(state, references={})
        statement = StatementScope(info, heads, article, ctx, self.lexicon, self.version)
        out = []
        for type_ in scores:
            trigger = Trigger(verb=verb, word=verb, type=type_, mode=None)
            out += [e.model_copy(update={"type_source": "model", "type_scores": scores})
                    for e in self._code_trigger(trigger, statement, scratch) if e.type == type_]
        return out


def head_proposals(heads, enc, seen: list):
    """Every empty sentence's best ``TOP`` types (probability >= the lowest threshold), scores kept in ``seen``."""
    def propose(empty):
        empty = [(k, s) for k, s in empty if len(s.split()) >= MIN_WORDS]
        if not empty:
            return {}
        probs = heads.scores(enc.embed([s for _, s in empty]))
        out = {}
        for (key, text), row in zip(empty, probs, strict=True):
            seen.append((text, row))
            order = np.argsort(-row, kind="stable")[:TOP]
            chosen = {heads.types[i]: round(float(row[i]), 3) for i in order if row[i] >= min(THRESHOLDS)}
            if chosen:
                out[key] = chosen
        return out
    return propose


def oracle_proposals(case, text: str):
    """The gold types of the items whose evidence lies in each empty sentence (a perfect type model)."""
    spans = [(s, item) for item in case.items if item.evidence and (s := locate_evidence(item.evidence, text))]

    def propose(empty):
        out = {}
        for key, sentence in empty:
            at = locate_evidence(sentence, text)
            if at is None:
                continue
            types = {t for (a, b), item in spans if a < at[1] and at[0] < b for t in _spec_types(item.spec)}
            if types:
                out[key] = dict.fromkeys(sorted(types), 1.0)
        return out
    return propose


def _spec_types(spec) -> list[str]:
    value = spec.get("type")
    return [] if value is None else [str(t) for t in (value if isinstance(value, list) else [value])]


def code_folds(types, clause: str, oracle: bool = False):
    enc = CachedEncoder(EMBEDDINGS)
    cases = [c for c in read_article_folder(DEV) if c.annotated]
    names = sorted(c.id for c in cases)
    folds = [{names[i] for i in f} for f in group_folds(names, 5)]
    rules = code_cases(cases, SETTINGS)
    coder = ProposingCoder(seismo.pipeline.get_coder(SETTINGS), clause)
    seismo.pipeline.get_coder = lambda _settings: coder  # code_cases -> code_articles codes with it
    coder_module.SentenceInfo = _Info
    examples = gsr_examples(gold_dir() / "plover_gsr.jsonl") + article_examples(DEV, SETTINGS)
    emb, labels = enc.embed([e.text for e in examples]), label_matrix(examples, types)
    groups = np.array([e.group for e in examples])
    proposed, seen = {}, {}
    for held in folds:
        keep = ~np.isin(groups, list(held))
        heads = fit_heads(emb[keep], labels[keep], types)
        for case in [c for c in cases if c.id in held]:
            seen[case.id] = []
            article = rules[case.id][0]
            coder.propose = oracle_proposals(case, article.text) if oracle \
                else head_proposals(heads, enc, seen[case.id])
            got = code_cases([case], SETTINGS)[case.id]
            proposed[case.id] = [e for e in got[1] if e.type_source == "model"]
    coder.propose = None
    return cases, rules, proposed, seen


def report(rules, events: dict[str, list[Event]]):
    done = {k: (v if isinstance(v, str) else (v[0], list(v[1]) + events.get(k, []))) for k, v in rules.items()}
    return evaluate_article_folder(DEV, SETTINGS, coder=lambda _c, _s: done)


def _norm(text: str) -> str:
    return " ".join(text.split())


def kept(events: list[Event], threshold: float, top1: bool) -> list[Event]:
    return [e for e in events if e.type_scores[e.type] >= threshold
            and (not top1 or e.type_scores[e.type] == max(e.type_scores.values()))]


def type_only(cases, base, seen, threshold: float, top1: bool) -> dict[str, int]:
    """Gold items with nothing coded in their sentence whose type a proposal of that sentence names."""
    out = {"must": 0, "should": 0, "must_all": 0, "should_all": 0, "sentences": 0, "proposals": 0, "right": 0,
           "scored": 0, "with_item": 0}
    types = tuple(sorted(load_lexicon().types))
    by_case = {s.case.id: s for s in base.scores}
    for case in cases:
        rows = seen.get(case.id, [])
        chosen = []
        for text, probs in rows:
            order = np.argsort(-probs, kind="stable")[: 1 if top1 else 3]
            chosen.append((_norm(text), {types[i] for i in order if probs[i] >= threshold}))
        out["sentences"] += sum(bool(c) for _, c in chosen)
        empty = [o for o in by_case[case.id].outcomes if o.nothing_coded]
        out["scored"] += len(chosen)
        out["with_item"] += sum(any((ev := _norm(o.item.evidence or "")) and (ev in text or text in ev)
                                    for o in empty) for text, _ in chosen)
        for text, c in chosen:  # a proposal is type-right when an item of its sentence has that type
            items = [o for o in empty if (ev := _norm(o.item.evidence or "")) and (ev in text or text in ev)]
            out["proposals"] += len(c)
            out["right"] += sum(any(t in _types(o) for o in items) for t in c)
        for o in empty:
            out[f"{o.item.section}_all"] += 1
            gold = _types(o)
            ev = _norm(o.item.evidence or "")
            if any(ev and (ev in text or text in ev) and gold & c for text, c in chosen):
                out[o.item.section] += 1
    return out


def _types(outcome) -> set[str]:
    gold = outcome.item.spec.get("type")
    return set(gold if isinstance(gold, list) else [gold]) if gold else set()


def field_failures(base, rep) -> dict[str, int]:
    """Items the rules left with nothing in their sentence, now aligned to a proposed event of a right type:
    which of their other fields fail (a right type is not enough)."""
    empty = {(s.case.id, i) for s in base.scores for i, o in enumerate(s.outcomes)
             if o.nothing_coded and not o.found}
    out: dict[str, int] = {"aligned_right_type": 0, "matched": 0}
    for s in rep.scores:
        for i, o in enumerate(s.outcomes):
            if (s.case.id, i) not in empty or o.aligned is None or not o.fields.get("type", True):
                continue
            out["aligned_right_type"] += 1
            out["matched"] += o.found
            for name, agrees in o.fields.items():
                if not agrees:
                    out[name] = out.get(name, 0) + 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clause", choices=("main", "root"), default="main")
    parser.add_argument("--oracle", action="store_true", help="propose the gold types (a perfect type model)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    types = tuple(sorted(load_lexicon().types))
    cases, rules, proposed, seen = code_folds(types, args.clause, args.oracle)
    base = report(rules, {})
    t0 = base.tally()
    print(f"rules: must {t0.must_found}/{t0.must} should {t0.should_found}/{t0.should} precision "
          f"{t0.produced_matched}/{t0.produced} must_not {t0.violations} nothing_coded {t0.nothing_coded}; "
          f"{sum(map(len, seen.values()))} sentences of {MIN_WORDS}+ words without a rule event scored, "
          f"{type_only(cases, base, seen, 1.0, True)['with_item']} of them with a must or should item")
    rows = []
    for top1 in (False,) if args.oracle else (True, False):
        for th in (1.0,) if args.oracle else THRESHOLDS:
            add = {k: kept(v, th, top1) for k, v in proposed.items()}
            rep = report(rules, add)
            t = rep.tally()
            added = [e for v in add.values() for e in v]
            asserted = sum(e.modality is Modality.ASSERTED for e in added)
            hit = t.produced_matched - t0.produced_matched
            to = type_only(cases, base, seen, th, top1)
            row = {"top": 1 if top1 else 3, "threshold": th, "sentences": to["sentences"],
                   "type_only_must": to["must"], "type_only_should": to["should"],
                   "empty_must": to["must_all"], "empty_should": to["should_all"],
                   "added": len(added), "added_asserted": asserted, "added_matched": hit,
                   "added_precision": round(hit / asserted, 3) if asserted else None,
                   "must": t.must_found, "must_gain": t.must_found - t0.must_found,
                   "should_gain": t.should_found - t0.should_found, "precision": round(t.precision, 4),
                   "must_not": t.violations, "proposals": to["proposals"], "type_right": to["right"]}
            if (top1 and th in (0.2, 0.3, 0.5)) or args.oracle:
                row["fields"] = field_failures(base, rep)
            rows.append(row)
    print("| top | threshold | sentences proposed | type-right proposals | type-only must | type-only should "
          "| events added (asserted) "
          "| added matched | added precision | must gained | should gained | overall precision | must_not |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        p = "" if r["added_precision"] is None else f"{r['added_precision']:.3f}"
        right = f"{r['type_right']}/{r['proposals']} ({r['type_right'] / max(r['proposals'], 1):.2f})"
        print(f"| {r['top']} | {r['threshold']} | {r['sentences']} | {right} | "
              f"{r['type_only_must']}/{r['empty_must']} | "
              f"{r['type_only_should']}/{r['empty_should']} | {r['added']} ({r['added_asserted']}) | "
              f"{r['added_matched']} | {p} | {r['must_gain']:+d} | {r['should_gain']:+d} | {r['precision']:.3f} | "
              f"{r['must_not']} |")
    for r in rows:
        if "fields" in r:
            print(f"top {r['top']} threshold {r['threshold']}: {r['fields']}")
    if args.json:
        args.json.write_text(json.dumps({"clause": args.clause, "rules": {
            "must": t0.must_found, "should": t0.should_found, "produced": t0.produced,
            "matched": t0.produced_matched}, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
