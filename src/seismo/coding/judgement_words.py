"""The word lists of judgements and the evaluative reading of a phrase, shared by the judgement finders.

``judgements.py`` and ``predicate_frames.py`` read the same lists (``dictionaries/judgements.yaml``) and the same
polarity of an evaluative phrase ('a cowardly act' is negative, 'not acceptable' judges only when negated); they
live here so that each finder module can import them without importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.events import NominalArgs, Trigger
from seismo.coding.lexicon import DICT_DIR

REVERSIBLE = "(only when negated)"  # a placeholder mode: spoken_judgement codes such a word only when negated
# polarities of words that judge only an act ('the decision was misguided', 'the ruling is a step in the right
# direction'); of anything else they judge no one ('the situation is dangerous', 'the news is encouraging')
WEAK = frozenset({"weak", "weak_positive"})


@dataclass(frozen=True)
class JudgementRules:
    """The word lists of ``judgements.yaml``, as sets."""

    negative: frozenset[str]
    positive: frozenset[str]
    dismissive: frozenset[str]
    dismissed_objects: frozenset[str]
    reversible: frozenset[str]
    naming_verbs: frozenset[str]
    labelling_verbs: frozenset[str]
    copulas: frozenset[str]
    copula_hedges: frozenset[str]
    suspect_nouns: frozenset[str]
    responsible: frozenset[str]
    responsible_preps: frozenset[str]
    critical_adjectives: frozenset[str]
    charging_verbs: frozenset[str]
    pointed_people: frozenset[str]
    said_of_verbs: frozenset[str]
    unpunished_words: frozenset[str]
    critical_preps: frozenset[str]
    breach_nouns: frozenset[str]
    blame_words: frozenset[str]
    stain_nouns: frozenset[str]
    stained_parts: frozenset[str]
    behind_objects: frozenset[str]
    suspect_verbs: frozenset[str]
    deed_nouns: frozenset[str]
    wrongdoing_adverbs: frozenset[str]
    wrong_manners: frozenset[str]
    manner_nouns: frozenset[str]
    conduct_verbs: frozenset[str]
    disdain_verbs: frozenset[str]
    disdain_nouns: frozenset[str]
    lacked_nouns: frozenset[str]
    lack_nouns: frozenset[str]
    lacking_verbs: frozenset[str]
    bearing_verbs: frozenset[str]
    borne_nouns: frozenset[str]
    borne_degrees: frozenset[str]
    borne_harms: frozenset[str]
    intolerance_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    attributing_verbs: frozenset[str]
    linking_verbs: frozenset[str]
    wrongdoing: dict[str, frozenset[str]]
    harming: dict[str, frozenset[str]]
    menace_nouns: frozenset[str]
    failing_verbs: frozenset[str]
    failed_duties: frozenset[str]
    question_verbs: frozenset[str]
    blame_phrases: dict[str, frozenset[str]]
    blame_preps: frozenset[str]
    hallmark_verbs: frozenset[str]
    hallmark_nouns: frozenset[str]
    marked_deeds: frozenset[str]
    weak_negatives: frozenset[str]
    weak_positives: frozenset[str]
    unwise_acts: frozenset[str]
    own_sides: frozenset[str]
    marring_verbs: frozenset[str]
    lay_speakers: frozenset[str]
    whole_bodies: frozenset[str]
    act_makers: dict[str, frozenset[str]]
    sports_speakers: frozenset[str]
    lamented_people: frozenset[str]
    judged_acts: frozenset[str]
    predicating_verbs: frozenset[str]
    question_objects: frozenset[str]
    question_preps: frozenset[str]
    doubt_verbs: frozenset[str]
    justice: dict[str, frozenset[str]]
    ruling_verbs: frozenset[str]
    ruling_subjects: frozenset[str]
    permission_modals: frozenset[str]
    finding_verbs: frozenset[str]
    distrust_verbs: frozenset[str]
    conduct_idioms: dict[str, frozenset[str]]


# fields read from keys of another name (several keys for one set); every other field reads the key of its own name
KEYS = {"negative": ("negative_adjectives", "negative_nouns"), "positive": ("positive_adjectives", "positive_nouns"),
        "reversible": ("negated_positive",), "dismissive": ("dismissive_nouns",),
        "responsible": ("responsible_adjectives",)}
MAPPINGS = {"wrongdoing": "wrongdoing_verbs", "harming": "harming_verbs", "blame_phrases": "blame_phrases",
            "justice": "justice_verbs", "conduct_idioms": "conduct_idioms",
            "act_makers": "act_makers"}


def _set(data: dict[str, Any], *keys: str) -> frozenset[str]:
    return frozenset(str(w).lower() for k in keys for w in data.get(k) or [])


@lru_cache(maxsize=4)
def load_judgements(path: Path = DICT_DIR / "judgements.yaml") -> JudgementRules:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    values: dict[str, Any] = {}
    for f in fields(JudgementRules):
        if f.name in MAPPINGS:
            values[f.name] = {k: frozenset(v or []) for k, v in (data.get(MAPPINGS[f.name]) or {}).items()}
        else:
            values[f.name] = _set(data, *KEYS.get(f.name, (f.name,)))
    return JudgementRules(**values)


def judged_trigger(verb: Token, word: Token, type_: str, mode: str | None,
                   judged: Token | None = None) -> Trigger:
    """A judgement's trigger: its verb, its word and the phrase judged (the nominal target)."""
    nominal = NominalArgs(targets=(judged,)) if judged is not None else None
    return Trigger(verb=verb, word=word, type=type_, mode=mode, nominal=nominal)


def _words(token: Token) -> list[Token]:
    """An evaluative phrase's words: the head, its conjuncts and their adjective or noun modifiers
    ('a cowardly act', 'swift, forceful and decisive', 'a model of honesty', 'full of bias and lies')."""
    heads = _coordinated(token)
    heads += [w for h in heads for c in children_with(h, ("prep",)) if c.lower_ == "of"
              for g in children_with(c, ("pobj",)) for w in _coordinated(g)]  # "full of bias and lies"
    mods = [c for h in heads for c in children_with(h, ("amod", "compound", "advmod", "nmod"))]
    return heads + [m for c in mods for m in _coordinated(c)]


def _coordinated(token: Token) -> list[Token]:
    """A word and every word coordinated with it, of any part of speech ('swift, forceful and decisive')."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_coordinated(child))
    return out


def polarity(token: Token, rules: JudgementRules) -> str | None:
    """'negative', 'positive', 'reversible' (judges only when negated: 'not acceptable'), 'weak' or
    'weak_positive' (judge only an act: ``WEAK``) or None for an evaluative phrase headed by ``token``."""
    lemmas = {w.lemma_.lower() for w in _words(token)} | {w.lower_ for w in _words(token)}
    if _phrases(token) & rules.dismissive or lemmas & rules.dismissive:
        return "dismissive"
    if (lemmas | _phrases(token)) & rules.negative or _menace(token, rules):  # "an act of war"
        return "negative"
    if (lemmas | _phrases(token)) & (rules.weak_negatives | rules.unwise_acts):  # "a sad day", "a setback"
        return "weak"
    if lemmas & rules.positive:
        return "positive"
    if (lemmas | _phrases(token)) & rules.weak_positives:  # "a step in the right direction", "encouraging"
        return "weak_positive"
    if lemmas & rules.reversible:
        return "reversible"
    return None


def needs_doer(token: Token, rules: JudgementRules) -> bool:
    """Whether a judgement word judges only an act whose doer is named ('Washington's decision was misguided'):
    ``unwise_acts``, never coded without a target ('the result was disappointing')."""
    return bool(({token.lemma_.lower(), token.lower_} | _phrases(token)) & rules.unwise_acts)


def _menace(token: Token, rules: JudgementRules) -> bool:
    """'a clear threat to regional peace', 'a danger to the stability of the region': a menace to something
    named (a bare 'threat' may be one received: 'faces a threat')."""
    return any(w.lemma_.lower() in rules.menace_nouns and any(c.dep_ == "prep" and c.lower_ == "to"
                                                              for c in w.children) for w in _coordinated(token))


def _phrases(token: Token) -> set[str]:
    """The phrases a word heads or ends: 'non-starter' (split by the tokenizer, from either half), 'waste of
    time', 'stab in the back' (with its prepositional complement, determiners left out)."""
    doc, i = token.doc, token.i
    out = {f"{token.lemma_.lower()} {c.lower_} {g.lower_}" for c in token.children if c.dep_ == "prep"
           for g in children_with(c, ("pobj",))}  # "act of war", "stab in the back"
    out |= {f"{token.lemma_.lower()} {c.lower_} {m.lower_} {g.lower_}" for c in token.children if c.dep_ == "prep"
            for g in children_with(c, ("pobj",)) for m in children_with(g, ("amod",))}  # "step in the wrong direction"
    if i >= 2 and doc[i - 1].text == "-":
        out.add(f"{doc[i - 2].lower_}-{token.lower_}")
    if i + 2 < len(doc) and doc[i + 1].text == "-":
        out.add(f"{token.lower_}-{doc[i + 2].lower_}")
    return out | {f"{c.lower_} {token.lower_}" for c in token.children
                  if c.dep_ in ("amod", "compound", "advmod")}  # "politically motivated"


def judgement_type(pol: str | None, reversible: bool = False) -> tuple[str, str | None] | None:
    """The (type, mode) of a judgement; a reversible word is coded only where its negation can be read; a
    dismissive name rejects what it names."""
    types = {"negative": ("ACCUSE", "disapprove"), "weak": ("ACCUSE", "disapprove"), "positive": ("SUPPORT", None),
             "weak_positive": ("SUPPORT", None), "dismissive": ("REJECT", None)}
    if reversible:
        types["reversible"] = ("SUPPORT", REVERSIBLE)
    return types.get(pol or "")
