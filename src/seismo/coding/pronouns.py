"""Which earlier mention a sentence-opening 'They' continues: the plural subject before it, not its last object.

'War maniacs of the South Korean military made a provocation to the DPRK. They fired 36 shells ...': the
nearest group named before 'They' is the DPRK, the object; a new sentence that opens on 'They' keeps talking
about the earlier subject (the centring preference of discourse), when that subject is a group noun
(plural, or collective: 'the army ... They'), not a singular name such as a country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from seismo.coding.doc_memo import sentence_of
from seismo.coding.doc_words import children_with, has_child

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
GROUP_TAGS = {"NN", "NNS", "NNPS"}  # common nouns and plural names; a singular name (a country) is 'it'
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
LOCATIVE_PREPS = {"in", "near", "at", "outside", "around", "inside"}  # "farmers in Omdurman": where they are
NOUN_CLAUSE_DEPS = {"relcl", "acl"}  # a clause that describes a noun: "an order that the government stop"
PHRASE_DEPS = {"pobj", "prep", "compound", "amod", "poss"}  # "maniacs of the military": inside the subject


def opens_sentence(token: Token) -> bool:
    """The first word of a sentence, also of one the parser joined to the next ('... afternoon. They fired')."""
    before = [t for t in token.doc[max(token.i - 2, 0):token.i] if not t.is_quote and not t.is_space]
    return token.i == sentence_of(token).start or not before or before[-1].text in (".", "!", "?")


def subject_head(token: Token) -> Token | None:
    """The subject noun whose phrase holds ``token`` (itself, or 'maniacs' for 'military' in 'maniacs of the
    military'), None when the token is in no subject."""
    current = token
    for _ in range(4):
        if current.dep_ in SUBJECT_DEPS:
            return current
        if current.dep_ not in PHRASE_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def continued_subject(token: Token, mentions: Sequence[Any], window: int) -> Any:
    """The actor of the latest group-noun subject of an earlier sentence, when ``token`` ('They') is the subject
    that opens a sentence; None otherwise (the caller falls back on the latest group named)."""
    if token.dep_ not in SUBJECT_DEPS or not opens_sentence(token):
        return None
    found = []
    for mention in reversed(mentions):
        if mention.person or not token.i - window <= mention.token_i < token.i:
            continue
        head = subject_head(token.doc[mention.token_i])
        if head is not None and head.tag_ in GROUP_TAGS and head.i < token.i:
            found.append((mention, head))
    if not found:
        return None
    # in the latest sentence that has one, the subject the sentence is about: "Protesters' demands include an order
    # that the government stop ... They had asked": not the subject of a clause that describes a noun (a relative or
    # content clause), and "Farmers in Nairobi marched ... They": not a place inside the subject
    first = sentence_of(found[0][1]).start
    latest = [(m, h) for m, h in found if sentence_of(h).start == first]
    doc = token.doc
    best = min(latest, key=lambda mh: (mh[1].head.dep_ in NOUN_CLAUSE_DEPS, _place_in_phrase(doc[mh[0].token_i])))
    return best[0].actor


def _place_in_phrase(token: Token) -> bool:
    """'Farmers in Nairobi': a place in a prepositional phrase of the subject (a place name, or any word after a
    locative preposition, which the tagger may not read as a place) says where, not who."""
    return token.dep_ == "pobj" and (token.ent_type_ in PLACE_ENTITIES or token.head.lower_ in LOCATIVE_PREPS)


SUBORDINATE_DEPS = {"advcl", "conj"}  # "X did A when they did B", "X did A and they did B"
CONTENT_DEPS = {"ccomp"}  # "X declared on state television that they had seized power"
ADDRESSEE_DEPS = {"dobj", "dative", "iobj"}  # "police told protesters that they must leave": 'they' may be them


def main_clause_subject(token: Token, mentions: Sequence[Any]) -> Any:
    """'The State Department described him as an emerging figure in al-Qaeda when they offered a reward': a
    'they' subject of a clause hung on another verb continues that verb's subject (a group, or an organisation's
    name), not the last group named before it (al-Qaeda, inside the object). So does the 'they' of a content
    clause whose verb names no addressee ('soldiers declared on state television that they had seized power':
    the soldiers, not the channel), also when that verb shares its subject with an earlier one ('detained the
    president and later declared that they ...'). Only an active 'they' (the doer of its clause); a passive one
    ('when they were attacked') is left to the latest group. So does the 'they' of a relative clause on the verb's
    object ('the rebels freed the soldiers whom they had abducted': the rebels, ``_described_object_verb``). None
    when there is no such subject."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.head.i == verb.i:  # the doer only
        return None
    owner = _described_object_verb(verb)
    if owner is None:
        owner = verb.head
        content = verb.dep_ in CONTENT_DEPS and not has_child(owner, ADDRESSEE_DEPS)
        if verb.dep_ not in SUBORDINATE_DEPS and not content:
            return None
    else:
        content = False
    subject = _subject_of(owner, token.i, shared=content)
    if subject is None or subject.pos_ == "PRON" or verb.head.i in {t.i for t in subject.subtree}:
        return None
    phrase = {t.i for t in subject.subtree}
    for mention in reversed(mentions):  # a group noun, or a body with a sector; a country alone is 'it'
        if mention.token_i in phrase and not mention.person and (subject.tag_ in GROUP_TAGS or mention.actor.agent):
            return mention.actor
    return None


OBJECT_NOUN_DEPS = {"dobj", "dative", "pobj"}


def _described_object_verb(clause: Token) -> Token | None:
    """'The rebels freed the soldiers whom they had abducted': a relative clause with a subject of its own on the
    main verb's object (or on the object of its preposition) tells what the main clause's doer did to that
    noun; the verb, or None for another clause. The noun is the clause's object, never its 'they'."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.dep_ not in OBJECT_NOUN_DEPS:
        return None
    owner = noun.head.head if noun.dep_ == "pobj" else noun.head
    return owner if owner.pos_ in ("VERB", "AUX") else None


def reporter_it(token: Token, mentions: Sequence[Any]) -> Any:
    """'Pakistan shelled Indian villages and said it shot down five jets': an 'it' subject of the content clause of
    a verb ('said it', 'claimed it') is that verb's own subject, also one the verb shares through 'and'; not the
    last body named before it (the villages, an object of the first verb). None when the verb tells someone
    ('told Iran it must stop'), or its subject is a person or a pronoun (the caller's usual reading holds)."""
    if token.lower_ != "it" or token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "ccomp":
        return None
    verb = token.head.head
    if has_child(verb, ("dobj", "dative")):
        return None
    subject = _subject_of(verb, token.i, shared=True)
    if subject is None or subject.pos_ == "PRON":
        return None
    phrase = {t.i for t in subject.subtree}
    for mention in reversed(mentions):
        if mention.token_i in phrase and not mention.person:
            return mention.actor
    return None


def _subject_of(verb: Token, before: int, shared: bool) -> Token | None:
    """The subject of ``verb`` before word ``before``; with ``shared``, a verb with none that is the conjunct of
    another takes that one's ('detained X and later declared': the detainers declared)."""
    for _ in range(3):
        subject = next((c for c in children_with(verb, SUBJECT_DEPS) if c.i < before), None)
        if subject is not None or not shared or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


SUBJECT_PERSON_PRONOUNS = {"he", "she"}
# "arrested X after he led a protest", "... and he was freed"; not reported speech ("saying he must resign"),
# where 'he' may be anyone the speaker has in mind
CLAUSE_DEPS = {"advcl", "conj"}


def clause_person(token: Token, mentions: Sequence[Any]) -> Any:
    """'Police arrested Raila Odinga on Monday after he led a protest': a 'he'/'she' subject of a clause hung on
    another verb is the person its sentence named before it, when the sentence names no person as a subject
    before it (then the usual reading holds: 'Ruto sacked the minister after he ...' is Ruto's). The latest such
    person in the sentence; None when there is none (the caller falls back on the last person subject)."""
    if token.lower_ not in SUBJECT_PERSON_PRONOUNS or token.dep_ not in SUBJECT_DEPS:
        return None
    if token.head.dep_ not in CLAUSE_DEPS or token.head.head.i == token.head.i:
        return None
    start = sentence_of(token).start
    named = [m for m in mentions if start <= m.token_i < token.i and m.person]
    if not named or any(m.is_subject for m in named):
        return None
    return named[-1].actor


def continued_person(token: Token, mentions: Sequence[Any]) -> Any:
    """'General Omar Faruk said that Hasina was safe. He promised ...': a 'he'/'she' that opens a sentence as its
    subject continues the person the sentence before is about, the subject of its main clause, named or titled, known
    to the knowledge base or not; not a person named as the subject of a clause inside it. None when that sentence
    has no person as its main subject (the caller falls back on the last person subject)."""
    if token.lower_ not in SUBJECT_PERSON_PRONOUNS or token.dep_ not in SUBJECT_DEPS or not opens_sentence(token) \
            or sentence_of(token).start == 0:
        return None
    previous = sentence_of(token.doc[sentence_of(token).start - 1])
    before = token.doc[previous.start : previous.end]
    for mention in reversed(mentions):
        if not before.start <= mention.token_i < before.end or not mention.person or not mention.is_subject:
            continue
        head = subject_head(token.doc[mention.token_i])
        if head is not None and head.head.i == before.root.i and head.dep_ == "nsubj":
            return mention.actor
    return None
