"""Directives: an act someone is ordered, told or asked to do is asked for, not done; an ultimatum threatens.

"The president ordered the army to withdraw", "the rebels were ordered to surrender", "an ultimatum to
surrender", "insisted that the troops leave": the withdrawal, the surrender and the leaving are what the
directive asks for (PLOVER REQUEST is the directive itself, coded on its own verb). "Kenya told Uganda to
withdraw or face sanctions" adds a consequence for not doing it: an ultimatum, PLOVER THREATEN (CAMEO 139),
read by the verb rule condition ``ultimatum``. The verb's own event is never changed here: these tests only
decide what the clause *below* a directive says (``modality``, ``stance``).
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.complements import tensed, to_infinitive
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.lexicon import Lexicon
from seismo.coding.reporting import is_reporting

ADDRESSEE_DEPS = ("dobj", "dative", "iobj")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def directed(head: Token, clause: Token, lexicon: Lexicon) -> bool:
    """'ordered the army to withdraw', 'the rebels were ordered to surrender', 'told Uganda to withdraw', 'an
    ultimatum to surrender': the to-infinitive of a directive verb (``directive_verbs``, active or passive) or of
    a directive noun (``directive_nouns``), or of a reporting verb with an addressee, names an act asked for.
    A reporting verb in the passive is a report ('troops were reported to have shelled'), not a directive."""
    if not to_infinitive(clause):
        return False
    lemma = head.lemma_.lower()
    if clause.dep_ == "acl":
        return head.pos_ == "NOUN" and lemma in lexicon.cue("directive_nouns")
    if clause.dep_ != "xcomp":
        return False
    if lemma in lexicon.cue("directive_verbs"):
        return True
    return is_reporting(head, lexicon) and has_child(head, ADDRESSEE_DEPS) \
        and not has_child(head, ("auxpass",))


def mandative(head: Token, clause: Token, lexicon: Lexicon) -> bool:
    """'demanded that Uganda withdraw', 'insisted that the troops leave', 'ordered that the prisoners be freed':
    a that-clause without tense (a bare verb with its own subject: the mandative subjunctive) under a verb of
    demanding (``mandative_verbs``) names an act asked for. A plural subject's bare verb looks like the present
    ('the troops leave'): read so only under a past-tense head, where a reported present would be 'left'."""
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in lexicon.cue("mandative_verbs"):
        return False
    if tensed(clause) or to_infinitive(clause) or not has_child(clause, SUBJECT_DEPS):
        return False
    return clause.tag_ != "VBP" or _past(head) or _singular_subject(clause)


def _singular_subject(clause: Token) -> bool:
    """'insists that Congress include funding': a bare verb after one third-person subject can only be the
    subjunctive ('Congress includes' would be the present)."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP") \
        and not any(c.dep_ == "conj" for c in subjects[0].children)


MUST_MODALS = frozenset({"must", "should"})


def demands_act(head: Token, lexicon: Lexicon) -> bool:
    """'insisted that the troops leave', 'insists that Congress include funding', 'insisted that Iran must halt
    enrichment': a that-clause of what must be done (mandative, or with must/should); 'insisted that he was
    innocent' and 'insist they are innocent' state a claim, no request."""
    return any(mandative(head, c, lexicon) or (c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in MUST_MODALS for a in c.children)) for c in head.children)


def _past(verb: Token) -> bool:
    """'insisted', 'had insisted', 'has demanded': the head speaks of the past."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                             for c in verb.children))


def asked_for(head: Token, clause: Token, lexicon: Lexicon) -> bool:
    """The clause under ``head`` names an act that a directive asks for (``directed`` or ``mandative``). An
    inquiry is the exception (``ordered_inquiries``): 'instructed the army to investigate the leak' opens the
    investigation, as 'ordered an investigation' does; news tells the order as the opening. So is a perception
    ('was encouraged to see Uganda withdraw': ``perception_verbs``): what is seen is told as done."""
    lemma = clause.lemma_.lower()
    if lemma in lexicon.cue("ordered_inquiries") or lemma in lexicon.cue("perception_verbs"):
        return False
    return directed(head, clause, lexicon) or mandative(head, clause, lexicon) or _requested(head, clause, lexicon)


def _requested(head: Token, clause: Token, lexicon: Lexicon) -> bool:
    """'resisted calls to resign', 'rejected demands to step down': the parser hangs the
    to-infinitive of a request noun (``request_nouns``) on the verb whose object the noun is; the act is asked
    for, not done."""
    if clause.dep_ not in ("advcl", "xcomp") or not to_infinitive(clause):
        return False
    return any(c.dep_ in ("dobj", "pobj", "nsubjpass") and c.i < clause.i and c.lemma_.lower() in lexicon.cue(
        "request_nouns") for c in [*head.children, *(g for p in children_with(head, ("prep",)) for g in p.children)])


def ultimatum(verb: Token, lexicon: Lexicon) -> bool:
    """'told Uganda to withdraw its troops or face sanctions', 'demanded that Uganda withdraw or risk military
    action', 'ordered Niger to reopen the border or else': the act asked for, coordinated by 'or' with a
    consequence for not doing it (``ultimatum_consequences``) or followed by 'or else', makes the directive an
    ultimatum: a threat (PLOVER THREATEN, CAMEO 139 'give ultimatum')."""
    return any(asked_for(verb, clause, lexicon) and (consequence(clause, lexicon) is not None or _or_else(clause))
               for clause in verb.children)


def offered_choice(clause: Token, lexicon: Lexicon) -> bool:
    """'(has until Friday) to withdraw its troops or face sanctions', '(gave Uganda a week) to leave or else': a
    to-infinitive set against a consequence for not doing it is the act of an ultimatum, whatever verb it hangs
    on; it is demanded, not done."""
    return to_infinitive(clause) and (consequence(clause, lexicon) is not None or _or_else(clause))


def consequence(clause: Token, lexicon: Lexicon) -> Token | None:
    """'(to withdraw its troops) or face sanctions' -> 'face': the consequence verb coordinated by 'or' with the act
    asked for; its object is what the ultimatum threatens (the THREATEN mode is read from it, ``modes``). The
    parser may read the bare verb as a noun joined to the last object ('from the border or face sanctions'):
    'or' right before a consequence word among the clause's own words counts too."""
    words = lexicon.cue("ultimatum_consequences")
    parsed = next((k for k in children_with(clause, ("conj",)) if k.lemma_.lower() in words
                   and any(c.dep_ == "cc" and c.lower_ == "or" and c.i < k.i for c in clause.children)), None)
    if parsed is not None:
        return parsed
    doc = clause.doc
    return next((doc[i + 1] for i in range(clause.i, min(clause.right_edge.i, len(doc) - 2) + 1)
                 if doc[i].lower_ == "or" and doc[i + 1].lower_ in words), None)


def _or_else(clause: Token) -> bool:
    """'or else' among the clause's own words, wherever the parser hangs the 'else'."""
    doc = clause.doc
    last = min(clause.right_edge.i, len(doc) - 2)
    return any(doc[i].lower_ == "or" and doc[i + 1].lower_ == "else" for i in range(clause.i, last + 1))
