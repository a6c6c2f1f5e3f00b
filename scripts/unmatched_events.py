"""List the asserted events of an article folder that match no gold item, each with the gold items of its sentence
and the fields on which it disagrees with each (the precision counterpart of ``seismo eval --review``).

Why: precision on real news is the share of asserted events that match a must/should item. Sorting the misses
into causes (not an event, background, modality, duplicate, wrong field) needs, per event, what the annotators
wrote in that sentence and which listed field failed: a missing target, a wrong source, a place. Develop on one
half only (``scripts/dev_halves.py``):

    PYTHONPATH=src python scripts/unmatched_events.py build/dev-halves/even > build/even_unmatched.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from devscript import run

from seismo.config import Settings
from seismo.evaluation.articles import evaluate_article_folder, field_agreement, locate_evidence
from seismo.evaluation.gold import is_held_out
from seismo.models import Actor, Modality


def _actor(actor: Actor | None) -> str:
    return "-" if actor is None else f"{actor.code or ''}[{actor.name}]"


def main(folder: Path) -> None:
    if is_held_out(folder):  # development detail: never on the held-out set
        sys.exit(f"{folder} is held out (HELD_OUT): read it only with `seismo eval`, as totals")
    report = evaluate_article_folder(folder, Settings())
    n = 0
    for score in report.scores:
        if score.article is None:
            continue
        text = score.article.text
        matched = {o.matched: o.item.id for o in score.outcomes if o.matched is not None}
        by_item = {item: event for event, item in matched.items()}
        items = score.case.section("must") + score.case.section("should")
        for i, e in enumerate(score.events):
            if e.modality is not Modality.ASSERTED or i in matched:
                continue
            n += 1
            place = e.location.name if e.location else None
            print(f"\n#{n} {score.case.id} ev{i} {e.type}/{e.mode} {_actor(e.source)} -> {_actor(e.target)} "
                  f"date={e.date} loc={place} trigger={e.trigger!r}")
            print("   S:", text[e.evidence.start:e.evidence.end][:400].replace("\n", " "))
            for item in items:
                span = locate_evidence(item.evidence, text) if item.evidence else None
                if span is None or not (e.evidence.start < span[1] and span[0] < e.evidence.end):
                    continue
                bad = [k for k, ok in field_agreement(e, item.spec).items() if not ok]
                taken = f"ev{by_item[item.id]}" if item.id in by_item else None
                print(f"   G[{item.section}] {item.id} {item.spec.get('type')} "
                      f"modality={item.spec.get('modality', 'asserted')} matched_by={taken} disagree={bad}")


if __name__ == "__main__":
    run(__doc__, lambda args: main(Path(args[0] if args else "build/dev-halves/even")))
