#!/usr/bin/env python3
"""A candidate-level type scorer against the rules (issue 18): dev and GSR cross-validation.

    python scripts/type_candidate_cv.py            # prints the table of docs/model.md, "Candidate features"

The shipped heads read one sentence embedding, so two candidates of a sentence get the same scores and the
heads never know what the rules already decided. This study scores each rule *candidate* with

- ``S``: the sentence embedding (as the shipped heads);
- ``P``: an embedding of the candidate's own words: the trigger with its object, particle and complement
  (the trigger's subtree without its subject, adverbial clauses and reported clauses, at most 8 words:
  "withdraw troops from the border", "talks with the rebels");
- ``R``: the rules' type, one-hot (weighted);
- ``L``: the types the trigger's lexicon entries allow (multi-hot).

One multinomial logistic regression over candidates (GSR candidates take their record's gold types, dev
candidates the types of the gold items aligned to them). Two cross-validations, never the test folder:
dev (5 folds leaving articles out; the GSR stays in training) and GSR (5 folds over records; dev stays in
training). Each policy (switch/margin) is chosen on one and read on the other as well, so a point that
only pays on the set it was chosen on shows it. Dev figures use the article matcher; GSR figures the gold
set scorer (type micro-F1).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalsuite import gold_dir
from type_policy_cv import SETTINGS, Bench, allowed_types, oracles

from seismo.evaluation.goldsets import read_gold_jsonl
from seismo.evaluation.scoring import score_gold_set
from seismo.evaluation.typedata import group_folds
from seismo.models import Event

PHRASE_WORDS = 8
LEFT_OUT = {"nsubj", "nsubjpass", "csubj", "advcl", "ccomp", "parataxis", "punct", "mark", "cc", "conj",
            "aux", "auxpass", "neg", "relcl", "appos"}


# ---- the candidate's own words --------------------------------------------------------------------------

def trigger_token(sent, trigger: str):
    """The token of ``sent`` the trigger's head word names (the first match of its first word's lower form)."""
    words = [w.lower() for w in (trigger or "").split()]
    if not words:
        return None
    for tok in sent:
        if tok.lower_ == words[0] or tok.lemma_.lower() == words[0]:
            return tok
    return None


def candidate_phrase(nlp_doc, trigger: str) -> str:
    """The trigger with its object, particle and complement, in sentence order, at most PHRASE_WORDS."""
    tok = trigger_token(nlp_doc, trigger)
    if tok is None:
        return trigger or ""
    keep = [tok]
    for child in tok.children:
        if child.dep_ not in LEFT_OUT:
            keep.extend(child.subtree)
    keep = sorted(set(keep), key=lambda t: t.i)
    # words nearest the trigger first when the phrase is too long
    keep = sorted(sorted(keep, key=lambda t: abs(t.i - tok.i))[:PHRASE_WORDS], key=lambda t: t.i)
    return " ".join(t.text for t in keep)


# ---- the feature rows ------------------------------------------------------------------------------------

class Rows:
    """Every rule candidate of the GSR and dev, with its gold types (empty: no typed item aligned)."""

    def __init__(self, b: Bench) -> None:
        from seismo.nlp import load_pipeline

        self.rows: list[tuple[str, str, Event, set[str]]] = []
        self.rows += [(rid, "gsr", e, b.gsr_gold[rid]) for rid, evs in b.gsr_coded.items() for e in evs]
        self.rows += [(k, "dev", e, b.dev_labels.get(e.event_id, set())) for k in b.names for e in b.events(k)]
        nlp = load_pipeline(SETTINGS.model)
        sentences = list(dict.fromkeys(e.evidence.sentence for _, _, e, _ in self.rows))
        parsed = dict(zip(sentences, nlp.pipe(sentences), strict=True))
        self.phrases = [candidate_phrase(parsed[e.evidence.sentence], e.trigger or "") for _, _, e, _ in self.rows]
        self.sent = b.enc.embed([e.evidence.sentence for _, _, e, _ in self.rows])
        self.phrase = b.enc.embed(self.phrases)
        n, k = len(self.rows), len(b.types)
        self.rule = np.zeros((n, k))
        self.lex = np.zeros((n, k))
        for i, (_, _, e, _) in enumerate(self.rows):
            self.rule[i, b.idx[e.type]] = 1.0
            for t in allowed_types(b, e):
                self.lex[i, b.idx[t]] = 1.0

    def matrix(self, parts: str, rule_weight: float = 1.0) -> np.ndarray:
        table = {"S": self.sent, "P": self.phrase, "R": self.rule * rule_weight, "L": self.lex}
        return np.hstack([table[p] for p in parts]).astype(np.float64)


def fit_predict(b: Bench, rows: Rows, x: np.ndarray, train: list[int], test: list[int], c: float) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    xs, ys, ws = [], [], []
    for i in train:
        gold = rows.rows[i][3]
        for t in sorted(gold):
            xs.append(x[i]), ys.append(b.idx[t]), ws.append(1.0 / len(gold))
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(np.array(xs), np.array(ys), sample_weight=np.array(ws))
    probs = np.zeros((len(test), len(b.types)))
    if test:
        probs[:, model.classes_] = model.predict_proba(x[test])
    return probs


def cv_probs(b: Bench, rows: Rows, x: np.ndarray, c: float) -> dict[tuple[str, str], np.ndarray]:
    """(origin, event id) -> probabilities from a model that never saw the candidate's article / record."""
    out: dict[tuple[str, str], np.ndarray] = {}
    labelled = [i for i, r in enumerate(rows.rows) if r[3]]
    for origin, names in (("dev", b.names), ("gsr", sorted(b.gsr_coded))):
        for fold in group_folds(names, 5):
            held = {names[j] for j in fold}
            train = [i for i in labelled if not (rows.rows[i][1] == origin and rows.rows[i][0] in held)]
            test = [i for i, r in enumerate(rows.rows) if r[1] == origin and r[0] in held]
            probs = fit_predict(b, rows, x, train, test, c)
            out.update({(origin, rows.rows[i][2].event_id): p for i, p in zip(test, probs, strict=True)})
    return out


# ---- policies on both sets -------------------------------------------------------------------------------

def retyped(b: Bench, events: list[Event], probs, origin: str, switch: float, margin: float) -> tuple[list[Event], int]:
    taken = {(e.evidence.sentence, e.type) for e in events}
    out, n = [], 0
    for e in events:
        p = probs[(origin, e.event_id)]
        best = int(np.argmax(p))
        if (b.types[best] != e.type and p[best] >= switch and p[best] - p[b.idx[e.type]] >= margin
                and (e.evidence.sentence, b.types[best]) not in taken):
            out.append(b.retype(e, b.types[best]))
            n += 1
        else:
            out.append(e)
    return out, n


def gsr_f1(b: Bench, events: dict[str, list[Event]]) -> float:
    records = read_gold_jsonl(b.gsr_path)
    return score_gold_set("plover_gsr", records, events).figures()["type_micro_f1"]


def evaluate(b: Bench, probs, switch: float, margin: float) -> dict[str, float]:
    dev, n_dev = {}, 0
    for name in b.names:
        dev[name], n = retyped(b, b.events(name), probs, "dev", switch, margin)
        n_dev += n
    gsr, n_gsr = {}, 0
    for rid, evs in b.gsr_coded.items():
        gsr[rid], n = retyped(b, list(evs), probs, "gsr", switch, margin)
        n_gsr += n
    f = b.figures(dev)
    f.update({"gsr_f1": gsr_f1(b, gsr), "switched_dev": n_dev, "switched_gsr": n_gsr})
    return f


def alone(b: Bench, rows: Rows, probs, origin: str) -> float:
    hits = [b.types[int(np.argmax(probs[(o, e.event_id)]))] in gold
            for _, o, e, gold in rows.rows if o == origin and gold]
    return sum(hits) / len(hits)


def added(b: Bench, events: list[Event], probs, origin: str, threshold: float) -> tuple[list[Event], int]:
    """The rules' events plus, beside a candidate, a copy with the model's best type when it differs, has
    probability >= threshold and the sentence has no event of that type yet (a second event, not a switch)."""
    taken = {(e.evidence.sentence, e.type) for e in events}
    out, n = list(events), 0
    for e in events:
        p = probs[(origin, e.event_id)]
        best = b.types[int(np.argmax(p))]
        if best != e.type and p[b.idx[best]] >= threshold and (e.evidence.sentence, best) not in taken:
            taken.add((e.evidence.sentence, best))
            copy = b.retype(e, best)
            out.append(copy.model_copy(update={"event_id": Event.make_id(e.doc_id, e.event_id, best)}))
            n += 1
    return out, n


def added_oracle(b: Bench) -> tuple[dict[str, float], int]:
    """Every type-wrong aligned item gets a copy of its event with its gold type beside the rules' one."""
    out, n = {}, 0
    wrong: dict[str, list[tuple[Event, str]]] = {}
    for score in b.rules_report.scores:
        for o in score.outcomes:
            if o.aligned is not None and o.fields.get("type") is False:
                gold = o.item.spec["type"]
                wrong.setdefault(score.events[o.aligned].doc_id, []).append(
                    (score.events[o.aligned], gold[0] if isinstance(gold, list) else gold))
    for name in b.names:
        events = b.events(name)
        extra = {}
        for e, t in wrong.get(events[0].doc_id if events else "", []):
            extra.setdefault((e.event_id, t), b.retype(e, t).model_copy(
                update={"event_id": Event.make_id(e.doc_id, e.event_id, t)}))
        out[name] = events + list(extra.values())
        n += len(extra)
    return b.figures(out), n


def evaluate_added(b: Bench, probs, threshold: float) -> dict[str, float]:
    dev, n_dev = {}, 0
    for name in b.names:
        dev[name], n = added(b, b.events(name), probs, "dev", threshold)
        n_dev += n
    f = b.figures(dev)
    f.update({"gsr_f1": float("nan"), "switched_dev": n_dev, "switched_gsr": 0})
    return f


def event_probs(b: Bench, rows: Rows, x: np.ndarray, c: float) -> dict[str, float]:
    """Dev candidate -> probability that a gold item of any type is aligned to it (5 article folds; dev only,
    since every GSR candidate sits in an event sentence)."""
    from sklearn.linear_model import LogisticRegression

    aligned = set()
    for score in b.rules_report.scores:
        aligned |= {score.events[o.aligned].event_id for o in score.outcomes if o.aligned is not None}
    dev = [i for i, r in enumerate(rows.rows) if r[1] == "dev"]
    y = np.array([rows.rows[i][2].event_id in aligned for i in range(len(rows.rows))])
    out: dict[str, float] = {}
    for fold in group_folds(b.names, 5):
        held = {b.names[j] for j in fold}
        train = [i for i in dev if rows.rows[i][0] not in held]
        test = [i for i in dev if rows.rows[i][0] in held]
        model = LogisticRegression(C=c, max_iter=3000).fit(x[train], y[train])
        out.update({rows.rows[i][2].event_id: float(p) for i, p in zip(test, model.predict_proba(x[test])[:, 1],
                                                                       strict=True)})
    return out


def evaluate_dropped(b: Bench, p_event: dict[str, float], threshold: float) -> dict[str, float]:
    dev, n_dev = {}, 0
    for name in b.names:
        events = b.events(name)
        dev[name] = [e for e in events if p_event[e.event_id] >= threshold]
        n_dev += len(events) - len(dev[name])
    f = b.figures(dev)
    f.update({"gsr_f1": float("nan"), "switched_dev": n_dev, "switched_gsr": 0})
    return f


def nested(b: Bench, settings: dict[str, dict[str, list[Event]]]) -> tuple[dict[str, float], list[str]]:
    """Honest figures for a policy family: for each of the 5 article folds, the setting (one label of
    ``settings``, each a full set of dev events) with the most must items, then the best precision, on the
    *other* four folds is applied to that fold; the rules alone (label "rules") win ties."""
    from seismo.evaluation.report import Tally

    per = {label: {s.case.id: s.tally() for s in b.report(events).scores} for label, events in settings.items()}
    rules = {s.case.id: s.tally() for s in b.rules_report.scores}
    per["rules"] = rules
    total, chosen = Tally(), []
    for name in set(rules) - set(b.names):  # articles that could not be read: the same for every setting
        total.add(rules[name])
    for fold in group_folds(b.names, 5):
        held = {b.names[j] for j in fold}

        def key(label: str, held=held) -> tuple:
            t = Tally()
            for name, tally in per[label].items():
                if name not in held:
                    t.add(tally)
            return (t.must_found, round(t.precision, 4), label == "rules")

        best = max(["rules", *sorted(set(per) - {"rules"})], key=key)
        chosen.append(best)
        for name in held:
            total.add(per[best][name])
    return {"must": total.must_found, "must_recall": total.must_recall, "should_recall": total.should_recall,
            "precision": total.precision, "must_not": total.violations,
            "type_accuracy": total.field_accuracy("type"), "gsr_f1": float("nan")}, chosen


GRID = [(s, m) for s in (0.4, 0.6, 0.8, 0.9) for m in (0.0, 0.4)]


def main() -> int:
    b = Bench()
    b.gsr_path = gold_dir() / "plover_gsr.jsonl"
    rows = Rows(b)
    for phrase, (_, _, e, _) in list(zip(rows.phrases, rows.rows, strict=True))[::97]:
        print(f"   phrase of {e.trigger!r} ({e.type}): {phrase!r}")
    rules = b.figures({})
    rules["gsr_f1"] = gsr_f1(b, {k: list(v) for k, v in b.gsr_coded.items()})
    print(f"rules: {fmt(rules)}")
    for label, f, n in oracles(b):
        print(f"{label}: must {f['must']} type acc {f['type_accuracy']:.3f} ({n} re-typed)")
    labelled = [(o, e, gold) for _, o, e, gold in rows.rows if gold]
    for origin in ("dev", "gsr"):
        hits = [e.type in gold for o, e, gold in labelled if o == origin]
        print(f"rules' type on the same {origin} candidates: {sum(hits) / len(hits):.3f} ({len(hits)})")
    variants = [("SPRL", 1.0, 1.0), ("SPL", 0.0, 1.0), ("SP", 0.0, 1.0)]
    for parts, weight, c in variants:
        x = rows.matrix(parts.replace("R", "R" if weight else ""), weight)
        probs = cv_probs(b, rows, x, c)
        head = f"{parts} rule x{weight:g} C={c:g}: alone dev {alone(b, rows, probs, 'dev'):.3f} " \
               f"gsr {alone(b, rows, probs, 'gsr'):.3f}"
        print(head)
        for switch, margin in GRID:
            f = evaluate(b, probs, switch, margin)
            if f["switched_dev"] or f["switched_gsr"]:
                print(f"   {switch}/{margin}: {fmt(f)}")
        for threshold in (0.5, 0.7, 0.9):
            print(f"   second event >= {threshold}: {fmt(evaluate_added(b, probs, threshold))}")
        switches = {f"{sw}/{m}": {k: retyped(b, b.events(k), probs, "dev", sw, m)[0] for k in b.names}
                    for sw, m in GRID}
        f, chosen = nested(b, switches)
        print(f"   switch, nested choice {chosen}: {fmt(f)}")
        seconds = {f"second>={t}": {k: added(b, b.events(k), probs, "dev", t)[0] for k in b.names}
                   for t in (0.3, 0.5, 0.7, 0.9)}
        f, chosen = nested(b, seconds)
        print(f"   second event, nested choice {chosen}: {fmt(f)}")
    f, n = added_oracle(b)
    print(f"oracle second event (gold type beside every type-wrong aligned event): must {f['must']} "
          f"should {f['should_recall']:.3f} prec {f['precision']:.3f} must_not {f['must_not']} ({n} added)")
    for parts in ("SPRL", "PRL", "SR"):
        p_event = event_probs(b, rows, rows.matrix(parts), 1.0)
        print(f"drop, features {parts}:")
        for threshold in (0.1, 0.2, 0.3, 0.4, 0.5):
            print(f"   drop below {threshold}: {fmt(evaluate_dropped(b, p_event, threshold))}")
        drops = {f"drop<{t}": {k: [e for e in b.events(k) if p_event[e.event_id] >= t] for k in b.names}
                 for t in (0.1, 0.2, 0.3, 0.4, 0.5)}
        f, chosen = nested(b, drops)
        print(f"   drop, nested choice {chosen}: {fmt(f)}")
    return 0


def fmt(f: dict[str, float]) -> str:
    return (f"must {f['must']} should {f['should_recall']:.3f} prec {f['precision']:.3f} "
            f"must_not {f['must_not']} type acc {f['type_accuracy']:.4f} gsr F1 {f['gsr_f1']:.4f} "
            f"switched {f.get('switched_dev', 0)}/{f.get('switched_gsr', 0)}")


if __name__ == "__main__":
    sys.exit(main())
