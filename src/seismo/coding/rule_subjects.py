"""The subject conditions of a verb rule (``dictionaries/events.yaml``): a head count of voters, the subject's
lemma, a coordinated subject, a subject that itself names an actor, a person as subject or object; and a match
score in the clause."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.doc_words import children_with, has_child
from seismo.coding.group_nouns import group_nouns
from seismo.coding.verb_roles import content_object
from seismo.coding.word_tables import argument_words


def counted_subject(verb: Token) -> bool:
    """'with 231 Democrats supporting the resolution', 'two Democrats opposed': a head count of voters is a
    tally of a vote, and votes are no events (docs/annotation.md, Elections)."""
    subjects = [c for c in children_with(verb, ("nsubj", "nsubjpass"))]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subjects.append(verb.head)
    # "One of these groups, the Syrian Democratic Forces, opposed": a count that a name renames is one actor
    return any((s.like_num or any(c.dep_ == "nummod" and c.like_num for c in s.children) or _misattached_count(s))
               and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in s.children) for s in subjects)


def _misattached_count(subject: Token) -> bool:
    """'Forty Kenyan deputies voted against it': the parser hangs the count on the nationality word
    (compound of 'Kenyan'); a year there ('2019 Kenyan elections') counts no one."""
    return any(c.dep_ in ("nummod", "compound") and c.like_num and not (c.is_digit and len(c.text) == 4)
               for m in children_with(subject, ("amod", "compound")) if m.i < subject.i for c in m.children)


PERSON_PRONOUNS = {"he", "she"}


def person_subject(verb: Token, known: Callable[[Token], bool]) -> bool:
    """'Trump attacked the Democrats', 'she attacked the press': the subject is a person (a name ``known`` says is
    one; he or she), whose attacks without a weapon are words; a country, a force or 'gunmen' is none."""
    clause = verb.head if verb.dep_ == "conj" and not has_child(verb, ("nsubj",)) else verb
    return any(c.dep_ == "nsubj" and _is_person(c, known) for c in clause.children)


def person_object(obj: Token | None, known: Callable[[Token], bool]) -> bool:
    """'Erdogan attacked Macron': the object is a person by name (its first conjunct)."""
    return obj is not None and _is_person(obj, known)


def _is_person(token: Token, known: Callable[[Token], bool]) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS
    return token.pos_ in ("PROPN", "NOUN") and known(token)  # "Trump" is sometimes tagged a common noun


SCORE_DASHES = {"-", "–", "—"}  # noqa: RUF001 (the en and em dashes are meant)


def match_score(verb: Token) -> bool:
    """'Brazil beat Argentina 2-1', 'beat the Lions 24-10': a score of two small numbers joined by a dash in the
    verb's clause is a match's result, not violence (not '2019-2020', not '25-30 people')."""
    doc = verb.doc
    for token in verb.subtree:
        k = token.i
        if k + 2 < len(doc) and token.like_num and doc[k + 1].text in SCORE_DASHES and doc[k + 2].like_num \
                and token.text.isdigit() and doc[k + 2].text.isdigit() and int(token.text) < 100 \
                and int(doc[k + 2].text) < 100 and verb.i in (token.head.i, doc[k + 2].head.i):
            return True
    return False


RELATIVE_PRONOUNS = {"who", "that", "which"}


def subject_lemma(verb: Token) -> str | None:
    """'thousands of protesters gathered': the subject's lemma, through a head count to what is counted, and
    through a relative pronoun to the noun it stands for ('the protesters, who have filled the streets'); a
    carrier through to its load ('an aid convoy', 'an army convoy')."""
    clause = verb.head if verb.dep_ == "conj" else verb  # "gathered and marched": the first verb's subject
    subj = next(children_with(clause, ("nsubj",)), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        subj = clause.head
    if subj is not None and (subj.like_num or subj.lemma_.lower() in group_nouns().count_heads):
        subj = next((g for c in children_with(subj, ("prep",)) if c.lower_ == "of"
                     for g in children_with(c, ("pobj",))), subj)
    if subj is not None and subj.lemma_.lower() in argument_words().carrier_heads:
        subj = content_object(subj)  # "a UN aid convoy entered Darfur": aid moving in, no troops
    return subj.lemma_.lower() if subj is not None else None


def subject_actor(verb: Token, is_actor: Callable[[Token], bool], agent_of: Callable[[Token], str | None]) -> bool:
    """'Iraq declined', 'the Kenyan opposition backed down': the subject itself names an actor. A common noun
    read only through its modifier ('Russian imports declined', "Kenya's economy declined": a country and no
    sector) names none, nor a name read as a person whom the knowledge base does not know ('Turnout declined':
    no sector either). A verb coordinated without a subject of its own reads its first verb's."""
    if has_child(verb, ("nsubjpass", "auxpass")):
        return True  # "troops were pulled back": a passive's subject is acted on; the rule's other conditions decide
    own = [c for c in children_with(verb, ("nsubj",))]
    subjects = own or ([c for c in children_with(verb.head, ("nsubj",))] if verb.dep_ == "conj" else [])
    named = agent_of(verb) is not None
    return any(is_actor(s) and (named or s.pos_ == "PRON" or (s.pos_ == "PROPN" and s.ent_type_ != "PERSON"))
               for s in subjects)


def has_conj_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
               for c in verb.children)


def describing_participle(verb: Token) -> bool:
    """'troops loyal to Kiir and forces backing Machar', 'militias supporting the government': a present participle
    on a noun, with no subject of its own, tells whose side the noun is on, a standing allegiance, not an act done
    when the clause happens."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") \
        and not has_child(verb, ("nsubj", "aux"))
