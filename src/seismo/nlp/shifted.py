"""A direct object shifted past an aside, which the parser took for an adverbial noun.

'The Supreme Court rejected, the day before the rally, a lawsuit filed by Texas': news often moves a long object
behind a comma-bracketed aside (a day, a place, 'in a statement'). The small parser then reads the object as a
bare adverbial noun of the verb (npadvmod), like 'the day' itself, and the verb is left with no object, so the coder
finds no one the act is aimed at. When an active verb has no object or clause of its own, and an adverbial noun of
it stands after a comma that closes an aside, is not itself a time word (no DATE/TIME entity: 'rejected, a day
later, ...' keeps 'later'), the noun is the verb's direct object. Relabelled in place.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# a verb that already has its object, clause or passive subject keeps its reading
OWN_ARGUMENTS = frozenset({"dobj", "obj", "ccomp", "xcomp", "nsubjpass", "auxpass", "dative", "attr", "oprd"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
ASIDE_DEPS = frozenset({"npadvmod", "prep", "advmod", "advcl"})  # 'the day before the rally', 'on Friday'


@Language.component("seismo_shifted_objects", requires=["token.dep", "token.tag", "token.pos", "token.ent_type"],
                    assigns=["token.dep"])
def fix_shifted_objects(doc: Doc) -> Doc:
    """Relabel as ``dobj`` the adverbial noun that is a verb's object shifted past an aside (module docstring)."""
    for token in doc:
        if token.dep_ == "npadvmod" and _shifted_object(token):
            token.dep_ = "dobj"
        elif token.pos_ == "VERB" and token.tag_.startswith("VB"):
            _reattach_aside_and_object(token)
    return doc


def _shifted_object(noun: Token) -> bool:
    """``noun`` is the object of its verb moved behind an aside: a common noun after the verb, right after a comma,
    an aside (another phrase of the verb) between the comma that follows the verb and that one, and the verb
    without an object, clause or passive subject of its own."""
    verb, doc = noun.head, noun.doc
    start = noun.left_edge.i
    if noun.pos_ != "NOUN" or noun.ent_type_ in TIME_ENTITIES or verb.pos_ != "VERB" \
            or not verb.tag_.startswith("VB") or start <= verb.i + 2:
        return False
    if doc[verb.i + 1].text != "," or doc[start - 1].text != ",":
        return False
    if any(c.dep_ in OWN_ARGUMENTS for c in verb.children):
        return False
    return any(verb.i + 1 < c.i < start - 1 and c.dep_ in ASIDE_DEPS for c in verb.children)


def _reattach_aside_and_object(verb: Token) -> None:
    """'..., which rejected, the day before the rally, a lawsuit filed by Texas': in a long sentence the parser may
    leave the verb without its object and hang the aside, the object or both on some word before the verb (the
    object an apposition of the subject, the aside a conjunct). When the verb is followed by a comma, an aside that
    names a time (a DATE/TIME entity: 'on Friday', 'the day before the rally') and a comma, then by a common noun's
    phrase that does not hold the verb, the aside is the verb's adverbial and the noun its object."""
    doc = verb.doc
    if verb.i + 3 >= len(doc) or doc[verb.i + 1].text != "," or any(c.dep_ in OWN_ARGUMENTS for c in verb.children):
        return
    close = next((t.i for t in doc[verb.i + 2:min(verb.i + 10, len(doc))] if t.text == ","), None)
    if close is None or close + 2 >= len(doc):
        return
    aside = doc[verb.i + 2:close]
    if not any(t.ent_type_ in TIME_ENTITIES for t in aside):
        return
    noun = next((t for t in doc[close + 1:min(close + 6, len(doc))] if t.left_edge.i == close + 1
                 and t.pos_ == "NOUN"), None)
    if noun is None or noun.ent_type_ in TIME_ENTITIES or _governs(noun, verb):
        return
    heads = [t for t in aside if not aside.start <= t.head.i < aside.end]  # the aside's phrase heads
    if any(_governs(t, verb) for t in heads):
        return
    for head in heads:
        if head.head.i != verb.i:
            head.head, head.dep_ = verb, "prep" if head.pos_ == "ADP" else "npadvmod"
    noun.head, noun.dep_ = verb, "dobj"
    doc[close].head = verb


def _governs(head: Token, token: Token) -> bool:
    """``token`` lies in ``head``'s phrase (re-hanging ``head`` under it would make a cycle)."""
    return head.i == token.i or head in token.ancestors
