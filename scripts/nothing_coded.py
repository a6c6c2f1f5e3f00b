"""Why gold items have nothing coded in their sentence: count the coder stage that lost each one.

Usage: ``PYTHONPATH=src python scripts/nothing_coded.py build/dev-halves/even [OUT.jsonl]``; a gold set of
sentences (``.jsonl``, e.g. one half of the GSR: ``build/gsr-halves/even.jsonl``) counts its records with a gold
event and nothing coded at all.

Why: "nothing coded" is the biggest loss on real news, and vocabulary, actor resolution and filters need
different fixes. This script codes a gold folder with the coder's steps wrapped (no change to what it
codes) and, for each must/should item with no event of any modality in its evidence sentence, names the
first step where the sentence's candidates died:

* ``sentence skipped``: no trigger search ran on it (noise: caption, byline; or no words);
* ``no trigger``: no verb, event noun or judgement in the lexicon matched the wording;
* ``trigger dropped before coding``: a trigger that only predicts ("warned X could ...") was dropped;
* ``trigger, no political source``: the subject named no actor (``trigger_parties.trigger_sources`` gave None);
* ``trigger, no pair``: no (source, target) pair with a party (no subject and no target named);
* ``events made, dropped later``: the relevance pass or reference merging removed them.

Develop on one half only (scripts/dev_halves.py); never point it at the held-out test set.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from devscript import run

import seismo.coding.coder as coder_module
from seismo.config import Settings
from seismo.evaluation.articles import code_cases, locate_evidence, score_article
from seismo.evaluation.gold import is_held_out, read_article_folder
from seismo.evaluation.goldsets import read_gold_jsonl
from seismo.evaluation.scoring import code_texts

Record = tuple  # (kind, sentence start char, sentence end char, detail...)
LOG: dict[str, list[Record]] = defaultdict(list)
CURRENT: dict[str, str] = {}


def _wrap() -> None:
    """Record per sentence the triggers found and what each trigger's coding returned."""
    find, nominal, code_trigger, code = (coder_module.find_triggers, coder_module.nominal_triggers,
                                         coder_module.Coder._code_trigger, coder_module.Coder.code)
    sources_of = coder_module.trigger_sources

    def find_logged(sent, *args, **kwargs):
        found = find(sent, *args, **kwargs)
        LOG[CURRENT["id"]].append(("raw", sent.start_char, sent.end_char, len(found)))
        return found

    def nominal_logged(sent, *args, **kwargs):
        found = nominal(sent, *args, **kwargs)
        LOG[CURRENT["id"]].append(("kept", sent.start_char, sent.end_char, len(found)))
        return found

    def code_trigger_logged(self, trigger, statement, *args):
        seen = {}

        def sources_logged(*a, **k):
            seen["sources"] = sources_of(*a, **k)
            return seen["sources"]

        coder_module.trigger_sources = sources_logged
        try:
            events = code_trigger(self, trigger, statement, *args)
        finally:
            coder_module.trigger_sources = sources_of
        sent = statement.info.sent
        LOG[CURRENT["id"]].append(("coded", sent.start_char, sent.end_char,
                                   "sources" in seen and seen["sources"] is None, len(events)))
        return events

    def code_logged(self, doc, article):
        CURRENT["id"] = article.doc_id
        return code(self, doc, article)

    coder_module.find_triggers, coder_module.nominal_triggers = find_logged, nominal_logged
    coder_module.Coder._code_trigger, coder_module.Coder.code = code_trigger_logged, code_logged


def cause(records: list[Record]) -> str:
    """The first coder step at which the sentence's candidates all died."""
    coded = [r for r in records if r[0] == "coded"]
    if not any(r[0] == "raw" for r in records):
        return "sentence skipped (noise or no words)"
    if not coded and not any(r[3] for r in records if r[0] == "kept"):
        return "no trigger" if not any(r[3] for r in records if r[0] == "raw") else "trigger dropped before coding"
    if not coded or all(r[4] == 0 for r in coded):
        return "trigger, no political source" if any(r[3] for r in coded) else "trigger, no pair"
    return "events made, dropped later (relevance, references)"


def gold_set_rows(path: Path) -> list[dict]:
    """The records of a sentence gold set with a gold event and no event coded (any modality), with the cause."""
    records = [r for r in read_gold_jsonl(path) if r.gold.events]
    coded = code_texts(((r.id, r.text, r.published) for r in records), Settings())
    return [{"article": r.id, "item": r.id, "section": "must", "type": [e.type for e in r.gold.events],
             "evidence": r.text, "cause": cause(LOG[r.id])} for r in records if not coded[r.id]]


def main(folder: Path, out: Path | None) -> None:
    if "articles/test" in str(folder.resolve()):
        raise SystemExit("the held-out test set is not for development")
    _wrap()
    if folder.suffix == ".jsonl":
        rows = gold_set_rows(folder)
        for name, n in Counter(r["cause"] for r in rows).most_common():
            print(f"{n:4d}  {name}")
        if out is not None:
            out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return
    if is_held_out(folder):  # development detail: never on the held-out set
        sys.exit(f"{folder} is held out (HELD_OUT): read it only with `seismo eval`, as totals")
    cases = [c for c in read_article_folder(folder, None) if c.annotated]
    coded = code_cases(cases, Settings())
    rows, counts = [], Counter()
    for case in cases:
        result = coded[case.id]
        if isinstance(result, str):
            continue
        article, events = result
        for outcome in score_article(case, article, events).outcomes:
            span = locate_evidence(outcome.item.evidence or "", article.text)
            if span is None or outcome.in_sentence:
                continue
            records = [r for r in LOG[article.doc_id] if r[1] < span[1] and span[0] < r[2]]
            rows.append({"article": case.id, "item": outcome.item.id, "section": outcome.item.section,
                         "type": outcome.item.spec.get("type"), "evidence": outcome.item.evidence,
                         "cause": cause(records)})
            counts[(rows[-1]["cause"], outcome.item.section)] += 1
    for name in sorted({c for c, _ in counts}, key=lambda c: -counts[(c, "must")] - counts[(c, "should")]):
        print(f"{counts[(name, 'must')] + counts[(name, 'should')]:4d}  must {counts[(name, 'must')]:3d}  {name}")
    if out is not None:
        out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    run(__doc__, lambda args: main(Path(args[0]), Path(args[1]) if len(args) > 1 else None))
