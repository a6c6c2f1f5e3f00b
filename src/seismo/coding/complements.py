"""What a verb's complements say, as the verb rules of ``events`` ask it (events.yaml conditions: ``xcomp``,
``xcomp_lemma``, ``complement_lemma``, ``own_commitment``, ``not_frame``, ...).

Kept apart from the trigger finder so that each rule condition reads one small function of the parse.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.doc_words import children_with, has_child
from seismo.coding.word_tables import argument_words


def complement_lemmas(verb: Token) -> set[str]:
    """'found him guilty', 'ruled the practice is unconstitutional': the lemmas inside the verb's complement;
    also a noun after the object that says what the object is or becomes ('held six guards hostage', 'designated
    the gang a terrorist organization', 'left dozens injured': an object complement, ``_object_predicates``)."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") or _stray_copula(c)]
    return {t.lemma_.lower() for c in (*clauses, *_object_predicates(verb)) for t in c.subtree}


def _object_predicates(verb: Token) -> list[Token]:
    """Nouns after the verb's object that the parser reads as something other than its object complement: a
    second object, a bare clause of its own (it may tag 'hostage' a verb: a clause with no subject, auxiliary,
    object or marker of its own), or an indefinite apposition on the object ('designated the group a terrorist
    organization')."""
    objects = [c for c in children_with(verb, ("dobj",))]
    if not objects:
        return []
    second = [c for c in verb.children if c.i > objects[0].i and (
        (c.dep_ == "dobj" and c.pos_ == "NOUN") or (c.dep_ == "advcl" and not any(
            d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark") for d in c.children)))]
    appositions = [c for o in objects for c in children_with(o, ("appos",)) if c.i > o.i
                   and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)]
    # "left dozens injured": the state the object is left in, read as a participle right after it
    states = [c for o in objects for c in children_with(o, ("acl",)) if c.tag_ == "VBN" and c.i == o.i + 1]
    return second + appositions + states


def _stray_copula(child: Token) -> bool:
    """'ruled the government's practice ... is unconstitutional': the parser coordinates the complement's
    subjectless copula with the verb instead of making it a clause under it."""
    return child.dep_ == "conj" and child.lemma_ == "be" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                     for c in child.children)


def has_xcomp(verb: Token) -> bool:
    """An infinitive or mandative complement ('warned Americans to leave', 'asked that troops withdraw'),
    not a clause with its own tense ('warned that it would retaliate' reports a consequence). A question
    counts only when asked of someone ('asked officials how the documents were lost'): 'asked why Iran would
    attack a tanker' and 'Why would Tehran attack ..., the minister asked' ask nothing of the one they are about."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and (asked_of_someone(verb, c) or not tensed(c)))
               for c in verb.children if c.pos_ in ("VERB", "AUX"))


ADDRESSEE_DEPS = ("dobj", "obj", "dative")


def asked_of_someone(verb: Token, clause: Token) -> bool:
    """An embedded question after the verb with an addressee of its own (an object or dative)."""
    return clause.i > verb.i and embedded_question(clause) and has_child(verb, ADDRESSEE_DEPS)


def to_complement(verb: Token) -> bool:
    """'told Israel to allow more aid in': a 'to' infinitive complement after the verb; a quote before it ('"Get
    out," he told them') is what was said, read by the quote mechanisms; so is a quote resumed after it ('told the
    press, "to show that Afghan women can make robots"')."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and to_infinitive(c)
               and not any(t.is_quote for t in verb.doc[verb.i + 1 : c.left_edge.i + 1]) for c in verb.children)


def complement_subject_actor(verb: Token, is_actor: Callable[[Token], bool]) -> bool:
    """'the Taliban wants foreign forces to leave': an untensed complement whose own subject is an actor (the
    parser makes 'forces' the subject of 'leave', not the object of 'wants'); 'wants to meet' has none."""
    return any(c.dep_ in ("ccomp", "xcomp") and not tensed(c) and any(
        s.dep_ == "nsubj" and is_actor(s) for s in c.children) for c in verb.children if c.pos_ in ("VERB", "AUX"))


COMMITTING_MODALS = {"would", "will", "should", "shall", "must"}
OWN_SUBJECTS = {"they", "we"}
OWN_OWNERS = {"their", "our"}


def own_commitment(verb: Token) -> bool:
    """'agreed that their countries should cooperate', 'agreed that they would meet again': a that-clause with a
    modal whose subject is the subject's own side binds it; 'agreed that the economy was weak' is an opinion."""
    for clause in (c for c in children_with(verb, ("ccomp",)) if c.pos_ in ("VERB", "AUX")):
        if not any(a.dep_ == "aux" and a.lower_ in COMMITTING_MODALS for a in clause.children):
            continue
        subjects = [s for s in children_with(clause, ("nsubj", "nsubjpass"))]
        if any(s.lower_ in OWN_SUBJECTS or any(p.dep_ == "poss" and p.lower_ in OWN_OWNERS for p in s.children)
               or any(d.lower_ == "both" for d in s.children) for s in subjects):
            return True
    return False


def tensed(clause: Token) -> bool:
    """'would retaliate', 'is preparing', 'attacked' carry tense; a mandative 'that ballots be accepted' does not."""
    return clause.tag_ in ("VBD", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in clause.children)


def embedded_question(clause: Token) -> bool:
    """'asked officials how the documents were lost': an embedded question is still asked of someone."""
    return any(t.tag_ in ("WRB", "WP", "WDT") or (t.dep_ == "mark" and t.lower_ in ("whether", "if"))
               for t in clause.doc[clause.left_edge.i : clause.i])


def xcomp_lemmas(verb: Token) -> set[str]:
    """The verb's infinitive complements, seen through an aspectual verb: "vowed to keep fighting" names "fight";
    a to-infinitive the parser hangs on as an adverbial after a phrase ("vowed on Monday to arrest") counts too."""
    found = set()
    for c in verb.children:
        if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c)):
            found.add(c.lemma_.lower())
            if c.lemma_.lower() in argument_words().aspectual_verbs:
                found |= {g.lemma_.lower() for g in children_with(c, ("xcomp",))}
    return found | _deadline_lemmas(verb)


DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})


def _deadline_lemmas(verb: Token) -> set[str]:
    """'gave the diplomats 72 hours to leave': a time span the verb grants, whose to-infinitive says what must be
    done in it, is that verb's complement as in 'ordered the diplomats to leave'."""
    return {g.lemma_.lower() for c in verb.children if c.dep_ in ("npadvmod", "dobj")
            and c.lemma_.lower() in DEADLINE_NOUNS for g in c.children
            if g.dep_ in ("relcl", "acl") and to_infinitive(g)}


def xcomp_objects(verb: Token) -> set[str]:
    """The direct objects of the verb's infinitive complements ("vowed to fight corruption": corruption)."""
    heads = [c for c in verb.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c))]
    heads += [g for c in heads if c.lemma_.lower() in argument_words().aspectual_verbs
              for g in children_with(c, ("xcomp",))]
    return {o.lemma_.lower() for c in heads for o in children_with(c, ("dobj", "obj"))}


def purpose_lemmas(verb: Token) -> set[str]:
    """'resigned from the Senate to become Secretary of State': an infinitive of purpose (the parser's advcl)."""
    return {c.lemma_.lower() for c in children_with(verb, ("advcl",)) if to_infinitive(c)}


def object_infinitive(verb: Token) -> bool:
    """'counts on Turkey to act', parsed with the infinitive under the prepositional object."""
    return any(to_infinitive(k) for c in verb.children if c.dep_ == "prep"
               for g in c.children for k in children_with(g, ("acl", "relcl", "advcl")))


def framing(verb: Token, heads: frozenset[str]) -> bool:
    """'Speaking to Martin Smith of PBS, he said', 'Peers, speaking to BBC, said': a participle that sets the
    scene of a statement (an interview) and is no act of its own; its clause is the verb's head, or the
    subject it modifies."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return False
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head
    # 'Speaking to X, he said, "It happened ..."': the parser hangs the participle on the quote, 'said' beside it
    clauses = [head, *(c for c in children_with(head, ("parataxis",)))]
    return any(c.lemma_.lower() in heads for c in clauses)


def to_infinitive(clause: Token) -> bool:
    """'(vowed) to arrest': the clause has the infinitive marker 'to'."""
    return any(a.lower_ == "to" for a in children_with(clause, ("aux",)))


def trip_not_plan(head: Token) -> bool:
    """'went to Berlin on Tuesday to discuss the budget', 'has gone there to negotiate': a trip made for a
    purpose, told as done; of the verb 'go' only the progressive 'going to' tells a plan ('is going to sign')."""
    return head.lemma_.lower() == "go" and head.lower_ != "going"


def intended_purpose(head: Token, clause: Token) -> bool:
    """'Erdogan met Putin to strengthen ties', 'flew to Beijing to boost cooperation': a to-infinitive of purpose
    with no subject of its own whose verb names an outcome (``outcome_verbs``) tells what the act aims at, not yet
    done. Other purposes mostly happen with the act ('took to the streets to protest', 'met to discuss trade',
    'called to congratulate him'), so they keep the act's reading."""
    if clause.dep_ != "advcl" or not to_infinitive(clause) or head.pos_ not in ("VERB", "AUX"):
        return False
    if has_child(clause, ("nsubj", "nsubjpass")):
        return False
    return clause.lemma_.lower() in argument_words().outcome_verbs
