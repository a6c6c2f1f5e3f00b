"""Event nouns as triggers of their own: in prepositional phrases, as subjects, as objects of participation.

Verbs are not the only way news names an event: "20 civilians were killed in a mortar attack by X on Y",
"after a meeting with X, Y said", "X's attack on Y killed five", "talks between A and B resumed", "X attended
talks with Y". This module turns the nouns of ``events.yaml`` ``nouns`` that ``free_nouns`` lists into triggers,
with the arguments and factuality that ``nominal_args.py`` reads; gives light-verb nouns and gerunds their own
actors when the clause has none ("a meeting between X and Y was held"); lets a verb whose event a noun names
take the noun's source ("killed in an attack by X"); and addresses a comment on an act to its author
("condemned the attack by militias").

The coder reads a trigger's ``nominal`` arguments in place of a verb's subject and object; ``references.py``
merges a noun that refers back ("the attack") into the event it names.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from seismo.coding.arguments import conjuncts, relative_clause, subject_of
from seismo.coding.clauses import in_event_phrase, set_off_relative
from seismo.coding.doc_words import children_with, doc_words, has_child
from seismo.coding.events import NominalArgs, Trigger
from seismo.coding.lexicon import Lexicon, NounRule
from seismo.coding.modality import modality_of, past_finite
from seismo.coding.nominal_args import (
    ANCHOR_MODIFIERS,
    SUBJECT_DEPS,
    VERBAL,
    Anchor,
    NominalGrammar,
    NounArguments,
    Resolver,
    clause_head,
    country_of,
    definite,
    find_anchor,
    lemma_of,
    load_grammar,
    modifier_modality,
    modifier_sourced,
    noun_arguments,
    noun_modality,
    participant,
    prep_or_agent_objects,
    strongest,
)
from seismo.coding.noun_guards import refused_noun
from seismo.coding.places import facility_of_place
from seismo.coding.verb_roles import is_passive

ABSORBING_PREPS = {"in", "during", "amid"}  # "killed in an attack by X": the attack is the killing's event
PASSIVE_SUBJ_DEPS = {"nsubjpass", "nsubj:pass"}


def _free_rule(noun: Token, lexicon: Lexicon, grammar: NominalGrammar) -> NounRule | None:
    """The rule of a noun that names an event by itself (``free_nouns``), reading a compound modifier with it
    first ('air strike' -> airstrike); a two-word entry needs its modifier ('drone strike', not 'general strike')."""
    lemma = lemma_of(noun)
    modifiers = [c for c in children_with(noun, ("compound", "amod")) if c.i < noun.i]
    for child in modifiers:
        if child.dep_ == "compound" and child.i == noun.i - 1:
            pair = f"{child.lower_} {lemma}"
            for key in (f"{child.lower_}{lemma}", pair, f"{child.lower_}-{lemma}"):
                if key in lexicon.nouns and (key in grammar.free_nouns or pair in grammar.free_nouns):
                    return lexicon.nouns[key]
    if lemma in grammar.free_nouns or any(f"{c.lower_} {lemma}" in grammar.free_nouns for c in modifiers):
        return lexicon.nouns.get(lemma)
    return None


def _bare_idiom(noun: Token, anchor: Anchor, grammar: NominalGrammar) -> bool:
    """'resigned in protest': a determiner-less singular noun in a set phrase names a manner, not an event."""
    if anchor.kind != "pp" or has_child(noun, ("det", "poss", "amod", "compound")):
        return False
    return f"{anchor.head.lower_} {noun.lower_}" in grammar.bare_idioms


def _noun_type(noun: Token, rule: NounRule) -> tuple[str, str | None] | None:
    """The noun's (type, mode): a modifier that names its kind ('a general strike' is a protest), 'joint', else
    the noun's own reading."""
    if rule.only_verbs or refused_noun(noun, rule):
        return None
    modifier = next((rule.by_modifier[c.lower_] for c in noun.children
                     if c.dep_ in ("compound", "amod") and c.lower_ in rule.by_modifier), None)
    if modifier is not None:
        type_, _, mode = modifier.partition(":")
        return type_, mode or None
    if rule.joint and any(c.lower_ in ("joint", "combined", "bilateral") for c in noun.children):
        return rule.joint, None
    return rule.type, rule.mode


def _anchor_verb(noun: Token, anchor: Anchor) -> Token:
    """The clause head the event hangs from: the governing verb; the clause of a circumstance; for 'X claimed
    responsibility for the attack' the noun itself, so that the claim is read as the attribution."""
    if anchor.kind == "agent":
        return noun
    if anchor.kind in ("subject", "object", "caused", "received", "origin", "means") and anchor.head.pos_ in VERBAL:
        return anchor.head
    return clause_head(anchor.head.head if anchor.kind == "pp" else anchor.head)


def _sources(noun: Token, anchor: Anchor, args: NounArguments, resolve: Resolver,
             partnered: bool = True) -> tuple[Token, ...] | None:
    """Who acts: the noun's own actors; for a participation verb the clause subject (None: the coder's reading);
    for a claim the claimant; for a partnered circumstance ('after a meeting with X') the clause's actor, unless
    the act is one done to someone (``one_way_types``, not ``partnered``: 'charged two men in the attack on the
    embassy with murder' names a charge, and the police did not attack)."""
    if anchor.kind == "reported":  # the reporter is no party of the event it reports
        return tuple(args.sources or args.parties)
    if anchor.kind in ("received", "origin"):  # "received help from X", "condemnation came from X"
        from_objects = prep_or_agent_objects(anchor.head, {"from"}) + prep_or_agent_objects(noun, {"from"})
        return tuple(args.sources) + tuple(from_objects)
    own = tuple(args.sources or args.parties)
    if own:
        return own
    grammar = load_grammar()
    if anchor.kind == "object" and _named(noun, anchor.head, grammar):
        return ()  # "called the investigation a witch hunt": an act of others that the subject judges
    if anchor.kind == "object" and lemma_of(anchor.head) not in grammar.presupposing_verbs:
        return None
    if anchor.kind == "subject" and lemma_of(anchor.head) in grammar.participation_verbs and is_passive(anchor.head):
        return None  # "the attack was claimed by al-Shabaab": the agent of the passive
    if anchor.kind in ("agent", "means"):  # "claimed responsibility for", "retaliated with": the subject acts
        subj = subject_of(anchor.head) if anchor.head.pos_ in VERBAL else None
        return tuple(conjuncts(subj)) if subj is not None and not _nobody(subj, grammar) else ()
    if anchor.kind == "pp" and args.partners and partnered:
        return tuple(participant(anchor, resolve))
    return ()


def _nobody(subj: Token, grammar: NominalGrammar) -> bool:
    """'Nobody has claimed responsibility', 'no group has claimed the attack' (``nobody_words``): no one claims."""
    words = subj.lower_ if subj.i + 1 >= len(subj.doc) else f"{subj.lower_} {subj.doc[subj.i + 1].lower_}"
    return subj.lower_ in grammar.nobody_words or words in grammar.nobody_words \
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _named(noun: Token, verb: Token, grammar: NominalGrammar) -> bool:
    """'called the talks a waste of time', 'described the attack as cowardly', 'labelled the sanctions illegal': a
    verb of naming (``naming_verbs``) judges its object; the event is not the judge's own. 'Called' names only with
    a predicate ('a witch hunt') or a definite act ('the investigation'): 'called a meeting' convenes one."""
    if lemma_of(verb) not in grammar.naming_verbs or has_child(verb, ("prt",)):
        return False  # "called off the strike": a phrasal verb, not a naming
    if lemma_of(verb) != "call":
        return True
    predicate = has_child(verb, ("oprd", "attr", "acomp", "xcomp", "ccomp"))
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    return predicate or definite


def _targets(anchor: Anchor, args: NounArguments, type_: str, grammar: NominalGrammar,
             resolve: Resolver) -> tuple[Token, ...]:
    """The noun's own recipients; a verbal act in a circumstance ('despite criticism by X, Y announced') that
    names none is addressed to the clause's actor."""
    if anchor.kind == "received":  # the receiver is whom the act is addressed to
        receiver = subject_of(anchor.head) or next(  # "the law was met with criticism": the passive's subject
            (c for c in children_with(anchor.head, ("nsubjpass",))), None)
        return tuple(args.targets) + (tuple(conjuncts(receiver)) if receiver is not None else ())
    if args.targets or not args.sources or anchor.kind != "pp" or type_.lower() not in grammar.addressee_types:
        return tuple(args.targets)
    return tuple(t for t in participant(anchor, resolve, reach=2) if t not in args.sources)


def _enough(anchor: Anchor, args: NounArguments, targets: tuple[Token, ...], back: bool, type_: str,
            grammar: NominalGrammar, resolve: Resolver) -> bool:
    """Whether the noun says enough to be coded: who acts on whom ('Real Madrid's attack was blunted' and 'after a
    government offensive' name no one acted upon), and for a comment's object ('condemned Russia's invasion')
    who acted; a reference back ('the attack') is always kept for the document pass. A one-sided act (a protest)
    needs protesters of a known country, or none named (the place's people)."""
    if back or args.parties:
        return True
    if anchor.kind in ("received", "origin"):
        return True
    if anchor.kind == "reported":
        return bool(args.sources or targets) or type_.lower() in grammar.one_sided_types
    if type_.lower() in grammar.one_sided_types:
        return not args.sources or any(t.pos_ == "ADJ" or country_of(t, resolve) for t in args.sources)
    if anchor.kind == "caused" or (anchor.kind == "object" and lemma_of(anchor.head) in grammar.presupposing_verbs):
        return bool(args.sources)
    return not args.sources or bool(targets) or anchor.kind not in ("pp", "subject")


def _free_trigger(noun: Token, lexicon: Lexicon, grammar: NominalGrammar,
                  resolve: Resolver) -> tuple[Trigger, bool] | None:
    """An event noun outside a light verb's object, with its arguments and modality, and whether it says enough
    to be coded by itself (if not, a verb whose event it names may still read its source); or None."""
    rule = _free_rule(noun, lexicon, grammar)
    anchor = find_anchor(noun, grammar)
    if rule is None and anchor is not None and anchor.kind in ("received", "origin", "means"):
        rule = lexicon.nouns.get(lemma_of(noun))  # "received threats", "retaliated with tariffs": any event noun
    if rule is None or anchor is None or _bare_idiom(noun, anchor, grammar):
        return None
    coded = _noun_type(noun, rule)
    if coded is None:
        return None
    type_, mode = coded
    args = noun_arguments(noun, type_, lexicon, grammar, resolve, anchor.frames)
    own = bool(args.sources or args.parties)
    targets = _targets(anchor, args, type_, grammar, resolve)
    back = not (own or args.targets) and definite(noun, grammar)  # "the attack": told before
    partnered = rule.symmetric or type_.lower() not in grammar.one_way_types or lemma_of(noun) in grammar.mutual_nouns
    nominal = NominalArgs(sources=_sources(noun, anchor, args, resolve, partnered), targets=targets,
                          modality=noun_modality(noun, anchor, lexicon, grammar), reference=back, mention=True,
                          undergone=anchor.kind == "received")
    trigger = Trigger(
        verb=_anchor_verb(noun, anchor), word=noun, type=type_, mode=mode,
        symmetric=rule.symmetric or bool(args.parties and not args.sources), source_agent=rule.source_agent,
        targets=("noun", *lexicon.type_targets.get(type_, ())), noun=True,
        object_target=lexicon.object_is_target(type_, mode),
        event_subject=modifier_sourced(nominal.sources), nominal=nominal,
    )
    return trigger, _enough(anchor, args, targets, back, type_, grammar, resolve)


def _light_trigger(trigger: Trigger, lexicon: Lexicon, grammar: NominalGrammar, resolve: Resolver) -> Trigger:
    """'a meeting between X and Y was held', 'clashes between A and B erupted': a light or happening verb with no
    subject of its own leaves the noun's own actors as the sides, or the happening verb's between-phrase ('war
    broke out in 2023 between A and B'); a modal modifier still makes it no fact."""
    noun, verb = trigger.word, trigger.verb
    own = modifier_modality(noun, grammar, ANCHOR_MODIFIERS["light"])
    modality = None if own is None else strongest(own, modality_of(noun, verb, lexicon))
    subjectless = trigger.event_subject or (is_passive(verb) and subject_of(verb) is None)
    args = noun_arguments(noun, trigger.type, lexicon, grammar, resolve)
    if trigger.event_subject and not (args.sources or args.parties):
        args = dataclasses.replace(args, parties=_outbreak_sides(verb, grammar))
    sources = tuple(args.sources or args.parties)
    places = [t for t in args.targets if facility_of_place(t)]  # "carried out the airstrike at Baghdad airport"
    back = not (sources or set(args.targets) - set(places)) and definite(noun, grammar)  # "carried out the airstrike"
    if not subjectless:
        return dataclasses.replace(trigger, nominal=NominalArgs(modality=modality, reference=back)) \
            if modality or back else trigger
    nominal = NominalArgs(sources=sources, targets=tuple(t for t in args.targets if t not in sources),
                          modality=modality, reference=back)
    return dataclasses.replace(trigger, nominal=nominal, event_subject=trigger.event_subject or
                               modifier_sourced(sources),
                               symmetric=trigger.symmetric or bool(args.parties and not args.sources))


def _outbreak_sides(verb: Token, grammar: NominalGrammar) -> list[Token]:
    """'fighting erupted in April between A and B': the parser hangs the sides on the verb of happening, or on the
    date of its time phrase ('in March 2019 between A and B')."""
    times = [p for prep in children_with(verb, ("prep",)) for p in prep.children
             if p.dep_ == "pobj" and p.ent_type_ == "DATE"]
    return [t for holder in (verb, *times) for t in prep_or_agent_objects(holder, grammar.between_preps)]


def _gerund_trigger(trigger: Trigger, lexicon: Lexicon, grammar: NominalGrammar, resolve: Resolver) -> Trigger:
    """'Fighting between Turkish troops and rebels killed ten', 'shelling by Russian forces': an -ing verb used as a
    noun has no subject; its by/between complements and nationality modifiers name who acts."""
    verb = trigger.word
    if verb.tag_ != "VBG" or has_child(verb, SUBJECT_DEPS) \
            or verb.dep_ not in ("nsubj", "nsubjpass", "csubj", "pobj", "dobj", "acl"):
        return trigger
    args = noun_arguments(verb, trigger.type, lexicon, grammar, resolve)
    own = tuple(args.sources or args.parties)
    if not own:
        return trigger
    return dataclasses.replace(trigger, nominal=NominalArgs(sources=own), event_subject=modifier_sourced(own),
                               symmetric=trigger.symmetric or bool(args.parties and not args.sources))


def _comment_trigger(trigger: Trigger, lexicon: Lexicon, grammar: NominalGrammar, resolve: Resolver) -> Trigger:
    """'condemned the attack by militias', 'praised the withdrawal of Russian troops': a comment on an act is
    addressed to whoever did it, when the act's noun names them (its owner is read by the coder already)."""
    if trigger.type.lower() not in grammar.comment_types or trigger.nominal is not None:
        return trigger
    obj = next(children_with(trigger.verb, ("dobj", "obj")), None)
    if obj is None or obj.pos_ != "NOUN" or lemma_of(obj) not in lexicon.nouns | lexicon.reference_nouns.keys():
        return trigger
    rule = lexicon.nouns.get(lemma_of(obj))
    args = noun_arguments(obj, rule.type if rule else trigger.type, lexicon, grammar, resolve)
    owned = has_child(obj, ("poss",))  # "her Brexit deal": the owner's, not the compound's
    authors = tuple(t for t in args.sources if t.pos_ != "ADJ"  # an adjective is read by the coder as a country
                    and not (owned and t.dep_ == "compound"))
    return dataclasses.replace(trigger, nominal=NominalArgs(targets=authors)) if authors else trigger


def _subject_word(verb: Token) -> Token | None:
    subj = next(children_with(verb, SUBJECT_DEPS), None)
    return _adjective_head(subj) if subj is not None else None


def _adjective_head(subj: Token) -> Token:
    """'Heavy shelling by Russian forces left 12 civilians dead': the parser may make the adjective the subject and
    hang the -ing noun under it as a participle (tagging a sentence-initial 'Heavy' a noun, so the word is read
    against ``non_actor_modifiers`` too); the -ing word is the subject. 'Troops firing on protesters' keeps troops."""
    if subj.pos_ != "ADJ" and subj.lower_ not in load_grammar().non_actor_modifiers:
        return subj
    return next((c for c in children_with(subj, ("acl",)) if c.tag_ == "VBG" and c.i == subj.i + 1), subj)


def _relative_event(subj: Token | None, verb: Token, nouns: list[Trigger]) -> Token | None:
    """'a suicide bombing at a mosque inside a police compound in Peshawar, which killed 84 people': the parser hangs
    the relative clause on the last noun of the phrase (a place cannot kill); its subject 'which' is the event noun
    that the phrase's prepositions lead back to. A clause hung on the noun itself is the coder's usual reading."""
    if subj is None or subj.lower_ not in ("which", "that") or verb.dep_ != "relcl":
        return None
    node = verb.head
    if any(n.word.i == node.i for n in nouns):
        return node  # "claimed responsibility for the bombing, which killed nine soldiers": hung on the noun itself
    if node.dep_ != "pobj":
        return None
    # "carried out a strike on a centre in Kremenchuk on Thursday, which killed 20": hung on the day, the clause
    # stands for the object of the verb the day is told for
    if node.ent_type_ in ("DATE", "TIME") and node.head.head.pos_ in VERBAL:
        node = next((c for c in children_with(node.head.head, ("dobj",))), node)
        if any(n.word.i == node.i for n in nouns):
            return node
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
        if any(n.word.i == node.i for n in nouns):
            return node
    return None


def _light_doers(triggers: list[Trigger]) -> list[Trigger]:
    """'Russia carried out a missile strike on a shopping centre in Kremenchuk, which killed 20 people': a light
    verb's event noun is done by the verb's subject, for a relative clause the phrase leads back to
    (``_relative_event``)."""
    out = []
    for t in triggers:
        subj = subject_of(t.verb) if t.noun and t.nominal is None and t.word.i != t.verb.i else None
        if subj is not None:
            out.append(dataclasses.replace(t, nominal=NominalArgs(sources=tuple(conjuncts(subj)))))
    return out


def _absorb(verb_trigger: Trigger, nouns: list[Trigger], light: list[Trigger] | None = None) -> Trigger:
    """'20 civilians were killed in an attack by X', 'X's attack on Y killed five': a verb with no acting
    subject whose event a noun of the same type names takes the noun's source (and its back-reference); so does a
    relative clause that the phrase leads back to an event noun, a light verb's too (``light``: ``_light_doers``)."""
    verb = verb_trigger.verb
    subj = _subject_word(verb) or subject_of(verb)
    relative = _relative_event(subj, verb, nouns + (light or []))
    subj, nouns = (relative, nouns + (light or [])) if relative is not None else (subj, nouns)
    eventive = subj is not None and any(n.word.i == subj.i for n in nouns)
    if subj is not None and not eventive and not is_passive(verb):
        return verb_trigger
    for noun in nouns:
        word = noun.word
        if noun.nominal is None or noun.word.i == verb.i:
            continue
        in_pp = word.dep_ == "pobj" and word.head.head.i == verb.i and word.head.lower_ in ABSORBING_PREPS
        # "the attack killed five", "the bombing wounded 110"; not a passive's subject: "talks were boycotted by
        # X" says what X boycotted, and the by-phrase still names who did
        # a relative clause's own subject stands for its noun whatever the noun does in the main clause: "the
        # attack, which killed nine soldiers, was condemned"
        as_subject = subj is not None and subj.i == word.i \
            and (word.dep_ not in PASSIVE_SUBJ_DEPS or relative is not None)
        if (in_pp and noun.type == verb_trigger.type and subject_of(verb) is None) or as_subject:
            sources = noun.nominal.sources if noun.nominal.sources is not None else _participants(noun)
            if noun.symmetric and len(sources) > 1:
                return verb_trigger  # "fighting between A and B killed ten": either side may have killed
            nominal = NominalArgs(sources=sources, reference=noun.nominal.reference, mention=noun.nominal.mention)
            return dataclasses.replace(verb_trigger, nominal=nominal, event_subject=modifier_sourced(sources),
                                       source_agent=verb_trigger.source_agent or noun.source_agent)
    return verb_trigger


def _participants(noun: Trigger) -> tuple[Token, ...]:
    """'Islamic State claimed the attack, which killed 40 people': the subject of a participation verb
    (``participation_verbs``) whose object the event noun is, or its passive's by-agent, did the act its relative
    clause tells; a noun left
    to the coder's reading under any other verb ('condemned the attack, which killed ...') names no doer."""
    verb = noun.verb
    if noun.word.i == verb.i or lemma_of(verb) not in load_grammar().participation_verbs:
        return ()
    if is_passive(verb):  # "the attack, which killed 40 people, was claimed by Islamic State"
        return tuple(g for c in children_with(verb, ("agent",)) for p in c.children if p.dep_ == "pobj"
                     for g in conjuncts(p))
    subj = subject_of(verb)
    return tuple(conjuncts(subj)) if subj is not None and not _nobody(subj, load_grammar()) else ()


def nominal_triggers(sent: Span, lexicon: Lexicon, triggers: list[Trigger], resolve: Resolver) -> list[Trigger]:
    """The sentence's triggers with its free event nouns added, nouns and gerunds given their own actors when
    the clause has none, and verbs whose event a noun names given the noun's source."""
    grammar = load_grammar()
    # "called the talks a waste of time": 'call' names the talks here, it does not hold them (light verb)
    triggers = [t for t in triggers if not (t.noun and t.word.i != t.verb.i and t.word.head.i == t.verb.i
                                            and _named(t.word, t.verb, grammar))]
    taken = {t.word.i for t in triggers}
    nouns, coded = [], []
    w, doc = doc_words(sent.doc), sent.doc
    for i in range(sent.start, sent.end):
        if w.pos[i] == "NOUN" and i not in taken and w.lemma[i] in lexicon.nouns:
            found = _free_trigger(doc[i], lexicon, grammar, resolve)
            if found is not None:
                nouns.append(found[0])
                coded += [found[0]] if found[1] else []
    own = [_light_trigger(t, lexicon, grammar, resolve) if t.noun else
           _comment_trigger(_gerund_trigger(t, lexicon, grammar, resolve), lexicon, grammar, resolve)
           for t in triggers]
    named = nouns + [t for t in own if t.nominal is not None and (t.noun or t.word.tag_ == "VBG")]
    light = _light_doers(own)
    # "killed a commander in an airstrike": an airstrike naming no one is the killing itself, not a second event
    coded = [n for n in coded if n.nominal.sources or n.nominal.targets  # "in an attack by X on Y": its own
             or not in_event_phrase(n.word, {t.verb.i for t in triggers if t.type == n.type})]
    own = [t if t.nominal is not None or not (named or light) else _absorb(t, named, light) for t in own]
    return [_told_aside(t, lexicon, grammar) for t in own] + coded


def _told_aside(trigger: Trigger, lexicon: Lexicon, grammar: NominalGrammar) -> Trigger:
    """'Police blamed Boko Haram for the attack, which killed 12 worshippers': a relative clause set off after an
    event noun that is coded nowhere else (the blame's object names what is blamed, not an event of its own) is
    the only telling of that event, as the writer's fact (``modality`` stops its walk there). The noun names no
    doer, and the doer the clause around it alleges is only alleged (docs/annotation.md: unknown perpetrators get
    no source): the act keeps no source, and a definite noun may lead back to the attack told before."""
    verb = trigger.verb
    if trigger.noun or trigger.nominal is not None or not relative_clause(verb) or not set_off_relative(verb) \
            or not past_finite(verb) or lemma_of(verb.head) not in lexicon.nouns:
        return trigger
    nominal = NominalArgs(sources=(), reference=definite(verb.head, grammar), mention=True)
    return dataclasses.replace(trigger, nominal=nominal)
