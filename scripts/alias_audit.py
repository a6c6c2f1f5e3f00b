#!/usr/bin/env python3
"""Audit the surname-only aliases of the people table (src/seismo/kb/data/people.csv).

    python scripts/alias_audit.py                 # counts and a few examples of each kind
    python scripts/alias_audit.py --examples 30   # more examples
    python scripts/alias_audit.py --data DIR      # another built data folder

A bare alias is one without the person's first given name ("Johnson", "al-Thani", "da Silva").
It lists:

- bare aliases shared by people of different countries, by what the runtime can do with them
  (seismo.kb.resolve: a surname counts only within SURNAME_WINDOW of a term; people in office on
  the day win, most senior role first; else the nearest term):
  ``apart``: no day lies within the window of two countries' people: the date decides;
  ``window``: some day lies within the window of both but nobody holds office on both sides at
  once: the nearest term decides (a guess for a former office holder);
  ``overlap``: people of two countries in office on the same day: the role rank, a title, a
  country written next to the name or an earlier full mention decides, else the senior one wins;
- bare aliases that are an "Al X" clan name (kbbuild.surnames: carried by several office
  holders of one country), which the build should no longer produce;
- aliases (bare or not) equal to a place name of the gazetteer (cities.tsv, regions.tsv, with
  their alternates) or a common English word (kbbuild.common.common_words, from ../shared/kb).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from kbbuild.common import SHARED, common_words, fold  # noqa: E402
from kbbuild.surnames import alias_core, clan_names  # noqa: E402

from seismo.kb.people import SURNAME_WINDOW, parse_date  # noqa: E402

Term = tuple[dt.date, dt.date]
FAR = dt.date(2030, 1, 1)  # an open term runs to the snapshot's horizon


def read_people(data: Path) -> tuple[dict[str, dict], list[tuple[str, str, str]]]:
    """person id -> {name, country set, terms, bare aliases, aliases}; and (id, name, country)."""
    people: dict[str, dict] = {}
    carriers = []
    with (data / "people.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            p = people.setdefault(
                row["person_id"],
                {"name": row["name"], "countries": set(), "terms": [], "aliases": set()},
            )
            p["countries"].add(row["country"])
            start = parse_date(row["start"]) or dt.date(1900, 1, 1)
            p["terms"].append((start, parse_date(row["end"], end=True) or FAR, row["country"]))
            p["aliases"].update(a for a in row["aliases"].split("|") if a)
            carriers.append((row["person_id"], row["name"], row["country"]))
    for p in people.values():
        first = fold(p["name"].split()[0])
        p["bare"] = {a for a in p["aliases"] if first not in fold(a).replace("-", " ").split()}
    return people, carriers


def _close(a: Term, b: Term, slack: dt.timedelta) -> bool:
    """Do two terms, each widened by ``slack``, share a day?"""
    return a[0] - slack < b[1] + slack and b[0] - slack < a[1] + slack


def cross_country(people: dict[str, dict]) -> dict[str, tuple[str, list[str]]]:
    """Folded bare alias -> (apart | window | overlap, the people's 'name (country)')."""
    holders: dict[str, set[str]] = defaultdict(set)
    for pid, p in people.items():
        for alias in p["bare"]:
            holders[fold(alias)].add(pid)
    found: dict[str, tuple[str, list[str]]] = {}
    for alias, pids in holders.items():
        terms = [(t[:2], t[2], pid) for pid in pids for t in people[pid]["terms"]]
        if len({country for _, country, _ in terms}) < 2:
            continue
        kind = "apart"
        for i, (a, ca, _) in enumerate(terms):
            for b, cb, _ in terms[i + 1 :]:
                if ca == cb:
                    continue
                if _close(a, b, dt.timedelta(0)):
                    kind = "overlap"
                elif kind == "apart" and _close(a, b, SURNAME_WINDOW):
                    kind = "window"
        names = sorted({f"{people[pid]['name']} ({'/'.join(sorted(people[pid]['countries']))})" for pid in pids})
        found[alias] = (kind, names)
    return found


def clan_aliases(people: dict[str, dict], carriers: list[tuple[str, str, str]]) -> list[str]:
    clans = clan_names(carriers)
    return sorted(
        f"{a} -> {p['name']} ({'/'.join(sorted(p['countries']))})"
        for p in people.values()
        for a in p["bare"]
        if alias_core(a) in clans
    )


def gazetteer(data: Path) -> set[str]:
    names: set[str] = set()
    for file, column in (("cities.tsv", "alternates"), ("regions.tsv", "aliases")):
        with (data / file).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                names.add(fold(row["name"]))
                names.update(fold(a) for a in row[column].split("|") if a)
    return names


def word_clashes(people: dict[str, dict], words: set[str]) -> list[str]:
    return sorted(
        f"{a} -> {p['name']} ({'/'.join(sorted(p['countries']))})"
        for p in people.values()
        for a in p["aliases"]
        if fold(a) in words
    )


def _show(title: str, items: list[str], examples: int) -> None:
    print(f"{title}: {len(items)}")
    for item in items[:examples]:
        print(f"    {item}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "src" / "seismo" / "kb" / "data")
    parser.add_argument("--shared", type=Path, default=SHARED, help="for the common words")
    parser.add_argument("--examples", type=int, default=8)
    args = parser.parse_args(argv)
    people, carriers = read_people(args.data)
    bare = {fold(a) for p in people.values() for a in p["bare"]}
    print(f"people: {len(people)}; with a bare alias: {sum(1 for p in people.values() if p['bare'])}")
    print(f"distinct bare aliases: {len(bare)}")
    shared = cross_country(people)
    for kind in ("overlap", "window", "apart"):
        items = [f"{a}: {', '.join(n)}" for a, (k, n) in sorted(shared.items()) if k == kind]
        _show(f"bare aliases shared across countries, {kind}", items, args.examples)
    _show("bare aliases that are an 'Al X' clan name", clan_aliases(people, carriers), args.examples)
    _show("aliases equal to a gazetteer place", word_clashes(people, gazetteer(args.data)), args.examples)
    if args.shared.is_dir():
        common = set(common_words(args.shared))
        _show("aliases equal to a common word", word_clashes(people, common), args.examples)
    else:
        print(f"common words: {args.shared} not found, skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
