"""Who states an act and on whose word it is reported: the speaker of a statement and the attribution.

Read from the reporting verb above the trigger, an 'according to X' phrase, or the quote's speaker
sentences away; the coder asks these for every event (attribution) and for stance events (speaker).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.actors import DocumentContext
from seismo.coding.arguments import passive_agent, subject_of
from seismo.coding.events import Trigger
from seismo.coding.hedges import hedged_source
from seismo.coding.lexicon import Lexicon
from seismo.coding.nominal_args import lemma_of, load_grammar
from seismo.coding.reporting import is_reporting
from seismo.coding.sentence import SentenceInfo, reporting_ancestor
from seismo.coding.verb_roles import is_passive
from seismo.models import Actor


def statement_speaker(trigger: Trigger, info: SentenceInfo, ctx: DocumentContext, on: dt.date | None,
                      lexicon: Lexicon) -> Actor | None:
    """Who states the act: the reporting verb's subject, 'according to X', else a governing clause's subject."""
    reporter = reporting_ancestor(trigger.verb, lexicon)
    if reporter is not None:
        actor = _subject_actor(reporter, ctx, on)
        return actor if actor is not None and (actor.country or actor.igo) else info.according_to
    if info.according_to is not None:
        return info.according_to
    token = trigger.verb
    own = subject_of(trigger.verb)
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            subj = subject_of(token)
            if subj is not None and own is not None and subj.i == own.i:
                continue
            actor = _subject_actor(token, ctx, on)
            if actor is not None and (actor.country or actor.igo):
                return actor
    return None


def attribution_of(trigger: Trigger, info: SentenceInfo, ctx: DocumentContext, on: dt.date | None,
                   lexicon: Lexicon) -> Actor | None:
    """Who says so: the reporting verb's subject, else the quote's speaker sentences away, else 'according to X',
    else, for an act told under a hedge ('reportedly', 'are believed to have'), 'unnamed sources'."""
    reporter = _reported_noun_verb(trigger, lexicon) or reporting_ancestor(trigger.verb, lexicon)
    actor = _subject_actor(reporter, ctx, on) if reporter is not None else None
    if actor is not None:
        return actor
    if info.according_to is None and ctx.quote_speaker is not None:  # the quote's speaker, sentences away
        actor = ctx.quote_speaker(trigger.verb, on)
    return actor or info.according_to or hedged_source(trigger.verb, lexicon)  # 'reportedly': no named source


def _reported_noun_verb(trigger: Trigger, lexicon: Lexicon) -> Token | None:
    """'The attack was claimed by the Houthis', 'the Houthis claimed the attack': an event noun that is the passive
    subject of a reporting verb, or the object of a reporting verb that also tells taking part in the act
    (nominal.yaml participation_verbs: 'claim'), is told on the word of the claimant, not of a reporter above."""
    verb, word = trigger.verb, trigger.word
    if not trigger.noun or word.head.i != verb.i or not is_reporting(verb, lexicon):
        return None
    if is_passive(verb):
        return verb if passive_agent(verb) is not None else None
    claims = word.dep_ in ("dobj", "obj") and lemma_of(verb) in load_grammar().participation_verbs
    return verb if claims else None


def _subject_actor(verb: Token, ctx: DocumentContext, on: dt.date | None) -> Actor | None:
    """The actor the verb's subject resolves to, if any; for a passive reporting verb its by-agent, who says so
    ('the attack was claimed by the Houthi movement', 'the figures were reported by the ministry')."""
    subj = passive_agent(verb) if is_passive(verb) else None
    subj = subj if subj is not None else subject_of(verb)
    return ctx.resolve(subj, on) if subj is not None else None
