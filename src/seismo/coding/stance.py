"""Stance: how an actor stands toward its own act that the text does not assert, and warnings that only predict.

"will support" commits, "will not accept" refuses, "must return" obliges; "warned that Russia could invade"
foretells, it threatens nothing. Read from the same clause cues as modality (``modality``), after it: an event
whose modality is not asserted may still be a commitment (``stance_events``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.complements import trip_not_plan
from seismo.coding.directives import asked_for
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.lexicon import Lexicon
from seismo.coding.modality import (
    CLAUSE_LINKS,
    NOTHING_OBJECTS,
    SUBJECT_DEPS,
    names_nobody,
    negating,
    own_polarity,
    past_finite,
    polar_question,
    shares_head_cues,
)
from seismo.coding.reporting import is_reporting

SUBJECT_CLAUSES = {"csubj", "csubjpass"}


def only_predicts(verb: Token, lexicon: Lexicon, own_side: Callable[[Token], bool]) -> bool:
    """'The US warned that Russia could invade', 'WHO warned that the outbreak will spread': a warning whose
    that-clause foretells what may happen is a prediction, not a verbal act. It is a threat when the warner
    announces its own act ('warned that it would retaliate': ``own_side`` says whether the clause's subject
    is the warner's side) or consequences for someone ('warned that the US would pay a heavy price')."""
    if verb.lemma_.lower() not in lexicon.cue("prediction_verbs"):
        return False
    clauses = [c for c in children_with(verb, ("ccomp",)) if c.pos_ in ("VERB", "AUX")]
    return bool(clauses) and all(_foretells(c, lexicon, own_side) for c in clauses)


def _foretells(clause: Token, lexicon: Lexicon, own_side: Callable[[Token], bool]) -> bool:
    """Whether a warning's that-clause only foretells or tells (True), rather than announcing the warner's act.
    A clause in the past ('warned that thousands were trapped', 'warned that the truce had collapsed') raises an
    alarm about what is so: no threat, whoever its subject is."""
    if past_finite(clause):
        return True
    if any(g.dep_ == "aux" and g.lower_ in lexicon.cue("possibility_modals") for g in clause.children):
        return True
    if clause.lemma_.lower() in lexicon.cue("threat_consequences"):
        return False
    subj = next((g for g in children_with(clause, SUBJECT_DEPS)), None)
    return subj is None or not own_side(subj)


def _walk(clause_head: Token, lexicon: Lexicon):
    """(governor, link) pairs from a clause head up to, not through, the first reporting verb."""
    token = clause_head
    while token.head.i != token.i and not is_reporting(token.head, lexicon) and token.dep_ in CLAUSE_LINKS:
        if token.dep_ == "relcl" and token.head.dep_ in SUBJECT_DEPS:
            return
        yield token.head, token
        token = token.head


def _modal_perfect(verb: Token, lexicon: Lexicon) -> bool:
    """'may have captured', 'could have attacked', 'should have withdrawn': a modal before a perfect speaks of the
    past (a guess, a regret), never of an act the actor commits to or is asked to do."""
    auxes = [c for c in children_with(verb, ("aux",))]
    return any(c.lemma_.lower() == "have" for c in auxes) and any(
        c.lower_ in lexicon.cue("commit_modals") or c.lower_ in lexicon.cue("obligation_modals") for c in auxes)


def _scheduled(head: Token, link: Token, lexicon: Lexicon) -> bool:
    """'The two sides are to hold talks', 'Biden is scheduled to meet Xi', 'is due to sign': an act the actor has
    set for itself (PLOVER AGREE: "references to future meetings ... should be coded as AGREE"), told by a copula
    or a scheduling word before the to-infinitive. Not 'the aim is to destroy Hamas': the copula's subject is a
    purpose noun (``purpose_nouns``), not the one who acts."""
    if link.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in link.children):
        return False
    lemma = head.lemma_.lower()
    if lemma in lexicon.cue("schedule_heads"):
        return True
    if lemma not in lexicon.cue("future_copulas"):
        return False
    subject = next(children_with(head, SUBJECT_DEPS), None)
    return subject is not None and subject.lemma_.lower() not in lexicon.cue("purpose_nouns") \
        and subject.pos_ in ("NOUN", "PROPN", "PRON")


def stance_of(trigger_word: Token, clause_head: Token, lexicon: Lexicon) -> str | None:
    """How an actor stands toward its own act that the text does not assert.

    ``commit`` ("will support", "is ready to send"), ``scheduled`` ("are to hold talks", "is due to visit": a
    plan told without a promise, an AGREE only for the acts PLOVER names), ``possible`` ("could suspend", "may
    meet": only a possibility modal, a threat when the act is hostile and no promise when it is friendly),
    ``refuse`` ("will not accept", and a plain negated acceptance: "does not recognise the ruling"), ``oblige``
    ("must return": someone else wants it done), or None (conditional, feared, requested or attempted acts, and
    asserted ones).
    """
    commit = oblige = negated = scheduled = False
    possible = lexicon.cue("possibility_modals")
    promised = False  # a commit cue that is more than a possibility: "will", "is ready to", "vowed to"
    nodes = [clause_head] + ([trigger_word] if trigger_word.i != clause_head.i else [])
    if _modal_perfect(clause_head, lexicon) or polar_question(clause_head):
        return None  # "may have captured", "should have withdrawn": a guess or a regret; "Will X send troops?"
    if any(names_nobody(node, lexicon) for node in nodes):
        return None  # "neither Kenya nor Uganda will send troops": nobody commits
    for node in nodes:
        for child in node.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and low in ("no", "never")) \
                or (child.dep_ == "dobj" and low in NOTHING_OBJECTS):  # "have conceded nothing"
                negated = True
            elif child.dep_ == "aux" and low in lexicon.cue("obligation_modals"):
                oblige = True
            elif child.dep_ == "aux" and low in lexicon.cue("commit_modals"):
                commit, promised = True, promised or low not in possible
            elif child.dep_ == "mark" and low in lexicon.cue("hypothetical_marks"):
                return None
    for head, link in _walk(clause_head, lexicon):
        if link.dep_ in SUBJECT_CLAUSES:
            return None  # "sending troops would start a war": an act weighed as a clause's subject, not promised
        if names_nobody(head, lexicon):
            return None  # "neither side has agreed to attend the talks": nobody committed
        if link.dep_ == "prep" and link.lower_ in lexicon.cue("opposed_links"):
            return None  # "warned against sending weapons": an act opposed, promised by no one
        if asked_for(head, link, lexicon):
            return None  # "would order its troops to withdraw": the troops commit to nothing (coding/directives.py)
        lemma = head.lemma_.lower()
        if link.dep_ != "conj":
            if lemma in lexicon.cue("commit_heads") and not trip_not_plan(head):
                commit = promised = True
            elif _scheduled(head, link, lexicon):
                scheduled = True
            elif lemma in lexicon.cue("denial_verbs") or negating(head, lexicon) \
                    or lemma in lexicon.cue("hypothetical_heads") or lemma in lexicon.cue("hypothetical_verbs"):
                return None
        if link.dep_ != "conj" or shares_head_cues(link):
            own_subject = has_child(link, SUBJECT_DEPS)
            for child in head.children:
                low = child.lower_
                if child.dep_ == "mark" and low in lexicon.cue("hypothetical_marks"):
                    return None
                if child.dep_ == "neg":
                    negated = negated or not own_polarity(link, head, lexicon)
                elif child.dep_ != "aux" or own_subject:
                    continue  # "the bill would allow people visiting Hong Kong": the bill's modal, not the visitors'
                elif low in lexicon.cue("obligation_modals"):
                    oblige = True
                elif low in lexicon.cue("commit_modals"):
                    commit, promised = True, promised or low not in possible
    if oblige and not negated:
        return "oblige"
    if commit:
        return "refuse" if negated else ("commit" if promised else "possible")
    if scheduled and not negated:
        return "scheduled"
    if negated and clause_head.lemma_.lower() in lexicon.cue("acceptance_verbs"):
        return "refuse"  # "does not accept the ruling", "did not recognise the result": a refusal stated
    return None
