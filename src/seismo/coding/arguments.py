"""Who acts: the source tokens of a trigger and the clause reading they rest on (subjects, passives,
conjuncts, relative pronouns), from the parse. Whom the act is aimed at is ``targets.py``.

Control and coordination matter in news syntax: in "Russia plans to withdraw" Russia withdraws,
in "warned Americans to leave" the Americans leave, in "Biden and Putin spoke" both spoke.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from seismo.coding.addresses import address_owner
from seismo.coding.doc_memo import memo
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.events import Trigger
from seismo.coding.judged_doers import judging_verb
from seismo.coding.takeovers import taker_tokens
from seismo.coding.verb_roles import (
    OBJECT_DEPS,
    direct_object,
    is_passive,
    misparsed_participle,
    own_passive_subject,
    stative_subject,
    stray_participle,
    time_as_subject,
)
from seismo.coding.word_tables import argument_words

SUBJ_DEPS = {"nsubj", "csubj"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
RELATIVE_TAGS = {"WP", "WDT"}


def conjuncts(token: Token) -> list[Token]:
    """'Biden and Putin' -> [Biden, Putin]; 'Norway, Chile, and Peru' (parsed as Norway + appos Chile +
    conj Peru) -> all three; 'activists who marched' -> the activists."""
    token = antecedent(token)
    plural = _coordinated_speakers(token)
    if plural:  # "Russia, China and Turkey said they backed Maduro": all three
        return plural
    if token.like_num:  # "One of these groups, the Syrian Democratic Forces, opposed": the count is the name
        token = next((c for c in children_with(token, ("appos",)) if c.pos_ == "PROPN"), token)
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and getattr(address_owner(child), "i", None) == token.i:
            continue  # "Police in Kano, Nigeria arrested": the address of Kano, no second subject
        if (child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON")) or list_member(token, child):
            out.extend(t for t in conjuncts(child) if t not in out)
        elif _renaming_name(token, child):
            # "OIC head Yousef Al-Othaimeen, Pope Francis, and a spokesperson": the list goes on from the name
            for conj in (c for c in children_with(child, ("conj",)) if c.pos_ in ("PROPN", "NOUN")):
                out.extend(t for t in conjuncts(conj) if t not in out)
    return sorted(out, key=lambda t: t.i)


def _coordinated_speakers(token: Token) -> list[Token]:
    """'Russia, China and Turkey said they backed Maduro': a 'they' subject of the content clause of a verb whose
    own subject is a coordination stands for every conjunct of it (not the last one named); [] otherwise."""
    clause = token.head
    if token.lower_ != "they" or token.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return []
    subject = next((c for c in children_with(clause.head, ("nsubj",)) if c.i < token.i), None)
    members = conjuncts(subject) if subject is not None and subject.pos_ != "PRON" else []
    return members if len(members) > 1 else []


def _renaming_name(head: Token, child: Token) -> bool:
    """'head Yousef Al-Othaimeen': a person's name in apposition to the title noun it renames."""
    return child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON" and head.pos_ == "NOUN"


def list_member(head: Token, child: Token) -> bool:
    """'Norway, Chile, and Peru': the parser reads a middle item as an apposition of the first. An apposition
    is a list item (not a renaming: 'Khalilzad, a US envoy') when it is the same kind of name as its head and
    a conjunct follows it, of the head or of the apposition itself ('Canada, Brazil, Colombia and Argentina':
    Colombia and Argentina hang on Brazil)."""
    if child.dep_ != "appos" or child.pos_ != head.pos_ or child.ent_type_ != head.ent_type_:
        return False
    return any(c.dep_ == "conj" and c.i > child.i for c in (*head.children, *child.children))


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
    if has_child(verb, ("dobj", "obj", "ccomp")):
        return False  # "Conley, a judge, ordered that ...": an active verb the parser hung on its subject
    if has_child(verb, ("nsubj",)) and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                            for c in verb.children):
        return False  # "the fact that the authorities have chosen to ...": a perfect clause under a noun
    if verb.dep_ == "conj":  # "reporters detained and beaten"
        return reduced_passive(verb.head)
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and not _by_means(verb) \
        and not _objectless_act(verb) and not _main_verb_of_root_noun(verb)


def _main_verb_of_root_noun(verb: Token) -> bool:
    """'Opposition leader Carlos Mesa, who came second, called on supporters to remain calm', parsed as a participle
    under a noun left as the sentence's root: set off from its noun, with no agent, it is the sentence's only
    main verb, the noun's own past tense (a news sentence is no fragment)."""
    noun = verb.head
    return noun.dep_ == "ROOT" and verb.i > noun.i + 1 and verb.doc[verb.i - 1].text == "," \
        and _agent(verb) is None and not has_child(verb, ("agent", "nsubj", "nsubjpass")) \
        and has_child(verb, ("xcomp", "dative"))  # a caption ('Three activists, arrested
    # in Lagos.') is a fragment: only a verb that goes on to a complement is one that acts


def _objectless_act(verb: Token) -> bool:
    """'hundreds of people protested in Alexandria', parsed as a participle under 'hundreds': a verb news uses
    without an object (``arguments.yaml`` objectless_verbs), with neither an agent nor an object, is the noun's
    own past-tense verb; no one 'was protested'. Not under an apposition ('..., a rights group protested'):
    that is a speaker's inverted clause of saying."""
    return verb.lemma_.lower() in argument_words().objectless_verbs and verb.head.dep_ != "appos" \
        and not has_child(verb, ("agent", *OBJECT_DEPS))


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


def clause_agents(thing: Token, lemmas: Collection[str], skip: Token | None = None,
                  participle: bool = False) -> list[tuple[Token, Token]]:
    """(clause, by-agent) for each relative or participle clause on ``thing`` whose verb is among ``lemmas``
    ('a tanker owned by a Greek firm', 'the sanctions imposed by the US'); ``skip`` is a clause that never counts
    (the judging verb itself), ``participle`` keeps past participles only. The one walk behind both the owner of a
    thing and the maker of an act."""
    found: list[tuple[Token, Token]] = []
    for clause in children_with(thing, ("acl", "relcl")):
        if clause.lemma_.lower() not in lemmas or (skip is not None and clause.i == skip.i) \
                or (participle and clause.tag_ != "VBN"):
            continue
        agent = passive_agent(clause)
        if agent is not None:
            found.append((clause, agent))
    return found


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            found = next((g for g in children_with(child, ("pobj",))), None)
            return _weapon_user(found) if found is not None else None
    return None


def _weapon_user(agent: Token) -> Token:
    """'was hit by a roadside bomb planted by Taliban insurgents', 'struck by a missile fired by Houthi rebels': a
    weapon as the passive's agent is what hit; the agent of its own participle is who did it (the doer, not the
    instrument, is the event's source). A weapon with no such participle stays as it was."""
    if agent.lemma_.lower() not in argument_words().weapon_nouns:
        return agent
    for participle in (c for c in children_with(agent, ("acl",)) if c.tag_ == "VBN"):
        for by in (c for c in children_with(participle, ("agent",))):
            user = next((g for g in children_with(by, ("pobj",))), None)
            if user is not None:
                return user
    return agent


def past_after_infinitive(conj: Token) -> bool:
    """A past-tense verb that the parser coordinates with a to-infinitive cannot continue the infinitive: it
    continues the finite verb that governs it ('urged X to reconsider and spoke with Y')."""
    head = conj.head
    to_infinitive = head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children)
    return (conj.dep_ == "conj" and conj.tag_ == "VBD" and to_infinitive
            and head.dep_ in ("xcomp", "advcl", "ccomp") and head.head.tag_ in ("VBD", "VBZ", "VBP"))


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The acting participant of a clause, following control, coordination and relative clauses. Read once per
    verb and depth (``coding.doc_memo``): the coder asks of the same verbs about four times each."""
    doc = verb.doc
    found = memo(doc, ("subject_of", verb.i, depth), lambda: _index(_subject_of(verb, depth)))
    return None if found is None else doc[found]


def _index(token: Token | None) -> int | None:
    return None if token is None else token.i


def _subject_of(verb: Token, depth: int) -> Token | None:
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
        return _weapon_user(found)  # "a rocket fired by Hamas hit Sderot": Hamas hit it
    head = verb.head
    if head.i == verb.i:
        return None
    if past_after_infinitive(verb):  # "urged X to reconsider and spoke with Y": the one who urged spoke
        return subject_of(head.head, depth + 1)
    if verb.dep_ == "conj":
        if not passive_clause(head):
            return subject_of(head, depth + 1)
        if head.dep_ == "ccomp" and direct_object(verb) is not None and head.head.pos_ in ("VERB", "AUX"):
            return subject_of(head.head, depth + 1)  # "said 20 people had been arrested and accused police of"
        return passive_subject(head)
    if verb.dep_ == "xcomp":
        obj = next(children_with(head, OBJECT_DEPS), None)
        words = argument_words()  # "used Instagram to thank supporters": the user thanks
        if obj is not None and (head.lemma_.lower() in words.instrument_verbs
                                or obj.lemma_.lower() in words.medium_nouns or _summoned_to_hear(head, verb)):
            return subject_of(head, depth + 1)
        if obj is None and passive_clause(head) and not reduced_passive(head):
            raised = passive_subject(head)  # "the ministers are scheduled to meet": the ministers meet
            return antecedent(raised) if raised is not None else None
        if obj is None:
            obj = _prep_addressee(head, verb)  # "called on Rwanda to withdraw": Rwanda withdraws
        return antecedent(obj) if obj is not None and obj.dep_ == "pobj" else \
            obj if obj is not None else subject_of(head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ in OBJECT_DEPS and _to_infinitive(verb) and _summoned_to_hear(head.head, verb):
            return subject_of(head.head, depth + 1)  # "summoned the envoy on Monday to protest", read as relcl
        words = argument_words()
        if head.lemma_.lower() in words.utterance_nouns and head.head.pos_ in ("VERB", "AUX") and head.dep_ != "nsubj":
            return subject_of(head.head, depth + 1)  # "issued a declaration demanding ...": the issuer demands
        if head.lemma_.lower() in words.medium_nouns and head.dep_ == "pobj":
            poster = _governing_verb(head)  # "posted a message on Twitter blaming Iran": the poster blames
            return subject_of(poster, depth + 1) if poster is not None else None
        return head
    judge = judging_verb(verb)  # "praised Uganda for releasing them": Uganda released them
    if judge is not None:
        doer = passive_subject(judge) if passive_clause(judge) else direct_object(judge)
        if doer is not None:
            return antecedent(doer)
    addressee = _prep_addressee(head, verb) if verb.dep_ == "advcl" and _to_infinitive(verb) else None
    if addressee is not None:  # "appealed to Hungary to withdraw", parsed as a purpose clause: Hungary withdraws
        return antecedent(addressee)
    if verb.dep_ in ("advcl", "csubj", "pcomp", "ccomp", "acomp") or head.dep_ == "prep":
        return subject_of(head if head.pos_ in ("VERB", "AUX") else head.head, depth + 1)
    if verb.dep_ == "advmod" and verb.pos_ == "ADV" and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)  # "said it, prior to setting the bond": 'prior' hangs on the clause
    return None


def _summoned_to_hear(head: Token, infinitive: Token) -> bool:
    """'summoned the German ambassador to protest': the one summoned is told of a grievance; the summoner
    protests. Other purposes keep the envoy as their doer ('summoned the ambassador to explain')."""
    words = argument_words()
    return head.lemma_.lower() in words.summoning_verbs and infinitive.lemma_.lower() in words.summoner_acts


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _prep_addressee(head: Token, infinitive: Token) -> Token | None:
    """'called on Rwanda to withdraw', 'appealed to the rebels to disarm': the object of the verb's addressing
    preposition (``arguments.yaml`` addressing_phrases) before the infinitive; not a date ('on Friday')."""
    phrases = argument_words().addressing_phrases
    for prep in (c for c in children_with(head, ("prep",)) if c.i < infinitive.i):
        if f"{head.lemma_.lower()} {prep.lower_}" not in phrases:
            continue
        for pobj in (g for g in children_with(prep, ("pobj",)) if g.ent_type_ not in ("DATE", "TIME")):
            return pobj
    return None


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject. Two subjects on one verb are a misparse of a name set off by commas ('According to the
    mayor, Dee Margo, police were investigating': the name is the mayor's, hung on the verb); the subject
    nearest before the verb is the clause's own."""
    found = [c for c in children_with(verb, SUBJ_DEPS) if c.pos_ in ("PROPN", "NOUN", "PRON", "NUM")]
    before = [c for c in found if c.i < verb.i]
    if len(before) > 1 and _described_apposition(before[-1]):
        return before[-2]  # "Members of X, a body linked to Y, investigated": the description is X's
    chosen = before[-1] if len(found) > 1 and before else next(iter(found), None)
    chosen = chosen if chosen is not None else _subject_under_mark(verb)
    owner = address_owner(chosen) if chosen is not None else None
    return owner if owner is not None else chosen  # "the council of Perth, Australia voted": the council


def _subject_under_mark(verb: Token) -> Token | None:
    """'after the head of the armed forces urged him to step down', parsed with 'head' as the object of 'after':
    a clause's mark does not take an object; the noun between it and the verb is the clause's subject."""
    return next((g for c in children_with(verb, ("mark",)) if c.i < verb.i for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON") and g.i < verb.i), None)


def _described_apposition(noun: Token) -> bool:
    """'X, a body linked to Y, investigated': an indefinite noun set off by a comma before it describes the
    subject before it (an apposition the parser made a second subject), it is no subject of its own."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == "," \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _issued(noun: Token) -> bool:
    """A statement or law that is the object of the verb that issues it ('passed a law', 'issued a decree'); not
    one someone else's verb is about ('will support a resolution that aims to tighten sanctions')."""
    words = argument_words()
    return noun.lemma_.lower() in words.utterance_nouns and noun.dep_ in ("dobj", "obj") \
        and noun.head.lemma_.lower() in words.issuing_verbs


def _governing_verb(token: Token, steps: int = 4) -> Token | None:
    """The verb above a noun phrase ('posted' above 'a message on Twitter')."""
    while steps and token.head.i != token.i:
        token, steps = token.head, steps - 1
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def passive_subject(verb: Token) -> Token | None:
    """The patient of a passive clause: its subject, or the noun a reduced passive modifies."""
    if misparsed_participle(verb):
        return next(c for c in children_with(verb, ("nsubj",)))
    if reduced_passive(verb):
        return verb.head
    if time_as_subject(verb):
        return verb.head.head
    subj = own_passive_subject(verb)
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
    patient = passive_subject(verb)
    if patient is None:
        return None
    return next((c for c in children_with(patient, ("acl",)) if reduced_passive(c)), None)


EVENT_OWNER_DEPS = {"amod", "compound", "poss", "nmod"}


def source_tokens(trigger: Trigger) -> list[Token]:
    verb = trigger.verb
    if trigger.event_subject:  # "Palestinian riots continued", "clashes by rebels erupted": the noun's own actors
        noun = trigger.word
        owners = [c for c in children_with(noun, EVENT_OWNER_DEPS) if c.pos_ in ("ADJ", "PROPN", "NOUN")
                  and c.lemma_.lower() not in ("joint", "combined", "bilateral", "hunger", "war")]
        return owners + [t for t in prep_objects(noun, ("by",))]
    if trigger.taker_source:  # "Kunduz fell to the Taliban": the place is the subject
        return taker_tokens(verb)
    if trigger.object_source:
        return _sighted_forces(passive_subject(verb) if passive_clause(verb) else direct_object(verb))
    if trigger.passive_source and passive_clause(verb) and _agent(verb) is None:
        subj = passive_subject(verb)
        return conjuncts(subj) if subj is not None else []
    agents = _agents(verb) if passive_clause(verb) else []
    if len(agents) > 1:  # "toward A by the X navy and toward B by the Y navy"
        return [c for agent in agents for c in conjuncts(agent)]
    subj = subject_of(verb)
    return conjuncts(subj) if subj is not None else []


OWN_MODIFIER_DEPS = {"amod", "compound", "poss"}


def _sighted_forces(force: Token | None) -> list[Token]:
    """'detected 32 Chinese aircraft and nine warships around Taiwan': the forces seen; a later conjunct with no
    word of its own saying whose it is shares the first one's owner (not the place it was seen at)."""
    if force is None:
        return []
    first, *others = conjuncts(force)
    return [first, *(c for c in others if any(g.dep_ in OWN_MODIFIER_DEPS for g in c.children))]


def _agents(verb: Token) -> list[Token]:
    """Every by-phrase of a passive verb: two fragments after one verb ('toward A by X and then toward B by Y')
    each bring their own doer; the parser hangs the second by-phrase on the verb or on the verbless fragment."""
    fragments = [c for c in children_with(verb, ("conj",)) if c.pos_ in ("ADP", "ADV")]
    bys = [c for c in children_with(verb, ("agent",))]
    bys += [c for f in fragments for c in children_with(f, ("agent", "prep")) if c.lower_ == "by"]
    return [g for c in bys for g in children_with(c, ("pobj",))]


def by_participle(verb: Token) -> tuple[Token, Token | None] | None:
    """'Lam was interrupted by protesting legislators': the parser reads the participle as a gerund with an object
    ('by protesting the ruling'); a bare group noun after it (no article, no owner) is the one the participle
    describes. Returns that noun and the passive clause's subject (whom the act was aimed at)."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "by" or not passive_clause(prep.head):
        return None
    noun = next((c for c in children_with(verb, ("dobj",)) if c.pos_ == "NOUN"), None)
    if noun is None or has_child(noun, ("det", "poss", "nummod")):
        return None
    return noun, passive_subject(prep.head)


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions (or datives) among ``preps``: 'talks with X' -> X."""
    out = []
    for child in children_with(token, ("prep", "dative")):
        if child.lower_ in preps:
            out.extend(g for g in children_with(child, ("pobj",)) if not (child.lower_ == "with" and _onlooker(g)))
    return out


ONLOOKER_WORDS = frozenset({"attendance", "present", "looking", "watching", "attending", "presiding", "observing"})


def _onlooker(noun: Token) -> bool:
    """'signed the deal, with Pompeo in attendance', 'with officials looking on': a with-phrase whose noun has a
    predicate of its own tells who was there, not a party to the act."""
    return any(w.lower_ in ONLOOKER_WORDS for c in noun.children for w in (c, *c.children) if w.i > noun.i)


ARRIVAL_PREPS = ("in", "at", "to")


def arrival_place(token: Token) -> bool:
    """'reached Incheon', 'arrived in Cape Town': the place an arrival verb names."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ARRIVAL_PREPS:
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in argument_words().arrival_verbs
