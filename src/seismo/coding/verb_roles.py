"""Which token plays which role around a verb, where the parse and the grammar disagree.

Passives and stative participles ('X is opposed to Y' is X's stance), the object (also in a passive, a moved
object, a reduced passive the parser misreads), and the content of generic, partitive and carrier objects.
The trigger finder and the argument readers both ask these.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_memo import memo
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.lexicon import word_list, word_sets
from seismo.coding.word_tables import argument_words

OBJECT_DEPS = {"dobj", "obj"}
PASSIVE_SUBJ_DEPS = {"nsubjpass", "nsubj:pass"}


def is_passive(verb: Token) -> bool:
    """A passive clause with its auxiliary or passive subject (not a stative participle); kept per verb in the
    document's memo, as ``direct_object``."""
    found: dict[int, bool] = memo(verb.doc, "is_passive", dict)
    if verb.i not in found:
        found[verb.i] = any(True for _ in children_with(verb, (*PASSIVE_SUBJ_DEPS, "auxpass"))) \
            and not stative_participle(verb)
    return found[verb.i]


@word_list
def _stative_participles() -> dict[str, frozenset[str]]:
    data, _ = word_sets("events.yaml", ())
    return {str(w).lower(): frozenset(p) for w, p in (data.get("stative_participles") or {}).items()}


def stative_participle(verb: Token) -> bool:
    """'Israel is opposed to the plan': a participle naming the subject's stance, not a passive (with no by-agent
    and its own preposition or infinitive; ``stative_participles`` in events.yaml)."""
    preps = _stative_participles().get(verb.lower_)
    if preps is None or verb.tag_ != "VBN" or has_child(verb, ("agent",)):
        return False
    return any((c.dep_ == "prep" and c.lower_ in preps) or c.dep_ == "xcomp" for c in verb.children)


def stative_subject(verb: Token) -> Token | None:
    if not stative_participle(verb):
        return None
    own = next(children_with(verb, PASSIVE_SUBJ_DEPS), None)
    if own is not None:
        return own
    aux = next(children_with(verb, ("auxpass",)), None)  # the parser may hang it on the auxiliary
    return next(children_with(aux, ("nsubj",)), None) if aux is not None else None


def direct_object(verb: Token) -> Token | None:
    """The verb's object; in a passive clause the grammatical subject plays that role. A reading of the parse
    alone, kept per verb in the document's memo (``coding.doc_memo``): triggers, arguments, modality and
    judgements all ask it of the same verbs."""
    doc = verb.doc
    found: dict[int, int | None] = memo(doc, "direct_object", dict)
    if verb.i not in found:
        obj = _direct_object(verb)
        found[verb.i] = obj.i if obj is not None else None
    i = found[verb.i]
    return doc[i] if i is not None else None


def _direct_object(verb: Token) -> Token | None:
    child = next(children_with(verb, OBJECT_DEPS), None)
    if child is not None:
        return child
    if (given := _lone_dative(verb)) is not None:
        return given
    if time_as_subject(verb):
        return verb.head.head
    if stative_participle(verb):  # "opposed to French mediation": what is opposed, as in "opposes French mediation"
        preps = _stative_participles()[verb.lower_]
        return next((g for c in children_with(verb, ("prep",)) if c.lower_ in preps
                     for g in children_with(c, ("pobj",))), None)
    for prep in (c for c in children_with(verb, ("prep",)) if c.lower_ == "as"):
        pobjs = list(children_with(prep, ("pobj",)))  # "denounced as a crime Serbia's repression":
        if len(pobjs) > 1:  # the parser hangs the object, moved past the as-phrase, on 'as'
            return pobjs[-1]
    own = own_passive_subject(verb)
    if own is not None:
        return own
    stray = stray_participle(verb) if not misparsed_participle(verb) else None
    if stray is not None:
        return next(c for c in children_with(stray, ("nsubj",)))
    return _named_as(verb)


def _lone_dative(verb: Token) -> Token | None:
    """'gave Russian diplomats 72 hours to leave': with the thing given parsed as an adverb of time, the one it is
    given to is all the verb acts on."""
    datives = [c for c in children_with(verb, ("dative",)) if c.pos_ in ("NOUN", "PROPN")]
    return datives[0] if datives and has_child(verb, ("npadvmod",)) else None


NAMING_VERBS = {"call", "describe", "term", "label", "brand", "dub", "characterise", "characterize"}


def _named_as(verb: Token) -> Token | None:
    """'condemned what it called Uganda's aggression', 'denounced what he described as Ugandan aggression': the
    parser makes 'what' the object of the naming verb in a clause under the verb; what the clause names it is
    the verb's object."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in NAMING_VERBS \
                or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
            continue
        named = next(children_with(clause, ("oprd",)), None)
        return named or next((g for c in children_with(clause, ("prep",)) if c.lower_ == "as"
                              for g in children_with(c, ("pobj",))), None)
    return None


def own_passive_subject(verb: Token) -> Token | None:
    """The passive verb's subject. Two on one verb, with a comma between them, are a misparse of a phrase set off
    by commas ('One Somali, Ali Noor, the first boat rescued was turned back'); as for active subjects
    (``arguments._own_subject``), the one nearest before the verb is the clause's own. A date is never it
    ('sailors held since March were released')."""
    found = [c for c in children_with(verb, PASSIVE_SUBJ_DEPS)]
    named = [c for c in found if c.ent_type_ not in ("DATE", "TIME")] or found
    before = [c for c in named if c.i < verb.i]
    if len(before) > 1 and any(t.text == "," for t in verb.doc[before[0].i : before[-1].left_edge.i]):
        return before[-1]
    return next(iter(named), None)


def sent_thing(verb: Token) -> Token | None:
    """What a verb acts on, also as a participle with a by-agent: 'aid convoys sent by France' (the convoys),
    for the object a rule names ('send' aid) and where goods go."""
    obj = direct_object(verb)
    if obj is None and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") \
            and has_child(verb, ("agent",)):
        return verb.head
    return obj


def misparsed_participle(verb: Token) -> bool:
    """'Protesters arrested in Lagos were released': the parser makes 'arrested' a clause with 'Protesters' as
    its subject, under a passive verb left without one. It is a reduced passive: the noun is the patient of
    both verbs."""
    if verb.tag_ != "VBN" or not has_child(verb, ("nsubj",)) \
            or has_child(verb, ("aux", "auxpass")):
        return False
    if verb.dep_ == "ROOT":  # "Protesters arrested in Lagos last month were released": the passive hung below it
        return any(c.dep_ == "advcl" and c.i > verb.i and _subjectless_passive(c) for c in verb.children)
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and _subjectless_passive(verb.head)


def _subjectless_passive(verb: Token) -> bool:
    return has_child(verb, ("auxpass",)) \
        and not has_child(verb, ("nsubj", *PASSIVE_SUBJ_DEPS, "mark"))


def stray_participle(verb: Token) -> Token | None:
    """The misparsed reduced passive (``misparsed_participle``) that holds the patient of a passive verb."""
    if verb.dep_ == "advcl" and misparsed_participle(verb.head):
        return verb.head
    return next((c for c in verb.children if misparsed_participle(c)), None)


TIME_MARKS = {"since", "until", "till"}


def time_as_subject(verb: Token) -> bool:
    """'Sailors held by the navy since March were released': the parser reads 'since March were released' as
    a clause whose subject is the date, hung on the participle. The date is a time phrase; the clause's
    patient is the noun the participle (a reduced passive) modifies."""
    subj = next(children_with(verb, PASSIVE_SUBJ_DEPS), None)
    if subj is None or subj.ent_type_ not in ("DATE", "TIME") or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS and c.i < subj.i for c in verb.children):
        return False
    participle = verb.head
    return participle.tag_ == "VBN" and participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN")


def _cargo(carrier: Token) -> Token | None:
    """'aid convoys': the noun modifier naming the goods; 'Aid convoys sent by France reached ...' opens a
    sentence the parser reads as the verb 'aid' with the carrier as its object."""
    modifier = next((c for c in children_with(carrier, ("compound",)) if c.pos_ in ("NOUN", "PROPN")), None)
    if modifier is not None:
        return modifier
    head = carrier.head
    if carrier.dep_ == "dobj" and head.i == carrier.i - 1 and head.pos_ == "VERB" and head.dep_ in ("csubj", "nsubj") \
            and not has_child(head, ("nsubj", "aux")):
        return head
    return None


def content_object(obj: Token | None) -> Token | None:
    """'suspended part of a military aid program': the object that names what was acted on: a generic head's
    modifier ('a mediation effort'), a carrier's goods ('an aid convoy'), a sum's in-phrase ('$5 million in aid'),
    a partitive's of-complement (``dictionaries/arguments.yaml``)."""
    words = argument_words()
    if obj is not None and obj.lemma_.lower() in words.generic_event_heads:
        modifier = next((c for c in children_with(obj, ("compound",)) if c.pos_ == "NOUN"), None)
        return modifier if modifier is not None else obj
    if obj is not None and obj.lemma_.lower() in words.carrier_heads:
        return _cargo(obj) or _laden_goods(obj) or obj
    if obj is not None and obj.lemma_.lower() in words.laden_vehicles:
        return _laden_goods(obj) or obj
    if obj is not None and obj.lemma_.lower() in words.money_heads:  # "$50 million in aid"
        given = _money_content(obj)
        if given is not None:
            return given
    if obj is None or obj.lemma_.lower() not in words.partitives:
        return obj
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((g for g in children_with(prep, ("pobj",))), obj)
    return obj


LADING_VERBS = frozenset({"carry", "load", "lade", "laden", "pack", "fill", "transport", "ferry"})


def _laden_goods(vehicle: Token) -> Token | None:
    """'a ship carrying 500 tonnes of wheat', 'planes loaded with tents': what the vehicle carries is what is
    sent (the goods' partitive read through); a ship or a plane by itself is no aid."""
    for acl in vehicle.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in LADING_VERBS:
            continue
        goods = next(children_with(acl, ("dobj", "obj")), None)
        goods = goods or next((g for p in children_with(acl, ("prep",)) if p.lower_ == "with"
                               for g in children_with(p, ("pobj",))), None)
        if goods is not None:
            return content_object(goods)
    return None


def _money_content(money: Token) -> Token | None:
    """The in-phrase of a sum ('$50 million in aid'), on the sum or, right after it, on its verb, where the parser
    may hang it ('sent $50 million in aid to Sudan')."""
    preps = [p for p in children_with(money, ("prep",))]
    if money.dep_ in ("dobj", "obj"):
        preps += [p for p in children_with(money.head, ("prep",)) if p.i == money.right_edge.i + 1]
    return next((g for p in preps if p.lower_ == "in" for g in children_with(p, ("pobj",))), None)


def object_lemma(obj: Token | None) -> str | None:
    """The lemma a verb rule reads its object by: "envoy" for a head of mission whose title takes several words
    ("recalled its high commissioner", "summoned the chargé d'affaires"; ``arguments.yaml`` envoy_titles), else the
    object's own lemma."""
    if obj is None:
        return None
    words = [c.lower_ for c in obj.lefts if c.dep_ in ("amod", "compound")] + [obj.lower_]
    text = " ".join(words).replace("\u2019", "'")
    if any(text == title or text.endswith(" " + title) for title in argument_words().envoy_titles):
        return "envoy"
    return obj.lemma_.lower()
