"""Whom an act is aimed at: the target tokens of a trigger, in order of preference, from the parse.

The sentence pass reads each argument slot of a trigger ("accused Russia and China", "talks with the rebels",
"demanded that Turkey withdraw") as one group of candidate tokens; ``parties.py`` resolves them to actors.
Second choices (``governed_target_tokens``: who an object or a complement act is about) are read only when
the clause's own slots name no one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.answered_parties import answered_tokens
from seismo.coding.arguments import (
    ARRIVAL_PREPS,
    SUBJ_DEPS,
    conjuncts,
    passive_clause,
    passive_subject,
    prep_objects,
    subject_of,
)
from seismo.coding.border_sides import faced_neighbours
from seismo.coding.clauses import raised_conjunct
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.events import Trigger
from seismo.coding.judged_acts import load_acts, made_by_agents
from seismo.coding.verb_roles import content_object, direct_object, sent_thing
from seismo.coding.vocatives import addressed_names
from seismo.coding.word_tables import argument_words


def target_groups(trigger: Trigger, denial_verbs: frozenset[str] = frozenset(),
                  event_nouns: frozenset[str] = frozenset()) -> list[list[Token]]:
    """Candidate targets in order of preference, one group per argument slot with its conjuncts
    ('accused Russia and China' is one slot naming two targets): object, configured prepositions (for
    symmetric acts also 'with': 'clashed with government troops'), noun complements, and for requests and
    accusations the subject of a that-clause ('demanded that Turkey withdraw'; not for denials: 'denied
    that Russian missiles hit' does not target Russia)."""
    verb = trigger.verb
    preps = (*trigger.targets, "with") if trigger.symmetric else trigger.targets
    candidates: list[Token] = []
    if trigger.noun:
        unparties = NOT_PARTY_PREPS.get(trigger.type, ())
        candidates.extend(_noun_complements(trigger.word, preps, unparties))
        candidates.extend(_stranded_complements(trigger.word, verb, preps, unparties))
    elif passive_clause(verb):  # "troops were deployed": the force deployed is no target
        subj = passive_subject(verb)
        if subj is not None and not trigger.passive_source and trigger.object_target:
            candidates.append(subj)
    elif trigger.object_target:
        obj = direct_object(verb)
        candidates.extend(addressed_names(verb, obj))  # "Thank you, President Macron": the name, not "you"
        if obj is not None:
            candidates.append(obj)
        else:
            candidates.extend(_raised_object(trigger))
    candidates.extend(c for c in children_with(verb, ("dative",)) if c.pos_ != "ADP")
    candidates.extend(prep_objects(verb, preps))
    obj = direct_object(verb)
    if obj is not None and "for" not in preps and obj.lemma_.lower() in argument_words().money_heads:
        candidates.extend(prep_objects(verb, ("for",)))  # "pledged $500 million for Sudan": whom the sum is for
    if obj is not None and not trigger.noun and (trigger.own_targets or not _act_with_patient(obj, event_nouns)):
        candidates.extend(prep_objects(obj, preps))
    if obj is None and trigger.pp_object is not None:  # "asked for asylum in Spain"
        candidates.extend(prep_objects(trigger.pp_object, preps))
    candidates.extend(_aimed_objects(verb, obj, preps))
    candidates = [_partitive_content(c) for c in candidates]  # "tariffs on $200 billion of Chinese imports"
    named = any(not _temporal(c) for c in candidates)  # "demanded on Tuesday that ...": a date names no one
    if not named and trigger.type in CLAUSE_TARGET_TYPES and verb.lemma_.lower() not in denial_verbs:
        candidates.extend(_clause_subjects(verb))
    if not named and trigger.type == "THREATEN" and not trigger.noun:
        candidates.extend(_condition_subjects(verb))
    if not candidates and trigger.type in ADDRESSED_TYPES and not trigger.noun and verb.dep_ == "advcl" \
            and verb.tag_ == "VBG":  # "wrote to the US Embassy asking to waive": asked of whom it was written to
        candidates.extend(prep_objects(verb.head, ("to",)))
    if trigger.type == "CONSULT" and not trigger.noun:  # after the talks' own partners, if any
        candidates.extend(_trip_destination(verb))
    if trigger.object_source:  # after the place it was seen near, whoever saw it
        candidates.extend(_observer(verb))
    return _groups(candidates)


def _observer(verb: Token) -> list[Token]:
    """'Taiwan's defence ministry detected 32 Chinese aircraft', '... were spotted by Japanese radar': whoever
    reports seeing a foreign force (a rule with ``object_source``) is whom its show of force is aimed at."""
    if passive_clause(verb):
        return [g for c in children_with(verb, ("agent",)) for g in children_with(c, ("pobj",))]
    subj = subject_of(verb)
    return [subj] if subj is not None else []


def _trip_destination(verb: Token) -> list[Token]:
    """'traveled to Lima on Monday to discuss the dispute': talks a trip is made for (a to-infinitive of purpose
    under a trip verb, ``trip_verbs``) are held with the place it goes to, as 'flew to Lima for talks' is."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.lemma_.lower() not in argument_words().trip_verbs \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return []
    return [t for t in prep_objects(head, ("to", "in")) if not _temporal(t)]


# acts done to a patient whose object a verb coordinated right after them can share ("stormed and looted X")
SHARED_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN"})


def _raised_object(trigger: Trigger) -> list[Token]:
    """'crowds stormed and looted her residence', 'will destroy and obliterate the economy of Turkey': the object
    of the verb that a bare 'and' joins right after, for acts done to a patient (``SHARED_OBJECT_TYPES``)."""
    if trigger.type not in SHARED_OBJECT_TYPES:
        return []
    conj = raised_conjunct(trigger.verb)
    obj = direct_object(conj) if conj is not None else None
    return [obj] if obj is not None else []


def _partitive_content(token: Token) -> Token:
    """'$200 billion of Chinese imports', 'half of the Ukrainian grain': a partitive or amount names no party;
    its of-complement does (``arguments.yaml`` partitives)."""
    if token.lemma_.lower() not in argument_words().partitives:
        return token
    return content_object(token) or token


def _aimed_objects(verb: Token, obj: Token | None, preps: tuple[str, ...]) -> list[Token]:
    """'launched missiles targeting US troops', 'fired rockets aimed at the base': a participle listed among
    the type's target prepositions names the target as its object, or as the object of its own preposition."""
    out: list[Token] = []
    for part in (c for h in (verb, obj) if h is not None for c in children_with(h, ("acl", "advcl"))
                 if c.tag_ in ("VBG", "VBN") and c.lower_ in preps):
        out.extend(children_with(part, ("dobj",)))
        out.extend(prep_objects(part, preps))
    return out


def _act_with_patient(obj: Token, event_nouns: frozenset[str]) -> bool:
    """'demanded the withdrawal of Serbian forces from Bosnia': an event noun with its own of-complement carries
    its own prepositions (withdrawn from Bosnia); they say nothing of whom the demand is made. The of-complement
    is read later, among the second choices (``governed_target_tokens``)."""
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in event_nouns and bool(prep_objects(obj, ("of",)))


def governed_target_tokens(trigger: Trigger, hostile: Callable[[Token], bool] | None = None) -> list[Token]:
    """Second-choice targets, read when the clause names none: who the object is about
    ('halted economic aid to Serbia', 'denounced Serbia's suppression') and the target of the act in an
    infinitive complement ('threatened to break off relations with Congo'), then whom a prepositional
    phrase of the verb is about ('mobilized reservists for a war against Iraq'). ``hostile`` names complement
    acts whose targets are no partner of a cooperative trigger ('agreed to label China a security challenge')."""
    candidates: list[Token] = []
    if trigger.noun:  # "the withdrawal of forces from Panama": the force is not the target, Panama is
        candidates.extend(_object_complements(trigger.word, own=trigger.object_target))
    elif trigger.object_target:
        obj = direct_object(trigger.verb) or next(iter(_raised_object(trigger)), None)  # 'destroy and obliterate'
        patients = harmed_patients(obj) if trigger.type in JUDGING_TYPES else set()
        candidates.extend(t for t in _object_and_content_complements(obj) if t.i not in patients)
        candidates.extend(_moved_partners(trigger.verb))
    purpose = trigger.type in PURPOSE_TYPES  # "marched to demand the president's resignation": at the president
    force = purpose or trigger.type in FORCE_TYPES
    candidates.extend(_complement_act_targets(trigger.verb, force=force, manner=purpose, hostile=hostile))
    light = trigger.word.dep_ == "dobj" and trigger.word.head.i == trigger.verb.i  # "opened an inquiry into ..."
    if light or (not trigger.noun and not candidates):  # "break off relations with Congo over its ties with
        candidates.extend(_adjunct_complements(trigger.verb))  # Israel": the reason's partner is no target
    candidates.extend(destination(trigger.verb))  # "aid sent to ... reached Incheon"
    candidates.extend(faced_neighbours(trigger))  # "massed troops on its border with Ukraine"
    candidates.extend(answered_tokens(trigger.verb, trigger.type))  # "in response to demands from the unions"
    if hostile is not None:  # "pledged to support the operation against al-Shabaab": the foe is no partner
        candidates = [t for t in candidates if not (t.dep_ == "pobj" and t.head.lower_ == "against")]
    return _expand(candidates)


def harmed_patients(obj: Token | None) -> set[int]:
    """'condemned the attack on its embassy', 'denounced the killing of two journalists': the of/on/against
    complement of a harmful act (``harm_nouns`` of ``dictionaries/arguments.yaml``) is whom it was done to, not
    whom the condemnation blames; the act's author (a by-phrase, a possessor) still is (issue 13, wrong target)."""
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in argument_words().harm_nouns:
        return set()
    return {p.i for p in prep_objects(obj, PATIENT_PREPS)}


def _moved_partners(verb: Token) -> list[Token]:
    """'On Wednesday, X froze military cooperation with Britain': a fronted phrase can make the parser hang the
    relation's with-phrase on the verb; when the object is a relation (``relation_nouns``) with no partner phrase
    of its own, the verb's with-phrase names the partner."""
    obj = content_object(direct_object(verb))
    if obj is None or obj.lemma_.lower() not in argument_words().relation_nouns \
            or prep_objects(obj, ("with", "between")):
        return []
    return prep_objects(verb, ("with",))


def destination(verb: Token) -> list[Token]:
    """'Aid convoys sent by France reached Incheon': goods sent, whose carrier then reaches a place, go to it.
    The carrier is the sent thing (the noun a reduced passive modifies, or the verb's object)."""
    carrier = sent_thing(verb)
    if carrier is None:
        return []
    clause = carrier.head if carrier.dep_ in SUBJ_DEPS else None
    if verb.dep_ == "csubj" or (carrier.dep_ == "dobj" and carrier.head.dep_ == "csubj"):
        clause = carrier.head.head  # "Aid convoys ... reached": the parser's verb 'aid' is the subject clause
    if clause is None or clause.lemma_.lower() not in argument_words().arrival_verbs:
        return []
    return [c for c in children_with(clause, ("dobj",))] + prep_objects(clause, ARRIVAL_PREPS)


def _adjunct_complements(verb: Token) -> list[Token]:
    """'mobilized reservists for a war against Iraq', 'conceded to demands from UNITA': whom the
    act is about, named inside a prepositional phrase of the verb rather than in its object."""
    out: list[Token] = []
    for pobj in prep_objects(verb, (*COMPLEMENT_PREPS, "over", "about")):
        out.extend(t for t in _object_complements(pobj) if t not in out)
    return out


def _expand(candidates: list[Token]) -> list[Token]:
    """Candidates with their conjuncts, less dates: 'on Tuesday' is when, never who."""
    return [t for group in _groups(candidates) for t in group]


def _groups(candidates: list[Token]) -> list[list[Token]]:
    """One group per candidate with its conjuncts, less dates and tokens already seen."""
    seen: set[int] = set()
    groups: list[list[Token]] = []
    for token in candidates:
        group = [t for t in conjuncts(token) if t.i not in seen and not _temporal(t)]
        seen.update(t.i for t in group)
        if group:
            groups.append(group)
    return groups


def _temporal(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME")


COMPLEMENT_PREPS = ("to", "with", "between", "against", "on", "into", "toward", "towards", "from", "for")
OWNER_DEPS = ("poss",)
JUDGING_TYPES = {"ACCUSE"}  # condemnations and criticisms of an act blame its author
PATIENT_PREPS = ("of", "on", "against", "at", "into")


OWNER_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _object_complements(obj: Token | None, depth: int = 0, own: bool = True) -> list[Token]:
    """'halted economic aid to Serbia', 'denounced Serbia's suppression', 'the right of Russian troops':
    who a non-actor object is about: its owner and its prepositional complements (one level down)."""
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or depth > 1:
        return []
    out = [c for c in children_with(obj, OWNER_DEPS) if (c.pos_ in ("PROPN", "NOUN") or (
        c.pos_ == "PRON" and c.lower_ in OWNER_PRONOUNS and depth == 0))]  # "demanded his resignation": his
    out += prep_objects(obj, ("by",))  # "attacked the proclamation by the US President": its agent
    out += [agent for agent, _ in made_by_agents(obj)]  # "an inquiry into crimes committed by Croat forces"
    offered = obj.lemma_.lower() in load_acts().offered
    if offered and depth == 0:
        out += _misattached_maker(obj)
    preps = (*COMPLEMENT_PREPS, "of")
    # "the withdrawal of Serbian forces from Bosnia": the forces, not Bosnia; but "an offer of aid from Austria"
    if own and not offered and prep_objects(obj, ("of",)):
        preps = tuple(p for p in preps if p != "from")
    pobjs = prep_objects(obj, preps)
    if obj.dep_ == "compound":  # "suspended mediation efforts with Kosovo"
        pobjs += prep_objects(obj.head, COMPLEMENT_PREPS)
    goods = obj.lemma_.lower() in argument_words().transfer_nouns and bool(prep_objects(obj, ("to",)))
    for pobj in pobjs:
        if _inside_name(pobj):  # "the Organisation of Islamic Cooperation": a word inside the name is no party
            continue
        if goods and pobj.head.lower_ == "of":  # "the sale of tanks to Ukraine": the tanks are goods, Ukraine the party
            continue
        if own or pobj.head.lower_ != "of":
            out.append(pobj)
        out.extend(_object_complements(pobj, depth + 1))
    return out


def _misattached_maker(obj: Token) -> list[Token]:
    """'rejected the offer by Spain': a by-phrase right after an offer that is an active verb's object is the
    offer's maker (the parser hangs it on the verb; a passive verb's by-phrase is its agent)."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or has_child(verb, ("auxpass",)):
        return []
    return [g for c in children_with(verb, ("prep",)) if c.lower_ == "by" and c.i == obj.right_edge.i + 1
            for g in children_with(c, ("pobj",))]


def _inside_name(token: Token) -> bool:
    """A phrase that continues a named entity begun before it ('Islamic Cooperation' in 'the Organisation of
    Islamic Cooperation')."""
    if token.ent_iob_ != "I":
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start < token.left_edge.i


def _object_and_content_complements(obj: Token | None) -> list[Token]:
    """'provide 70 million dollars of aid for Romania': the complement may hang off the measure
    ('dollars') as well as off what it measures ('aid'), so read both."""
    content = content_object(obj)
    out = _object_complements(content)
    if obj is not None and content is not None and content.i != obj.i:
        out.extend(t for t in _object_complements(obj) if t not in out and t.i != content.i)
    return out


def _complement_act_targets(verb: Token, depth: int = 0, force: bool = False, manner: bool = False,
                            hostile: Callable[[Token], bool] | None = None) -> list[Token]:
    """'threatened to cut off electricity to Nakhichevan', 'offered to hand over to Britain':
    the target of the act an infinitive complement names; for a use of force also the purpose's
    ('opened fire to disperse the demonstrators': the fire is the act's own object, not a target); for a
    protest also its manner ('rallied, calling for the president's resignation')."""
    out: list[Token] = []
    if depth > 1:
        return out
    for child in verb.children:
        if child.pos_ not in ("VERB", "AUX") or not (child.dep_ == "xcomp" or (_to_infinitive(child)
                                                     and (force or direct_object(verb) is None))
                                                     or (manner and child.dep_ == "advcl" and child.tag_ == "VBG")):
            continue  # "vowed to help France" parsed as an infinitival adverbial clause; not the purpose of
            # an act on an object ("demanded a meeting to discuss Croatia's advance")
        if hostile is not None and hostile(child):
            continue  # "NATO agreed to label China a challenge": China is no party to the agreement
        obj = direct_object(child)
        given = child.lemma_.lower() in argument_words().sending_verbs
        if obj is not None and not _recipient_named(child) and not given:
            out.append(obj)  # not 'pledged to send troops (to Kuwait)': the troops are what is given, not a target
        # "help France rebuild its grid": the parser makes the helped one the subject of a bare infinitive
        out.extend(g for c in children_with(child, ("ccomp",)) if c.tag_ == "VB"
                   for g in children_with(c, ("nsubj",)))
        out.extend(c for c in children_with(child, ("dative",)) if c.pos_ != "ADP")
        pobjs = prep_objects(child, COMPLEMENT_PREPS)
        out.extend(pobjs)
        out.extend(_object_and_content_complements(obj))
        for pobj in pobjs:  # "refused to respond to a demand from the US President"
            out.extend(t for t in _object_complements(pobj) if t not in out)
        out.extend(_complement_act_targets(child, depth + 1, hostile=hostile))
    return out


def _recipient_named(verb: Token) -> bool:
    """'send troops to Kuwait', 'give Kuwait weapons': the act names a recipient besides its object."""
    return any(c.dep_ == "dative" and c.pos_ != "ADP" for c in verb.children) or bool(prep_objects(verb, ("to",)))


ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT"}
FORCE_TYPES = {"ASSAULT", "COERCE"}
PURPOSE_TYPES = {"PROTEST"}  # a protest is aimed at whom its demand is: its purpose and manner clauses


def _to_infinitive(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


CLAUSE_TARGET_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "SANCTION"}


CONDITION_MARKS = {"if", "unless"}


def _condition_subjects(verb: Token) -> list[Token]:
    """'threatened to strike unless Israel rescinded', 'threatened to stop talks if the United States goes
    ahead': a threat is aimed at whoever must meet its condition."""
    out: list[Token] = []
    for clause in [verb, *(c for c in children_with(verb, ("xcomp",)))]:
        for child in clause.children:
            marks = {g.lower_ for g in children_with(child, ("mark",))}
            if child.dep_ == "advcl" and marks & CONDITION_MARKS:
                out.extend(g for g in child.children
                           if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("PROPN", "NOUN"))
    return out


def _clause_subjects(verb: Token) -> list[Token]:
    """'demanded that Turkey withdraw', 'called for Pakistan to withdraw': the one asked to act is the target."""
    out = []
    for child in verb.children:
        requested = child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children)
        if (child.dep_ in ("ccomp", "xcomp") or requested) and child.pos_ in ("VERB", "AUX"):
            out.extend(g for g in children_with(child, ("nsubj", "nsubjpass")) if g.pos_ in ("PROPN", "NOUN"))
    return out


STRANDED_PREPS = ("between", "against", "on", "with", "to", "into")


# Cooperative acts whose noun's 'on' phrase is their topic, not a party: "an agreement on border security", "talks on
# Syria", "cooperation on energy" (the sanctions, attacks and crackdowns of other types fall 'on' their target); and
# whose 'against' phrase is the partners' common foe: "a joint initiative against al-Shabaab"
NOT_PARTY_PREPS = {"AGREE": ("on",), "SUPPORT": ("on",), "CONSULT": ("on",), "COOPERATE": ("on", "against")}


def _stranded_complements(noun: Token, verb: Token, preps: tuple[str, ...],
                          unparties: tuple[str, ...] = ()) -> list[Token]:
    """'issued a stern warning to Uganda', 'opened a criminal investigation into the minister': the parser often
    hangs an event noun's prepositional phrase on the verb whose object the noun is (an adjective before the noun
    makes it likelier); a phrase of that verb that starts right where the noun's phrase ends is the noun's."""
    if noun.i == verb.i or noun.dep_ not in ("dobj", "obj") or noun.head.i != verb.i:
        return []
    wanted = tuple(p for p in (*preps, *STRANDED_PREPS) if p not in unparties)
    return [g for c in children_with(verb, ("prep", "dative")) if c.lower_ in wanted
            and c.i == noun.right_edge.i + 1 for g in children_with(c, ("pobj",))]


def _noun_complements(noun: Token, preps: tuple[str, ...], unparties: tuple[str, ...] = ()) -> list[Token]:
    """'talks with X', 'sanctions on X', 'demands, which include NATO to ...'; not the means a participle names
    ('an attack using drones'), nor a cooperative act's topic or foe ('an agreement on border security',
    'a joint initiative against al-Shabaab': ``unparties``)."""
    wanted = tuple(p for p in (*preps, "between", "against", "on", "with", "to") if p not in unparties)
    out = prep_objects(noun, wanted)
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":  # "a mediation effort between X and Y"
        out.extend(prep_objects(noun.head, wanted))
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in argument_words().instrument_verbs:
            continue  # "carried out the attack using ten drones": the means, not a party
        if child.dep_ in ("relcl", "acl"):  # not the of-complement of a noun inside it ('an agreement that could
            # lead to the withdrawal of US troops': the troops are the withdrawal's, no party to the agreement)
            out.extend(g for g in child.subtree if g.dep_ in ("dobj", "nsubj", "pobj") and g.pos_ in ("PROPN", "NOUN")
                       and g.i != noun.i and g.lower_ not in ("which", "that")
                       and not (g.head.lower_ == "of" and g.head.head.pos_ == "NOUN"))
    return out
