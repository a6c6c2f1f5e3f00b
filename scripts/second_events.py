"""List the gold items missing a second event: their sentence has coded events, none of them free for the item.

    PYTHONPATH=src python scripts/second_events.py build/dev-halves/even [must|should|both]

An unmatched must/should item is listed when its evidence sentence has at least one coded event and no event
there both has one of the item's types and is left free by the matching (every event of its type already
matches another item, or no event has its type). Those are the sentences the annotators gave two events and the
rules coded one (docs/model.md, "Why the combination does not help"): a re-typing cannot fix them, a second
candidate can. Each item is printed with the coded events of its sentence (type, trigger, roles, the item they
match, flagged when that item's own sentence is another one: then the miss is there, not here), so the misses
can be sorted by construction. Development only: never on the held-out test/ folder.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from devscript import run

from seismo.config import Settings
from seismo.evaluation.articles import evaluate_article_folder
from seismo.evaluation.gold import is_held_out
from seismo.models import Actor


def _actor(actor: Actor | None) -> str:
    return "-" if actor is None else f"{actor.code or actor.igo or ''}[{actor.name}]"


def _types(spec: dict) -> list[str]:
    value = spec.get("type")
    return [str(v) for v in (value if isinstance(value, list) else [value])] if value else []


def main(argv: list[str]) -> None:
    folder = Path(argv[0] if argv else "build/dev-halves/even")
    sections = {"must", "should"} if len(argv) < 2 or argv[1] == "both" else {argv[1]}
    if is_held_out(folder):  # development detail: never on the held-out set
        sys.exit(f"{folder} is held out (HELD_OUT): read it only with `seismo eval`, as totals")
    report = evaluate_article_folder(folder, Settings())
    n, by_type, elsewhere = 0, Counter(), 0
    for score in report.scores:
        if score.article is None:
            continue
        taken = {o.matched: o.item.id for o in score.outcomes if o.matched is not None}
        # an event matched by an item whose own sentence is another one: that item's event is what is missing
        away = {o.matched for o in score.outcomes if o.matched is not None and o.matched not in (o.in_sentence or ())}
        for o in score.outcomes:
            if o.item.section not in sections or o.matched is not None or not o.in_sentence:
                continue
            spec, types = dict(o.item.spec), _types(dict(o.item.spec))
            free = [i for i in o.in_sentence if score.events[i].type in types and i not in taken]
            if free:  # an event of its type is there and free: a field failure, not a missing event
                continue
            n += 1
            by_type.update(types[:1])
            stolen = [i for i in o.in_sentence if score.events[i].type in types and i in away]
            elsewhere += bool(stolen)
            print(
                f"\n#{n} [{o.item.section}] {score.case.id} {o.item.id} {'/'.join(types)} "
                f"{spec.get('source')} -> {spec.get('target')}"
            )
            print("   E:", str(o.item.evidence)[:400].replace("\n", " "))
            first = score.events[o.in_sentence[0]].evidence
            print("   S:", score.article.text[first.start : first.end][:500].replace("\n", " "))
            for i in o.in_sentence:
                e = score.events[i]
                print(
                    f"   ev{i} {e.type} {e.modality.value} trigger={e.trigger!r} "
                    f"{_actor(e.source)} -> {_actor(e.target)} matches={taken.get(i)}"
                    f"{' (an item of another sentence)' if i in away else ''}"
                )
    print(f"\n{n} items; first type: {by_type.most_common()}")
    print(f"{elsewhere} of them have an event of their type matched by an item of another sentence (its own miss)")


if __name__ == "__main__":
    run(__doc__, main)
