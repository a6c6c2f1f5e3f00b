"""Modality: did the text say the event happened, or only that it might, will, did not, or was denied?

Only ``asserted`` mentions count as events. The walk goes from the trigger up its chain of
heads and stops at the first reporting verb ("X said ..."), because reporting does not change
whether the reported act happened; it only says who claims it (see attribution).
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.allegations import alleged_death
from seismo.coding.arguments import past_after_infinitive
from seismo.coding.clauses import set_off_relative
from seismo.coding.complements import intended_purpose, trip_not_plan
from seismo.coding.directives import asked_for, offered_choice
from seismo.coding.doc_memo import memo
from seismo.coding.doc_words import children_with, doc_words, has_child
from seismo.coding.hedges import hedged_perfect, perfect_infinitive
from seismo.coding.lexicon import Lexicon
from seismo.coding.reporting import is_reporting
from seismo.coding.word_tables import argument_words
from seismo.models import Modality
from seismo.nlp.words import prepositional_participles

RANK = {
    Modality.ASSERTED: 0,
    Modality.FUTURE: 1,
    Modality.HYPOTHETICAL: 2,
    Modality.NEGATED: 3,
    Modality.DENIED: 4,
}
NOTHING_OBJECTS = {"nothing", "none"}  # an object that names nothing: no act was done
CLAUSE_LINKS = {"ccomp", "xcomp", "advcl", "conj", "csubj", "relcl", "acl", "pcomp", "pobj", "dobj", "attr",
                "nsubj", "nsubjpass", "prep", "acomp", "oprd", "parataxis"}


def _own_cues(token: Token, lexicon: Lexicon, negation: bool = True) -> Modality:
    """Cues attached to one clause head: its negation, modal and auxiliary children (``negation``: False for a
    conjunct the head's negation does not reach, see ``own_polarity``)."""
    found = Modality.ASSERTED
    words = doc_words(token.doc)  # the dependents' relations and words from the lists: no ``Token`` per child
    for c in words.children[token.i]:
        low, dep = words.lower[c], words.dep[c]
        if dep == "neg" or (dep in ("det", "advmod") and low in ("no", "never")) \
                or (dep == "dobj" and low in NOTHING_OBJECTS):  # "have conceded nothing"
            if negation and not (dep == "neg" and not_until(token, lexicon)):
                found = _stronger(found, Modality.NEGATED)
        elif dep == "aux" and low in lexicon.cue("hypothetical_modals"):
            found = _stronger(found, Modality.HYPOTHETICAL)
        elif dep == "aux" and low in lexicon.cue("future_modals"):
            found = _stronger(found, Modality.FUTURE)
        elif dep == "mark" and low in lexicon.cue("hypothetical_marks"):
            found = _stronger(found, Modality.HYPOTHETICAL)
        elif negation and dep == "advmod" and low in lexicon.cue("near_miss_adverbs"):
            found = _stronger(found, Modality.NEGATED)  # "troops nearly captured the town": they did not
    if _generic(token, lexicon) or _habitual(token, lexicon) or _descriptive(token, lexicon) \
            or _standing(token, lexicon) or polar_question(token) or ranked_class(token):
        found = _stronger(found, Modality.HYPOTHETICAL)
    return found


RANK_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "last", "only", "latest", "next"})


def ranked_class(clause: Token) -> bool:
    """'making him the third president in American history to be impeached', 'the first woman to win the post': a
    to-infinitive on a ranked noun says which class the noun is in; the act it names is the one told elsewhere (or a
    rank among past ones), not another act."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return False
    nouns = [c for c in children_with(clause, ("nsubj", "nsubjpass"))]
    nouns += [clause.head] if clause.dep_ in ("acl", "relcl") else []
    return any(c.dep_ == "amod" and (c.lower_ in RANK_WORDS or c.tag_ == "JJS") for n in nouns for c in n.children)


def polar_question(clause: Token) -> bool:
    """'Did Uganda attack us?', 'Has Russia attacked Ukraine again?': an auxiliary before the subject and a
    question mark ask whether the act happened; they do not say it did. A wh-question ('Who attacked the
    convoy?') presupposes the act and stays asserted."""
    words = doc_words(clause.doc)  # read from the lists, the question mark first: most clauses have none
    children, dep = words.children[clause.i], words.dep
    if not any(words.text[c] == "?" for c in children):
        return False
    subject = next((c for c in children if dep[c] in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(dep[c] in ("aux", "auxpass") and c < subject for c in children)


def not_until(verb: Token, lexicon: Lexicon) -> bool:
    """'did not endorse her until July', 'did not leave until the talks ended': a past act that waited for a
    time still happened then; the negation only says it came no earlier. Past simple only: 'has not been
    charged until now' says it has not happened."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ == "VBD" for c in verb.children) \
        and any((c.dep_ in ("prep", "advcl", "mark") and c.lower_ in lexicon.cue("delaying_links"))
                or any(m.dep_ == "mark" and m.lower_ in lexicon.cue("delaying_links") for m in c.children)
                for c in verb.children)


def _habitual(clause: Token, lexicon: Lexicon) -> bool:
    """'is known to evict farmers', 'tends to arrest critics', 'police routinely detain protesters': what an actor
    does habitually, in the present, is no event with a day (docs/annotation.md: generic statements); nor is a
    reputation in any tense ('was known for attacking his critics')."""
    head = clause.head
    if clause.dep_ == "xcomp" and head.lemma_.lower() in lexicon.cue("habitual_heads") and _present_simple(head):
        return True
    if clause.dep_ == "pcomp" and head.lower_ == "for" and head.head.lemma_.lower() in lexicon.cue("reputation_heads"):
        return True  # "is known for attacking his critics", "notorious for detaining journalists": a reputation
    return _present_simple(clause) and any(c.dep_ == "advmod" and c.lower_ in lexicon.cue("habitual_adverbs")
                                           for c in clause.children)


def _standing(clause: Token, lexicon: Lexicon) -> bool:
    """'The PKK is banned in Turkey', 'Thai law forbids insulting the king': a present-tense restriction or status
    (``standing_passives``) or what a rule says (a ``rule_subjects`` subject) is a standing state, not an act
    on a day; news tells the act that made it in the past ('Turkey banned the PKK in 1984'). A reported one
    ('militants are banned from entering, the ministry said') may announce a new rule: it stays asserted."""
    if not _present_simple(clause) or any(is_reporting(t, lexicon) for t in (*clause.ancestors, *clause.children)):
        return False
    if clause.tag_ == "VBN":
        return clause.lemma_.lower() in lexicon.cue("standing_passives")
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.cue("rule_subjects") for c in clause.children)


def _descriptive(clause: Token, lexicon: Lexicon) -> bool:
    """'the YPG militia, which support the PKK', 'Lam, who is supported by Beijing': a relative clause in the
    present simple describes a standing relation of the noun, not an act on a day (news tells acts in the past).
    A law or statement is different: 'passed a law which bans protests' tells what the passing does."""
    return clause.dep_ == "relcl" and _present_simple(clause) \
        and clause.head.lemma_.lower() not in argument_words().utterance_nouns and not answers_clause(clause, lexicon)


def answers_clause(verb: Token, lexicon: Lexicon) -> bool:
    """'Poland accused Belarus of sending migrants, which Minsk denies': a denial opened by ', which' with 'which'
    as its object answers the whole clause before it (a sentential relative), not the noun it hangs on; like
    'a charge Minsk denies' (``summed_up``) it is told as a fact, whatever the clause it hangs on says."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in lexicon.cue("denial_verbs"):
        return False
    which = next((c for c in children_with(verb, ("dobj", "nsubjpass")) if c.lower_ == "which"), None)
    return which is not None and which.i > 0 and verb.doc[which.i - 1].text == ","


def names_nobody(clause: Token, lexicon: Lexicon) -> bool:
    """'No coalition troops were injured', 'none of the soldiers was hurt', 'the raid killed nobody', 'left no one
    injured': nobody did or underwent it. Read on the event's own clause only: 'none was hurt when rebels attacked'
    still asserts the attack."""
    words = lexicon.cue("negative_subjects")
    # "left no one injured": the subject of a verbless small clause under the verb is its object
    small = [g for c in children_with(clause, ("ccomp", "oprd")) if c.tag_ in ("VBN", "JJ")
             for g in children_with(c, SUBJECT_DEPS)]
    named = [*children_with(clause, (*SUBJECT_DEPS, "dobj")), *small]
    return any(s.lower_ in words or any(c.dep_ in ("det", "preconj") and c.lower_ in words for c in s.children)
               for s in named)


def _controller_nobody(clause: Token, lexicon: Lexicon) -> bool:
    """'Neither side has agreed to attend the talks', 'no soldier tried to flee': a controlled infinitive takes its
    subject from the verb above it, so a subject naming nobody there negates the infinitive's act too."""
    token = clause
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
        if names_nobody(token, lexicon):
            return True
    return False


def _generic(clause: Token, lexicon: Lexicon) -> bool:
    """'when Al-Aqsa is attacked', 'events where four people are killed': a present-tense clause opened by
    when/where tells what happens in general, not an event (news tells its events in the past tense)."""
    if not _present_simple(clause):
        return False
    clauses = [clause, *(c for c in children_with(clause, ("conj",)))]
    if clause.dep_ == "conj":
        clauses.append(clause.head)
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.cue("generic_links") for k in clauses for c in k.children)


def _present_simple(verb: Token) -> bool:
    """'attack(s)', 'is/are attacked': present tense without a perfect, progressive or modal auxiliary. Read once
    per verb (``coding.doc_memo``): each clause of a trigger's walk is asked up to four times."""
    return memo(verb.doc, ("present_simple", verb.i), lambda: _reads_present_simple(verb))


def _reads_present_simple(verb: Token) -> bool:
    auxes = [c for c in children_with(verb, ("aux", "auxpass"))]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


def _stronger(a: Modality, b: Modality) -> Modality:
    return a if RANK[a] >= RANK[b] else b


def _governor_cue(head: Token, child: Token, lexicon: Lexicon, attempt_counts: bool = False) -> Modality:
    """What a governing word says about the clause below it ("denied X", "plans to X", "risk of X")."""
    lemma = head.lemma_.lower()
    if _forgone(head, child, lexicon):
        return Modality.NEGATED  # "instead of attacking", "without charging them", "withdrew rather than attack"
    if _planned_by_object(head, child, lexicon):
        return Modality.FUTURE  # "foiled a plot to bomb a station" parsed as 'foiled ... to bomb': the plot's act
    if child.dep_ == "conj" and not _stray_infinitive(child, head):
        return Modality.ASSERTED  # coordination shares the head's cues via the walk, not its meaning
    if _own_past_adverbial(child, lexicon):
        return Modality.ASSERTED  # "urged calm, while Bolivia accused Peru of abuses": a told fact beside the verb
    if lemma in lexicon.cue("judgement_verbs") and child.lower_ == "as":
        return Modality.HYPOTHETICAL  # "seen as pulling back": a reading of the act, not the act
    if attempt_counts and lemma in lexicon.cue("attempt_verbs") and child.dep_ in ("xcomp", "pcomp", "acl"):
        return Modality.ASSERTED  # "tried to assassinate": an attempted attack is an attack (PLOVER ASSAULT)
    if child.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ in lexicon.cue("pending_adverbs")
                                     for c in head.children):
        return Modality.NEGATED  # "Trump has yet to concede": not (yet) done
    if lemma in lexicon.cue("imminent_heads") and child.dep_ == "xcomp":
        return Modality.FUTURE  # "is about to restore ties", "is due to sign"
    if lemma in lexicon.cue("denial_verbs") and not summed_up(head, child, lexicon):
        return Modality.DENIED
    if lemma in lexicon.cue("denial_objects") and _denied_noun(head, lexicon):
        return Modality.DENIED
    if lemma in lexicon.cue("blocked_texts") and _blocked_text(head, lexicon):
        return Modality.NEGATED  # "vetoed a resolution calling for a ceasefire": the call was never made
    if negating(head, lexicon):
        return Modality.NEGATED
    if free_adjunct(child):
        return Modality.ASSERTED  # "demanded new elections, accusing the government of fraud": a second act
    if _describes_noun(head, child, lexicon):
        return Modality.ASSERTED  # "joined the calls (by officials) asking the US to waive": who calls, what they do
    if alleged_death(head, child, lexicon) or hedged_perfect(head, child, lexicon):
        return Modality.ASSERTED  # "accused X of killing two police officers", "are alleged to have shot": done acts
    if lemma in lexicon.cue("hypothetical_heads") or lemma in lexicon.cue("hypothetical_verbs"):
        return Modality.HYPOTHETICAL
    if lemma in lexicon.cue("future_verbs") and not trip_not_plan(head) \
            and (child.dep_ in ("xcomp", "ccomp", "pcomp", "pobj") or _infinitive(child)
                 or _prepositional(child)):
        return Modality.FUTURE  # "has sworn to destroy" (an infinitival adverbial), "a plan involving strikes"
    if lemma in lexicon.cue("future_copulas") and child.dep_ == "xcomp" and _to_infinitive(child):
        return Modality.FUTURE  # "Indonesia is to hold talks": a scheduled act
    if intended_purpose(head, child):
        return Modality.FUTURE  # "met Putin to strengthen ties": what the meeting is for
    return Modality.ASSERTED


def summed_up(head: Token, clause: Token, lexicon: Lexicon) -> bool:
    """'X accused Y of shipping shells, a charge Y denies': the parser makes the told clause the complement of the
    denial, but the noun after the comma sums it up; the accusation was made, only the charge is denied."""
    if clause.dep_ != "ccomp" or not clause.right_edge.i < head.i:
        return False
    between = head.doc[clause.right_edge.i + 1 : head.i]
    return len(between) > 1 and between[0].text == "," \
        and any(t.lemma_.lower() in lexicon.cue("denial_objects") for t in between)


def _own_past_adverbial(clause: Token, lexicon: Lexicon) -> bool:
    """'The US urged restraint, while Bolivia accused Peru of abuses', 'feared violence as protesters gathered': an
    adverbial clause with its own subject and its own past tense tells what happened; the verb it hangs on (a
    request, a fear, a denial) governs its complements, not this clause. 'if'/'unless' keep their own cue."""
    return clause.dep_ == "advcl" and past_finite(clause) and has_child(clause, SUBJECT_DEPS) \
        and not any(c.dep_ == "mark" and c.lower_ in lexicon.cue("hypothetical_marks") for c in clause.children)


def _forgone(head: Token, child: Token, lexicon: Lexicon) -> bool:
    """An act named as the one not done: 'without charging them', 'instead of attacking the town', 'stopped short
    of imposing sanctions' (a gerund after ``negating_preps`` or after 'of' on ``negating_of_heads``), 'banned the
    union from striking' (a gerund after 'from' on ``preventing_verbs``), 'withdrew rather than attack the town' (a
    conjunct after 'than')."""
    if child.dep_ == "pcomp" and head.dep_ == "prep":
        heads = lexicon.cue("negating_of_heads")  # 'short' heads its 'of'; 'instead' hangs on it
        return head.lower_ in lexicon.cue("negating_preps") or (head.lower_ == "of" and (
            head.head.lower_ in heads or any(c.lower_ in heads for c in head.children))) or _kept_from(head, lexicon)
    return child.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and head.i < c.i < child.i
                                        for c in head.children)


def _kept_from(prep: Token, lexicon: Lexicon) -> bool:
    """'from' on a verb of keeping from ('barred the union from striking'), also where the parser hangs it on the
    verb above that verb's clause ('issued an injunction barring the union from striking'): the words just before
    'from' lie in the keeping verb's clause."""
    if prep.lower_ != "from":
        return False
    words = lexicon.cue("preventing_verbs")
    token = prep.doc[prep.i - 1] if prep.i > 0 else prep.head
    while True:
        if token.lemma_.lower() in words and token.pos_ == "VERB":
            return True
        if token.i == prep.head.i or token.head.i == token.i:
            return False
        token = token.head


def negating(head: Token, lexicon: Lexicon) -> bool:
    """'failed to', 'refused to', and phrasal 'held off on imposing', 'held back from attacking', 'called off the
    talks' (``negating_verbs`` writes a verb with its particle as 'hold_off'): the act below was not done."""
    words = lexicon.cue("negating_verbs")
    if head.lemma_.lower() in words:
        return True
    particle = next((c.lower_ for c in children_with(head, ("prt", "compound:prt"))), None)
    return particle is not None and f"{head.lemma_.lower()}_{particle}" in words


def _believed(head: Token, child: Token, lexicon: Lexicon) -> bool:
    """'the rebels are presumed to hold the town', 'is believed to be holding hostages': a passive verb of belief
    over an infinitive hedges the act ('are said to', 'were reported to' report a claim: asserted); over a perfect
    infinitive ('are believed to have shelled the plant') the act is done, only its doer hedged (coding/hedges.py)."""
    return child.dep_ == "xcomp" and head.lemma_.lower() in lexicon.cue("epistemic_passives") \
        and has_child(head, ("auxpass",)) and not perfect_infinitive(child)


def _describes_noun(noun: Token, child: Token, lexicon: Lexicon) -> bool:
    """'the calls asking the US to waive immunity', 'calls by officials': a participle says what the noun does and
    a by-phrase who does it, not what the noun asks for. Not under a noun of fear or risk ('fears surrounding
    troops attacking'), nor a participle that works as a preposition ('plans involving', 'concern regarding')."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in lexicon.cue("hypothetical_heads"):
        return False
    if child.dep_ == "prep":
        return child.lower_ == "by"
    return child.dep_ == "acl" and child.tag_ == "VBG" and not _prepositional(child)


def _prepositional(child: Token) -> bool:
    """'a plan involving strikes', 'concern regarding attacks': a participle that works as a preposition."""
    return child.dep_ == "acl" and child.lower_ in prepositional_participles()  # nlp/data/words.yaml


def free_adjunct(clause: Token) -> bool:
    """', accusing the government of fraud', ', praising the police': a participle clause set off by a comma
    tells another act of the same subject, not the content of the verb before it ('demanded', 'warned', 'urged'
    ask for or foretell their complement, not their adjuncts). The verb's own modals still count."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return False
    start = clause.left_edge.i
    return start > clause.sent.start and clause.doc[start - 1].text == ","


def _stray_infinitive(conj: Token, head: Token) -> bool:
    """'urged locals to assist authorities and deny terrorism any victory': a bare infinitive that the parser
    coordinates with the finite verb continues the infinitive the verb governs, and shares its meaning."""
    return conj.tag_ == "VB" and head.tag_ in ("VBD", "VBZ", "VBP") and shares_head_cues(conj) \
        and any(c.dep_ == "xcomp" and c.i < conj.i for c in head.children)


def own_polarity(conj: Token, head: Token, lexicon: Lexicon) -> bool:
    """'did not concede the town, however, and vowed to fight', 'did not attack the town but shelled it': a
    conjunct set against its head by a contrast word (``contrast_links``) or with a tense of its own under the
    head's 'did'/'will' (a finite 'vowed' cannot hang on 'did') is outside the head's negation. A shared
    auxiliary covers both: 'did not attack or threaten them'."""
    if conj.dep_ != "conj":
        return False
    if head.tag_ == "VB" and conj.tag_ in ("VBD", "VBN", "VBZ") \
            and any(c.dep_ == "aux" and c.tag_ != "TO" for c in head.children):
        return True
    words = lexicon.cue("contrast_links")
    return any(c.dep_ in ("cc", "advmod") and c.lower_ in words and head.i < c.i < conj.i
               for c in (*head.children, *conj.children))


def _planned_by_object(head: Token, clause: Token, lexicon: Lexicon) -> bool:
    """'Police foiled a plot to bomb a train station': the parser may hang the infinitive on the verb as a purpose,
    but it follows the object, a noun of intent (``intention_nouns``), whose act it names: planned, not done."""
    if clause.dep_ != "advcl" or not _to_infinitive(clause):
        return False
    start = clause.left_edge.i
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in lexicon.cue("intention_nouns")
               and c.right_edge.i + 1 == start for c in head.children)


def _infinitive(clause: Token) -> bool:
    """'has sworn to destroy' (adverbial clause), 'Sisi plans to visit' (plans parsed as a noun)."""
    return clause.dep_ in ("advcl", "acl") and _to_infinitive(clause)


def _to_infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def _denied_noun(noun: Token, lexicon: Lexicon) -> bool:
    """'denied claims of an attack', 'condemned claims that the army killed civilians': the claims are the object of a
    denial verb, or of a verb that disputes them."""
    head = noun.head.lemma_.lower()
    disputed = head in lexicon.cue("disputing_verbs") and noun.dep_ in ("dobj", "obj")
    return head in lexicon.cue("denial_verbs") or disputed


def _blocked_text(noun: Token, lexicon: Lexicon) -> bool:
    """'vetoed a resolution', 'the draft was blocked': the text is the object (or passive subject) of a blocking
    verb."""
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lemma_.lower() in lexicon.cue("blocking_verbs")


def shares_head_cues(conj: Token) -> bool:
    """"could invade and occupy": a conjunct without its own subject or auxiliary shares them."""
    return not has_child(conj, ("nsubj", "nsubjpass", "aux", "auxpass", "neg"))


def modality_of(trigger_word: Token, clause_head: Token, lexicon: Lexicon, attempt_counts: bool = False) -> Modality:
    """The modality of the event named by ``trigger_word`` whose clause is headed by ``clause_head``.

    ``attempt_counts``: the type counts its attempts as events (ASSAULT: "attempted to assassinate"),
    so an attempt verb above the trigger does not make it hypothetical; the attempt's own cues still count.
    A reporting verb adds no cue of its own meaning, but does not end the walk either: its negation and
    modals count ("would not confirm that troops attacked"), and so do the verbs it is embedded in
    ("refused to confirm") or coordinated with ("would neither confirm nor deny").
    """
    found = _own_cues(clause_head, lexicon)
    if trigger_word.i != clause_head.i:
        found = _stronger(found, _own_cues(trigger_word, lexicon))
    token = clause_head
    while token.dep_ == "conj" and shares_head_cues(token):  # "no troops were killed or injured"
        token = token.head
    if names_nobody(token, lexicon) or names_nobody(clause_head, lexicon) or _controller_nobody(clause_head, lexicon):
        found = _stronger(found, Modality.NEGATED)
    token = clause_head
    past = past_finite(clause_head)
    while token.head.i != token.i and token.dep_ in CLAUSE_LINKS:
        head = token.head
        if is_reporting(token, lexicon) and not _reporting_continues(token, lexicon):
            break
        if token.dep_ == "relcl" and (head.dep_ in SUBJECT_DEPS or answers_clause(token, lexicon) or (
                past_finite(token) and set_off_relative(token) and head.lemma_.lower() in lexicon.nouns)):
            break  # "Pinera, who met Madbouly, accused Pakistan", "blamed X for the attack, which killed 12"
        if factive_clause(token, lexicon):
            break  # "cannot change the fact that the authorities suppressed protests": so, whatever is said of it
        if past_after_infinitive(token):  # "urged X to reconsider and spoke with Y": 'spoke' continues 'urged'
            token = head.head
            found = _above(found, _own_cues(token, lexicon), past)
            continue
        if is_reporting(head, lexicon) and _wh_clause(token):
            break  # "police could not say how many people were arrested": the arrests happened
        if _performative(head, token, trigger_word, lexicon) or _misattached(token, head):
            token = head  # "I want to thank": saying so is thanking; a misattached clause takes no cue of its head
            continue
        # "ordered the army to withdraw", "insisted that the troops leave": an act asked for (coding/directives.py)
        asked = asked_for(head, token, lexicon) or offered_choice(token, lexicon)
        cue = Modality.HYPOTHETICAL if asked else Modality.ASSERTED
        if not is_reporting(head, lexicon):
            cue = _stronger(cue, _governor_cue(head, token, lexicon, attempt_counts))
        elif _believed(head, token, lexicon):
            cue = Modality.HYPOTHETICAL
        found = _above(found, cue, past)
        if token.dep_ != "conj" or shares_head_cues(token):
            found = _above(found, _own_cues(head, lexicon, not own_polarity(token, head, lexicon)), past)
        token = head
    return found


def factive_clause(clause: Token, lexicon: Lexicon) -> bool:
    """'the fact that the army shelled the town': a that-clause on a factive noun (``factive_nouns``) tells what is
    so; negation, modals or a request above the noun ('cannot change the fact that') do not reach it."""
    return clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in lexicon.cue("factive_nouns") \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _performative(head: Token, token: Token, trigger_word: Token, lexicon: Lexicon) -> bool:
    """'I want to thank', 'we would like to congratulate': a speaker who says they wish to perform a speech
    act performs it; only the first person, not negated ('he wants to thank' only reports a wish)."""
    return token.dep_ == "xcomp" and head.lemma_.lower() in lexicon.cue("performative_heads") \
        and trigger_word.lemma_.lower() in lexicon.cue("performative_verbs") \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children) \
        and not has_child(head, ("neg",))


def _misattached(clause: Token, head: Token) -> bool:
    """'"I pledge that A; that we will seek B," she said': the parser hangs the first clause under the second.
    A that-clause cannot govern a complement told before its own 'that', so the head's cues do not reach it
    (the walk goes on above: a report or a denial over both still counts)."""
    return clause.dep_ == "ccomp" and clause.i < head.i \
        and any(c.dep_ == "mark" and clause.i < c.i < head.i for c in head.children)


def _above(found: Modality, cue: Modality, past: bool) -> Modality:
    """A governing clause's cue; its future never reaches a clause in the past tense ('he will pay tribute to
    Halifax, where people sheltered travellers after the U.S. closed its airspace': the closing happened)."""
    return found if past and cue is Modality.FUTURE else _stronger(found, cue)


def past_finite(verb: Token) -> bool:
    """'closed', 'was closed', 'had closed': a clause with its own past tense."""
    if verb.tag_ == "VBD" and not has_child(verb, ("aux",)):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "would" for c in verb.children)


WH_TAGS = {"WRB", "WP", "WDT", "WP$"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _wh_clause(clause: Token) -> bool:
    """An embedded question ('how many were killed', 'who carried out the attack') presupposes its event."""
    doc = clause.doc
    return any(t.tag_ in WH_TAGS and t.lower_ != "whether" for t in doc[clause.left_edge.i : clause.i + 1])


def _reporting_continues(reporter: Token, lexicon: Lexicon) -> bool:
    """Above a reporting verb the walk goes on only where the report itself is embedded ('refused to
    confirm', 'declined to say') or coordinated with another report; a report coordinated with an act
    ('denied the attack and said ...') asserts on its own."""
    if reporter.dep_ in ("xcomp", "ccomp"):
        return True
    return reporter.dep_ == "conj" and is_reporting(reporter.head, lexicon)
