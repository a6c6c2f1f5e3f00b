"""Whether a verb rule of the lexicon holds for a verb in its parse: its particle, object, prepositions and
complements, and the rule conditions on its subject and object (``events.yaml`` header lists them).

Split from ``events.py`` (which finds the triggers): this module only answers "does this rule hold here".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.antecedents import object_antecedents
from seismo.coding.complements import (
    complement_lemmas,
    complement_subject_actor,
    framing,
    has_xcomp,
    object_infinitive,
    own_commitment,
    purpose_lemmas,
    to_complement,
    xcomp_lemmas,
    xcomp_objects,
)
from seismo.coding.directives import demands_act, ultimatum
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.lexicon import Lexicon, VerbRule
from seismo.coding.noun_guards import has_qualifier
from seismo.coding.rule_subjects import (
    counted_subject,
    describing_participle,
    has_conj_subject,
    match_score,
    person_object,
    person_subject,
    subject_actor,
    subject_lemma,
)
from seismo.coding.takeovers import taker_tokens
from seismo.coding.verb_roles import (
    OBJECT_DEPS,
    PASSIVE_SUBJ_DEPS,
    content_object,
    direct_object,
    is_passive,
    object_lemma,
    sent_thing,
)

PARTICLE_DEPS = {"prt", "advmod", "compound:prt"}


def verb_lemma(verb: Token, lexicon: Lexicon) -> str:
    """The verb's lemma, repaired when the tagger's lemma is unknown but the surface form's is ('staged' -> 'stag')."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.verbs or lemma in lexicon.light_verbs:
        return lemma
    text = verb.lower_
    for suffix, add in (("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("es", "")):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            candidate = text[: -len(suffix)] + add
            if candidate in lexicon.verbs or candidate in lexicon.light_verbs:
                return candidate
    return lemma


def _temporal(prep: Token) -> bool:
    """'on Tuesday', 'at noon': a preposition of time is no target or place cue."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in children_with(prep, ("pobj",)))


def _preps(verb: Token) -> set[str]:
    preps = {c.lower_ for c in children_with(verb, ("prep", "agent", "dative")) if not _temporal(c)}
    # "called on Sunday for Pakistan to withdraw": 'for' opens the requested act's clause
    preps |= {g.lower_ for c in children_with(verb, ("advcl", "ccomp", "xcomp"))
              for g in children_with(c, ("mark",)) if g.lower_ == "for"}
    obj = direct_object(verb)
    if obj is not None:  # "have troops along the border": the prep hangs off the object
        preps |= {c.lower_ for c in children_with(obj, ("prep",)) if not _temporal(c)}
    # "launched missiles targeting US troops": a participle that works as a preposition, read by its form
    preps |= {c.lower_ for h in (verb, obj) if h is not None for c in children_with(h, ("acl", "advcl"))
              if c.tag_ in ("VBG", "VBN")}
    return preps | {g.lower_ for c in _particle_preps(verb) for g in children_with(c, ("prep",))}  # "out of"


def _particle_preps(verb: Token) -> list[Token]:
    """'pulled out of Kherson', 'dropped out of the race': the parser makes the particle a preposition with no
    object of its own, the phrase's preposition below it."""
    return [c for c in children_with(verb, ("prep",)) if not has_child(c, ("pobj",))
            and has_child(c, ("prep",))]


def _particles(verb: Token) -> set[str]:
    return {c.lower_ for c in children_with(verb, PARTICLE_DEPS)} | {c.lower_ for c in _particle_preps(verb)}


def _pps(verb: Token) -> set[str]:
    """'placed under house arrest' -> {'under arrest', 'under house arrest'}: each preposition with the lemma of
    its object, on the verb or on its object ('passed two articles of impeachment' -> 'of impeachment'), as
    ``_preps`` reads them; and on the object's own of-phrase, where the parser hangs the verb's phrase after a
    place ('stripped the mayor of Diyarbakir of his post'), and below a particle read as a preposition ('forced
    out of office': 'of office'). A passive's by-phrase is a phrase too ('was aided by the support of voters': 'by
    support'); the parser labels its 'by' ``agent``, not ``prep``."""
    obj = direct_object(verb)
    heads = [verb, *_particle_preps(verb)] + ([] if obj is None else [obj, *(
        g for c in children_with(obj, ("prep",)) if c.lower_ == "of" for g in children_with(c, ("pobj",)))])
    objects = [(c, g) for h in heads for c in children_with(h, ("prep", "agent")) for g in children_with(c, ("pobj",))]
    # "treated the stabbing as a terrorist incident" -> also 'as terrorist incident': a modifier right before the
    # noun, for rules whose phrase needs it (an incident alone is no crime)
    modified = {f"{c.lower_} {m.lower_} {g.lemma_.lower()}" for c, g in objects
                for m in children_with(g, ("amod", "compound")) if m.i == g.i - 1}
    return {f"{c.lower_} {g.lemma_.lower()}" for c, g in objects} | modified


def rule_matches(rule: VerbRule, verb: Token, is_actor: Callable[[Token], bool],
                  agent_of: Callable[[Token], str | None], lexicon: Lexicon, conjuncts: bool = False,
                  is_person: Callable[[Token], bool] = lambda _t: False) -> bool:
    obj = shared_object(verb, sent_thing(verb))
    # 'voted to lift it', 'the curfew, which they lifted': the sense rules read the noun the pronoun stands for
    content = content_object(next(iter(object_antecedents(obj, is_actor)), obj))
    obj_lemma = object_lemma(content)
    checks = (
        not rule.particle or bool(_particles(verb) & rule.particle),
        # 'ruled out sanctions', 'called off the strike': the phrasal verb that cancels is not the plain verb
        bool(rule.particle) or phrasal(verb) not in lexicon.cancelling_verbs,
        not rule.object or obj_lemma in rule.object or _generic_named(obj, rule.object)
        or (conjuncts and _conjunct_named(content, rule.object)),
        not rule.not_object or obj_lemma not in rule.not_object,
        not rule.object_with or (content is not None and has_qualifier(content, rule.object_with))
        or (obj is not None and has_qualifier(obj, rule.object_with)),  # "a security initiative": on the head
        not rule.object_actor or (obj is not None and is_actor(obj)),
        not rule.prep or bool(_preps(verb) & rule.prep),
        not rule.not_prep or not (_preps(verb) & rule.not_prep),
        not rule.pp or bool(_pps(verb) & rule.pp),
        not rule.not_pp or not (_pps(verb) & rule.not_pp),
        not rule.xcomp or has_xcomp(verb),
        not rule.to_complement or to_complement(verb),
        not rule.infinitive or has_xcomp(verb) or bool(purpose_lemmas(verb)) or object_infinitive(verb),
        not rule.not_xcomp or not has_xcomp(verb),
        not rule.not_complement or not _has_complement(verb, obj),
        not rule.xcomp_lemma or bool(xcomp_lemmas(verb) & rule.xcomp_lemma),
        not rule.not_xcomp_lemma or not ((xcomp_lemmas(verb) | purpose_lemmas(verb)) & rule.not_xcomp_lemma),
        not rule.not_xcomp_object or not (xcomp_objects(verb) & rule.not_xcomp_object),
        not rule.xcomp_object or bool(xcomp_objects(verb) & rule.xcomp_object),
        not rule.not_frame or not framing(verb, rule.not_frame),
        not rule.complement_lemma or bool(complement_lemmas(verb) & rule.complement_lemma),
        not rule.no_object or obj is None or obj.dep_ in PASSIVE_SUBJ_DEPS or _place_phrase(obj),
        not rule.complement_subject_actor or complement_subject_actor(verb, is_actor),
        not rule.own_commitment or own_commitment(verb),
        not rule.ultimatum or ultimatum(verb, lexicon),
        not rule.mandative or demands_act(verb, lexicon),
        not rule.not_counted_subject or not counted_subject(verb),
        not rule.not_describing or not describing_participle(verb),
        not rule.subject_actor or subject_actor(verb, is_actor, agent_of),
        not rule.person_subject or person_subject(verb, is_person),
        not rule.person_object or person_object(obj, is_person),
        not rule.not_score or not match_score(verb),
        not rule.not_number_object or content is None or not content.like_num,
        not rule.conj_subject or has_conj_subject(verb),
        # the loader lower-cases set fields; agent codes are upper-case (CVL)
        not rule.source_agent_in or (agent_of(verb) or "").lower() in rule.source_agent_in,
        not rule.not_source_agent_in or (agent_of(verb) or "").lower() not in rule.not_source_agent_in,
        not rule.not_passive or not is_passive(verb),
        # "Kunduz fell to the Taliban": a taker that names a body, not a person ("Ohio fell to Biden": a vote) nor a
        # country by name ("Japan fell to South Korea": a match)
        not rule.taker_source or any(is_actor(t) and not is_person(t) and t.ent_type_ != "GPE"
                                     for t in taker_tokens(verb)),
        not rule.subject or subject_lemma(verb) in rule.subject,
    )
    return all(checks)


COMPLEMENT_DEPS = {"oprd", "ccomp", "xcomp", "acomp", "attr"}


SECOND_OBJECT_DEPS = {"dobj", "obj", "npadvmod", "appos", "dep", "oprd", "attr", "acomp", "amod"}


QUOTES = {"'", '"', "‘", "’", "“", "”", "`", "``", "''"}  # noqa: RUF001 (typographic quotes are meant)


def _has_complement(verb: Token, obj: Token | None) -> bool:
    """'calling it a step backwards', 'called Putin a war criminal', "calling it 'a step'": the verb names
    its object (an object complement, a second object, or a quotation after the object), it does not phone it."""
    if has_child(verb, COMPLEMENT_DEPS):
        return True
    if obj is None:
        return False
    if any(c.dep_ in SECOND_OBJECT_DEPS and c.i > obj.i for c in verb.children if c.i != obj.i):
        return True
    if any(c.dep_ in ("oprd", "amod", "acomp") and c.i > obj.i for c in obj.children):
        return True
    if any(c.dep_ in ("npadvmod", "dobj") and c.i > obj.i and _indefinite(c) for c in obj.children):
        return True  # "called the court's decision a disgrace", the label hung under the object
    after = obj.right_edge.i + 1
    return after < len(obj.doc) and obj.doc[after].text in QUOTES


def _indefinite(noun: Token) -> bool:
    """'a disgrace', 'an outrage': a noun with an indefinite article, which names; 'this morning' dates."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


# generic heads that rules also name as such: 'security measures' is read as 'security', but a rule for
# 'measure' ('eased emergency measures', 'lifted the measures') holds whatever modifies it
NAMED_GENERIC_HEADS = {"measure", "initiative"}  # "a peace initiative": proposed, accepted, rejected


# words that open a place phrase but that the parser can read as an adjective on a bare noun after the verb
PLACE_PREPOSITIONS = {"outside", "inside", "near", "opposite", "beside"}


def _place_phrase(obj: Token) -> bool:
    """'gathered outside parliament', 'rallied outside court': the parser reads a preposition before a bare noun as
    an adjective and the noun as the verb's object; it is where the act takes place, not what it acts on."""
    first = obj.doc[obj.left_edge.i]
    return first.lower_ in PLACE_PREPOSITIONS and first.dep_ == "amod" and first.head.i == obj.i


def _conjunct_named(obj: Token | None, lemmas: frozenset[str]) -> bool:
    """'fired water cannons and tear gas': a verb acts on each of its coordinated objects, so a later conjunct
    the rule names holds it too (asked only after no rule holds the first object alone)."""
    return obj is not None and any((content_object(c) or c).lemma_.lower() in lemmas for c in obj.conjuncts)


def _generic_named(obj: Token | None, lemmas: frozenset[str]) -> bool:
    """The object is a generic head that the rule names itself ('eased emergency measures')."""
    return obj is not None and obj.lemma_.lower() in NAMED_GENERIC_HEADS and obj.lemma_.lower() in lemmas


PRONOUN_OBJECTS = {"them", "it"}


def shared_object(verb: Token, obj: Token | None) -> Token | None:
    """'obtained the messages and released them': a pronoun object of a verb coordinated with an earlier one
    stands for that verb's object, so the second verb acts on messages, not on people; so does an elided count
    ('fishermen rescued 700 migrants, and the navy saved 200 more': 200 more migrants)."""
    if obj is None or verb.dep_ != "conj" or not (obj.lower_ in PRONOUN_OBJECTS or _more_count(obj)):
        return obj
    first = next((c for c in children_with(verb.head, OBJECT_DEPS) if c.pos_ in ("NOUN", "PROPN")), None)
    return first or obj


def _more_count(obj: Token) -> bool:
    """'200 more', 'dozens more': a count whose noun is left out, the one just named (the parser makes either word
    the head)."""
    if obj.lower_ == "more":
        return any(c.dep_ == "nummod" or c.lower_ in COUNT_WORDS for c in obj.children)
    counted = obj.like_num or obj.pos_ == "NUM" or obj.lower_ in COUNT_WORDS
    return counted and any(c.lower_ == "more" for c in obj.children)


COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores"})


def phrasal(verb: Token) -> str:
    """'called off' -> 'call off': the verb lemma with its particle, '' when it has none."""
    particle = next((c.lower_ for c in children_with(verb, ("prt", "compound:prt"))), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else ""
