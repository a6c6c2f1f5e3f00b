"""Import TABARI/PETRARCH actor and agent dictionaries into a seismo user-KB YAML file.

    seismo kb import-petrarch ACTORS.txt [AGENTS.txt] --output my_kb.yaml
    seismo code news.txt --kb my_kb.yaml

Actor dictionary (one entry per root phrase)::

    GONDOR [GON]                 # words joined by _ or spaces; a trailing _ is dropped
    +MINAS_TIRITH                # '+' lines: synonyms of the entry above
    GOLLUM                       # codes may follow on indented lines ...
        [HOB < 950601]           # ... dated: before 1995-06-01
        [HOBGOV 19950601 - 19990815]   # from 1995-06-01 up to (not including) 1999-08-15
        [HOBREB > 990816]        # from 1999-08-16 on
    LORIEN [ELR/GAL]             # several codes: the first is kept (seismo codes one actor)

Agent dictionary::

    !PERSON! = MAN, MEN, WOMAN   # substitution set, used as CONGRESS!PERSON!
    FOREIGN_MINISTER [~GOVFRM]   # agent noun; plural made by the PETRARCH rules
    POLICE {} [~COP]             # {} = no plural; {GEESE} = this plural
    HUMAN_RIGHTS_BODY [NGO~]     # prefix agents: kept as the agent code (documented limit)

Mapping to the user-KB schema (``seismo/kb/data/institutions.yaml``):

- an actor becomes an ``actors:`` entry with ``code`` (the first code), ``country`` (the first three
  letters when they are letters and not a non-state prefix such as IGO/NGO/IMG, so that agent nouns
  compose: "the Gondor government" -> GONGOV) and, for dated codes, ``type: organisation`` and
  ``roles`` in file order with the undated code last as the default (PETRARCH's first-match rule);
- six-digit dates are YYMMDD with years 30-99 read as 19xx and 00-29 as 20xx;
- codes ``---``, ``+++`` and ``###`` (known names with no code) produce no entry or role;
- names keep their capitalisation rule as proper names ("Gondor" must be capitalised in the text;
  dotted abbreviations such as U.S. stay as written); TABARI stem matching (ARGENTIN matching
  "Argentina") is not supported: KB aliases match whole words;
- an agent noun becomes a generic entry ``{name, aliases, agent}`` in lower case (any case matches).

Comments (``#`` to end of line, ``<!-- ... -->`` blocks) are ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from seismo.errors import KnowledgeError

NO_CODE = frozenset({"---", "+++", "###", ""})
NON_STATE = frozenset({"IGO", "NGO", "IMG", "NGM", "MNC", "UIS", "UAF"})
_XML_COMMENT = re.compile(r"<!.*?-->", re.S)
_CODE_BLOCK = re.compile(
    r"\[\s*(?P<code>[^\s\]<>]*)\s*(?:(?P<op>[<>])\s*(?P<d>\d{6,8})|(?P<d1>\d{6,8})\s*-\s*(?P<d2>\d{6,8}))?\s*\]"
)
_AGENT_LINE = re.compile(r"^(?P<name>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_MACRO = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


class PetrarchErrors:
    K101 = "{path}: no such dictionary file"
    K102 = "{path}:{line}: malformed PETRARCH dictionary line {text!r} ({detail})"


def _error(code: str, **kw: Any) -> KnowledgeError:
    return KnowledgeError(getattr(PetrarchErrors, code).format(**kw), code)


@dataclass(frozen=True)
class PetrarchCode:
    """One code of an actor; ``start``/``end`` bound its validity (end exclusive)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class PetrarchActor:
    names: list[str]
    codes: list[PetrarchCode] = field(default_factory=list)
    line: int = 0


@dataclass(frozen=True)
class PetrarchAgent:
    nouns: tuple[str, ...]
    agent: str
    prefix: bool = False


def _strip_comments(text: str) -> list[str]:
    """Lines without comments; XML comment blocks are blanked line for line (numbers stay right)."""
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    return [line.split("#", 1)[0].rstrip() for line in text.splitlines()]


def parse_date(value: str) -> dt.date:
    """TABARI date: YYYYMMDD, or YYMMDD with 30-99 -> 19xx and 00-29 -> 20xx."""
    if len(value) == 6:
        yy = int(value[:2])
        value = f"{1900 + yy if yy >= 30 else 2000 + yy}{value[2:]}"
    return dt.datetime.strptime(value, "%Y%m%d").date()


def _codes(blocks: str, path: str, lineno: int, raw: str) -> list[PetrarchCode]:
    codes = []
    for m in _CODE_BLOCK.finditer(blocks):
        try:
            if m["op"] == "<":
                start, end = None, parse_date(m["d"])
            elif m["op"] == ">":
                start, end = parse_date(m["d"]), None
            elif m["d1"]:
                start, end = parse_date(m["d1"]), parse_date(m["d2"])
            else:
                start = end = None
        except ValueError as exc:
            raise _error("K102", path=path, line=lineno, text=raw, detail=str(exc)) from exc
        first = m["code"].split("/")[0].upper()
        codes.append(PetrarchCode(first, start, end))
    if "[" in blocks and not codes:
        raise _error("K102", path=path, line=lineno, text=raw, detail="unreadable [code] block")
    return codes


def _phrase(raw: str) -> str:
    words = raw.replace("_", " ").split()
    return " ".join(words)


def parse_actor_dictionary(text: str, path: str = "<actors>") -> list[PetrarchActor]:
    """Entries of a TABARI/PETRARCH actor dictionary, in file order."""
    actors: list[PetrarchActor] = []
    current: PetrarchActor | None = None
    for lineno, line in enumerate(_strip_comments(text), 1):
        stripped = line.strip()
        if not stripped:
            continue
        head, _, rest = stripped.partition("[")
        blocks = "[" + rest if rest else ""
        if stripped.startswith("["):
            if current is None:
                raise _error(
                    "K102", path=path, line=lineno, text=line, detail="code before any name"
                )
            current.codes.extend(_codes(stripped, path, lineno, line))
        elif stripped.startswith("+"):
            if current is None:
                raise _error(
                    "K102", path=path, line=lineno, text=line, detail="synonym before any name"
                )
            if _phrase(head[1:]):
                current.names.append(_phrase(head[1:]))
            current.codes.extend(_codes(blocks, path, lineno, line))
        elif line[:1].isspace() and current is not None and not blocks:
            continue  # stray indented text
        else:
            current = PetrarchActor([_phrase(head)], _codes(blocks, path, lineno, line), lineno)
            actors.append(current)
    return [a for a in actors if a.names[0]]


def _plural(noun: str) -> str:
    """PETRARCH's plural of the last word: -y -> -ies, -s/-x/-z/-ch/-sh -> -es, -man -> -men, -s."""
    head, _, last = noun.rpartition(" ")
    low = last.lower()
    if low.endswith("man"):
        last = last[:-3] + "men"
    elif low.endswith("y") and low[-2:-1] not in set("aeiou"):
        last = last[:-1] + "ies"
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def _expand(name: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!(\w+)!", name)
    if not m or m.group(1) not in macros:
        return [name]
    out = []
    for option in macros[m.group(1)]:
        out.extend(_expand(name[: m.start()] + option + name[m.end() :], macros))
    return out


def parse_agent_dictionary(text: str, path: str = "<agents>") -> list[PetrarchAgent]:
    """Agent nouns with their codes; plurals and ``!MACRO!`` substitutions expanded."""
    macros: dict[str, list[str]] = {}
    agents: list[PetrarchAgent] = []
    for lineno, line in enumerate(_strip_comments(text), 1):
        stripped = line.strip()
        if not stripped:
            continue
        macro = _MACRO.match(stripped)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        m = _AGENT_LINE.match(stripped)
        if not m:
            raise _error(
                "K102", path=path, line=lineno, text=line, detail="expected 'NOUN {PLURAL} [~CODE]'"
            )
        code = m["code"].replace(" ", "").upper()
        if "~" not in code or code.strip("~") in NO_CODE:
            raise _error("K102", path=path, line=lineno, text=line, detail="agent code needs a '~'")
        nouns: list[str] = []
        for name in _expand(m["name"].strip(), macros):
            noun = _phrase(name).lower()
            nouns.append(noun)
            if m["plural"] is None and "!" not in m["name"]:
                nouns.append(_plural(noun))
            elif m["plural"]:
                nouns.extend(_phrase(p).lower() for p in m["plural"].split(",") if p.strip())
        agents.append(
            PetrarchAgent(tuple(dict.fromkeys(nouns)), code.replace("~", ""), code.endswith("~"))
        )
    return agents


def _display(name: str) -> str:
    """'MINAS TIRITH' -> 'Minas Tirith'; 'U.S.' and 'K.U.' stay; 'BARAD-DUR' -> 'Barad-dur'."""
    words = []
    for word in name.split():
        if "." in word:
            words.append(word)
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)


def _country(code: str) -> str | None:
    prefix = code[:3]
    return prefix if len(prefix) == 3 and prefix.isalpha() and prefix not in NON_STATE else None


def _role(code: PetrarchCode) -> dict[str, Any]:
    role: dict[str, Any] = {"code": code.code}
    if code.start:
        role["start"] = code.start.isoformat()
    if code.end:
        role["end"] = code.end.isoformat()
    return role


def actor_entry(actor: PetrarchActor) -> dict[str, Any] | None:
    """The user-KB entry of one actor, or None when it has no usable code."""
    codes = [c for c in actor.codes if c.code not in NO_CODE]
    if not codes:
        return None
    default = next((c for c in codes if not c.dated), None)
    dated = [c for c in codes if c.dated]
    main = default or dated[-1]
    names = list(dict.fromkeys(_display(n) for n in actor.names))
    entry: dict[str, Any] = {"name": names[0]}
    if names[1:]:
        entry["aliases"] = names[1:]
    entry["code"] = main.code
    country = _country(main.code)
    if country:
        entry["country"] = country
    if dated:
        entry["type"] = "organisation"
        entry["roles"] = [_role(c) for c in dated] + ([_role(default)] if default else [])
    return entry


def agent_entry(agent: PetrarchAgent) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": agent.nouns[0]}
    if agent.nouns[1:]:
        entry["aliases"] = list(agent.nouns[1:])
    entry["agent"] = agent.agent
    return entry


@dataclass
class ImportReport:
    actors: int = 0
    agents: int = 0
    skipped: list[str] = field(default_factory=list)  # names with no usable code


def build_kb(
    actors: list[PetrarchActor], agents: list[PetrarchAgent]
) -> tuple[dict[str, Any], ImportReport]:
    report = ImportReport()
    entries = []
    for actor in actors:
        entry = actor_entry(actor)
        if entry is None:
            report.skipped.append(actor.names[0])
        else:
            entries.append(entry)
    report.actors = len(entries)
    agent_entries = [agent_entry(a) for a in agents]
    report.agents = len(agent_entries)
    return {"version": 1, "actors": entries + agent_entries}, report


def _read(path: Path) -> str:
    if not path.is_file():
        raise _error("K101", path=path)
    return path.read_text(encoding="utf-8", errors="replace")


def import_petrarch(actors_path: Path, agents_path: Path | None, output: Path) -> ImportReport:
    """Convert the dictionaries and write the user-KB YAML file to ``output``."""
    actors = parse_actor_dictionary(_read(Path(actors_path)), str(actors_path))
    agents = (
        parse_agent_dictionary(_read(Path(agents_path)), str(agents_path)) if agents_path else []
    )
    data, report = build_kb(actors, agents)
    header = (
        f"# seismo user knowledge base, imported from PETRARCH/TABARI dictionaries by "
        f"`seismo kb import-petrarch`\n# actors: {Path(actors_path).name}"
        f"{'; agents: ' + Path(agents_path).name if agents_path else ''}\n"
    )
    Path(output).write_text(
        header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110),
        encoding="utf-8",
    )
    return report
