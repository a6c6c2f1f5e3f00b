"""Load the event, type and modality dictionaries (YAML data files) into typed tables.

The rules live in ``coding/dictionaries/*.yaml`` so that users can read and extend them;
this module only validates them and builds fast lookups.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import _lru_cache_wrapper, lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from seismo.errors import CodingError, Errors

DICT_DIR = Path(__file__).parent / "dictionaries"
WORD_LISTS_ENV = "SEISMO_WORD_LISTS"  # user files that add words to the lists below (':'-separated YAML paths)
# The word lists a user file may add words to: dictionary file -> its lists (docs/coding.md has a row for each).
WORD_LISTS: dict[str, tuple[str, ...]] = {
    "group_nouns.yaml": ("peer_nouns", "other_side_nouns", "state_nouns", "collective_heads", "sent_nouns",
                         "org_nouns", "count_heads", "member_heads", "counterparts", "visitor_nouns",
                         "outlet_heads", "led_heads"),
    "back_references.yaml": ("document_nouns",),
    "titles.yaml": ("offices", "spokes", "speaker_heads", "modified_heads", "presiding_heads", "party_leader_heads",
                    "party_leanings", "party_heads", "leader_title_words"),
    "placement.yaml": ("foreign_modifiers", "sending_state_nouns", "venue_nouns", "name_part_words",
                       "home_enforcers"),
    "place_nouns.yaml": ("settlement_nouns", "facility_nouns", "border_nouns", "settlement_heads", "feature_words",
                         "ground_nouns", "outpost_nouns", "seat_names", "surface_nouns", "speech_nouns", "trip_nouns",
                         "speaking_verbs", "own_scene_preps", "path_nouns", "civilian_sites",
                         "host_posts", "home_acts"),
    "arguments.yaml": ("utterance_nouns", "medium_nouns", "issuing_verbs", "instrument_verbs", "arrival_verbs",
                       "generic_event_heads", "carrier_heads", "laden_vehicles", "partitives", "telling_verbs",
                       "not_asking_verbs", "dissuading_verbs",
                       "relation_nouns", "judging_verbs", "alleging_verbs", "harm_nouns", "aspectual_verbs",
                       "reciprocal_verbs", "weapon_nouns", "firing_verbs", "addressing_phrases", "trip_verbs",
                       "objectless_verbs", "envoy_titles", "money_heads", "gathering_verbs", "deciding_verbs",
                       "sending_verbs",
                       "punishing_verbs", "charging_verbs", "charge_nouns", "transfer_nouns", "outcome_verbs",
                       "guest_verbs", "truce_nouns"),
    "dates.yaml": ("generic_event_nouns",),
    "events.yaml": ("adjective_homographs",),
}
T = TypeVar("T")
_WORD_LOADERS: list[_lru_cache_wrapper[Any]] = []


@dataclass(frozen=True)
class TypeInfo:
    """A PLOVER type: CAMEO root, conflict-cooperation score and quad class."""

    name: str
    cameo: str
    score: float
    quad: int
    modes: dict[str, float] = field(default_factory=dict)
    mode_cameo: dict[str, str] = field(default_factory=dict)

    def score_for(self, mode: str | None) -> float:
        return self.modes.get(mode, self.score) if mode else self.score

    def cameo_for(self, mode: str | None) -> str:
        return self.mode_cameo.get(mode, self.cameo) if mode else self.cameo


@dataclass(frozen=True)
class VerbRule:
    """One way a verb lemma can trigger an event; conditions are checked against the parse."""

    type: str
    mode: str | None = None
    particle: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    not_object: frozenset[str] = frozenset()
    object_with: frozenset[str] = frozenset()  # a word on the object noun: "set up a joint committee"
    object_actor: bool = False
    prep: frozenset[str] = frozenset()
    not_prep: frozenset[str] = frozenset()
    pp: frozenset[str] = frozenset()  # "preposition noun" phrases, one required: "placed under (house) arrest"
    not_pp: frozenset[str] = frozenset()  # refused phrases: "spoke to the press" is no consultation
    xcomp: bool = False
    infinitive: bool = False  # an infinitive after the verb or its object: "count on Turkey to act"
    to_complement: bool = False  # a "to" infinitive after the verb ("told X to leave"; not a quote before it)
    not_xcomp: bool = False
    not_complement: bool = False
    xcomp_lemma: frozenset[str] = frozenset()
    xcomp_type: frozenset[str] = frozenset()  # types whose plain verbs also fill xcomp_lemma ("vowed to bomb")
    not_xcomp_lemma: frozenset[str] = frozenset()  # "declined to comment" is no rejection of anyone
    not_xcomp_object: frozenset[str] = frozenset()  # "vowed to fight corruption": the infinitive's object is no foe
    xcomp_object: frozenset[str] = frozenset()  # "vowed to fight the ruling": the infinitive's object is a legal act
    not_frame: frozenset[str] = frozenset()  # "Speaking to the BBC, he said": a participle framing these verbs
    complement_lemma: frozenset[str] = frozenset()  # a word of the verb's complement: "found him guilty"
    no_object: bool = False
    complement_subject_actor: bool = False  # "wants foreign forces to leave": the infinitive's own subject acts
    own_commitment: bool = False  # "agreed that their countries should cooperate": the subject binds itself
    ultimatum: bool = False  # "told Uganda to withdraw or face sanctions": a directive with a consequence threatens
    mandative: bool = False  # "insisted that the troops leave": a that-clause of what must be done
    not_counted_subject: bool = False  # "231 Democrats supporting the resolution": a vote tally, no event
    not_describing: bool = False  # "forces backing Machar": a participle on a noun says whose side it is on
    subject_actor: bool = False  # "Iraq declined", not "prices declined": the subject itself names an actor
    person_subject: bool = False  # "Trump attacked the Democrats": a person's attack without a weapon is words
    person_object: bool = False  # "Erdogan attacked Macron": the object is a person by name
    not_score: bool = False  # "Brazil beat Argentina 2-1": a match score in the clause, no violence
    not_number_object: bool = False  # "shot a final-round 66": a score is no target
    conj_subject: bool = False
    passive_subject: str | None = None
    other_side: bool = False  # "told Israel to ...": not the teller's own people or parts, nor the media
    object_source: bool = False  # "detected Chinese aircraft near the island": the object acts, the subject saw it
    taker_source: bool = False  # "the city fell to the Taliban": the place is the subject, the taker acts
    symmetric: bool = False
    source_agent: str | None = None
    source_agent_in: frozenset[str] = frozenset()
    not_source_agent_in: frozenset[str] = frozenset()  # "analysts agree": commentators' opinions are no events
    subject: frozenset[str] = frozenset()  # the subject's lemma ("protesters gathered"; "thousands of protesters")
    not_passive: bool = False  # "police were called to the scene": no one phoned the police
    implied_source: str | None = None  # sector of the unnamed agent of a passive ("312 people were arrested")
    target: tuple[str, ...] = ()


@dataclass(frozen=True)
class NounRule:
    """An event noun, coded only as the object of a light verb or a verb in ``by_verb``."""

    type: str
    mode: str | None = None
    by_verb: dict[str, str] = field(default_factory=dict)  # keys may be phrasal: "call off"
    by_modifier: dict[str, str] = field(default_factory=dict)  # "hunger strike" -> PROTEST:hunger (TYPE or TYPE:mode)
    joint: str | None = None
    source_agent: str | None = None
    symmetric: bool = False
    only_with: frozenset[str] = frozenset()
    only_verbs: bool = False  # coded only with the verbs in by_verb, not with any light verb
    not_with: frozenset[str] = frozenset()  # "a campaign rally": modifiers that make the noun no event
    not_heard_by: frozenset[str] = frozenset()  # "speaking at a rally": verbs whose audience the noun is


@dataclass(frozen=True)
class Lexicon:
    """Everything the coder reads from data files."""

    types: dict[str, TypeInfo]
    verbs: dict[str, tuple[VerbRule, ...]]
    nouns: dict[str, NounRule]
    light_verbs: frozenset[str]
    type_targets: dict[str, tuple[str, ...]]
    cues: dict[str, frozenset[str]]
    object_not_target: frozenset[str] = frozenset()
    object_target_modes: frozenset[str] = frozenset()  # "boycotted talks with Uganda": exceptions to the above
    recipient_over_object: frozenset[str] = frozenset()  # 'provided intelligence to Macedonia': Macedonia
    taken_from_over_object: frozenset[str] = frozenset()  # 'recaptured the town from the rebels': the rebels
    reference_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # nouns that refer back to an earlier event only as a verb's object ("rejected the resolution")
    referred_documents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    court_references: frozenset[str] = frozenset()  # "criticised the ruling": a court's event first
    travel_verbs: frozenset[str] = frozenset()  # "arrived on a visit": an event noun after on/for
    restating_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # "insisted on its demand": the types
    eventive_nouns: frozenset[str] = frozenset()  # subjects that name a violent happening, not a thing
    happening_verbs: frozenset[str] = frozenset()  # "riots continued", "clashes broke out": the subject is the event
    cancelling_verbs: frozenset[str] = frozenset()  # "called off the strike": the noun's event does not happen
    in_force_verbs: frozenset[str] = frozenset()  # "the truce took effect": a noun's by_verb reads them on its subject
    accident_verbs: frozenset[str] = frozenset()  # "a train derailed, killing 36": the deaths are an accident's

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    def object_is_target(self, type_: str, mode: str | None) -> bool:
        """Whether a trigger's direct object may be its target ("deployed troops": no; "boycotted the talks with
        Uganda": the thing boycotted, and whom it is with, yes)."""
        typed = f"{type_}:{mode}"
        return typed in self.object_target_modes or not ({type_, typed} & self.object_not_target)


_SET_FIELDS = {"particle", "object", "not_object", "object_with", "prep", "not_prep", "pp", "not_pp", "xcomp_lemma",
               "not_xcomp_lemma",
               "not_xcomp_object", "xcomp_object", "complement_lemma", "not_frame", "source_agent_in",
               "not_source_agent_in", "only_with", "subject", "not_with", "not_heard_by"}


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise CodingError(Errors.C001.format(path=path, detail=str(exc).splitlines()[0]), "C001") from exc
    if not isinstance(data, dict):
        raise CodingError(Errors.C001.format(path=path, detail="top level must be a mapping"), "C001")
    return data


def dictionary(name: str) -> dict[str, Any]:
    """A shipped dictionary file (``DICT_DIR / name``), parsed once per process and shared by all its readers:
    ``events.yaml`` is read by the lexicon (``load_lexicon``) and by word lists (``word_sets``: the stative
    participles, the adjective homographs), and parsing it costs a fifth of a second. Shared: copy what you
    change, never mutate it. ``clear_word_lists`` forgets it (after a change to the dictionaries folder)."""
    return _parsed(DICT_DIR / name)


@lru_cache(maxsize=64)
def _parsed(path: Path) -> dict[str, Any]:
    return _read_yaml(path)


def word_sets(name: str, keys: Sequence[str]) -> tuple[dict[str, Any], list[frozenset[str]]]:
    """A dictionary file's word lists as frozen sets, in ``keys`` order, with the whole mapping for other
    fields; the words of the user's files (``SEISMO_WORD_LISTS``) are added to their lists, after the shipped
    ones. A malformed file is the user's one-line C001 error, as for the lexicon."""
    data = dict(dictionary(name))  # the shared file: user words replace a list, never extend the shared one
    for key, words in _user_words(os.environ.get(WORD_LISTS_ENV, "")).get(name, {}).items():
        data[key] = [*(data.get(key) or ()), *words]
    return data, [frozenset(str(w) for w in data.get(k) or ()) for k in keys]


@lru_cache(maxsize=8)
def _user_words(paths: str) -> dict[str, dict[str, list[str]]]:
    """The words user files add, per dictionary file and list: ``{"group_nouns.yaml": {"collective_heads":
    [detachment]}}``. A file, list or word the coder cannot read is a C001 error naming the file."""
    out: dict[str, dict[str, list[str]]] = {}
    for path in (Path(p) for p in paths.split(":") if p):
        for name, lists in _read_yaml(path).items():
            if name not in WORD_LISTS:
                detail = f"no word lists of {name!r} to extend; files: {', '.join(WORD_LISTS)}"
                raise CodingError(Errors.C001.format(path=path, detail=detail), "C001")
            if not isinstance(lists, dict):
                raise CodingError(Errors.C001.format(path=path, detail=f"{name}: a mapping of lists to words"), "C001")
            for key, words in lists.items():
                if key not in WORD_LISTS[name]:
                    detail = f"{name} has no word list {key!r}; lists: {', '.join(WORD_LISTS[name])}"
                    raise CodingError(Errors.C001.format(path=path, detail=detail), "C001")
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                    detail = f"{name} {key}: a list of words (quote words like \"on\" and \"off\")"
                    raise CodingError(Errors.C001.format(path=path, detail=detail), "C001")
                out.setdefault(name, {}).setdefault(key, []).extend(words)
    return out


def word_list(loader: Callable[[], T]) -> _lru_cache_wrapper[T]:
    """A loader of word lists read once per process (cached), which ``clear_word_lists`` forgets."""
    cached = lru_cache(maxsize=1)(loader)
    _WORD_LOADERS.append(cached)
    return cached


def clear_word_lists() -> None:
    """Forget the word lists read so far (after a change to the dictionaries folder or to SEISMO_WORD_LISTS)."""
    _user_words.cache_clear()
    _parsed.cache_clear()
    for loader in _WORD_LOADERS:
        loader.cache_clear()


def _words(value: Any, path: Path) -> list[str]:
    """A word list; YAML 1.1 reads bare on/off/yes/no as booleans, which would silently never match."""
    items = value if isinstance(value, list) else [value]
    if any(isinstance(v, bool) for v in items):
        raise CodingError(Errors.C001.format(path=path, detail=f"{items}: quote words like \"on\" and \"off\""),
                          "C001")
    return [str(v).lower() for v in items]


def _rule_kwargs(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _SET_FIELDS:
            kwargs[key] = frozenset(_words(value, path))
        elif key == "target":
            kwargs[key] = tuple(value)
        elif key == "xcomp_type":
            kwargs[key] = frozenset(str(v).upper() for v in value)
        elif key in ("by_verb", "by_modifier"):
            kwargs[key] = {str(k).lower(): str(v) for k, v in value.items()}
        else:
            kwargs[key] = value
    if "type" not in kwargs:
        raise CodingError(Errors.C001.format(path=path, detail=f"rule without type: {raw}"), "C001")
    return kwargs


def _parse_types(data: dict[str, Any]) -> dict[str, TypeInfo]:
    return {
        name: TypeInfo(
            name=name,
            cameo=str(info["cameo"]),
            score=float(info["score"]),
            quad=int(info["quad"]),
            modes={k: float(v) for k, v in (info.get("modes") or {}).items()},
            mode_cameo={k: str(v) for k, v in (info.get("mode_cameo") or {}).items()},
        )
        for name, info in data.items()
    }


def _merge_events(target: dict[str, Any], extra: dict[str, Any]) -> None:
    """User files add verbs/nouns; a lemma they name replaces the built-in rules for it."""
    for key in ("verbs", "nouns", "type_targets"):  # new mappings: the shipped file's are shared (``dictionary``)
        target[key] = {**(target.get(key) or {}), **(extra.get(key) or {})}
    target["light_verbs"] = list(target.get("light_verbs") or []) + list(extra.get("light_verbs") or [])


def _check_types(verbs: dict[str, tuple[VerbRule, ...]], nouns: dict[str, NounRule],
                 types: dict[str, TypeInfo], path: Path) -> None:
    used = {r.type for rules in verbs.values() for r in rules} | {n.type for n in nouns.values()}
    used |= {t.partition(":")[0] for n in nouns.values() for t in (*n.by_verb.values(), *n.by_modifier.values())}
    unknown = sorted(used - set(types))
    if unknown:
        raise CodingError(Errors.C001.format(path=path, detail=f"unknown PLOVER types {unknown}"), "C001")


def _under_mined(events: dict[str, Any], mined: dict[str, Any]) -> dict[str, Any]:
    """The hand file over the mined one (scripts/mine_vocabulary.py): a hand lemma keeps its rules first and
    takes only the mined object patterns after them ("lift" + a noun the hand rules do not name); a hand
    noun replaces the mined one; the other sections are the hand file's alone."""
    verbs = dict(mined.get("verbs") or {})
    for lemma, rules in (events.get("verbs") or {}).items():
        extra = [r for r in verbs.get(lemma) or [] if r.get("object")]
        verbs[lemma] = list(rules) + extra
    return {**events, "verbs": verbs, "nouns": {**(mined.get("nouns") or {}), **(events.get("nouns") or {})}}


def _with_typed_complements(verbs: dict[str, tuple[VerbRule, ...]]) -> dict[str, tuple[VerbRule, ...]]:
    """A rule's ``xcomp_type`` adds to its ``xcomp_lemma`` every verb whose plain rule (no condition on the parse)
    has one of those types: "vowed to bomb", "vowed to annihilate" read like "vowed to attack" without listing
    each violent verb twice."""
    plain: dict[str, set[str]] = {}
    for lemma, rules in verbs.items():
        for rule in rules:
            if not (rule.particle or rule.object or rule.object_actor or rule.prep or rule.pp or rule.xcomp
                    or rule.xcomp_lemma or rule.complement_lemma or rule.subject or rule.complement_subject_actor):
                plain.setdefault(rule.type, set()).add(lemma)  # its sense needs no particular object or phrase
    return {lemma: tuple(replace(r, xcomp_lemma=r.xcomp_lemma | frozenset(
        w for t in r.xcomp_type for w in plain.get(t, ()))) if r.xcomp_type else r for r in rules)
        for lemma, rules in verbs.items()}


@lru_cache(maxsize=8)
def load_lexicon(extra: Sequence[Path] = ()) -> Lexicon:
    """Read the bundled dictionaries plus any user event files (later files win)."""
    types = _parse_types(dictionary("types.yaml"))
    events = _under_mined(dictionary("events.yaml"), dictionary("mined.yaml"))
    for path in extra:
        _merge_events(events, _read_yaml(Path(path)))
    events_path = DICT_DIR / "events.yaml"
    verbs = {
        str(lemma).lower(): tuple(VerbRule(**_rule_kwargs(r, events_path)) for r in rules)
        for lemma, rules in (events.get("verbs") or {}).items()
    }
    nouns = {str(lemma).lower(): NounRule(**_rule_kwargs(r, events_path))
             for lemma, r in (events.get("nouns") or {}).items()}
    _check_types(verbs, nouns, types, events_path)
    verbs = _with_typed_complements(verbs)
    modality = dictionary("modality.yaml")
    cues = {k: frozenset(str(v).lower() for v in vals) for k, vals in modality.items()}
    return Lexicon(
        types=types,
        verbs=verbs,
        nouns=nouns,
        light_verbs=frozenset(events.get("light_verbs") or []),
        type_targets={k: tuple(_words(v, events_path)) for k, v in (events.get("type_targets") or {}).items()},
        cues=cues,
        object_not_target=frozenset(events.get("object_not_target") or []),
        object_target_modes=frozenset(events.get("object_target_modes") or []),
        recipient_over_object=frozenset(events.get("recipient_over_object") or []),
        taken_from_over_object=frozenset(str(v).lower() for v in events.get("taken_from_over_object") or []),
        reference_nouns={str(k): tuple(v) for k, v in (events.get("reference_nouns") or {}).items()},
        referred_documents={str(k): tuple(v) for k, v in (events.get("referred_documents") or {}).items()},
        court_references=frozenset(str(v).lower() for v in events.get("court_references") or []),
        travel_verbs=frozenset(events.get("travel_verbs") or []),
        restating_preps={k: frozenset(v) for k, v in (events.get("restating_preps") or {}).items()},
        eventive_nouns=frozenset(events.get("eventive_nouns") or []),
        happening_verbs=frozenset(str(v).lower() for v in events.get("happening_verbs") or []),
        cancelling_verbs=frozenset(str(v).lower() for v in events.get("cancelling_verbs") or []),
        in_force_verbs=frozenset(str(v).lower() for v in events.get("in_force_verbs") or []),
        accident_verbs=frozenset(str(v).lower() for v in events.get("accident_verbs") or []),
    )
