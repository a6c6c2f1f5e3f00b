"""The doer of a judged act: 'condemned the act of the NTC', 'attacked the proclamation ... by Trump',
'the court ruled against Conley's extension'. A judgement of an act is aimed at whoever did it, so when the
clause names the act rather than an actor, the target is the doer the act's own phrase names (a by-phrase, a
possessor, an of-complement of an agentive noun). Acts named with no doer are left to ``referenced_targets``
(the story's earlier event of that kind). Second choice only: asked when the clause's arguments name no target.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from seismo.coding.actors import DocumentContext, because
from seismo.coding.antecedents import object_antecedents
from seismo.coding.arguments import clause_agents, passive_clause
from seismo.coding.doc_words import children_with
from seismo.coding.events import Trigger
from seismo.coding.lexicon import Lexicon, word_list, word_sets
from seismo.coding.merge import distinct_people, identified, same_actor
from seismo.coding.verb_roles import direct_object
from seismo.models import Actor

PRONOUN_OWNERS = {"its", "their", "his", "her", "our", "my", "your"}  # resolved elsewhere, never guessed here
PHRASE_DEPS = {"prep", "pobj", "amod", "compound", "det", "nummod", "appos", "conj", "cc"}  # inside the noun phrase
AGAINST_PREPS = ("against", "over", "about")


@dataclass(frozen=True)
class ActRules:
    act_nouns: frozenset[str]
    agent_of: frozenset[str]
    judging_types: frozenset[str]
    made_by: frozenset[str]
    decided_by_government: frozenset[str]
    offered: frozenset[str]


@word_list
def load_acts() -> ActRules:
    return ActRules(*word_sets("acts.yaml", (
        "act_nouns", "agent_of", "judging_types", "made_by", "decided_by_government", "offered"))[1])


def deciding_government(noun: Token, doer: Actor) -> Actor:
    """'criticised the decision' after 'US troops withdrew': a decision, order or policy its forces carried
    out was taken by the country's government; a strike or an attack stays the forces' own."""
    if doer.agent != "MIL" or not doer.country or noun.lemma_.lower() not in load_acts().decided_by_government:
        return doer
    return doer.model_copy(update={
        "name": f"({doer.country} government implied)", "agent": "GOV", "code": f"{doer.country}GOV",
        "reason": f"{doer.reason or doer.name}; a {noun.lemma_.lower()} its forces carried out is the government's"})


def made_by_agents(thing: Token, verb: Token | None = None) -> list[tuple[Token, str]]:
    """'a lawsuit filed by Texas', 'the sanctions imposed by the US': the by-agent of a participle or relative
    clause of making (``acts.yaml`` ``made_by``) on a thing made it, with the evidence; ``verb``'s own clause
    never counts. One reading for both the doer of a judged act and the owner of an act's object: 'the
    decision welcomed by Uganda' was not Uganda's, welcoming makes nothing."""
    return [(agent, f"'{thing.text} {clause.text} by {agent.text}'")
            for clause, agent in clause_agents(thing, load_acts().made_by, skip=verb)]


def judged_acts(trigger: Trigger) -> list[Token]:
    """The acts a verbal judgement may be about: its object (a passive's subject: 'the operation was condemned'),
    else the noun after against/over/about ('ruled against the extension'), else the subject of its that-clause
    ('ruled that the ban was unconstitutional'); for a pronoun object ('a plan ...,
    which they rejected'), the nouns it may stand for."""
    if trigger.noun:
        return []
    obj = direct_object(trigger.verb)
    if obj is None:
        obj = next((g for c in children_with(trigger.verb, ("prep",)) if c.lower_ in AGAINST_PREPS
                    for g in children_with(c, ("pobj",))), None)
    if obj is None:  # "ruled that the government's ban was unconstitutional": what the ruling is about
        obj = next((g for c in children_with(trigger.verb, ("ccomp",))
                    for g in children_with(c, ("nsubj", "nsubjpass"))), None)
    if obj is not None and obj.pos_ == "PRON":
        return object_antecedents(obj)
    return [obj] if obj is not None and obj.pos_ == "NOUN" else []


def _is_act(token: Token, lexicon: Lexicon, rules: ActRules) -> bool:
    lemma = token.lemma_.lower()
    return lemma in rules.act_nouns or token.lower_ in rules.act_nouns or lemma in lexicon.nouns \
        or lemma in lexicon.reference_nouns


def _in_phrase(token: Token, act: Token) -> bool:
    """Whether a token hangs from the act's noun phrase or from a complement of the clause that continues it
    ('the proclamation of the Heights as Israeli territory by the President'), without crossing a clause."""
    node = token
    while node.i != node.head.i:
        if node.head.i == act.i:
            return True
        if node.dep_ not in PHRASE_DEPS:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i != act.head.i:
            return False
    return False


def _doer_tokens(act: Token, rules: ActRules, judge: Token) -> list[tuple[Token, str]]:
    """The tokens naming the act's doer, with the evidence: by-phrase, possessor, a noun compounded right before it
    ('a government ban'), agentive of-complement."""
    found: list[tuple[Token, str]] = []
    clause = act.head if act.dep_ in ("dobj", "obj", "nsubjpass") else act.head.head
    for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.i > act.i):
        # the parser also hangs the act's by-phrase on an active verb ('denounced the annexation ... by X')
        on_verb = prep.head.i == clause.i and clause.pos_ in ("VERB", "AUX") and not passive_clause(clause)
        if prep.head.i == act.i or on_verb or _in_phrase(prep, act) \
                or (prep.head.i != clause.i and _in_phrase(prep.head, clause)):
            found.extend((g, f"'{act.text} ... by {g.text}'") for g in children_with(prep, ("pobj",)))
    found.extend((c, f"'{c.text}'s {act.text}'") for c in children_with(act, ("poss",))
                 if c.lower_ not in PRONOUN_OWNERS)
    # "a government ban on face masks"
    found.extend((c, f"'a {c.text} {act.text}'") for c in children_with(act, ("compound",))
                 if c.pos_ in ("NOUN", "PROPN") and c.i == act.i - 1)
    if act.lemma_.lower() in rules.agent_of or act.lower_ in rules.agent_of:
        found.extend((g, f"'the {act.text} of {g.text}'") for c in children_with(act, ("prep",)) if c.lower_ == "of"
                     for g in children_with(c, ("pobj",)))
    found.extend(made_by_agents(act, judge))
    if act.dep_ in ("dobj", "obj") and act.head.lemma_.lower() in rules.made_by and act.head.i != judge.i:
        # 'the Front had sent the police a plan ..., which they rejected': who sent the plan made it
        found.extend((s, f"'{s.text} {act.head.text} ... {act.text}'") for s in children_with(act.head, ("nsubj",)))
    return found


def act_doers(trigger: Trigger, sources: list[Actor], lexicon: Lexicon, ctx: DocumentContext,
              on: dt.date | None) -> list[Actor]:
    """The doer of the act a judgement or a court's ruling is about, when the act's phrase names one; never the
    judge itself."""
    rules = load_acts()
    court = any(s.agent == "JUD" for s in sources)
    if trigger.type not in rules.judging_types and not court:
        return []
    for act in (a for a in judged_acts(trigger) if _is_act(a, lexicon, rules)):
        for token, evidence in _doer_tokens(act, rules, trigger.verb):
            actors = [a for a in ctx.resolve_all(token, on) if identified(a) and (a.country or a.igo)
                      and not any(_the_judge(token, a, s) for s in sources)]
            if actors:
                return [because(a, f"{a.reason or a.name}; the doer of the judged act: {evidence}") for a in actors]
    return []


def _the_judge(token: Token, doer: Actor, judge: Actor) -> bool:
    """Whether the act's doer is the judge itself ('the court reversed its own ruling'). A doer named by another
    proper name is someone else even with the judge's code: 'the Supreme Court ruled against Conley's extension'
    after 'William Conley, a United States District judge' is one court against another (USAJUD, USAJUD)."""
    if not same_actor(doer, judge) or distinct_people(doer, judge):
        return False
    names = (doer.name or "").lower(), (judge.name or "").lower()
    return token.pos_ != "PROPN" or not all(names) or names[0] in names[1] or names[1] in names[0]
