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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from seismo.coding.context_rules import (
    NAME,
    PIECE,
    ActorRule,
    ContextRules,
    Cue,
    CueIndex,
    Reporting,
    default_contexts,
    plain_contexts,
)
from seismo.coding.doc_memo import entities
from seismo.coding.doc_words import children_with, doc_words
from seismo.coding.story import word_bounds
from seismo.ingest.noise import within_noise
from seismo.models import Actor, Event

# ---------------------------------------------------------------------------------------------
# Reading a sentence


def _slots(sent: Span | Doc, quiet: frozenset[int] = frozenset()) -> list[frozenset[str]]:
    """The sentence as word pieces, each with its alternatives: the piece and (for one-piece words) the lemma,
    and ``NAME`` for a capitalised word that does not open the sentence (a proper name: "ethnic Albanians").
    Tokens in ``quiet`` (who reports) become empty slots: they hold no cue but still separate words."""
    slots: list[frozenset[str]] = []
    start, end = (sent.start, sent.end) if isinstance(sent, Span) else (0, len(sent))
    w = doc_words(sent.doc if isinstance(sent, Span) else sent)  # the word lists: no token built per word
    space, text, lower, lemma = w.space, w.text, w.lower, w.lemma
    for i in range(start, end):
        if space[i]:
            continue
        word = _word_slots(lower[i], lemma[i], text[i][:1].isupper() and i != start)
        slots.extend([frozenset()] * len(word) if i in quiet else word)
    return slots


@lru_cache(maxsize=1 << 16)
def _word_slots(lower: str, lemma: str, named: bool) -> tuple[frozenset[str], ...]:
    """One word's slots (``_slots``); cached per word form, as every sentence of every document asks again.
    ``named``: a capitalised word not opening the sentence also fills a ``{name}`` cue piece."""
    pieces = PIECE.findall(lower)
    name = {NAME} if named else set()
    if len(pieces) == 1:
        lemma = lemma.lower()
        return (frozenset({pieces[0], lemma, *name} if PIECE.fullmatch(lemma) else {*pieces, *name}),)
    return tuple(frozenset({p, *name}) for p in pieces)


def reporters(sent: Span | Doc, reporting: Reporting | None) -> frozenset[int]:
    """The tokens that name who reports: the subject of a reporting verb that follows what it reports ("...,
    the French embassy said") and "according to X". They say where a report comes from, not what it is about."""
    if reporting is None or not sent.doc.has_annotation("DEP"):
        return frozenset()
    doc = sent.doc
    start, end = (sent.start, sent.end) if isinstance(sent, Span) else (0, len(doc))
    lower = doc_words(doc).lower
    according = [doc[i] for i in range(start, end) if lower[i] == "according" and i + 1 < len(doc)
                 and lower[i + 1] == "to"]
    found = getattr(reporting, "words", None)  # a test that lists a span's words itself (``ReportingTest``)
    verbs = found(sent) if found is not None else [t for t in sent if reporting(t)]
    quiet: set[int] = set()
    taken = {t.i for t in according}
    for token in according + [v for v in verbs if v.i not in taken]:  # "according to": not a reporting verb
        if token.i in taken:
            quiet.update(t.i for t in token.subtree)
        else:
            said = [c for c in children_with(token, ("ccomp", "parataxis"))]
            trailing = token.dep_ in ("ccomp", "parataxis", "conj") and token.head.i < token.i
            for subject in (c for c in children_with(token, ("nsubj",))):
                if trailing or any(c.i < subject.i for c in said):
                    quiet.update(t.i for t in subject.subtree)
    return frozenset(quiet)


def cause_names(sent: Span | Doc, causes: frozenset[str]) -> frozenset[int]:
    """The tokens of ``causes`` (democracy, independence, ...) that a group's name states as its aim: capitalised
    inside the sentence and after a "for" that follows a capitalised word, across capitalised words and "the",
    "of", "and" ("the Forces for the Defence of Democracy", "the Union for the Total Independence of Angola"),
    or in brackets right after a name, its translation ("the Hurriyet (Freedom) bloc"). Such a name is a
    label that says who acts, as a party's name does, not what the event is about."""
    if not causes:
        return frozenset()
    doc, start, end = _bounds(sent)
    first = start if end > start else 0
    words = doc_words(doc)  # the words' own forms, read without a Token each (issue 15)
    texts, lowers = words.text, words.lower
    quiet: set[int] = set()
    for i in range(start, end):
        if i == first or not texts[i][:1].isupper() or lowers[i] not in causes:
            continue
        k = i - 1
        while k > first and (texts[k][:1].isupper() or lowers[k] in _NAME_GLUE):
            k -= 1
        if k > first and lowers[k] in ("for", "(") and texts[k - 1][:1].isupper():
            quiet.add(i)
    return frozenset(quiet)


_NAME_GLUE = frozenset({"the", "of", "and"})


def _bounds(sent: Span | Doc) -> tuple[Doc, int, int]:
    """The document and the token bounds of a sentence (or of a whole document)."""
    return (sent.doc, sent.start, sent.end) if isinstance(sent, Span) else (sent, 0, len(sent))


PLACES = frozenset({"GPE", "LOC", "FAC"})


def place_clauses(sent: Span | Doc) -> list[Span]:
    """Clauses that describe a place, not the event: a relative clause of a place or one opened by "where"
    ("Montenegro, where 28 people were killed in ethnic riots") and an apposition to a place ("the province,
    the scene of ethnic violence last March"). They tell what happened there, not what this event is about."""
    if not sent.doc.has_annotation("DEP"):
        return []
    places = {i for s, e, label in entities(sent) if label in PLACES for i in range(s, e)}
    doc, start, end = _bounds(sent)
    deps = doc_words(doc).dep  # a Token only for a clause word (issue 15)
    clauses = (doc[i] for i in range(start, end) if deps[i] in ("relcl", "appos"))
    out = [t for t in clauses if (t.dep_ in ("relcl", "appos") and t.head.i in places)
           or (t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children if c.i < t.i))]  # fmt: skip
    return [sent.doc[t.left_edge.i:t.right_edge.i + 1] for t in out]


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


def _banner_names(sent: Span | Doc, banners: frozenset[str]) -> tuple[set[int], set[int]]:
    """The word positions of party names (an ORG entity holding one of ``banners``: "the Freedom Party") and
    those of the banner words themselves. Such a name is a label that says who acts, not what about."""
    doc = sent.doc if isinstance(sent, Span) else sent
    orgs = [doc[s:e] for s, e, label in entities(sent) if label == "ORG"] if banners else []
    names = [e for e in orgs if any(_is_banner(t, banners) for t in e)]
    words: set[int] = set()
    heads: set[int] = set()
    if not names:
        return words, heads
    inside = {t.i: _is_banner(t, banners) for e in names for t in e}
    k = 0
    for token in sent:
        n = 0 if token.is_space else len(PIECE.findall(token.lower_))  # as many slots as ``_slots`` gives it
        if token.i in inside:
            (heads if inside[token.i] else words).update(range(k, k + n))
        k += n
    return words, heads


def _is_banner(token: Token, banners: frozenset[str]) -> bool:
    return token.lower_ in banners or token.lemma_.lower() in banners


def _other_senses(slots: list[frozenset[str]], senses: CueIndex) -> dict[str, set[int]]:
    """Per context, the word positions inside its `not:` phrases ("war crimes" for military), and under
    "name=start:end=phrase" each phrase where it stands (``_blocked``)."""
    out: dict[str, set[int]] = {}
    for i, slot in enumerate(slots):
        for cue, name in senses.starting_with(slot):
            if _cue_at(cue, slots, i):
                out.setdefault(name, set()).update(range(i, i + len(cue)))
                out[f"{name}={i}:{i + len(cue)}={' '.join(cue)}"] = set()
    return out


def _blocked(name: str, cue: Cue, span: range, other: dict[str, set[int]]) -> bool:
    """Whether a cue of context ``name`` (or of one of its `when:` rules) at ``span`` sits in one of the
    context's `not:` phrases. A cue that is the whole phrase still counts: "martial law" is no legal matter by
    its word "law", but a `when:` rule may still ask for "martial law" eased."""
    base = name.partition("#")[0]
    inside = other.get(base)
    whole = f"{base}={span.start}:{span.stop}={' '.join(cue)}"
    return bool(inside) and not inside.isdisjoint(span) and whole not in other


def text_contexts(sent: Span | Doc, rules: ContextRules, reporting: Reporting | None = None,
                  quiet: frozenset[int] = frozenset()) -> set[str]:  # fmt: skip
    """The contexts whose cues occur in a sentence (and "name#k", "name!..." for the cues of `when:` rules and
    `unless:` exceptions: ``plain_contexts`` keeps the names), leaving out
    who reports, the cues that sit in one of their context's `not:` phrases, those in a party's name
    ("Freedom Party"; a cue that takes in the banner word, "trade union", still counts) and the cause a group's
    name states ("the Front for the Independence of X": ``cause_names``)."""
    quiet = quiet | reporters(sent, reporting) | cause_names(sent, rules.causes)
    slots = _unignored(_slots(sent, quiet), rules._ignored)
    other = _other_senses(slots, rules._senses)
    names, heads = _banner_names(sent, rules.banners)
    found: set[str] = set()
    for i, slot in enumerate(slots):
        for cue, name in rules._cues.starting_with(slot):
            if name in found or not _cue_at(cue, slots, i):
                continue
            span = range(i, i + len(cue))
            if names and not names.isdisjoint(span) and heads.isdisjoint(span):
                continue
            if not _blocked(name, cue, span, other):
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


def _actor_rule_fires(rule: ActorRule, event: Event | _Parties,
                      found: set[str] | frozenset[str] = frozenset()) -> bool:  # fmt: skip
    """Whether an actor rule fires on an event whose sentence gave ``found`` (its `unless:` cues among them)."""
    parties = event if isinstance(event, _Parties) else _Parties.of(event)
    if rule.types is not None and parties.keys.isdisjoint(rule.types):
        return False
    if rule.unless_key and rule.unless_key in found:
        return False
    source, target = parties.sectors
    if rule.source and source not in rule.source:
        return False
    if rule.target and target not in rule.target:
        return False
    if source in rule.not_source:
        return False
    if rule.domestic and None not in parties.sides and len(set(parties.sides)) == 2:
        return False
    if not rule.sectors and not rule.international:  # a rule of types with only exceptions fires on its types
        return bool(rule.source or rule.target or rule.not_source or rule.unless)
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
    out.update(name for name, actor in index.actors if name not in out and _actor_rule_fires(actor, parties, found))
    out.update(name for name, types, key in index.when if key in found and not keys.isdisjoint(types)
               and index.when_unless.get(key) not in found)  # fmt: skip
    if not (out | plain_contexts(found)):
        out = {name for name, actor in index.alone if _actor_rule_fires(actor, parties, found)}
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
    by_start: dict[int, _Sentence] = {}
    content: list[set[str]] = []
    for sent in doc.sents:
        bounds = word_bounds(sent)
        if bounds is not None:
            by_start[bounds[0]] = read = _Sentence.of(sent, rules, reporting)
            if not within_noise(*bounds, noise):  # a content sentence (``story.is_content``)
                content.append(read.found)
    story = story_contexts(content, rules)
    starts = sorted(by_start)
    for event in events:
        sentence = by_start.get(event.evidence.start)
        if sentence is None:  # the evidence does not start a parsed sentence: read the sentence that holds it
            before = [s for s in starts if s <= event.evidence.start]
            sentence = by_start[before[-1]] if before else None
        own = set() if sentence is None else sentence.of_event(event)
        event.contexts = _settle(own | event_contexts(event, rules, own) | story, rules)
    return events


@dataclass(frozen=True)
class _Sentence:
    """A sentence's cues (``found``), and those outside the clauses that describe a place (``foreground``) with
    the words of those clauses: an event read from such a clause ("where 28 people were killed") takes them."""

    found: set[str]
    foreground: set[str]
    background: frozenset[str]

    @classmethod
    def of(cls, sent: Span, rules: ContextRules, reporting: Reporting | None) -> _Sentence:
        found = text_contexts(sent, rules, reporting)
        clauses = place_clauses(sent) if found else []
        if not clauses:
            return cls(found, found, frozenset())
        inside = frozenset(t.i for c in clauses for t in c)
        return cls(found, text_contexts(sent, rules, reporting, inside),
                   frozenset(t.text for c in clauses for t in c))  # fmt: skip

    def of_event(self, event: Event) -> set[str]:
        return self.found if event.trigger in self.background else self.foreground
