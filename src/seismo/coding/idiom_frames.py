"""Distrust and conduct idioms said of another side, found for ``judgements.judgement_triggers``.

Politicians condemn in set phrases with no evaluative word a list could hold: a minister says the United States
"cannot be trusted", that Kyiv "is acting in bad faith", that Athens "is playing with fire" or "is on the wrong
side of history". PLOVER codes these as the speaker's disapproval (ACCUSE disapprove) of the one the phrase is
said of. The phrases are data (``dictionaries/judgements.yaml``: ``distrust_verbs``, ``conduct_idioms``); the
subject must name an actor ('the referee cannot be trusted' names none and stays no event), and only the
speaker judges, so a lay speaker, a question or a condition stays no event (``judgement_events``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.doc_words import children_with, has_child
from seismo.coding.events import NominalArgs, Trigger
from seismo.coding.judgement_words import REVERSIBLE, JudgementRules
from seismo.coding.lexicon import Lexicon
from seismo.models import Actor

OWN_WORDS = {"we", "i"}


def _judged(verb: Token, judged: Token, type_: str = "ACCUSE", mode: str = "disapprove") -> Trigger:
    return Trigger(verb=verb, word=verb, type=type_, mode=mode, nominal=NominalArgs(targets=(judged,)))


def _denied(verb: Token) -> bool:
    """'cannot be trusted', 'can not be trusted', 'is not to be trusted', 'we do not trust' (the tokenizer splits
    'cannot' and "can't" into a modal and a negation)."""
    return has_child(verb, ("neg",))


def _hedged(verb: Token, lexicon: Lexicon) -> bool:
    """'might not be trusted', 'could not be trusted if it left the deal', 'is not trusted by investors' (the
    distrust of others, not the speaker's). The modals and the condition marks are the modality dictionary's
    (``hypothetical_modals`` less ``stating_modals``, ``hypothetical_marks``), so a user extends one file."""
    hedging = lexicon.cue("hypothetical_modals") - lexicon.cue("stating_modals")
    marks = lexicon.cue("hypothetical_marks")
    return any((c.dep_ == "aux" and c.lower_ in hedging) or c.dep_ == "agent" for c in verb.children) or any(
        g.lower_ in marks for c in children_with(verb, ("advcl",)) for g in children_with(c, ("mark",)))


def distrust(verb: Token, rules: JudgementRules, lexicon: Lexicon,
             resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'the United States cannot be trusted', '"We cannot trust the Americans," Khamenei said': the speaker
    disapproves of the one denied trust (a named actor; 'the referee cannot be trusted' judges no one)."""
    if verb.lemma_.lower() not in rules.distrust_verbs or not _denied(verb) or _hedged(verb, lexicon):
        return None
    judged = next(children_with(verb, ("nsubjpass",)), None)
    if judged is None:  # active: only the speaker's own distrust ('we cannot trust them')
        subj = next(children_with(verb, ("nsubj",)), None)
        if subj is None or subj.lower_ not in OWN_WORDS:
            return None
        judged = next(children_with(verb, ("dobj", "obj")), None)
    if judged is None or judged.pos_ == "PRON" or resolve(judged) is None:
        return None
    # trust read as a word that judges only when negated: the negation makes it a disapproval (judgement_events)
    return _judged(verb, judged, "SUPPORT", REVERSIBLE), True


def conduct_idiom(verb: Token, rules: JudgementRules,
                  resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'Greece is playing with fire', 'Ukraine is acting in bad faith', 'Russia is on the wrong side of history':
    said by a speaker, a condemnation of the subject (a named actor)."""
    subj = next(children_with(verb, ("nsubj",)), None)
    if subj is None or subj.pos_ == "PRON" or not conduct_phrase(verb, rules) or resolve(subj) is None:
        return None
    return _judged(verb, subj), True


def conduct_phrase(verb: Token, rules: JudgementRules) -> bool:
    """Whether a verb carries one of its conduct idioms ('negotiating in bad faith', 'stabbed Turkey in the back').
    The idiom is a judgement of how the subject acts, not the act the verb names: no talks are told by 'Russia is
    negotiating in bad faith' (``judgements.judgement_triggers`` drops the verb's own trigger)."""
    phrases = rules.conduct_idioms.get(verb.lemma_.lower())
    if not phrases or not _said_of_a_side(verb):
        return False
    said = {_words(c) for c in children_with(verb, ("prep",))}
    return any(s == p or s.startswith(p + " ") for s in said for p in phrases)


SIDE_ENTITIES = {"GPE", "NORP", "ORG"}
SIDE_WORDS = {"us", "country", "nation", "people", "government", "party", "ally", "allies", "partner", "partners"}


def _said_of_a_side(verb: Token) -> bool:
    """'stabbed Turkey in the back', 'stabbed us in the back': an idiom whose verb also reads literally takes a side
    as its object (a country, a people, an organisation, 'us'); 'stabbed a police officer in the back' is a
    stabbing, and so is 'a police officer was stabbed in the back' (a passive's subject is its object). A verb with
    no object ('negotiating in bad faith') has no literal reading to fear."""
    obj = next(children_with(verb, ("dobj", "obj", "nsubjpass")), None)
    return obj is None or obj.ent_type_ in SIDE_ENTITIES or obj.lower_ in SIDE_WORDS


def _words(prep: Token) -> str:
    """A prepositional phrase's words without its determiners: 'on wrong side of history'."""
    return " ".join(t.lower_ for t in prep.subtree if t.dep_ not in ("det", "poss", "punct"))


def wrong_manner(verb: Token, rules: JudgementRules) -> Trigger | None:
    """'the authorities have chosen to suppress protests in a grossly unlawful way', 'police detained them illegally',
    said by a speaker: an allegation against the doer (ACCUSE allege), the subject of the act or of the verb that
    chose it ('chose to', 'decided to': no object of its own). Asked of verbs that are events of their own too:
    the speaker's allegation is a second event beside the act."""
    manner = next((m for c in children_with(verb, ("prep",)) if c.lower_ == "in"
                   for g in children_with(c, ("pobj",)) if g.lemma_.lower() in rules.manner_nouns
                   for m in children_with(g, ("amod",)) if m.lower_ in rules.wrong_manners), None)
    manner = manner or next((c for c in children_with(verb, ("advmod",)) if c.lower_ in rules.wrongdoing_adverbs), None)
    if manner is None:
        return None
    doer = verb
    while not has_child(doer, ("nsubj",)) and doer.dep_ == "xcomp" and not has_child(doer.head, ("dobj", "obj")):
        doer = doer.head  # "chose to suppress": the chooser suppresses
    subj = next(children_with(doer, ("nsubj",)), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return Trigger(verb=verb, word=manner, type="ACCUSE", mode="allege", nominal=NominalArgs(targets=(subj,)))
