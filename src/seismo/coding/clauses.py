"""How clauses of one sentence relate in time and event: which ones happen together, which noun is the same event.

Dates (``event_dates``) and places (``places``) of an event may be written in a neighbouring clause or phrase
rather than in the trigger's own: "On Friday the legislature voted to legalize ..." (the vote's day is the
legalization's), "discussed security in a phone conversation on Tuesday" (the conversation is the discussion).
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.complements import to_infinitive
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.word_tables import argument_words

IN_EVENT_PREPS = {"in", "during"}  # "killed in an airstrike near Baghdad": the airstrike's place is the killing's
SIMULTANEOUS = {"when", "while", "as"}
SUBORDINATORS = {"after", "before", "since", "until", "till", "once", "if", "unless", "because", "although"}


def in_event_phrase(noun: Token, owners: set[int]) -> bool:
    """'killed Soleimani in an airstrike': an event noun in an in/during phrase of a trigger is that event."""
    return noun.dep_ == "pobj" and noun.head.lower_ in IN_EVENT_PREPS and noun.head.head.i in owners


def same_time_clauses(verb: Token, coordinated: bool = True) -> list[Token]:
    """Clauses that happen when the trigger's does: the verbs it completes ('voted on Friday to legalize'), the
    clause a participle hangs from ('issued an opinion on Wednesday, finding it unlawful') and the trigger's own
    when/while/participle clauses ('When announcing the shutdown on Monday, he called on ...'), and the clause
    whose object a present participle describes ('signed an order on Monday delaying the election'). With
    ``coordinated`` also the clauses it is coordinated with (a date is shared, a place is not: "belonged to
    Syria and was occupied by Israel")."""
    links = ("xcomp", "conj") if coordinated else ("xcomp",)
    found: list[Token] = []
    current = verb
    while len(found) < 4 and current.head.i != current.i and (
            current.dep_ in links or _at_the_same_time(current)):
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            found.append(current)
    found += [c for c in verb.children if _at_the_same_time(c)]
    shared = raised_conjunct(verb) if coordinated else None
    found += [shared] if shared is not None else []  # "arrested and charged two activists on Monday"
    if coordinated:  # "imposed a curfew and shut down the internet on Monday": a day told after both acts
        found += [c for c in children_with(verb, ("conj",)) if c.pos_ == "VERB" and c not in found
                  and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    holder = _participle_holder(verb)
    return [*found, holder] if holder is not None and holder not in found else found


def raised_conjunct(verb: Token) -> Token | None:
    """'crowds stormed and looted her residence on Monday', 'arrested and charged two activists': a verb with no
    object or complement of its own joined by a bare 'and' to the verb right after it shares that verb's object and
    adjuncts (its date); that verb, or None."""
    conj = next((c for c in children_with(verb, ("conj",)) if c.pos_ == "VERB" and c.i > verb.i), None)
    if conj is None or has_child(verb, ("dobj", "prep", "prt", "xcomp", "ccomp")) \
            or has_child(conj, ("nsubj", "nsubjpass")):
        return None
    between = verb.doc[verb.i + 1 : conj.i]
    return conj if len(between) and all(t.dep_ in ("cc", "punct") for t in between) else None


ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr"}


def _participle_holder(verb: Token) -> Token | None:
    """'signed an executive order delaying the election': a present participle on the object or subject of a
    clause, with no subject or marker of its own, is what that noun does when the clause happens; not a past
    participle ('a law passed in 2017') nor a relative clause ('a law which decriminalized abortion')."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ not in ARGUMENT_DEPS \
            or has_child(verb, ("nsubj", "mark", "aux")):
        return None
    return noun.head if noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i else None


RELATIVE_SUBJECTS = {"WDT", "WP"}  # "which", "that", "who" as the relative clause's subject


def enacting_clause(verb: Token, documents: frozenset[str], enacting: frozenset[str]) -> Token | None:
    """'passed a law that bans protests', 'voted to pass the bill which decriminalized abortion': the act an
    enacted document's relative clause says the document does happens when it is enacted, so the enacting verb
    lends its time. Not 'praised the law which banned protests' (no enacting verb: an older act), 'the bill,
    which the senate rejected' (the clause acts on the document) or 'which had banned' (told as earlier)."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in documents or noun.dep_ not in ("dobj", "nsubjpass") \
            or noun.head.lemma_.lower() not in enacting or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_SUBJECTS for c in verb.children)
    earlier = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
    return noun.head if subject and not earlier else None


def _at_the_same_time(clause: Token) -> bool:
    """An adverbial clause with when/while/as, or a bare participle ('finding it unlawful'); not 'after ...',
    'having met ...', 'to ...', except the purpose of a trip ('flew to Lima on Monday to discuss the dispute':
    the talks are held on the trip, ``trip_verbs``)."""
    if clause.dep_ != "advcl":
        return False
    lists = argument_words()
    if to_infinitive(clause) and clause.head.lemma_.lower() in lists.trip_verbs | lists.gathering_verbs \
            | lists.deciding_verbs:
        return True  # "gathered outside parliament on Monday to protest", "voted on Sunday to expel": then
    words = {c.lower_ for c in children_with(clause, ("mark", "advmod", "aux")) if c.i < clause.i}
    if words & SIMULTANEOUS:
        return True
    return clause.tag_ in ("VBG", "VBN") and not words & SUBORDINATORS and \
        not any(c.dep_ in ("mark", "aux") for c in clause.children if c.i < clause.i)


RELATIVE_WORDS = {"which", "who", "whom", "whose"}


def set_off_relative(clause: Token) -> bool:
    """'the attack, which killed 12 worshippers', 'the general, who led the coup': a relative clause opened after a
    comma by a wh-word adds the writer's own fact about its noun (a non-restrictive relative); it does not pick out
    which noun the clause around it means, so the verbs above that clause ('blamed X for', 'accused X of carrying
    out') do not reach it."""
    first = clause.left_edge
    return clause.dep_ == "relcl" and first.lower_ in RELATIVE_WORDS and first.i > clause.sent.start \
        and clause.doc[first.i - 1].text == ","
