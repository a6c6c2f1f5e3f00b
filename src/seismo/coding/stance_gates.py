"""Whether a stance (a stated intention, refusal or obligation) was stated at all (issue 13).

A stance event ('Portugal will support Turkey': AGREE now) is the statement the actor makes about an act it does
not report as done. Two clause shapes name such an act without anyone stating it:

- the statement itself is negated or withheld: 'the party did not announce that it would back the bill',
  'the minister declined to say it would send troops' (nothing was announced, so nothing was promised);
- the act is the content of an embedded question: 'did not reveal whom it would support', 'asked which
  candidate it would endorse' (the question leaves open what the actor will do; 'whether' and 'if' are
  hypothetical marks that ``stance_of`` already reads);
- the one who tells it is a news outlet or an analyst ('NBC News reported that Warren would suspend her
  campaign', 'analysts said Denmark would send troops'): a report or a forecast, not the actor's statement.

``stance_of`` (modality.py) stops at the first reporting verb, so it sees neither; this gate looks there.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.arguments import subject_of
from seismo.coding.lexicon import Lexicon
from seismo.coding.modality import CLAUSE_LINKS, WH_TAGS
from seismo.coding.reporting import is_reporting
from seismo.models import Actor

COMPLEMENT_DEPS = {"ccomp", "xcomp", "csubj", "pcomp"}  # a clause that is what a verb says or asks
NEGATORS = {"not", "n't", "never", "no"}
COMMENTATORS = {"MED", "EDU"}  # outlets and analysts report and forecast; they state no one's intentions


def unstated(clause_head: Token, lexicon: Lexicon, resolve: Callable[[Token], Actor | None]) -> bool:
    """True when no statement of the act's stance is made: the reporting verb over the clause is negated or
    withheld ('did not announce that ...', 'declined to say ...'), the clause is an embedded question
    ('did not say whom it would support'), or an outlet or analyst tells it ('NBC News reported that ...')."""
    token = clause_head
    while token.head.i != token.i and token.dep_ in CLAUSE_LINKS:
        head = token.head
        if is_reporting(head, lexicon):
            return _embedded_question(token) or _withheld(head, lexicon) or _commentator(head, clause_head, resolve)
        token = head
    return False


def _commentator(verb: Token, clause_head: Token, resolve: Callable[[Token], Actor | None]) -> bool:
    """The reporting verb's subject is a news outlet or an analyst, not the actor of the clause itself."""
    subject = subject_of(verb)
    speaker = resolve(subject) if subject is not None else None
    if speaker is None or speaker.agent not in COMMENTATORS:
        return False
    own = subject_of(clause_head)
    actor = resolve(own) if own is not None else None
    return actor is None or actor.agent not in COMMENTATORS  # "the newspaper said it would appeal": its own act


def _embedded_question(clause: Token) -> bool:
    """'whom they would support', 'which candidate it would back': a wh-word opens a complement clause (not a
    relative clause, whose wh-word stands for a noun outside it)."""
    if clause.dep_ not in COMPLEMENT_DEPS:
        return False
    doc = clause.doc
    return any(
        t.tag_ in WH_TAGS and t.lower_ not in ("whether", "that") and t.head.i != t.i
        for t in doc[clause.left_edge.i : clause.i]
    )


def _withheld(verb: Token, lexicon: Lexicon) -> bool:
    """'did not announce', 'has never said', 'declined to say', 'refused to disclose': the reporting verb is negated
    or is the complement of a verb of not doing (``negating_verbs``)."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATORS) for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in lexicon.cue("negating_verbs")
