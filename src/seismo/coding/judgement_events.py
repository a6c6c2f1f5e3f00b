"""Code the spoken judgements that ``judgements.py`` finds: from the speaker to the judged actor.

A judgement a speaker makes ("the ruling is unwelcome, she said", "police said the rebels are the main suspects",
"'we will bring them to justice,' the minister said") is an event from the one who judges to the one judged,
asserted and dated on the statement, only when a speaker is named and the judgement itself is asserted (no
question, condition or possibility).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Token

from seismo.coding.actors import DocumentContext
from seismo.coding.arguments import conjuncts, subject_of
from seismo.coding.attribution import attribution_of
from seismo.coding.doc_words import children_with
from seismo.coding.events import Trigger
from seismo.coding.judgement_words import REVERSIBLE, load_judgements, needs_doer
from seismo.coding.judgements import OWN_WORDS, judgement_triggers
from seismo.coding.lexicon import Lexicon
from seismo.coding.mention_memory import DEFINITE_WINDOW, because
from seismo.coding.merge import PERSON_REASON, identified, same_actor
from seismo.coding.modality import modality_of
from seismo.coding.parties import resolve_party
from seismo.coding.predicate_frames import DEMONSTRATIVES
from seismo.coding.records import make_event
from seismo.coding.sentence import (
    SentenceInfo,
    StatementScope,
    clause_owner,
    evidence_of,
    reporting_ancestor,
    statement_date,
)
from seismo.models import Actor, Event, Modality

__all__ = ["judgement_triggers", "spoken_judgement"]  # the coder's two hooks: find, then code

THREAT_MODALITIES = {Modality.FUTURE, Modality.NEGATED}  # "will bring", "will not be tolerated"
COURTS = {"JUD"}  # their findings are rulings (SANCTION, COERCE), not a finder's judgement (finding_verbs)

def spoken_judgement(trigger: Trigger, scope: StatementScope, earlier: list[Event]) -> list[Event]:
    """The event of a judgement a speaker makes: from the speaker (a reporting verb's subject, 'according to X',
    or the quote's speaker) to the judged actor, asserted, dated on the statement. None when no speaker is
    named, when the judgement is asked, conditional or possible, or when it judges the speaker itself.
    ``earlier``: the document's events so far, whose doers a noun that refers back judges ('the ruling')."""
    if _asked(trigger.verb):
        return []
    info, heads, article, ctx, lexicon = scope.info, scope.heads, scope.article, scope.ctx, scope.lexicon
    modality = modality_of(trigger.word, trigger.verb, lexicon)
    type_, mode = trigger.type, trigger.mode
    if modality is Modality.NEGATED and type_ == "SUPPORT":  # "the decision is not acceptable": condemned
        type_, mode = "ACCUSE", "disapprove"
    elif mode == REVERSIBLE or (modality is not Modality.ASSERTED
                                and not (type_ == "THREATEN" and modality in THREAT_MODALITIES)):
        return []
    own = heads | {trigger.verb.i}  # "called the decision courageous on Thursday": the clause's own day first
    hit = next((d for d in info.dates if getattr(clause_owner(d.token, own, stop_at_bounds=True), "i", None)
                == trigger.verb.i), None) or statement_date(trigger, info, heads)
    published = article.published
    if hit is not None and (hit.date is None or (published and hit.date > published)):
        hit = None
    on = hit.date if hit and hit.date else published
    speaker = _speaker(trigger, info, ctx, on, lexicon)
    if speaker is None or _lay(speaker) or (type_ == "REJECT" and speaker.agent in COURTS):
        return []  # '"It is a sad day," a Nairobi resident said': an opinion; a court saying a vote is void annuls it
    judged = trigger.nominal.targets[0] if trigger.nominal and trigger.nominal.targets else None
    targets = _judged_actors(judged, ctx, on, lexicon, earlier, speaker) if judged is not None else []
    if judged is not None and judged.lower_ in OWN_WORDS | {"they", "them"} and type_ == "THREATEN":
        targets = []
    if judged is not None and judged.lower_ in OWN_WORDS:
        return []  # "we are responsible": no one accused
    if type_ == "SUPPORT" and judged is not None and _own_side(judged):
        return []  # "said his government's reforms were a great success": self-praise is no event
    # a senator criticising Congress accuses; 'his government' is the speaker's own side, and self-praise is none
    alike = _one_party if type_ == "ACCUSE" and not (judged is not None and _own_side(judged)) else same_actor
    if any(alike(speaker, t) for t in targets) or (type_ == "SUPPORT" and not targets):
        return []
    if not targets and not _may_stand_alone(trigger, judged, lexicon):
        return []  # "said this individual is a terrorist": whom it accuses is unknown
    verbal = dataclasses.replace(trigger, type=type_, mode=mode)
    base = dict(
        doc_id=article.doc_id, modality=Modality.ASSERTED,
        attributed_to=attribution_of(trigger, info, ctx, on, lexicon),
        date=hit.date if hit else None, date_text=hit.text if hit else None,
        date_precision=hit.precision if hit else None, location=None, quantity=None,
        evidence=evidence_of(info.sent, article.text), trigger=trigger.word.text,
        published=published, outlet=article.outlet, coder_version=scope.version,
    )
    return [make_event(verbal, speaker, t, base, lexicon) for t in targets or [None]]


def _one_party(speaker: Actor, judged: Actor) -> bool:
    """The same actor, and not two parties that bear one code: two people the knowledge base knows, a person and a
    body, or a body as a whole (``whole_bodies``) and one of its members ('Senator Cruz said Congress had abused its
    power': both USALEG, two parties; 'the government said the government ...' is one)."""
    return same_actor(speaker, judged) and _party_kind(speaker) == _party_kind(judged)


def _party_kind(actor: Actor) -> str | None:
    """The person the knowledge base read, the head word of an institution or a whole body ('the Senate' and 'the
    House' are two), else None (a member, a sector)."""
    person = PERSON_REASON.match(actor.reason or "")
    if person is not None:
        return person.group(1)
    words = (actor.name or "").lower().split()
    body = (actor.reason or "").startswith("institution ") or (words and words[-1] in load_judgements().whole_bodies)
    return f"body {words[-1]}" if body and words else None


OWN_POSSESSIVES = {"his", "her", "our", "my"}


def _own_side(judged: Token) -> bool:
    """'his government's reforms', 'our army's response': an act of the speaker's own side (``own_sides`` owned by a
    first or third person possessive); 'his counterpart's decision' is another's."""
    owners = [judged, *children_with(judged, ("poss",))]
    return any(o.lemma_.lower() in load_judgements().own_sides and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in o.children) for o in owners)


def _lay(speaker: Actor) -> bool:
    """An ordinary person's opinion is no political act: a civilian speaker named by a lay noun ('a Nairobi
    resident', 'a Nigerian farmer'; ``lay_speakers``), not protesters or a group, who act politically."""
    words = (speaker.name or "").lower().split()
    if speaker.agent != "CVL" or not words:
        return False
    head = words[-1]
    return bool({head, head[:-1], head[:-2]} & load_judgements().lay_speakers)  # 'residents', 'witnesses'


def _may_stand_alone(trigger: Trigger, judged: Token | None, lexicon: Lexicon) -> bool:
    """A judgement coded without a target: a threat, a rejection, a condemnation of an act ('the bombing was cowardly',
    'that is unacceptable') whose author the story does not name; an accusation of a person or group the
    coder cannot identify is left out."""
    if trigger.type == "THREATEN" or judged is None:
        return True
    if needs_doer(trigger.word, load_judgements()):  # "the result was disappointing": of no one named
        return False
    if trigger.type == "REJECT":  # "the plan is a non-starter": what is rejected is a proposal, not a person
        return judged.pos_ != "PROPN" and judged.ent_type_ != "PERSON"
    lemma = judged.lemma_.lower()
    return trigger.type == "ACCUSE" and trigger.mode == "disapprove" and (
        judged.lower_ in DEMONSTRATIVES or lemma in lexicon.nouns or lemma in lexicon.reference_nouns
        or lemma in load_judgements().judged_acts)  # "said the election result was a fraud"


def _asked(verb: Token) -> bool:
    """A question: 'Is this a crime?', 'asked whether the ruling was fair'."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ('"', "'", "”", "’")), None)  # noqa: RUF001
    if last is not None and last.text == "?":
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _speaker(trigger: Trigger, info: SentenceInfo, ctx: DocumentContext, on: dt.date | None,
             lexicon: Lexicon) -> Actor | None:
    """Who judges: the clause's own named subject when it is not the one judged ('the court ruled that ...',
    'found the strike justified', 'we will bring them to justice' said by X is X's), else who says it: a
    reporting verb's subject ('Dewar, an opposition MP, said ...'), 'according to X', the quote's speaker."""
    subj = subject_of(trigger.verb)
    judged = trigger.nominal.targets[0] if trigger.nominal and trigger.nominal.targets else None
    if subj is not None and subj.lower_ not in OWN_WORDS and (judged is None or subj.i != judged.i):
        own = _country_actor(subj, ctx, on)
        if own is not None:
            return own
    reporter, finding = reporting_ancestor(trigger.verb, lexicon), None
    if reporter is None and (judged is None or judged.lower_ not in DEMONSTRATIVES):
        reporter = finding = _finding_ancestor(trigger.verb)  # "found it to be unlawful": a finding of no one
    said_by = _quoted(reporter) or subject_of(reporter) if reporter is not None else None
    if said_by is not None and _sportsman(said_by):
        return None  # "Brazilian coach Tite said Argentina was playing with fire": a verdict of sport
    if said_by is not None and said_by.lower_ not in OWN_WORDS:
        actor = _country_actor(said_by, ctx, on)
        if actor is not None and not (finding is not None and actor.agent in COURTS):
            return actor  # a court's finding is its ruling, which the event verbs code ('the court found that ...')
    if info.according_to is not None and (info.according_to.country or info.according_to.igo):
        return info.according_to
    if ctx.quote_speaker is not None:
        actor = ctx.quote_speaker(trigger.verb, on)
        if actor is not None and (actor.country or actor.igo):
            return actor
    return None


def _sportsman(token: Token) -> bool:
    """A speaker named as a coach, a player, a referee ('Brazilian coach Tite', 'Tite, the Brazil coach')."""
    words = [token] + [c for c in children_with(token, ("compound", "appos", "nmod"))]
    return any(w.lemma_.lower() in load_judgements().sports_speakers for w in words)


def _quoted(reporter: Token) -> Token | None:
    """'Reuters quoted a police spokesman as saying ...', 'the BBC cited the minister as saying ...': the one
    quoted speaks, not the outlet that quotes."""
    if reporter.dep_ != "pcomp" or reporter.head.lower_ != "as":
        return None
    return next(children_with(reporter.head.head, ("dobj", "obj")), None)


def _finding_ancestor(verb: Token) -> Token | None:
    """The verb of finding whose clause holds the judgement ('the judge determined he had lied'): its subject
    judges, as a reporting verb's would."""
    finding = load_judgements().finding_verbs
    token = verb
    while token.dep_ in ("ccomp", "conj") and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in finding and token.pos_ == "VERB":
            return token
    return None


def _country_actor(token: Token, ctx: DocumentContext, on: dt.date | None) -> Actor | None:
    """The actor a speaker phrase names with a country or an organisation, through its apposition or its
    of-complement when the name itself is unknown ('Paul Dewar, an opposition MP')."""
    return next((a for a in resolve_party(token, ctx, on) if a.country or a.igo), None)


def _party(actor: Actor) -> bool:
    """An actor a judgement can be about: one with a country or an organisation, or a non-state group the
    knowledge base codes without a country ('said al-Qaeda was behind the attack': IMGREB)."""
    return identified(actor) and bool(actor.country or actor.igo or actor.code)


def _pointed(token: Token) -> bool:
    """'this man', 'these individuals', 'this group': a person or group pointed at, not named."""
    return token.lemma_.lower() in load_judgements().pointed_people and any(
        c.dep_ == "det" and c.lower_ in ("this", "these") for c in token.children)


def _judged_actors(token: Token, ctx: DocumentContext, on: dt.date | None, lexicon: Lexicon, earlier: list[Event],
                   speaker: Actor) -> list[Actor]:
    """Whom a judgement is about: the actor named ('the government'), the owner of the act judged ('the
    government's ability', 'the behaviour of the protesters'), or who did the act the noun refers back to
    ('the ruling' after a judge ruled)."""
    found = [a for t in conjuncts(token) for a in ctx.resolve_all(t, on) if _party(a)]
    if found:
        return found
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("of", "by")):
            owners = [child] if child.dep_ == "poss" else [g for g in children_with(child, ("pobj",))]
            found = [a for o in owners for t in conjuncts(o) for a in ctx.resolve_all(t, on) if _party(a)]
            if found:
                return found
    if _pointed(token):  # "'This man is a terrorist,' X said" after his arrest was told
        last = earlier[-1].target if earlier else None
        return [last] if last is not None and _party(last) and not same_actor(last, speaker) else []
    types = lexicon.reference_nouns.get(token.lemma_.lower())
    if types:
        for event in earlier:
            if event.source is not None and (event.source.country or event.source.igo) \
                    and not same_actor(event.source, speaker) \
                    and (event.type in types or f"{event.type}:{event.mode}" in types):
                return [event.source]
    return _maker_named(token, ctx, speaker)


def _maker_named(token: Token, ctx: DocumentContext, speaker: Actor) -> list[Actor]:
    """'the ruling', 'this judgment', 'the law' whose making the story named but coded no event of ('the Supreme Court
    upheld the result ... Odinga said the ruling was a travesty'): the latest actor of the maker's sector
    (``act_makers``: a court, a legislature) named in the last paragraphs, not the speaker."""
    sectors = load_judgements().act_makers.get(token.lemma_.lower())
    if not sectors or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
        return []
    for mention in reversed(ctx.memory.mentions):
        actor = mention.actor
        if token.i - DEFINITE_WINDOW <= mention.token_i < token.i and not mention.person \
                and actor.agent in sectors and (actor.country or actor.igo) and not same_actor(actor, speaker):
            return [because(actor, f"{actor.reason or actor.name}; '{token.text}' is the act of "
                                   f"'{token.doc[mention.token_i].text}', the latest of its makers named")]
    return []


