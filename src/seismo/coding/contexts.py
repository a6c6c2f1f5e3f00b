"""PLOVER contexts (the "why" of event-mode-context): which of the manual's general contexts an event has.

The manual's contexts ("military", "election", "economic", ...) say what an event is about, not what was
done. They are read from three things, all data in ``dictionaries/contexts.yaml`` (docs/contexts.md):

* the event's sentence: cue words and phrases per context ("ballot", "ceasefire monitors");
* the event itself: a type or type:mode that implies a context ("COERCE:cyber"), and the sectors of its
  actors in given event types (an ASSAULT by a MIL actor is `military`; a MIL actor that merely speaks
  is not, as the manual's `military` is about the armed forces' operations, aid and relations), or a
  source and a target of different countries (`diplomatic` for verbal exchanges between governments);
* the story: a context marked ``story: true`` whose cues fill at least ``story_min_sentences`` content
  sentences reaches every event of the document.

``assign_contexts`` runs once per document, where the coder finalises its events.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from seismo.coding.lexicon import DICT_DIR, _read_yaml
from seismo.coding.story import word_bounds
from seismo.errors import CodingError, Errors
from seismo.ingest.noise import within_noise
from seismo.models import Actor, Event

CONTEXTS_PATH = DICT_DIR / "contexts.yaml"
_PIECE = re.compile(r"[a-z0-9]+")
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


PREFIX_KEY = 3  # wildcard cues ("militar*") are bucketed by their first letters


@dataclass
class CueIndex:
    """Cues by their first piece, so that a sentence is read in one pass whatever the dictionary's size: exact
    first words in a dict, wildcard prefixes by their first PREFIX_KEY letters (shorter ones always tried)."""

    exact: dict[str, list[tuple[Cue, str]]] = field(default_factory=dict)
    prefixed: dict[str, list[tuple[Cue, str]]] = field(default_factory=dict)
    short: list[tuple[Cue, str]] = field(default_factory=list)

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

    def starting_with(self, slot: frozenset[str]) -> list[tuple[Cue, str]]:
        """The cues whose first piece may match a word of ``slot`` (the caller checks the whole cue). Most words
        start no cue: a list, not a generator, so that they cost a dictionary look-up or two."""
        found: list[tuple[Cue, str]] = []
        for word in slot:
            found += self.exact.get(word, ())
            found += self.prefixed.get(word[:PREFIX_KEY], ())
        return found + self.short if self.short else found


@dataclass
class EventIndex:
    """The rules an event's type and actors can fire, read once per dictionary (``event_contexts``): contexts
    by the type keys that imply them, the actor rules apart from the types, the `when:` rules by position."""

    by_type: dict[str, set[str]] = field(default_factory=dict)
    actors: list[tuple[str, ActorRule]] = field(default_factory=list)
    alone: list[tuple[str, ActorRule]] = field(default_factory=list)
    when: list[tuple[str, frozenset[str], str]] = field(default_factory=list)  # name, types, "name#k"

    @classmethod
    def of(cls, rules: Iterable[ContextRule]) -> EventIndex:
        index = cls()
        for rule in rules:
            for key in rule.types:
                index.by_type.setdefault(key, set()).add(rule.name)
            for actor in rule.actors:
                (index.alone if actor.alone else index.actors).append((rule.name, actor))
            index.when += [(rule.name, types, when_key(rule.name, k)) for k, types in enumerate(rule.when)]
        return index


@dataclass
class ContextRules:
    """Every context rule, with the cues indexed by their first word for a one-pass scan."""

    rules: dict[str, ContextRule]
    story_min_sentences: int = 3
    ignore: list[Cue] = field(default_factory=list)  # phrases whose words count for no cue ("diplomatic sources")
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


def _plain(found: Iterable[str]) -> set[str]:
    """The contexts proper among what a sentence's words gave (not the "name#k" of `when:` cues)."""
    return {name for name in found if "#" not in name}


def cue_pieces(text: str) -> Cue:
    """'al-Qaeda' -> ('al', 'qaeda'): words split at any non-letter, as the sentence's words are;
    a word written ``{name}`` stays whole (it matches any capitalised word, see ``_slots``)."""
    star = text.strip().endswith("*")
    pieces = tuple(p for word in text.lower().split()
                   for p in ((NAME,) if word == NAME else _PIECE.findall(word)))  # fmt: skip
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
                                bool(item.get("international", False)), bool(item.get("alone", False))))  # fmt: skip
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
    )


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
        old.story = bool(spec.get("story", old.story)) if isinstance(spec, dict) else old.story


def load_contexts(extra: Sequence[Path] = ()) -> ContextRules:
    """The bundled context rules plus the user's files (``SEISMO_CONTEXTS``): later files add to earlier."""
    data = _read_yaml(CONTEXTS_PATH)
    rules: dict[str, ContextRule] = {}
    _merge(rules, data, CONTEXTS_PATH)
    story_min = int(data.get("story_min_sentences", 3))
    ignore = [cue_pieces(str(w)) for w in data.get("ignore") or []]
    for path in extra:
        more = _read_yaml(Path(path))
        _merge(rules, more, Path(path))
        story_min = int(more.get("story_min_sentences", story_min))
        ignore += [cue_pieces(str(w)) for w in more.get("ignore") or []]
    return ContextRules(rules, story_min, [c for c in ignore if c])


@lru_cache(maxsize=1)
def default_contexts() -> ContextRules:
    return load_contexts()


def context_names() -> tuple[str, ...]:
    """The bundled context names (the manual's general-contexts table): what filters accept."""
    return default_contexts().names


# ---------------------------------------------------------------------------------------------
# Reading a sentence


def _slots(sent: Span | Doc, quiet: frozenset[int] = frozenset()) -> list[frozenset[str]]:
    """The sentence as word pieces, each with its alternatives: the piece and (for one-piece words) the lemma,
    and ``NAME`` for a capitalised word that does not open the sentence (a proper name: "ethnic Albanians").
    Tokens in ``quiet`` (who reports) become empty slots: they hold no cue but still separate words."""
    slots: list[frozenset[str]] = []
    first = sent[0].i if len(sent) else 0  # once: indexing a span builds a token
    for token in sent:
        if token.is_space:
            continue
        named = token.text[:1].isupper() and token.i != first
        word = _word_slots(token.lower_, token.lemma_, named)
        slots.extend([frozenset()] * len(word) if token.i in quiet else word)
    return slots


@lru_cache(maxsize=1 << 16)
def _word_slots(lower: str, lemma: str, named: bool) -> tuple[frozenset[str], ...]:
    """One word's slots (``_slots``); cached per word form, as every sentence of every document asks again.
    ``named``: a capitalised word not opening the sentence also fills a ``{name}`` cue piece."""
    pieces = _PIECE.findall(lower)
    name = {NAME} if named else set()
    if len(pieces) == 1:
        lemma = lemma.lower()
        return (frozenset({pieces[0], lemma, *name} if _PIECE.fullmatch(lemma) else {*pieces, *name}),)
    return tuple(frozenset({p, *name}) for p in pieces)


def reporters(sent: Span | Doc, reporting: Reporting | None) -> frozenset[int]:
    """The tokens that name who reports: the subject of a reporting verb that follows what it reports ("...,
    the French embassy said") and "according to X". They say where a report comes from, not what it is about."""
    if reporting is None or not sent.doc.has_annotation("DEP"):
        return frozenset()
    quiet: set[int] = set()
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            quiet.update(t.i for t in token.subtree)
        elif reporting(token):
            said = [c for c in token.children if c.dep_ in ("ccomp", "parataxis")]
            trailing = token.dep_ in ("ccomp", "parataxis", "conj") and token.head.i < token.i
            for subject in (c for c in token.children if c.dep_ == "nsubj"):
                if trailing or any(c.i < subject.i for c in said):
                    quiet.update(t.i for t in subject.subtree)
    return frozenset(quiet)


def _piece_matches(want: str, slot: frozenset[str]) -> bool:
    if want.endswith("*"):
        return any(w.startswith(want[:-1]) for w in slot)
    return want in slot


def _cue_at(cue: Cue, slots: list[frozenset[str]], i: int) -> bool:
    if i + len(cue) > len(slots):
        return False
    return all(_piece_matches(want, slots[i + k]) for k, want in enumerate(cue))


def _unignored(slots: list[frozenset[str]], ignore: CueIndex) -> list[frozenset[str]]:
    """Blank the words of ignored phrases ("military sources said"): they name who reports, not the topic."""
    out = list(slots)
    for i, slot in enumerate(slots):
        for cue, _ in ignore.starting_with(slot):
            if _cue_at(cue, slots, i):
                out[i:i + len(cue)] = [frozenset()] * len(cue)
    return out


def _other_senses(slots: list[frozenset[str]], senses: CueIndex) -> dict[str, set[int]]:
    """Per context, the word positions inside its `not:` phrases ("war crimes" for military)."""
    out: dict[str, set[int]] = {}
    for i, slot in enumerate(slots):
        for cue, name in senses.starting_with(slot):
            if _cue_at(cue, slots, i):
                out.setdefault(name, set()).update(range(i, i + len(cue)))
    return out


def text_contexts(sent: Span | Doc, rules: ContextRules, reporting: Reporting | None = None) -> set[str]:
    """The contexts whose cues occur in a sentence (and "name#k" for the cues of `when:` rules), leaving out
    who reports and the cues that sit in one of their context's `not:` phrases."""
    slots = _unignored(_slots(sent, reporters(sent, reporting)), rules._ignored)
    other = _other_senses(slots, rules._senses)
    found: set[str] = set()
    for i, slot in enumerate(slots):
        for cue, name in rules._cues.starting_with(slot):
            if name in found or not _cue_at(cue, slots, i):
                continue
            blocked = other.get(name.partition("#")[0])
            if not blocked or blocked.isdisjoint(range(i, i + len(cue))):
                found.add(name)
    return found


# ---------------------------------------------------------------------------------------------
# Reading the event


def _sector(actor: Actor | None) -> str | None:
    """The actor's sector; "IGO" for an organisation and "COUNTRY" for a country named as a whole
    ("Portugal will support Turkey"), which have no sector code of their own."""
    if actor is None:
        return None
    if actor.agent:
        return actor.agent.upper()
    if actor.igo:
        return "IGO"
    return "COUNTRY" if actor.country else None


def _side(actor: Actor | None) -> str | None:
    """The country (or organisation) an actor belongs to, for 'different countries'."""
    if actor is None:
        return None
    return actor.country or actor.igo


@dataclass(frozen=True)
class _Parties:
    """What the actor rules ask of an event, read once per event rather than once per rule."""

    keys: set[str]
    sectors: tuple[str | None, str | None]  # source's, target's
    sides: tuple[str | None, str | None]

    @classmethod
    def of(cls, event: Event) -> _Parties:
        return cls(_keys(event), (_sector(event.source), _sector(event.target)),
                   (_side(event.source), _side(event.target)))


def _actor_rule_fires(rule: ActorRule, event: Event | _Parties) -> bool:
    parties = event if isinstance(event, _Parties) else _Parties.of(event)
    if rule.types is not None and parties.keys.isdisjoint(rule.types):
        return False
    source, target = parties.sectors
    if rule.source and source not in rule.source:
        return False
    if rule.target and target not in rule.target:
        return False
    if not rule.sectors and not rule.international:
        return bool(rule.source or rule.target)
    if rule.international:
        a, b = parties.sides
        if a is None or b is None or a == b:
            return False
        return not rule.sectors or (source in rule.sectors and target in rule.sectors)
    return source in rule.sectors or target in rule.sectors


def _keys(event: Event) -> set[str]:
    return {event.type, f"{event.type}:{event.mode}"} if event.mode else {event.type}


def event_contexts(event: Event, rules: ContextRules, found: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Contexts implied by the event's type, mode and actors, and by `when:` rules (a type with a cue of the
    sentence, ``found``); ``found`` also decides whether the rules that apply only ``alone`` may fire."""
    parties = _Parties.of(event)
    keys, index = parties.keys, rules._events
    out = {name for key in keys for name in index.by_type.get(key, ())}
    out.update(name for name, actor in index.actors if name not in out and _actor_rule_fires(actor, parties))
    out.update(name for name, types, key in index.when if key in found and not keys.isdisjoint(types))
    if not (out | _plain(found)):
        out = {name for name, actor in index.alone if _actor_rule_fires(actor, parties)}
    return out


def _settle(found: Iterable[str], rules: ContextRules) -> list[str]:
    """Drop contexts that give way to a more specific one; keep the dictionary's order."""
    found = set(found)
    kept = {c for c in found if c in rules.rules and not (rules.rules[c].without & found)}
    return [name for name in rules.names if name in kept]


# ---------------------------------------------------------------------------------------------
# The document pass


def story_contexts(sentences: Iterable[set[str]], rules: ContextRules) -> set[str]:
    """Story-wide contexts: named in at least ``story_min_sentences`` sentences, for rules that allow it."""
    counts: dict[str, int] = {}
    for found in sentences:
        for name in found:
            counts[name] = counts.get(name, 0) + 1
    return {name for name, n in counts.items()
            if name in rules.rules and rules.rules[name].story and n >= max(1, rules.story_min_sentences)}  # fmt: skip


def assign_contexts(events: list[Event], doc: Doc, rules: ContextRules | None = None,
                    noise: Sequence[tuple[int, int]] = (), reporting: Reporting | None = None) -> list[Event]:
    """Give every event its contexts (sentence, event and story); returns the same list, updated.
    Sentences inside ``noise`` spans (captions, credits) do not count towards the story's contexts;
    ``reporting`` tells reporting verbs, whose trailing subjects ("..., the embassy said") hold no cue."""
    if not events:
        return events
    rules = rules or default_contexts()
    by_start: dict[int, set[str]] = {}
    content: list[set[str]] = []
    for sent in doc.sents:
        bounds = word_bounds(sent)
        if bounds is not None:
            by_start[bounds[0]] = text_contexts(sent, rules, reporting)
            if not within_noise(*bounds, noise):  # a content sentence (``story.is_content``)
                content.append(by_start[bounds[0]])
    story = story_contexts(content, rules)
    starts = sorted(by_start)
    for event in events:
        own = by_start.get(event.evidence.start)
        if own is None:  # the evidence does not start a parsed sentence: read the sentence that holds it
            before = [s for s in starts if s <= event.evidence.start]
            own = by_start[before[-1]] if before else set()
        event.contexts = _settle(own | event_contexts(event, rules, own) | story, rules)
    return events
