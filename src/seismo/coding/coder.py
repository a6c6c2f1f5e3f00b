"""Code one parsed document into events: triggers -> actors, modality, attribution, date, place, quantity."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from seismo import CODER_VERSION
from seismo.coding.actors import DocumentContext
from seismo.coding.admissions import admission_events
from seismo.coding.aliases import aliases
from seismo.coding.allegations import alleged_doer
from seismo.coding.arguments import subject_of
from seismo.coding.asked_days import asked_day
from seismo.coding.attribution import attribution_of
from seismo.coding.background import background_date, bound_history, event_noun_year, in_past_frame, reading_day
from seismo.coding.brackets import repair_brackets
from seismo.coding.captors import captor_targets
from seismo.coding.casualties import casualty_counts
from seismo.coding.conjunct_targets import shared_target
from seismo.coding.contests import drop_contests
from seismo.coding.contexts import ContextRules, assign_contexts
from seismo.coding.counterparts import implied_counterparts
from seismo.coding.dated_complements import repair_dated_complements
from seismo.coding.disclosures import disclosed_day
from seismo.coding.doc_memory import DocState, remember_event_day, remember_sentence_days
from seismo.coding.doc_words import VERB_POS, tagged
from seismo.coding.doer_places import doer_place, doer_places, with_doer_places
from seismo.coding.event_dates import (
    context_date,
    date_fields,
    date_on_publication,
    event_date,
    fronted_day,
    reads_forward,
    report_date,
    same_event,
    same_event_date,
    story_date,
    untied,
)
from seismo.coding.event_day import people_on_event_days
from seismo.coding.events import NominalArgs, Trigger, find_triggers
from seismo.coding.false_negations import repair_false_modals, repair_false_negations
from seismo.coding.gathered_demands import gathered_demands
from seismo.coding.holdings import describes_holding
from seismo.coding.introductions import introductions
from seismo.coding.judgement_events import judgement_triggers, spoken_judgement
from seismo.coding.lent_homes import unlent_source
from seismo.coding.lexicon import Lexicon
from seismo.coding.means_purposes import drop_means_purposes
from seismo.coding.mentions import mention_tokens
from seismo.coding.merge import merge_into, same_side
from seismo.coding.modal_conjuncts import repair_modal_conjuncts
from seismo.coding.modality import modality_of
from seismo.coding.modes import hosted_elsewhere, with_force_mode, with_manner_mode
from seismo.coding.nominal import nominal_triggers
from seismo.coding.occasions import occasion_day, over_report, told_anchor_day
from seismo.coding.places import VERBAL_QUADS, event_location, home_location, judged_act
from seismo.coding.protest_demands import drop_protest_demands
from seismo.coding.quote_days import spoken_days
from seismo.coding.records import make_event
from seismo.coding.referenced_days import referenced_day
from seismo.coding.references import (
    meeting_place,
    mention_links,
    paired_parties,
    resolve_references,
    stated_links,
)
from seismo.coding.relevance import counted
from seismo.coding.reporting import ReportingTest, reporting_words
from seismo.coding.request_modes import with_requested_modes
from seismo.coding.scenes import paragraph_scenes, placed_in_scenes, undone_at_home
from seismo.coding.seats import at_body_seat
from seismo.coding.sentence import (
    SentenceInfo,
    StatementScope,
    according_to,
    clause_owner,
    evidence_of,
    sentence_dates,
)
from seismo.coding.series_mentions import drop_series_mentions
from seismo.coding.speakers import QuoteSpeakers
from seismo.coding.stance import only_predicts, stance_of
from seismo.coding.stance_events import announced_request, has_obligation_modal, obligation_events, stance_events
from seismo.coding.story import dateline_country, lede_mentions, story_countries, story_country, word_bounds
from seismo.coding.story_people import people_of_story
from seismo.coding.surname_forms import repair_surnames
from seismo.coding.tallies import outbreak_date, tally_date
from seismo.coding.told_times import (
    after_clause_day,
    anchor_noun_date,
    bounded_date,
    by_day,
    days_after,
    delayed_day,
    referred_event_date,
    since_day,
)
from seismo.coding.trigger_parties import PartyScope, trigger_pairs, trigger_sources
from seismo.coding.truce_sides import truce_foes
from seismo.coding.typescore import TypeScorer
from seismo.coding.venues import at_venue
from seismo.coding.verb_roles import direct_object
from seismo.coding.weapon_participles import drop_weapon_participles
from seismo.ingest.noise import NoiseRules, load_noise, noise_spans, within_noise
from seismo.kb import KnowledgeBase
from seismo.models import Actor, Article, Event, Modality, Quantity

STANCE_SKIP = {"AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE"}  # already verbal: no stance event on top
QUANTITY_TYPES = {"MOBILIZE", "ASSAULT", "PROTEST", "AID", "RETREAT", "COERCE", "SANCTION"}
OWN_PRONOUNS = {"it", "they", "we", "he", "she", "i"}  # "warned that it would retaliate": the warner itself
OWN_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}
MEDIA_AGENTS = {"MED", "JRN"}  # "told the Daily Courier", "told reporters": an interview, no directive


class Coder:
    """Holds the dictionaries and knowledge base; codes documents one at a time."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon, version: str = CODER_VERSION,
                 noise: NoiseRules | None = None, contexts: ContextRules | None = None,
                 scorer: TypeScorer | None = None) -> None:
        self.kb = kb
        self.lexicon = lexicon
        self.version = version
        self.noise = noise or load_noise()
        self.contexts = contexts
        self.scorer = scorer  # the learned type scorer (docs/model.md); None: the rules' types stand

    def code(self, doc: Doc, article: Article) -> list[Event]:
        repair_brackets(doc)  # '"I urge [Lam] to step down"': an editor's insertion, not a word of the clause
        repair_false_negations(doc)  # 'Nguyễn Tấn Dũng called for ...': 'Nguyễn' parsed as a negation
        repair_false_modals(doc)  # 'Authorities in Can Tho detained ...': 'Can' parsed as a modal
        repair_surnames(doc, self.kb, article.published)  # 'Theresa May ... Later, May criticised': the name
        repair_modal_conjuncts(doc)  # 'said the army would form a government and urged ...': the speaker urged
        repair_dated_complements(doc, self.lexicon)  # 'agreed on Thursday to fight': the infinitive is agreed to
        noise = noise_spans(article.text, self.noise)  # captions, credits, bylines, posts: not coded
        ctx = DocumentContext(self.kb, article.published)
        ctx.home = story_country(doc, article, self.kb, noise)
        ctx.countries = story_countries(doc, article, self.kb, ctx.home, noise)
        ctx.home_mentions = tuple((s, e, b) for c, s, e, b in lede_mentions(doc, article, self.kb, noise)
                                  if c == ctx.home)
        ctx.filed = dateline_country(article, self.kb)
        ctx.kb = kb = self.kb.preferring(ctx.countries)  # 'Tripoli'
        quotes = QuoteSpeakers(doc, ReportingTest(self.lexicon), ctx.resolve)
        ctx.quoted, ctx.quote_speaker = quotes.actor_for, quotes.speaker_of
        ctx.introduced = aliases(doc, ctx, kb, introductions(doc, ctx, kb))  # the story's names
        state = DocState()
        previous_end = 0
        for sent in doc.sents:
            bounds = word_bounds(sent)
            if bounds is None:
                continue
            if "\n" in article.text[previous_end:bounds[0]]:  # any line break ends a paragraph
                state.new_paragraph()
            previous_end = bounds[1]
            if within_noise(*bounds, noise):  # not content (``story.is_content``)
                continue
            for token in mention_tokens(sent):
                actor = ctx.resolve(token)
                if actor is not None:
                    ctx.remember(token, actor)
            state.events.extend(self._code_sentence(sent, article, ctx, state))
        # references first: a noun that names an earlier event brings its date along before the fallback
        scenes = paragraph_scenes(doc, article.text, kb, ctx.home, noise)  # before references: "the attack" there
        placed = with_doer_places(placed_in_scenes(state.events, scenes, kb.country_name), state.doers, kb.country_name)
        events = resolve_references(placed, state.references)
        events = undone_at_home(events, ctx.home, kb.country_name)  # "police were injured": no doer, scene or tie
        events = counted(implied_counterparts(events, doc, article.text, self.lexicon))  # no party: dropped
        events = people_of_story(events, doc, ctx.home)  # 'Manafort agreed': an unknown doer is the story's
        events = date_on_publication(casualty_counts(doc, article.text, events), article.published)
        events = people_on_event_days(events, kb)  # 'Hariri resigned on Tuesday. He said he would ...': that day
        events = self.scorer.rescore(events) if self.scorer is not None else events  # before contexts: by type
        return assign_contexts(events, doc, self.contexts, noise, ReportingTest(self.lexicon))

    def _code_sentence(self, sent: Span, article: Article, ctx: DocumentContext,
                       state: DocState) -> list[Event]:
        triggers = [t for t in find_triggers(sent, self.lexicon, lambda t: ctx.resolve(t) is not None,
                                             lambda v: _agent_of(subject_of(v), ctx), lambda t: _person(t, ctx))
                    if t.noun or not (only_predicts(t.verb, self.lexicon, lambda s, v=t.verb: self._own_side(s, v, ctx))
                                      or (t.other_side and self._told_own_side(t.verb, ctx)))]
        triggers = drop_protest_demands(nominal_triggers(sent, self.lexicon, triggers, ctx.resolve))
        triggers = drop_series_mentions(triggers)  # "marched ... in the third week of protests": one PROTEST
        triggers = drop_means_purposes(triggers)  # "fired tear gas to disperse the crowd": one ASSAULT
        triggers = drop_weapon_participles(triggers)  # "hit by a missile fired by rebels": one ASSAULT
        triggers = gathered_demands(triggers, lambda v: _agent_of(subject_of(v), ctx))  # "gathered to demand"
        triggers = drop_contests(triggers, sent)  # "Brazil beat Argentina 3-1": a game
        triggers, spoken = judgement_triggers(sent, self.lexicon, triggers, ctx.resolve)  # "called it cowardly"
        triggers = with_requested_modes(triggers)  # "urged Mugabe to step down": REQUEST change
        reporters = reporting_words(sent, self.lexicon)
        speakers = self._remember_speakers(reporters, ctx)
        told = sentence_dates(sent, article.published, state.anchor, state.year,
                              lambda bound: told_anchor_day(bound, state.told))  # "the night before the arrest"
        dates = spoken_days(sent, told, article.published, state.speech_day(speakers), ReportingTest(self.lexicon))
        state.anchor = next((d.date for d in reversed(dates) if d.precision == "day" and d.names is None), state.anchor)
        context = fronted_day(sent, dates, article.published) or state.paragraph_date  # "On Monday, A did X; B did Y"
        context = context or referenced_day(sent, state.events, self.lexicon)  # "During the meeting, A thanked B"
        info = SentenceInfo(sent, dates, according_to(sent, ctx), context, state.speaker_date)

        heads = {t.verb.i for t in triggers} | {t.word.i for t in triggers} | {r.i for r in reporters}
        verbal = frozenset(t.verb.i for t in triggers if t.word.i == t.verb.i
                           and self.lexicon.types[t.type].quad in VERBAL_QUADS)  # 'condemned the strikes'
        scope = StatementScope(info, heads, article, ctx, self.lexicon, self.version, verbal)
        events: list[Event] = []
        state.sentence = events  # "A met B, and the two sides agreed ...": the parties told before in the sentence
        trigger_verbs = {t.verb.i for t in triggers}
        obligations = [Trigger(verb=t, word=t, type="REQUEST", mode=None) for t in tagged(sent, VERB_POS)
                       if t.i not in trigger_verbs and has_obligation_modal(t, self.lexicon)] + spoken
        for trigger in triggers + obligations:
            if trigger not in obligations:
                coded = self._code_trigger(trigger, scope, state)
            elif trigger not in spoken:
                coded = obligation_events(trigger, scope)
            else:
                coded = spoken_judgement(trigger, scope, state.events)
            for event in coded:
                remember_event_day(state, event, info)
                merge_into(events, event)
        remember_sentence_days(state, info, events, bool(triggers), article.published, ctx, self.lexicon)
        return events

    def _own_side(self, subject: Token, verb: Token, ctx: DocumentContext) -> bool:
        """Whether a clause's subject is the side of the verb's subject ('Iran warned that it would ...')."""
        if subject.lower_ in OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES
                                                 for c in subject.children):
            return True  # "warned that it would retaliate", "warned that its missiles will hit any ship"
        speaker = subject_of(verb)
        a, b = ctx.resolve(subject), ctx.resolve(speaker) if speaker is not None else None
        return a is not None and b is not None and same_side(a, b)

    def _told_own_side(self, verb: Token, ctx: DocumentContext) -> bool:
        """Whom a directive ('told X to ...', a rule with ``other_side``) cannot be made to: the teller's own people
        or parts ('the embassy told its citizens to leave': an internal instruction), or the media ('told the
        Daily Courier to ...': an interview, whatever the parse makes of the infinitive after it)."""
        obj = direct_object(verb)
        if obj is None:
            return False
        addressee = ctx.resolve(obj)
        return (addressee is not None and addressee.agent in MEDIA_AGENTS) or self._own_side(obj, verb, ctx)

    def _remember_speakers(self, reporters: Iterable[Token], ctx: DocumentContext) -> list[Actor]:
        """The actors the sentence's reporting verbs name as speakers, remembered for later quotes."""
        speakers = []
        for verb in reporters:
            subj = subject_of(verb)
            actor = ctx.resolve(subj) if subj is not None else None
            if actor is not None:
                ctx.remember_speaker(actor)
                speakers.append(actor)
        return speakers

    def _code_trigger(self, trigger: Trigger, statement: StatementScope, state: DocState) -> list[Event]:
        info, heads, article, ctx = statement.info, statement.heads, statement.article, statement.ctx
        nominal, trigger = trigger.nominal or NominalArgs(), with_manner_mode(with_force_mode(trigger))
        modality = nominal.modality or modality_of(
            trigger.word, trigger.verb, self.lexicon,
            attempt_counts=trigger.type.lower() in self.lexicon.cue("attempt_types"))
        future_from = article.published if reads_forward(trigger.verb, modality, self.lexicon) else None  # "will meet"
        date_hit = event_date(trigger, info, heads, self.lexicon, future_from)
        if modality is Modality.ASSERTED and over_report(trigger.verb, date_hit, heads, self.lexicon):
            date_hit = occasion_day(trigger.verb, state.told, state.events, self.lexicon) or date_hit  # the rally's
        if date_hit is None and modality is Modality.ASSERTED:  # "called on him to resign on Monday": the call's day
            date_hit = asked_day(trigger.verb, info, heads, article.published)
        if date_hit is None and modality is Modality.ASSERTED:  # "admitted that it shot down the jet": not that day
            date_hit = disclosed_day(trigger.verb, state.told, self.lexicon)
        # "one week after an attack", "two days after troops attacked": the anchor is before the clause's day
        date_hit = anchor_noun_date(trigger.word, date_hit, info.dates, article.published) or date_hit
        if modality is Modality.ASSERTED:  # "seized power in a 2020 coup, he recalled on Tuesday": the coup's year
            date_hit = event_noun_year(trigger.verb, info.dates, article.published) or date_hit
        if modality is Modality.ASSERTED:  # "have been killed since the war began in 2023": a tally, no day
            date_hit = tally_date(trigger.verb, date_hit, self.lexicon) or date_hit
            date_hit = outbreak_date(trigger.word, trigger.verb, date_hit, self.lexicon) or date_hit  # "war broke out"
        if date_hit is None and trigger.word.i == trigger.verb.i and describes_holding(trigger.verb, self.lexicon):
            return []  # "the territory occupied by Russia": who holds the place, not an act
        if date_hit is None and modality is Modality.ASSERTED:  # "were previously convicted": no day of the story
            date_hit = background_date(trigger.verb, self.lexicon) \
                or bound_history(trigger.verb, info.dates, article.published)  # "since a coup toppled ..."
        earlier = same_event(trigger, state.events, self.lexicon) \
            if date_hit is None and modality is Modality.ASSERTED else None
        if earlier is not None:  # "six were killed in the attack": the attack told before, its day, place and mode
            date_hit, told = same_event_date(*earlier), earlier[1]
            trigger = dataclasses.replace(trigger, mode=told.mode) if trigger.type == told.type and not trigger.mode \
                else trigger
        if date_hit is None and modality is Modality.ASSERTED:  # "arrested dozens during the rally": the rally's day
            date_hit = occasion_day(trigger.verb, state.told, state.events, self.lexicon)
        if date_hit is None and modality is Modality.ASSERTED:  # "did not endorse her until July"
            date_hit = delayed_day(trigger, info, self.lexicon) or since_day(trigger, info) \
                or by_day(trigger, info, article.published)  # "since June", "had delivered ... by November 22"
        if date_hit is None and modality is Modality.ASSERTED:  # "in that event": the date named last
            date_hit = referred_event_date(trigger, state.last_named)
        if date_hit is None and modality is Modality.ASSERTED:  # "for several days": after the last day named
            date_hit = days_after(trigger, state.anchor, article.published)
        if date_hit is None and modality is Modality.ASSERTED:
            date_hit = report_date(trigger, info, heads, self.lexicon) \
                or after_clause_day(trigger, info, article.published)  # "resigned on Sunday after X urged him"
        if date_hit is None and modality is Modality.ASSERTED and not bounded_date(trigger, info):
            date_hit = context_date(trigger, info, self.lexicon, ctx.resolve, ctx.quote_speaker) \
                or in_past_frame(trigger.verb, state.past, info.dates) \
                or story_date(trigger, state.lead, state.anchor, self.lexicon, ctx.resolve)  # "On Monday, ...": lead
        on = reading_day(date_hit, article.published)  # a background act in a past paragraph: that past
        location = event_location(judged_act(trigger, statement.verbal_acts), info.sent, heads, ctx.kb, ctx.home)
        if location is None and earlier is not None:
            location = earlier[1].location
        scope = PartyScope(trigger, nominal, location, on, ctx, ctx.kb, self.lexicon)
        sources = trigger_sources(scope)
        if not trigger.noun and (not sources or all(ctx.at_home(s) for s in sources)):
            # "the two sides agreed", "The two leaders agreed": the parties of the last two-party act, not a
            # country the story lent the bare noun
            sources = paired_parties(subject_of(trigger.verb), state.events + state.sentence) or sources
        if location is None and not trigger.noun:  # "The two leaders agreed ...": where they met
            location = meeting_place(subject_of(trigger.verb), state.events + state.sentence)
        if modality is Modality.ASSERTED and alleged_doer(trigger.verb, self.lexicon):
            sources = []  # "accused X of killing two police officers": who killed is the accusation's claim
        if sources is None:
            return []  # "the canopy collapsed, killing 15", "the storm attacked the coast": no political actor
        # "The Treasury Department lifted sanctions on the Belarusian company": not Belarus's treasury
        sources = [unlent_source(s, trigger, ctx.home, ctx.countries, ctx.home_mentions, ctx.at_home(s), ctx.filed,
                                 ctx.resolve) for s in sources]
        pairs = shared_target(trigger, trigger_pairs(scope, sources, state.events), state.sentence, self.lexicon)
        pairs = captor_targets(trigger, pairs, state.events + state.sentence)  # "called for the release of X"
        pairs = truce_foes(trigger, pairs, state.events + state.sentence)  # "a ceasefire in Yemen": the foe
        if not pairs:
            return []
        if modality is Modality.ASSERTED and date_hit and date_hit.date and article.published \
                and date_hit.date > article.published:
            modality = Modality.FUTURE
        base = dict(
            doc_id=article.doc_id, modality=modality,
            attributed_to=attribution_of(trigger, info, ctx, on, self.lexicon),
            **date_fields(date_hit), location=location,
            quantity=self._quantity(trigger, info, heads),
            evidence=evidence_of(info.sent, article.text), trigger=trigger.word.text,
            published=article.published, outlet=article.outlet, coder_version=self.version,
        )
        events = [make_event(trigger, source, target, base, self.lexicon) for source, target in pairs]
        if state.frame is not None and info.context_date is not None and date_hit is not None \
                and date_hit.text.startswith("(context)") and date_hit.token.i == info.context_date.token.i:
            events = untied(events, state.frame)  # a framing day dates the parties it named
        if location is None:  # "told reporters in Geneva that Iran rejected ...", else the parties' own country
            events = at_body_seat(at_venue(events, trigger, info.sent, ctx.kb, self.lexicon))  # "the ICJ ruled"
            events = [e if e.location else e.model_copy(update={
                "location": home_location(e.source, e.target, ctx.kb, (e.type, e.mode))}) for e in events]
            state.doers.update(doer_places(events, doer_place(trigger, info.sent, ctx.kb)))  # "the governor of X"
        events = [hosted_elsewhere(e, self.lexicon.types) for e in events]
        state.references.update(mention_links(trigger, nominal, events, self.lexicon))  # "the attack": told before
        if modality is Modality.ASSERTED:  # "acknowledged its army had shot down": the admission concedes
            events = events + admission_events(trigger, events, base, statement)
        if modality is not Modality.ASSERTED and not nominal.undergone:
            stance = stance_of(trigger.word, trigger.verb, self.lexicon)
            if stance == "commit" and announced_request(trigger, self.lexicon):
                made = stance_events(trigger, stance, pairs, on, base, statement)
                state.references.update(stated_links(trigger, made, self.lexicon))
                return made or events  # "said it would press the US to ...": saying so makes the request
            # "Britain said Sudan must reach an agreement": an obligation is a request whatever the act's type
            if trigger.type != "REQUEST" and stance is not None and (stance == "oblige"
                                                                      or trigger.type not in STANCE_SKIP):
                made = stance_events(trigger, stance, pairs, on, base, statement)
                state.references.update(stated_links(trigger, made, self.lexicon))  # the lead, then the quote
                events.extend(made)
        return events

    def _quantity(self, trigger: Trigger, info: SentenceInfo, heads: set[int]) -> Quantity | None:
        if trigger.type not in QUANTITY_TYPES:
            return None
        owners = {trigger.verb.i, trigger.word.i}
        for token, quantity in info.quantities:
            owner = clause_owner(token, heads | owners)
            if owner is not None and owner.i in owners:
                return quantity
        return None


ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "UAF", "CRM", "SPY"})


def _person(token: Token, ctx: DocumentContext) -> bool:
    """Whether the token names a person: one the knowledge base knows ('Trump', whom the parser may read as
    nothing), or a name the parser reads as a person that resolves to no armed body ('Boko Haram' is tagged so)."""
    actor = ctx.resolve(token)
    if actor is not None and actor.person is not None:
        return True
    return token.ent_type_ == "PERSON" and (actor is None or actor.agent not in ARMED_SECTORS)


def _nationality_modified(token: Token) -> bool:
    """'Brazilian striker Neymar': a name whose country comes from a nationality word before it is a person or a
    body of that country, not the state itself (which is named alone: 'Brazil', 'Tehran')."""
    return any(t.ent_type_ == "NORP" for left in token.lefts for t in left.subtree)


def _agent_of(token: Token | None, ctx: DocumentContext) -> str | None:
    """The subject's sector, as the trigger rules read it. A state named alone ('Brazil protested the move',
    'Tehran suspended the newspaper') acts through its government: GOV, where the actor itself keeps no sector. A
    person known only by a nationality ('Brazilian striker Neymar quit') is no state."""
    actor = ctx.resolve(token) if token is not None else None
    if actor is None:
        return None
    if actor.country and not actor.agent and not actor.igo and token is not None and token.pos_ == "PROPN" \
            and token.ent_type_ != "NORP" and not _nationality_modified(token):  # entity types of names are unreliable
        return "GOV"
    return "IGO" if actor.igo and not actor.agent else actor.agent
