"""What an object pronoun stands for: 'voted to lift it' (the curfew named before), 'a plan ..., which they
rejected' (the plan). A trigger's sense rules ('lift' needs a restriction noun) and the doer of a judged act
read the noun, not the pronoun.

Conservative by design: only 'it' and the relative 'which'/'that' as a verb's object; 'it' takes the nearest
subject or object noun before it, in its own sentence (never its own clause's subject) or else the previous
one, skipping nouns that name actors (those are resolved as actors elsewhere, ``coding.actors``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.doc_words import children_with, has_child

OBJECT_DEPS = {"dobj", "obj", "nsubjpass"}
ANTECEDENT_DEPS = {"nsubj", "nsubjpass", "dobj", "obj"}
RELATIVE_WORDS = {"which", "that"}
RELATIVE_TAGS = {"WDT", "WP"}
# "made it clear that", "found it hard to": 'it' looks ahead to a complement, it names nothing before
COMPLEMENT_DEPS = {"oprd", "ccomp", "xcomp", "acomp"}


def _never(_token: Token) -> bool:
    return False


def object_antecedents(obj: Token | None, is_actor: Callable[[Token], bool] = _never) -> list[Token]:
    """The nouns an object pronoun may stand for, most likely first; [] when ``obj`` is no such pronoun."""
    if obj is None or obj.dep_ not in OBJECT_DEPS:
        return []
    if obj.lower_ in RELATIVE_WORDS and obj.tag_ in RELATIVE_TAGS:
        return relative_antecedents(obj)
    if obj.lower_ == "it" and obj.tag_ == "PRP" and not _looks_ahead(obj):
        found = _nearest(obj, is_actor)
        return [found] if found is not None else []
    return []


def relative_antecedents(pronoun: Token) -> list[Token]:
    """'the curfew, which the army lifted' -> curfew; 'a plan for the march, which they rejected' -> march, then
    plan (the parser hangs the clause on the nearest noun; the noun that the prepositional phrase modifies is as
    likely)."""
    clause = pronoun.head
    if clause.dep_ != "relcl":
        return []
    noun = _past_day(clause.head)
    if noun is None or not _common_noun(noun):
        return []
    out = [noun]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        out.append(noun.head.head)
    return out


def _past_day(head: Token) -> Token | None:
    """'proposed a plan on Monday, which Ukraine rejected': a clause hung on the day between stands for the
    object of the verb the day is attached to."""
    if head.ent_type_ not in ("DATE", "TIME"):
        return head
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return next(children_with(verb, ("dobj", "obj")), None)


def _common_noun(token: Token) -> bool:
    """A noun, or a common word the tagger took for a name ('a plan for the march'): no named entity."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)


def _looks_ahead(pronoun: Token) -> bool:
    verb = pronoun.head
    return any(c.dep_ in COMPLEMENT_DEPS and c.i > pronoun.i for c in verb.children) \
        or has_child(pronoun, COMPLEMENT_DEPS)


def _own_subjects(pronoun: Token) -> set[int]:
    """Subjects of the pronoun's clause and of the clauses above it ('the cabinet voted to lift it')."""
    out: set[int] = set()
    node = pronoun.head
    while True:
        out.update(c.i for c in children_with(node, ("nsubj", "nsubjpass")))
        if node.head.i == node.i:
            return out
        node = node.head


def _fits(token: Token, is_actor: Callable[[Token], bool]) -> bool:
    """A singular common noun that is a clause's subject or object and names no actor."""
    return token.dep_ in ANTECEDENT_DEPS and token.pos_ == "NOUN" and token.tag_ == "NN" \
        and token.ent_type_ != "PERSON" and not is_actor(token)


def _nearest(pronoun: Token, is_actor: Callable[[Token], bool]) -> Token | None:
    """The nearest fitting noun before the pronoun in its sentence, else in the previous sentence."""
    sent = pronoun.sent
    own = _own_subjects(pronoun)
    for token in reversed(sent[: pronoun.i - sent.start]):
        if token.i not in own and _fits(token, is_actor):
            return token
    if sent.start == 0:
        return None
    previous = pronoun.doc[sent.start - 1].sent
    return next((t for t in reversed(previous) if _fits(t, is_actor)), None)
