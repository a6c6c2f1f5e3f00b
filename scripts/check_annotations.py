"""Check annotated article files (docs/annotation.md) for form: YAML loads, ids unique, evidence verbatim.

    python scripts/check_annotations.py tests/gold/articles/dev/wn-2019....yaml [...]   # or a folder

Prints one line per problem and a count per file; exit 1 when any file has a problem.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "negated", "hypothetical", "future", "denied"}
ITEM_KEYS = {"id", "evidence", "type", "mode", "source", "target", "either_direction", "date", "modality",
             "attributed_to", "location", "quantity", "note"}
ACTOR_KEYS = {"country", "agent", "igo", "code", "name"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _item_problems(item: dict, text: str, where: str) -> list[str]:
    out = [f"{where}: unknown key {k!r}" for k in item if k not in ITEM_KEYS]
    if "evidence" not in item or str(item["evidence"]) not in text:
        out.append(f"{where}: evidence missing or not a verbatim substring of the text")
    if not item.get("type") or any(t not in TYPES for t in _as_list(item["type"])):
        out.append(f"{where}: type must be PLOVER types, got {item.get('type')!r}")
    if any(m not in MODALITIES for m in _as_list(item.get("modality", "asserted"))):
        out.append(f"{where}: bad modality {item.get('modality')!r}")
    for role in ("source", "target", "attributed_to"):
        spec = item.get(role)
        if spec is not None and (not isinstance(spec, dict) or set(spec) - ACTOR_KEYS):
            out.append(f"{where}: {role} must be a mapping of {sorted(ACTOR_KEYS)}")
    if "date" in item and not all(DATE.match(str(d)) for d in _as_list(item["date"])):
        out.append(f"{where}: date must be YYYY, YYYY-MM or YYYY-MM-DD (quoted), got {item['date']!r}")
    return out


def check(path: Path) -> list[str]:
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{path}: YAML error {exc}"]
    text = (path.parent / spec.get("file", path.with_suffix(".txt").name)).read_text(encoding="utf-8")
    problems, ids = [], set()
    for section in ("must", "should"):
        for i, item in enumerate(spec.get(section) or []):
            where = f"{path.name} {section}[{i}] {item.get('id')}"
            if item.get("id") in ids:
                problems.append(f"{where}: duplicate id")
            ids.add(item.get("id"))
            problems += _item_problems(item, text, where)
            if section == "must" and item.get("modality", "asserted") != "asserted":
                problems.append(f"{where}: must items are asserted; put other modalities under should")
    return problems


def main(args: list[str]) -> int:
    paths = [p for a in args for p in (sorted(Path(a).glob("*.yaml")) if Path(a).is_dir() else [Path(a)])]
    bad = 0
    for path in paths:
        problems = check(path)
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        counts = {s: len(spec.get(s) or []) for s in ("must", "should", "must_not")}
        print(f"{path.name}: {counts} {'OK' if not problems else f'{len(problems)} problems'}")
        for p in problems:
            print("  " + p)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
