"""A finite verb the parser took for a participle: 'A Moscow court jailed opposition activist Ilya Yashin'.

Before a bare title and a name ('jailed opposition candidate Andrei Sannikov', 'extradited opposition activist
Nguyen Van Minh') the small parser reads the verb as an adjective on the noun phrase after it (amod) and makes a
noun the root, so the sentence has no verb and the coder finds no act. When a sentence has no other verb, a past
form with a noun right before it and a bare noun right after it is the clause's verb: it becomes the root, the
noun phrase before it its subject, the one after it its object, and the phrases that followed the object hang on
the verb again. The rebuilt heads are checked to form one tree before any is set. A hyphenated verb the tagger does
not know ('Riot police baton-charged students') is read as an adjective too, with no past tag: its known past
forms count as well.

A possessor's noun before the verb is the subject even where the parser read it as an adjective on the object
('Myanmar's military seized power on Monday': 'military' JJ on 'power'), and a verb the parser joined to the
nominal root ('... power on Monday and detained Aung San Suu Kyi': conj of 'power') is no other verb of the
sentence: it joins the repaired verb, with its conjunction.

A participle phrase on the subject can hide the verb the same way: in "Thousands of protesters wearing masks
gathered outside the police headquarters" the parser reads 'gathered' as a reduced relative on 'masks' and
leaves 'Thousands' the root. A past form hung (acl) on the object of a present participle that describes the
root noun, in a sentence with no verb outside it, is the clause's verb and the root noun its subject
(``_lift_stacked_verb``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

NOMINAL = ("NOUN", "PROPN")
PAST_TAGS = ("VBD", "VBN")
KEPT_ON_OBJECT = ("of",)  # "jailed the leader of the party": the of-phrase stays on its noun
# Past forms of the hyphenated verbs kept whole by the tokenizer (``pipeline.WHOLE_WORDS``), which the tagger, not
# knowing them, reads as adjectives ("Riot police baton-charged students"): the verb's lemma by its form
HYPHENATED_PAST = {"baton-charged": "baton-charge", "lathi-charged": "lathi-charge", "test-fired": "test-fire",
                   "test-launched": "test-launch"}


@Language.component("seismo_participle_verbs", requires=["token.dep", "token.tag", "token.pos"],
                    assigns=["token.dep", "token.tag", "token.pos", "token.lemma"])
def fix_participle_verbs(doc: Doc) -> Doc:
    """Rebuild each verbless sentence whose verb was read as a participle adjective (module docstring)."""
    for sent in list(doc.sents):  # the boundaries before any head moves
        verb = _misread_verb(sent)
        if verb is None:
            _lift_stacked_verb(sent)
            continue
        heads = _rebuilt_heads(sent, verb)
        if heads is not None and _one_tree(sent, verb, heads):
            _apply(doc, verb, heads)
    return doc


def _misread_verb(sent: Span) -> Token | None:
    """The first past form read as an adjective between a noun and a bare noun, in a sentence with no verb."""
    if sent.root.pos_ not in NOMINAL or any(_other_verb(t, sent) for t in sent):
        return None
    for token in sent[1:-1]:
        before, after = token.doc[token.i - 1], token.doc[token.i + 1]
        past = (token.tag_ in PAST_TAGS and token.pos_ == "VERB") or token.lower_ in HYPHENATED_PAST
        if token.dep_ == "amod" and past \
                and (before.pos_ in NOMINAL or _possessed(before) is not None) and after.pos_ in NOMINAL:
            return token
    return None


def _other_verb(token: Token, sent: Span) -> bool:
    """A verb of the sentence other than a misread participle or one joined to the nominal root."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ == "amod":
        return False
    return not (token.dep_ == "conj" and token.head == sent.root and token.pos_ == "VERB")


def _possessed(token: Token) -> Token | None:
    """The possessor whose 's comes right before this noun or adjective ('Myanmar' in "Myanmar's military")."""
    marker = token.doc[token.i - 1] if token.i > 0 else None
    if token.pos_ in (*NOMINAL, "ADJ") and marker is not None and marker.tag_ == "POS" and marker.head.i < marker.i:
        return marker.head
    return None


def _tops(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The tokens of [start, end) whose head lies outside that span (or who are their own head)."""
    return [t for t in tokens if t.head.i == t.i or not start <= t.head.i < end]


def _rebuilt_heads(sent: Span, verb: Token) -> dict[int, tuple[int, str]] | None:
    """New (head, dep) by token index for the tokens that change: subject and object on the verb, the object's
    trailing phrases on the verb, a stranded preposition's object back under it ('on Friday')."""
    left = [t for t in sent if t.i < verb.i]
    right = [t for t in sent if t.i > verb.i]
    left_tops, right_tops = _tops(left, sent.start, verb.i), _tops(right, verb.i + 1, sent.end)
    obj = next((t for t in right_tops if t.pos_ in NOMINAL), None)
    before = verb.doc[verb.i - 1]
    possessor = _possessed(before)
    subject = before if possessor is not None else next((t for t in left_tops if t.pos_ in NOMINAL), None)
    if subject is None or obj is None:
        return None
    heads = {verb.i: (verb.i, "ROOT"), subject.i: (verb.i, "nsubj"), obj.i: (verb.i, "dobj")}
    if possessor is not None:
        heads[possessor.i] = (subject.i, "poss")  # "Myanmar's military": the possessor stays on its noun
    for token in left_tops + right_tops:
        if token.i in heads:
            continue
        stranded = token.doc[token.i - 1]
        if token.i - 1 > sent.start and stranded.dep_ == "prep" \
                and not any(c.dep_ == "pobj" and c.i not in heads for c in stranded.children):
            heads[token.i] = (stranded.i, "pobj")  # "A court in Minsk on Friday jailed": 'Friday' under 'on'
        else:
            dep = "punct" if token.pos_ == "PUNCT" else "dep" if token.dep_ == "ROOT" else token.dep_
            heads[token.i] = (verb.i, dep)
    for child in obj.children:
        if child.i > obj.i and child.dep_ == "prep" and child.lower_ not in KEPT_ON_OBJECT:
            heads[child.i] = (verb.i, "prep")  # "jailed X for five years on Friday": the verb's phrases
        elif child.i == sent.end - 1 and child.pos_ == "PUNCT":
            heads[child.i] = (verb.i, "punct")
    heads.update(_joined_verbs(sent, verb))
    return heads


def _joined_verbs(sent: Span, verb: Token) -> dict[int, tuple[int, str]]:
    """The verbs the parser joined to the nominal root after the repaired verb, and their conjunctions: they
    join the verb ('seized power and detained X')."""
    joined = [t for t in sent.root.children if t.i > verb.i and t.dep_ == "conj" and t.pos_ == "VERB"]
    if not joined:
        return {}
    moved = {t.i: (verb.i, "conj") for t in joined}
    for token in sent.root.children:
        if token.dep_ == "cc" and token.i > verb.i and any(token.i < t.i for t in joined):
            moved[token.i] = (verb.i, "cc")
    return moved


def _one_tree(sent: Span, verb: Token, heads: dict[int, tuple[int, str]]) -> bool:
    """Every token of the sentence reaches the verb through the new heads (the old ones elsewhere), no cycle."""
    def head_of(i: int) -> int:
        return heads[i][0] if i in heads else sent.doc[i].head.i

    for token in sent:
        i, steps = token.i, 0
        while i != verb.i and steps <= len(sent):
            nxt = head_of(i)
            if nxt == i:
                return False
            i, steps = nxt, steps + 1
        if i != verb.i:
            return False
    return True


def _apply(doc: Doc, verb: Token, heads: dict[int, tuple[int, str]]) -> None:
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    subject = next(doc[i] for i, (_, dep) in heads.items() if dep == "nsubj")
    if subject.pos_ == "ADJ":  # "Myanmar's military" read as an adjective is the noun it heads
        subject.pos_, subject.tag_ = "NOUN", "NN"
    if verb.lower_ in HYPHENATED_PAST:
        verb.pos_, verb.lemma_ = "VERB", HYPHENATED_PAST[verb.lower_]
    for i, (head, dep) in sorted(heads.items()):
        if i != verb.i:
            doc[i].head, doc[i].dep_ = doc[head], dep


def _lift_stacked_verb(sent: Span) -> None:
    """'Thousands of protesters wearing masks gathered outside ...': make the past form hung on the participle's
    object the root and the nominal root its subject (module docstring); a sentence with a verb elsewhere, or a
    past form with no phrase of its own ('protesters wearing masks made in China'), is left alone."""
    root = sent.root
    if root.pos_ not in NOMINAL:
        return
    verb = next((t for t in sent if t.dep_ == "acl" and t.pos_ == "VERB" and t.tag_ in PAST_TAGS
                 and t.head.dep_ == "dobj" and t.head.head.dep_ == "acl" and t.head.head.tag_ == "VBG"
                 and _on_root(t.head.head.head, root) and t.i > t.head.i), None)
    if verb is None or not any(c.dep_ in ("prep", "advmod", "npadvmod", "dobj") for c in verb.children):
        return
    inside = {t.i for t in verb.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" and t.i not in inside and t.dep_ != "acl" for t in sent):
        return
    doc = sent.doc
    ends = [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for child in ends:
        child.head = doc[verb.i]


def _on_root(noun: Token, root: Token) -> bool:
    """The root noun itself or its of-phrase's noun ('protesters' of 'Hundreds of protesters')."""
    return noun == root or (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == root)
