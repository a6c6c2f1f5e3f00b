"""The PLOVER context rules as data: ``dictionaries/contexts.yaml`` (plus user files) read into typed rules.

Split from ``contexts.py``, which applies them to a document's events; this module only loads, merges and
indexes the rules (cues by first word, event rules by type) so that the per-event pass looks up, not scans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from seismo.coding.lexicon import DICT_DIR, _read_yaml
from seismo.errors import CodingError, Errors

CONTEXTS_PATH = DICT_DIR / "contexts.yaml"
PIECE = re.compile(r"[a-z0-9]+")
Cue = tuple[str, ...]  # lower-case word pieces; a last piece ending in "*" matches by prefix
NAME = "{name}"  # a cue piece that matches a capitalised word inside the sentence ("ethnic {name}": a people)
Reporting = Callable[[Token], bool]  # is this token a reporting verb ("said")?


@dataclass(frozen=True)
class ActorRule:
    """An actor sector (or a pair of countries) that implies a context in some event types."""

    sectors: frozenset[str] = frozenset()
    types: frozenset[str] | None = None  # "TYPE" or "TYPE:mode"; None: every type
    source: frozenset[str] = frozenset()  # the source's sector must be one of these (when given)
    target: frozenset[str] = frozenset()  # the target's sector must be one of these (when given)
    international: bool = False
    alone: bool = False  # only when nothing else gave the event a context
    domestic: bool = False  # not between two different countries (force at home, not a war abroad)
    not_source: frozenset[str] = frozenset()  # never when the source's sector is one of these (rebels' shelling)
    # never when the event's sentence holds one of these cues ("police": the force deployed is no army); they are
    # found under ``unless_key`` among the sentence's cues
    unless: tuple[Cue, ...] = ()
    unless_key: str = ""


@dataclass
class ContextRule:
    """How one context is recognised (see the header of ``contexts.yaml``)."""

    name: str
    cues: list[Cue] = field(default_factory=list)
    types: set[str] = field(default_factory=set)  # "TYPE" or "TYPE:mode"
    actors: list[ActorRule] = field(default_factory=list)
    without: set[str] = field(default_factory=set)
    story: bool = False
    senses: list[Cue] = field(default_factory=list)  # `not:` phrases in which its cues do not count ("war crimes")
    when: list[frozenset[str]] = field(default_factory=list)  # event types of its `when:` rules, by position
    when_cues: list[list[Cue]] = field(default_factory=list)  # the cues each `when:` rule needs in the sentence
    when_unless: list[list[Cue]] = field(default_factory=list)  # cues that stop each `when:` rule (a cause)


PREFIX_KEY = 3  # wildcard cues ("militar*") are bucketed by their first letters
SLOTS_KEPT = 1 << 16  # distinct slots a CueIndex keeps the cues of (emptied when full: an open vocabulary)


@dataclass
class CueIndex:
    """Cues by their first piece, so that a sentence is read in one pass whatever the dictionary's size: exact
    first words in a dict, wildcard prefixes by their first PREFIX_KEY letters (shorter ones always tried)."""

    exact: dict[str, list[tuple[Cue, str]]] = field(default_factory=dict)
    prefixed: dict[str, list[tuple[Cue, str]]] = field(default_factory=dict)
    short: list[tuple[Cue, str]] = field(default_factory=list)
    # slot -> its cues, read once per distinct slot: the same words fill most sentences (``starting_with``)
    _found: dict[frozenset[str], tuple[tuple[Cue, str], ...]] = field(default_factory=dict, repr=False,
                                                                      compare=False)

    @classmethod
    def of(cls, cues: Iterable[tuple[Cue, str]]) -> CueIndex:
        index = cls()
        for cue, name in cues:
            first = cue[0]
            if not first.endswith("*"):
                index.exact.setdefault(first, []).append((cue, name))
            elif len(first) - 1 >= PREFIX_KEY:
                index.prefixed.setdefault(first[:PREFIX_KEY], []).append((cue, name))
            else:
                index.short.append((cue, name))
        return index

    def starting_with(self, slot: frozenset[str]) -> tuple[tuple[Cue, str], ...]:
        """The cues whose first piece may match a word of ``slot`` (the caller checks the whole cue), in no set
        order. Kept per distinct slot: a word's slot is one dictionary look-up after its first sentence. The
        index must not change once built (``of``)."""
        known = self._found.get(slot)
        if known is not None:
            return known
        found: list[tuple[Cue, str]] = []
        for word in slot:
            found += self.exact.get(word, ())
            found += self.prefixed.get(word[:PREFIX_KEY], ())
        if len(self._found) >= SLOTS_KEPT:
            self._found.clear()
        self._found[slot] = known = (*found, *self.short)
        return known


@dataclass
class EventIndex:
    """The rules an event's type and actors can fire, read once per dictionary (``event_contexts``): contexts
    by the type keys that imply them, the actor rules apart from the types, the `when:` rules by position."""

    by_type: dict[str, set[str]] = field(default_factory=dict)
    actors: list[tuple[str, ActorRule]] = field(default_factory=list)
    alone: list[tuple[str, ActorRule]] = field(default_factory=list)
    when: list[tuple[str, frozenset[str], str]] = field(default_factory=list)  # name, types, "name#k"
    when_unless: dict[str, str] = field(default_factory=dict)  # "name#k" -> the key of its `unless:` cues

    @classmethod
    def of(cls, rules: Iterable[ContextRule]) -> EventIndex:
        index = cls()
        for rule in rules:
            for key in rule.types:
                index.by_type.setdefault(key, set()).add(rule.name)
            for actor in rule.actors:
                (index.alone if actor.alone else index.actors).append((rule.name, actor))
            index.when += [(rule.name, types, when_key(rule.name, k)) for k, types in enumerate(rule.when)]
            index.when_unless.update((when_key(rule.name, k), when_key(rule.name, k) + "!")
                                     for k, cues in enumerate(rule.when_unless) if cues)  # fmt: skip
        return index


@dataclass
class ContextRules:
    """Every context rule, with the cues indexed by their first word for a one-pass scan."""

    rules: dict[str, ContextRule]
    story_min_sentences: int = 3
    ignore: list[Cue] = field(default_factory=list)  # phrases whose words count for no cue ("diplomatic sources")
    banners: frozenset[str] = frozenset()  # words that make an organisation's name a party's ("Party")
    causes: frozenset[str] = frozenset()  # aims a group's name states ("Forces for the Defence of Democracy")
    _cues: CueIndex = field(init=False, repr=False)
    _ignored: CueIndex = field(init=False, repr=False)

    _senses: CueIndex = field(init=False, repr=False)
    _events: EventIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Index every cue: a context's own under its name, a `when:` rule's under "name#k"."""
        cues = [(cue, rule.name) for rule in self.rules.values() for cue in rule.cues]
        cues += [(cue, when_key(rule.name, k)) for rule in self.rules.values()
                 for k, group in enumerate(rule.when_cues) for cue in group]  # fmt: skip
        cues += [(cue, actor.unless_key) for rule in self.rules.values() for actor in rule.actors
                 for cue in actor.unless]  # fmt: skip
        cues += [(cue, when_key(rule.name, k) + "!") for rule in self.rules.values()
                 for k, group in enumerate(rule.when_unless) for cue in group]  # fmt: skip
        self._cues = CueIndex.of(cues)
        self._ignored = CueIndex.of((cue, "") for cue in self.ignore)
        self._senses = CueIndex.of((cue, rule.name) for rule in self.rules.values() for cue in rule.senses)
        self._events = EventIndex.of(self.rules.values())

    @property
    def names(self) -> tuple[str, ...]:
        """The known context names, in the order of the dictionary (the manual's table order)."""
        return tuple(self.rules)


def when_key(name: str, k: int) -> str:
    """The name under which the cues of a context's k-th `when:` rule are found: "legal#0"."""
    return f"{name}#{k}"


def unless_key(name: str, cues: Sequence[Cue]) -> str:
    """The name under which the `unless:` cues of one of a context's actor rules are found:
    "military!police|gendarmes" (the cues themselves tell the rules apart, whatever file they come from)."""
    return f"{name}!" + "|".join(" ".join(cue) for cue in cues)


def plain_contexts(found: Iterable[str]) -> set[str]:
    """The contexts proper among what a sentence's words gave (not the "name#k" of `when:` cues, nor the
    "name!..." of an actor rule's `unless:` cues)."""
    return {name for name in found if "#" not in name and "!" not in name}


def cue_pieces(text: str) -> Cue:
    """'al-Qaeda' -> ('al', 'qaeda'): words split at any non-letter, as the sentence's words are;
    a word written ``{name}`` stays whole (it matches any capitalised word, see ``_slots``)."""
    star = text.strip().endswith("*")
    pieces = tuple(p for word in text.lower().split()
                   for p in ((NAME,) if word == NAME else PIECE.findall(word)))  # fmt: skip
    return (*pieces[:-1], pieces[-1] + "*") if star and pieces and pieces[-1] != NAME else pieces


def _rule(name: str, spec: Any, path: Path) -> ContextRule:
    if spec is None:
        spec = {}
    if not isinstance(spec, dict):
        raise CodingError(Errors.C001.format(path=path, detail=f"context {name!r} must be a mapping"), "C001")
    actors = []
    for item in spec.get("actors") or []:
        types = item.get("types")
        actors.append(ActorRule(_sectors(item.get("sectors")),
                                None if types is None else frozenset(_type_key(str(t)) for t in types),
                                _sectors(item.get("source")), _sectors(item.get("target")),
                                bool(item.get("international", False)), bool(item.get("alone", False)),
                                bool(item.get("domestic", False)), _sectors(item.get("not_source")),
                                *_unless(name, item.get("unless"))))  # fmt: skip
    when = [item for item in spec.get("when") or [] if isinstance(item, dict)]
    return ContextRule(
        name=name,
        cues=_cues(spec.get("cues")),
        types={_type_key(str(t)) for t in spec.get("types") or []},
        actors=actors,
        without={str(w) for w in spec.get("without") or []},
        story=bool(spec.get("story", False)),
        senses=_cues(spec.get("not")),
        when=[frozenset(_type_key(str(t)) for t in item.get("types") or []) for item in when],
        when_cues=[_cues(item.get("cues")) for item in when],
        when_unless=[_cues(item.get("unless")) for item in when],
    )


def _unless(name: str, values: Any) -> tuple[tuple[Cue, ...], str]:
    """An actor rule's `unless:` cues and the key they are found under ("" when it has none)."""
    cues = tuple(_cues(values))
    return cues, unless_key(name, cues) if cues else ""


def _cues(values: Any) -> list[Cue]:
    return [c for c in (cue_pieces(str(w)) for w in values or []) if c]


def _sectors(values: Any) -> frozenset[str]:
    return frozenset(str(v).upper() for v in values or ())


def _type_key(value: str) -> str:
    """'assault:Suicide-Attack' -> 'ASSAULT:suicide-attack' (types upper case, modes lower case)."""
    kind, _, mode = value.partition(":")
    return f"{kind.strip().upper()}:{mode.strip().lower()}" if mode else kind.strip().upper()


def _merge(rules: dict[str, ContextRule], data: dict[str, Any], path: Path) -> None:
    contexts = data.get("contexts") or {}
    if not isinstance(contexts, dict):
        raise CodingError(Errors.C001.format(path=path, detail="'contexts' must be a mapping"), "C001")
    for name, spec in contexts.items():
        new = _rule(str(name), spec, path)
        old = rules.get(new.name)
        if old is None:
            rules[new.name] = new
            continue
        old.cues += new.cues
        old.types |= new.types
        old.actors += new.actors
        old.without |= new.without
        old.senses += new.senses
        old.when += new.when
        old.when_cues += new.when_cues
        old.when_unless += new.when_unless
        old.story = bool(spec.get("story", old.story)) if isinstance(spec, dict) else old.story


def load_contexts(extra: Sequence[Path] = ()) -> ContextRules:
    """The bundled context rules plus the user's files (``SEISMO_CONTEXTS``): later files add to earlier."""
    data = _read_yaml(CONTEXTS_PATH)
    rules: dict[str, ContextRule] = {}
    _merge(rules, data, CONTEXTS_PATH)
    story_min = int(data.get("story_min_sentences", 3))
    ignore = [cue_pieces(str(w)) for w in data.get("ignore") or []]
    banners = {str(w).lower() for w in data.get("banners") or []}
    causes = {str(w).lower() for w in data.get("causes") or []}
    for path in extra:
        more = _read_yaml(Path(path))
        _merge(rules, more, Path(path))
        story_min = int(more.get("story_min_sentences", story_min))
        ignore += [cue_pieces(str(w)) for w in more.get("ignore") or []]
        banners |= {str(w).lower() for w in more.get("banners") or []}
        causes |= {str(w).lower() for w in more.get("causes") or []}
    return ContextRules(rules, story_min, [c for c in ignore if c], frozenset(banners), frozenset(causes))


@lru_cache(maxsize=1)
def default_contexts() -> ContextRules:
    return load_contexts()


def context_names() -> tuple[str, ...]:
    """The bundled context names (the manual's general-contexts table): what filters accept."""
    return default_contexts().names
