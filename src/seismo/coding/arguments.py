"""Who acts and who is acted upon: the source and target tokens of a trigger, from the parse.

Control and coordination matter in news syntax: in "Russia plans to withdraw" Russia withdraws,
in "warned Americans to leave" the Americans leave, in "Biden and Putin spoke" both spoke.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.events import (
    OBJECT_DEPS,
    PASSIVE_SUBJ_DEPS,
    Trigger,
    content_object,
    direct_object,
    is_passive,
)

SUBJ_DEPS = {"nsubj", "csubj"}
UTTERANCE_NOUNS = {"statement", "declaration", "letter", "communique", "resolution", "message", "note", "reminder",
                   "appeal", "call", "ultimatum", "warning", "speech", "address", "decree", "report", "proposal"}


def conjuncts(token: Token) -> list[Token]:
    """'Biden and Putin' -> [Biden, Putin]."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            out.extend(conjuncts(child))
    return out


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The acting participant of a clause, following control, coordination and relative clauses."""
    if depth > 6:
        return None
    if is_passive(verb):
        return _agent(verb)
    for child in verb.children:
        if child.dep_ in SUBJ_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON", "NUM"):
            return child
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj":
        return subject_of(head, depth + 1) if not is_passive(head) else _passive_subject(head)
    if verb.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)
        return obj if obj is not None else subject_of(head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
        if head.lemma_.lower() in UTTERANCE_NOUNS and head.head.pos_ in ("VERB", "AUX") and head.dep_ != "nsubj":
            return subject_of(head.head, depth + 1)  # "issued a declaration demanding ...": the issuer demands
        return head
    if verb.dep_ in ("advcl", "csubj", "pcomp", "ccomp", "acomp") or head.dep_ == "prep":
        return subject_of(head if head.pos_ in ("VERB", "AUX") else head.head, depth + 1)
    return None


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in PASSIVE_SUBJ_DEPS), None)


EVENT_OWNER_DEPS = {"amod", "compound", "poss", "nmod"}


def source_tokens(trigger: Trigger) -> list[Token]:
    verb = trigger.verb
    if trigger.event_subject:  # "Palestinian riots continued", "clashes by rebels erupted": the noun's own actors
        noun = trigger.word
        owners = [c for c in noun.children if c.dep_ in EVENT_OWNER_DEPS and c.pos_ in ("ADJ", "PROPN", "NOUN")
                  and c.lemma_.lower() not in ("joint", "combined", "bilateral", "hunger", "war")]
        return owners + [t for t in _prep_objects(noun, ("by",))]
    if trigger.passive_source and is_passive(verb) and _agent(verb) is None:
        subj = _passive_subject(verb)
        return conjuncts(subj) if subj is not None else []
    subj = subject_of(verb)
    return conjuncts(subj) if subj is not None else []


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def target_tokens(trigger: Trigger, denial_verbs: frozenset[str] = frozenset()) -> list[Token]:
    """Candidate targets in order of preference: object, configured prepositions, noun complements,
    and for requests and accusations the subject of a that-clause ('demanded that Turkey withdraw'; not
    for denials: 'denied that Russian missiles hit' does not target Russia)."""
    verb = trigger.verb
    candidates: list[Token] = []
    if trigger.noun:
        candidates.extend(_noun_complements(trigger.word, trigger.targets))
    elif is_passive(verb):
        subj = _passive_subject(verb)
        if subj is not None and not trigger.passive_source:
            candidates.append(subj)
    elif trigger.object_target:
        obj = direct_object(verb)
        if obj is not None:
            candidates.append(obj)
    candidates.extend(c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP")
    candidates.extend(_prep_objects(verb, trigger.targets))
    obj = direct_object(verb)
    if obj is not None and not trigger.noun:
        candidates.extend(_prep_objects(obj, trigger.targets))
    named = any(not _temporal(c) for c in candidates)  # "demanded on Tuesday that ...": a date names no one
    if not named and trigger.type in CLAUSE_TARGET_TYPES and verb.lemma_.lower() not in denial_verbs:
        candidates.extend(_clause_subjects(verb))
    return _expand(candidates)


def governed_target_tokens(trigger: Trigger) -> list[Token]:
    """Second-choice targets, read when the clause names none: who the object is about
    ('halted economic aid to Serbia', 'denounced Serbia's suppression') and the target of the act in an
    infinitive complement ('threatened to break off relations with Congo'), then whom a prepositional
    phrase of the verb is about ('mobilized reservists for a war against Iraq')."""
    candidates: list[Token] = []
    if trigger.noun:  # "the withdrawal of forces from Panama": the force is not the target, Panama is
        candidates.extend(_object_complements(trigger.word, own=trigger.object_target))
    elif trigger.object_target:
        candidates.extend(_object_and_content_complements(direct_object(trigger.verb)))
    candidates.extend(_complement_act_targets(trigger.verb))
    if not trigger.noun:
        candidates.extend(_adjunct_complements(trigger.verb))
    return _expand(candidates)


def _adjunct_complements(verb: Token) -> list[Token]:
    """'mobilized reservists for a war against Iraq', 'conceded to demands from UNITA': whom the
    act is about, named inside a prepositional phrase of the verb rather than in its object."""
    out: list[Token] = []
    for pobj in _prep_objects(verb, (*COMPLEMENT_PREPS, "over", "about")):
        out.extend(t for t in _object_complements(pobj) if t not in out)
    return out


def _expand(candidates: list[Token]) -> list[Token]:
    """Candidates with their conjuncts, less dates: 'on Tuesday' is when, never who."""
    out: list[Token] = []
    for token in candidates:
        out.extend(t for t in conjuncts(token) if t not in out and not _temporal(t))
    return out


def _temporal(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME")


COMPLEMENT_PREPS = ("to", "with", "between", "against", "on", "into", "toward", "towards", "from", "for")
OWNER_DEPS = ("poss",)


def _object_complements(obj: Token | None, depth: int = 0, own: bool = True) -> list[Token]:
    """'halted economic aid to Serbia', 'denounced Serbia's suppression', 'the right of Russian troops':
    who a non-actor object is about: its owner and its prepositional complements (one level down)."""
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or depth > 1:
        return []
    out = [c for c in obj.children if c.dep_ in OWNER_DEPS and c.pos_ in ("PROPN", "NOUN")]
    pobjs = _prep_objects(obj, (*COMPLEMENT_PREPS, "of"))
    if obj.dep_ == "compound":  # "suspended mediation efforts with Kosovo"
        pobjs += _prep_objects(obj.head, COMPLEMENT_PREPS)
    for pobj in pobjs:
        if own or pobj.head.lower_ != "of":
            out.append(pobj)
        out.extend(_object_complements(pobj, depth + 1))
    return out


def _object_and_content_complements(obj: Token | None) -> list[Token]:
    """'provide 70 million dollars of aid for Romania': the complement may hang off the measure
    ('dollars') as well as off what it measures ('aid'), so read both."""
    content = content_object(obj)
    out = _object_complements(content)
    if obj is not None and content is not None and content.i != obj.i:
        out.extend(t for t in _object_complements(obj) if t not in out and t.i != content.i)
    return out


def _complement_act_targets(verb: Token, depth: int = 0) -> list[Token]:
    """'threatened to cut off electricity to Nakhichevan', 'offered to hand over to Britain':
    the target of the act an infinitive complement names."""
    out: list[Token] = []
    if depth > 1:
        return out
    for child in verb.children:
        if child.dep_ != "xcomp" or child.pos_ not in ("VERB", "AUX"):
            continue
        obj = direct_object(child)
        if obj is not None:
            out.append(obj)
        out.extend(c for c in child.children if c.dep_ == "dative" and c.pos_ != "ADP")
        out.extend(_prep_objects(child, COMPLEMENT_PREPS))
        out.extend(_object_and_content_complements(obj))
        out.extend(_complement_act_targets(child, depth + 1))
    return out


CLAUSE_TARGET_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT", "AGREE"}


def _clause_subjects(verb: Token) -> list[Token]:
    """'demanded that Turkey withdraw': the one asked to act is the target."""
    out = []
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            out.extend(g for g in child.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("PROPN", "NOUN"))
    return out


def _noun_complements(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """'talks with X', 'sanctions on X', 'demands, which include NATO to ...'."""
    out = _prep_objects(noun, (*preps, "between", "against", "on", "with", "to"))
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":  # "a mediation effort between X and Y"
        out.extend(_prep_objects(noun.head, (*preps, "between", "against", "on", "with", "to")))
    for child in noun.children:
        if child.dep_ in ("relcl", "acl"):
            out.extend(g for g in child.subtree if g.dep_ in ("dobj", "nsubj", "pobj") and g.pos_ in ("PROPN", "NOUN")
                       and g.i != noun.i and g.lower_ not in ("which", "that"))
    return out
