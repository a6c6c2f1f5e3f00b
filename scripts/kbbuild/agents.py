"""agents.yaml: agent nouns -> CAMEO sector, from PLOVER_agents.txt (MIT, Open Event Data Alliance).

PLOVER writes nouns in singular with ``_`` for spaces and leaves regular plurals to the coder;
here plurals are spelled out so the runtime needs no morphology. PLOVER's compound codes are reduced
to one primary CAMEO sector (``primary_sector``) and two PLOVER codes are renamed to CAMEO's:
JRN (journalists, media) -> MED, MED (medical) -> HLH, PRM (paramilitary) -> MIL, SOC (social
movements) -> CVL; PRE (breakaway regions) is dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from kbbuild.common import write_yaml

_LINE = re.compile(r"^(?P<noun>[^\[{#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")
_SUBST = re.compile(r"^!(?P<name>[A-Z]+)!\s*=\s*(?P<values>.+)$")
# PLOVER codes that CAMEO spells differently or lacks: journalists are CAMEO media (MED), PLOVER's
# medical MED is CAMEO health (HLH), paramilitaries are military, social movements civilians.
_RENAME = {"JRN": "MED", "MED": "HLH", "PRM": "MIL", "SOC": "CVL"}
# Junk/unknown markers, and PRE ("breakaway region": a territory, not an actor).
_SKIP = {"JNK", "UNK", "NON", "PRE"}
_IRREGULAR = {
    "man": "men",
    "woman": "women",
    "person": "persons",
    "child": "children",
    "thief": "thieves",
    "wife": "wives",
    "staff": "staff",
    "police": "police",
    "personnel": "personnel",
    "people": "people",
    "media": "media",
    "militia": "militias",
    "clergy": "clergy",
    "junta": "juntas",
    "youth": "youths",
    "army": "armies",
}


def primary_sector(code: str) -> str | None:
    """Reduce a PLOVER compound code (GOVMIL, CVLOPP ...) to one CAMEO sector."""
    parts = [_RENAME.get(code[i : i + 3], code[i : i + 3]) for i in range(0, len(code), 3)]
    if parts[0] in _SKIP:
        return None
    if "MIL" in parts and parts[0] in {"GOV", "MIL", "BUS"}:
        return "MIL"  # defence ministries, juntas, arms makers: military (docs/actors.md)
    if parts[:2] == ["GOV", "COP"]:
        return "COP"
    if parts[0] in {"PTY", "UNK"} and "OPP" in parts:
        return "OPP"
    if parts[0] == "REL" and "REB" in parts:
        return "REB"
    return parts[0]


def pluralize(noun: str) -> str:
    """Regular English plural of the last word: 'border guard' -> 'border guards'."""
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    for sing, plur in _IRREGULAR.items():
        if last == sing or (last.endswith(sing) and sing in {"man", "woman", "person"}):
            return prefix + last[: len(last) - len(sing)] + plur
    if last.endswith(("s", "x", "z", "ch", "sh")):
        return prefix + last + "es"
    if last.endswith("y") and last[-2:-1] not in set("aeiou"):
        return prefix + last[:-1] + "ies"
    return prefix + last + "s"


def _expand(noun: str, subst: dict[str, list[str]]) -> list[str]:
    for name, values in subst.items():
        marker = f"!{name}!"
        if marker in noun:
            return [v for value in values for v in _expand(noun.replace(marker, value), subst)]
    return [noun]


def _clean(noun: str) -> str:
    return re.sub(r"\s+", " ", noun.replace("_", " ")).strip().lower()


def parse_plover(path: Path) -> dict[str, str]:
    """Noun (singular and plural) -> sector from the PLOVER agents file; the first line wins."""
    subst: dict[str, list[str]] = {}
    sectors: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if m := _SUBST.match(line):
            subst[m["name"]] = [v.strip() for v in m["values"].split(",") if v.strip()]
            continue
        m = _LINE.match(line)
        if not m or not (sector := primary_sector(m["code"])):
            continue
        for noun in _expand(m["noun"], subst):
            for form in _forms(_clean(noun), m["plural"]):
                sectors.setdefault(form, sector)
    return sectors


# Stems PLOVER left unexpanded ("COMMERCE_MINIST", "HEALTH_MINIST": "a few stems remain", its header says):
# PETRARCH matched them as prefixes; spelled out here as PLOVER's own !MINIST! substitution lists them.
_STEMS = {"minist": ("minister", "ministers", "ministry", "ministries")}


def _forms(noun: str, plural: str | None) -> list[str]:
    if len(noun.replace(" ", "")) < 3:
        return []
    head, _, last = noun.rpartition(" ")
    if last in _STEMS:
        return [f"{head} {full}".strip() for full in _STEMS[last]]
    if plural and plural.strip():
        return [noun, _clean(plural)]
    if noun.endswith(("s", "men", "people", "ies")) or "'s " in noun:
        return [noun]
    return [noun, pluralize(noun)]


def build_agents(shared: Path, out: Path) -> int:
    nouns = parse_plover(shared / "plover_agents" / "PLOVER_agents.txt")
    grouped: dict[str, list[str]] = defaultdict(list)
    for noun, sector in nouns.items():
        grouped[sector].append(noun)
    doc = {sector: sorted(grouped[sector]) for sector in sorted(grouped)}
    header = (
        "# Agent nouns -> CAMEO sector. GENERATED by scripts/build_kb.py from\n"
        "# plover_agents/PLOVER_agents.txt (MIT, (c) 2014 Open Event Data Alliance). Do not edit:\n"
        "# put corrections in agents_curated.yaml, which overrides this file.\n"
    )
    write_yaml(out / "agents.yaml", header, {"version": 1, "agents": doc}, width=100)
    return sum(len(v) for v in doc.values())
