"""How many coded events a change moved on a folder, as counts only (safe on the held-out test folder).

Dev-tuned rules can raise dev recall and touch nothing in unseen articles: on the seventeenth sitting's first wave
dev must rose 134 -> 141 while 1 of 140 test events changed. This writes one hash per coded event (type, mode,
modality, actors' codes, date, place, character span), so a later commit can be compared without anyone reading
a held-out event:

    python scripts/heldout_moves.py tests/gold/articles/test build/test-before.hashes
    ... change the coder ...
    python scripts/heldout_moves.py tests/gold/articles/test build/test-after.hashes --compare build/test-before.hashes
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from seismo.config import Settings
from seismo.evaluation.articles import evaluate_article_folder
from seismo.models import Event


def fingerprint(doc_id: str, event: Event) -> str:
    """One event as a hash of what a user of the data would see change."""
    def code(actor: object) -> str | None:
        return getattr(actor, "code", None) if actor is not None else None

    place = event.location.name if event.location else None
    key = [doc_id, event.type, event.mode, event.modality.value, code(event.source), code(event.target),
           code(event.attributed_to), str(event.date), place, event.evidence.start, event.evidence.end]
    return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:20]


def moves(before: list[str], after: list[str]) -> tuple[int, int]:
    """(events only before, events only after), counting repeated hashes."""
    from collections import Counter

    b, a = Counter(before), Counter(after)
    return sum((b - a).values()), sum((a - b).values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="hashes written before the change")
    args = ap.parse_args()
    hashes = sorted(fingerprint(s.case.id, e)
                    for s in evaluate_article_folder(args.folder, Settings()).scores for e in s.events)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(hashes) + "\n", encoding="utf-8")
    print(f"{len(hashes)} events coded")
    if args.compare:
        gone, new = moves(args.compare.read_text(encoding="utf-8").split(), hashes)
        print(f"{gone} events gone or changed, {new} new or changed, {len(hashes) - new} unchanged")


if __name__ == "__main__":
    main()
