"""Who acts and who is acted upon: the source and target tokens of a trigger, from the parse.

Control and coordination matter in news syntax: in "Russia plans to withdraw" Russia withdraws,
in "warned Americans to leave" the Americans leave, in "Biden and Putin spoke" both spoke.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.events import Trigger
from seismo.coding.verb_roles import (
    OBJECT_DEPS,
    PASSIVE_SUBJ_DEPS,
    content_object,
    direct_object,
    is_passive,
    misparsed_participle,
    sent_thing,
    stative_subject,
    stray_participle,
    time_as_subject,
)
from seismo.coding.vocatives import addressed_names

SUBJ_DEPS = {"nsubj", "csubj"}
UTTERANCE_NOUNS = {"statement", "declaration", "letter", "communique", "resolution", "message", "note", "reminder",
                   "appeal", "call", "ultimatum", "warning", "speech", "address", "decree", "report", "proposal",
                   "post", "tweet", "video", "op-ed", "editorial", "interview",
                   # laws and rulings act through whoever passes or issues them
                   "bill", "law", "legislation", "amendment", "ordinance", "order", "ruling", "verdict",
                   "judgment", "judgement", "regulation"}
# Channels a statement goes out on: "posted a message on Twitter blaming Iran" (a participle the parser hangs on
# the channel) is the poster's act; a platform or a broadcast acts on no one.
MEDIUM_NOUNS = {"twitter", "facebook", "youtube", "telegram", "instagram", "tiktok", "weibo", "x", "website", "site",
                "television", "tv", "radio", "channel", "platform", "account", "blog", "page", "broadcast", "media"}
# Verbs of using a means: "she used Instagram to thank supporters" -- the user acts, not the means (subject control)
INSTRUMENT_VERBS = {"use", "employ", "utilise", "utilize"}

ISSUING_VERBS = {"pass", "adopt", "issue", "sign", "enact", "approve", "publish", "release", "post", "deliver",
                 "send", "make", "draft", "introduce", "write", "hand", "give", "read", "announce", "unveil"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
RELATIVE_TAGS = {"WP", "WDT"}


def conjuncts(token: Token) -> list[Token]:
    """'Biden and Putin' -> [Biden, Putin]; 'Norway, Chile, and Peru' (parsed as Norway + appos Chile +
    conj Peru) -> all three; 'activists who marched' -> the activists."""
    token = antecedent(token)
    if token.like_num:  # "One of these groups, the Syrian Democratic Forces, opposed": the count is the name
        token = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), token)
    out = [token]
    for child in token.children:
        if (child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON")) or list_member(token, child):
            out.extend(t for t in conjuncts(child) if t not in out)
        elif _renaming_name(token, child):
            # "OIC head Yousef Al-Othaimeen, Pope Francis, and a spokesperson": the list goes on from the name
            for conj in (c for c in child.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")):
                out.extend(t for t in conjuncts(conj) if t not in out)
    return sorted(out, key=lambda t: t.i)


def _renaming_name(head: Token, child: Token) -> bool:
    """'head Yousef Al-Othaimeen': a person's name in apposition to the title noun it renames."""
    return child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON" and head.pos_ == "NOUN"


def list_member(head: Token, child: Token) -> bool:
    """'Norway, Chile, and Peru': the parser reads a middle item as an apposition of the first. An apposition
    is a list item (not a renaming: 'Khalilzad, a US envoy') when it is the same kind of name as its head and
    a conjunct follows it."""
    if child.dep_ != "appos" or child.pos_ != head.pos_ or child.ent_type_ != head.ent_type_:
        return False
    return any(c.dep_ == "conj" and c.i > child.i for c in head.children)


def antecedent(token: Token) -> Token:
    """'Activists who marched', 'the rebels whom the army attacked': a relative pronoun stands for the
    noun its relative clause modifies."""
    if token.lower_ not in RELATIVE_PRONOUNS or token.tag_ not in RELATIVE_TAGS:
        return token
    clause = token.head
    for _ in range(3):  # "rebels who, officials said, attacked": up to the relative clause
        if clause.dep_ == "relcl":
            return clause.head
        if clause.head.i == clause.i or clause.dep_ not in ("ccomp", "xcomp", "conj"):
            break
        clause = clause.head
    return token


def relative_clause(verb: Token) -> bool:
    """'the bombing, which killed 12 soldiers': a relative clause whose subject is the relative pronoun."""
    return verb.dep_ == "relcl" and any(c.dep_ in SUBJ_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)


def reduced_passive(verb: Token) -> bool:
    """'Two reporters detained in Cairo': a past participle modifying a noun is a passive clause whose
    patient is that noun (the reporters were detained; they detained no one)."""
    if verb.tag_ != "VBN":
        return False
    if misparsed_participle(verb):
        return True
    if any(c.dep_ in ("dobj", "obj", "ccomp") for c in verb.children):
        return False  # "Conley, a judge, ordered that ...": an active verb the parser hung on its subject
    if verb.dep_ == "conj":  # "reporters detained and beaten"
        return reduced_passive(verb.head)
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and not _by_means(verb)


def _by_means(verb: Token) -> bool:
    """'Members of the House protested by shouting': a by-phrase that holds a gerund tells how the noun acted
    (a past tense the parser took for a participle), it names no agent."""
    return any((c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"))
               and not any(g.dep_ == "pobj" for g in c.children)
               and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in verb.children)


def passive_clause(verb: Token) -> bool:
    """A passive clause, with its auxiliary ('were detained') or reduced ('reporters detained in Cairo')."""
    return is_passive(verb) or reduced_passive(verb)


def passive_agent(verb: Token) -> Token | None:
    """The by-phrase of a passive verb ('held by the Kenyan navy')."""
    return _agent(verb)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The acting participant of a clause, following control, coordination and relative clauses."""
    if depth > 6:
        return None
    if passive_clause(verb):
        return _agent(verb)
    stance = stative_subject(verb)
    if stance is not None and stance.pos_ in ("PROPN", "NOUN", "PRON"):
        return antecedent(stance)
    child = _own_subject(verb)
    if child is not None:
        found = antecedent(child)
        if found.i != child.i and _issued(found):  # "passed a law which bans protests": the parliament bans
            return subject_of(found.head, depth + 1)
        return found
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj":
        return subject_of(head, depth + 1) if not passive_clause(head) else _passive_subject(head)
    if verb.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ in OBJECT_DEPS), None)
        if obj is not None and (head.lemma_.lower() in INSTRUMENT_VERBS or obj.lemma_.lower() in MEDIUM_NOUNS):
            return subject_of(head, depth + 1)
        if obj is None and passive_clause(head) and not reduced_passive(head):
            raised = _passive_subject(head)  # "the ministers are scheduled to meet": the ministers meet
            return antecedent(raised) if raised is not None else None
        return obj if obj is not None else subject_of(head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
        if head.lemma_.lower() in UTTERANCE_NOUNS and head.head.pos_ in ("VERB", "AUX") and head.dep_ != "nsubj":
            return subject_of(head.head, depth + 1)  # "issued a declaration demanding ...": the issuer demands
        if head.lemma_.lower() in MEDIUM_NOUNS and head.dep_ == "pobj":
            poster = _governing_verb(head)  # "posted a message on Twitter blaming Iran": the poster blames
            return subject_of(poster, depth + 1) if poster is not None else None
        return head
    if verb.dep_ in ("advcl", "csubj", "pcomp", "ccomp", "acomp") or head.dep_ == "prep":
        return subject_of(head if head.pos_ in ("VERB", "AUX") else head.head, depth + 1)
    if verb.dep_ == "advmod" and verb.pos_ == "ADV" and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)  # "said it, prior to setting the bond": 'prior' hangs on the clause
    return None


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject. Two subjects on one verb are a misparse of a name set off by commas ('According to the
    mayor, Dee Margo, police were investigating': the name is the mayor's, hung on the verb); the subject
    nearest before the verb is the clause's own."""
    found = [c for c in verb.children if c.dep_ in SUBJ_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON", "NUM")]
    before = [c for c in found if c.i < verb.i]
    return before[-1] if len(found) > 1 and before else next(iter(found), None)


def _issued(noun: Token) -> bool:
    """A statement or law that is the object of the verb that issues it ('passed a law', 'issued a decree'); not
    one someone else's verb is about ('will support a resolution that aims to tighten sanctions')."""
    return noun.lemma_.lower() in UTTERANCE_NOUNS and noun.dep_ in ("dobj", "obj") \
        and noun.head.lemma_.lower() in ISSUING_VERBS


def _governing_verb(token: Token, steps: int = 4) -> Token | None:
    """The verb above a noun phrase ('posted' above 'a message on Twitter')."""
    while steps and token.head.i != token.i:
        token, steps = token.head, steps - 1
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _passive_subject(verb: Token) -> Token | None:
    """The patient of a passive clause: its subject, or the noun a reduced passive modifies."""
    if misparsed_participle(verb):
        return next(c for c in verb.children if c.dep_ == "nsubj")
    if reduced_passive(verb):
        return verb.head
    if time_as_subject(verb):
        return verb.head.head
    subj = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJ_DEPS), None)
    if subj is None:
        subj = direct_object(verb) if is_passive(verb) else None
    return antecedent(subj) if subj is not None else None


def holding_participle(verb: Token) -> Token | None:
    """'Journalists detained in Somalia were freed': the reduced passive that says who held the patient of a
    passive clause (its by-agent, or the place it happened in, tells who acted)."""
    if not is_passive(verb) or _agent(verb) is not None:
        return None
    misparsed = stray_participle(verb)
    if misparsed is not None:
        return misparsed
    patient = _passive_subject(verb)
    if patient is None:
        return None
    return next((c for c in patient.children if c.dep_ == "acl" and reduced_passive(c)), None)


EVENT_OWNER_DEPS = {"amod", "compound", "poss", "nmod"}


def source_tokens(trigger: Trigger) -> list[Token]:
    verb = trigger.verb
    if trigger.event_subject:  # "Palestinian riots continued", "clashes by rebels erupted": the noun's own actors
        noun = trigger.word
        owners = [c for c in noun.children if c.dep_ in EVENT_OWNER_DEPS and c.pos_ in ("ADJ", "PROPN", "NOUN")
                  and c.lemma_.lower() not in ("joint", "combined", "bilateral", "hunger", "war")]
        return owners + [t for t in _prep_objects(noun, ("by",))]
    if trigger.passive_source and passive_clause(verb) and _agent(verb) is None:
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
    """Candidate targets in order of preference, each with its conjuncts (see ``target_groups``)."""
    return [t for group in target_groups(trigger, denial_verbs) for t in group]


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
        candidates.extend(_noun_complements(trigger.word, preps))
    elif passive_clause(verb):  # "troops were deployed": the force deployed is no target
        subj = _passive_subject(verb)
        if subj is not None and not trigger.passive_source and trigger.object_target:
            candidates.append(subj)
    elif trigger.object_target:
        obj = direct_object(verb)
        candidates.extend(addressed_names(verb, obj))  # "Thank you, President Macron": the name, not "you"
        if obj is not None:
            candidates.append(obj)
    candidates.extend(c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP")
    candidates.extend(_prep_objects(verb, preps))
    obj = direct_object(verb)
    if obj is not None and not trigger.noun and not _act_with_patient(obj, event_nouns):
        candidates.extend(_prep_objects(obj, preps))
    named = any(not _temporal(c) for c in candidates)  # "demanded on Tuesday that ...": a date names no one
    if not named and trigger.type in CLAUSE_TARGET_TYPES and verb.lemma_.lower() not in denial_verbs:
        candidates.extend(_clause_subjects(verb))
    if not named and trigger.type == "THREATEN" and not trigger.noun:
        candidates.extend(_condition_subjects(verb))
    if not candidates and trigger.type in ADDRESSED_TYPES and not trigger.noun and verb.dep_ == "advcl" \
            and verb.tag_ == "VBG":  # "wrote to the US Embassy asking to waive": asked of whom it was written to
        candidates.extend(_prep_objects(verb.head, ("to",)))
    return _groups(candidates)


def _act_with_patient(obj: Token, event_nouns: frozenset[str]) -> bool:
    """'demanded the withdrawal of Serbian forces from Bosnia': an event noun with its own of-complement carries
    its own prepositions (withdrawn from Bosnia); they say nothing of whom the demand is made. The of-complement
    is read later, among the second choices (``governed_target_tokens``)."""
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in event_nouns and bool(_prep_objects(obj, ("of",)))


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
    purpose = trigger.type in PURPOSE_TYPES  # "marched to demand the president's resignation": at the president
    force = purpose or trigger.type in FORCE_TYPES
    candidates.extend(_complement_act_targets(trigger.verb, force=force, manner=purpose))
    if not trigger.noun:
        candidates.extend(_adjunct_complements(trigger.verb))
    candidates.extend(destination(trigger.verb))  # "aid sent to ... reached Incheon"
    return _expand(candidates)


ARRIVAL_VERBS = {"reach", "arrive", "enter", "land", "dock"}
ARRIVAL_PREPS = ("in", "at", "to")


def destination(verb: Token) -> list[Token]:
    """'Aid convoys sent by France reached Incheon': goods sent, whose carrier then reaches a place, go to it.
    The carrier is the sent thing (the noun a reduced passive modifies, or the verb's object)."""
    carrier = sent_thing(verb)
    if carrier is None:
        return []
    clause = carrier.head if carrier.dep_ in SUBJ_DEPS else None
    if verb.dep_ == "csubj" or (carrier.dep_ == "dobj" and carrier.head.dep_ == "csubj"):
        clause = carrier.head.head  # "Aid convoys ... reached": the parser's verb 'aid' is the subject clause
    if clause is None or clause.lemma_.lower() not in ARRIVAL_VERBS:
        return []
    return [c for c in clause.children if c.dep_ == "dobj"] + _prep_objects(clause, ARRIVAL_PREPS)


def arrival_place(token: Token) -> bool:
    """'reached Incheon', 'arrived in Cape Town': the place an arrival verb names."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ARRIVAL_PREPS:
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in ARRIVAL_VERBS


def _adjunct_complements(verb: Token) -> list[Token]:
    """'mobilized reservists for a war against Iraq', 'conceded to demands from UNITA': whom the
    act is about, named inside a prepositional phrase of the verb rather than in its object."""
    out: list[Token] = []
    for pobj in _prep_objects(verb, (*COMPLEMENT_PREPS, "over", "about")):
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


def _object_complements(obj: Token | None, depth: int = 0, own: bool = True) -> list[Token]:
    """'halted economic aid to Serbia', 'denounced Serbia's suppression', 'the right of Russian troops':
    who a non-actor object is about: its owner and its prepositional complements (one level down)."""
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or depth > 1:
        return []
    out = [c for c in obj.children if c.dep_ in OWNER_DEPS and c.pos_ in ("PROPN", "NOUN")]
    out += _prep_objects(obj, ("by",))  # "attacked the proclamation by the US President": its agent
    preps = (*COMPLEMENT_PREPS, "of")
    if own and _prep_objects(obj, ("of",)):  # "the withdrawal of Serbian forces from Bosnia": the forces, not Bosnia
        preps = tuple(p for p in preps if p != "from")
    pobjs = _prep_objects(obj, preps)
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


def _complement_act_targets(verb: Token, depth: int = 0, force: bool = False, manner: bool = False) -> list[Token]:
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
        obj = direct_object(child)
        if obj is not None and not _recipient_named(child):
            out.append(obj)  # not 'pledged to send troops to Kuwait': the troops are what is given, not a target
        # "help France rebuild its grid": the parser makes the helped one the subject of a bare infinitive
        out.extend(g for c in child.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                   for g in c.children if g.dep_ == "nsubj")
        out.extend(c for c in child.children if c.dep_ == "dative" and c.pos_ != "ADP")
        pobjs = _prep_objects(child, COMPLEMENT_PREPS)
        out.extend(pobjs)
        out.extend(_object_and_content_complements(obj))
        for pobj in pobjs:  # "refused to respond to a demand from the US President"
            out.extend(t for t in _object_complements(pobj) if t not in out)
        out.extend(_complement_act_targets(child, depth + 1))
    return out


def _recipient_named(verb: Token) -> bool:
    """'send troops to Kuwait', 'give Kuwait weapons': the act names a recipient besides its object."""
    return any(c.dep_ == "dative" and c.pos_ != "ADP" for c in verb.children) or bool(_prep_objects(verb, ("to",)))


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
    for clause in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        for child in clause.children:
            marks = {g.lower_ for g in child.children if g.dep_ == "mark"}
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
