"""Code one parsed document into events: triggers -> actors, modality, attribution, date, place, quantity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from seismo import CODER_VERSION
from seismo.coding.actors import DocumentContext, mention_tokens
from seismo.coding.arguments import source_tokens, subject_of, target_tokens
from seismo.coding.dates import find_date_expressions, resolve_date
from seismo.coding.events import Trigger, find_triggers
from seismo.coding.lexicon import Lexicon
from seismo.coding.modality import is_reporting, modality_of
from seismo.coding.places import event_location
from seismo.coding.quantities import find_quantities
from seismo.kb import KnowledgeBase
from seismo.models import Actor, Article, Event, Evidence, Modality, Quantity

BOUND_WORDS = {"before", "until", "till", "by", "after", "since", "ahead", "prior", "from"}
QUANTITY_TYPES = {"MOBILIZE", "ASSAULT", "PROTEST", "AID", "RETREAT", "COERCE"}
TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
              "minutes", "percent", "%"}


@dataclass
class DateHit:
    token: Token
    text: str
    date: dt.date | None
    precision: str | None


@dataclass
class SentenceInfo:
    """What the coder reads once per sentence and shares across its triggers."""

    sent: Span
    dates: list[DateHit]
    quantities: list[tuple[Token, Quantity]]
    according_to: Actor | None


def _span_root(sent: Span, start: int, end: int) -> Token | None:
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _sentence_dates(sent: Span, published: dt.date | None) -> list[DateHit]:
    hits = []
    for mention in find_date_expressions(sent.text):
        root = _span_root(sent, mention.start, mention.end)
        if root is None:
            continue
        resolved = resolve_date(mention.text, published)
        hits.append(DateHit(root, mention.text, resolved.date if resolved else None,
                            resolved.precision if resolved else None))
    return hits


def _sentence_quantities(sent: Span) -> list[tuple[Token, Quantity]]:
    out = []
    for q in find_quantities(sent.text):
        if q.unit and q.unit.lower() in TIME_UNITS:
            continue
        root = _span_root(sent, q.start, q.end)
        if root is not None:
            out.append((root, Quantity(value=q.value, unit=q.unit)))
    return out


def _according_to(sent: Span, ctx: DocumentContext) -> Actor | None:
    for token in sent:
        if token.lower_ == "according":
            for prep in token.children:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return ctx.resolve(pobj)
    return None


def clause_owner(token: Token, heads: set[int], stop_at_bounds: bool = False) -> Token | None:
    """The nearest ancestor (or self) that heads an event or report clause; None across a bound word."""
    current = token
    for _ in range(40):
        if current.i in heads and current.i != token.i:
            return current
        if stop_at_bounds and current.lower_ in BOUND_WORDS:
            return None
        if current.head.i == current.i:
            return current if current.i in heads else None
        current = current.head
    return None


class Coder:
    """Holds the dictionaries and knowledge base; codes documents one at a time."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon, version: str = CODER_VERSION) -> None:
        self.kb = kb
        self.lexicon = lexicon
        self.version = version

    def code(self, doc: Doc, article: Article) -> list[Event]:
        ctx = DocumentContext(self.kb, article.published)
        events: list[Event] = []
        for sent in doc.sents:
            for token in mention_tokens(sent):
                actor = ctx.resolve(token)
                if actor is not None:
                    ctx.remember(token, actor)
            events.extend(self._code_sentence(sent, article, ctx))
        return events

    def _code_sentence(self, sent: Span, article: Article, ctx: DocumentContext) -> list[Event]:
        triggers = find_triggers(sent, self.lexicon, lambda t: ctx.resolve(t) is not None)
        reporters = [t for t in sent if is_reporting(t, self.lexicon)]
        self._remember_speakers(reporters, ctx)
        info = SentenceInfo(sent, _sentence_dates(sent, article.published), _sentence_quantities(sent),
                            _according_to(sent, ctx))
        heads = {t.verb.i for t in triggers} | {t.word.i for t in triggers} | {r.i for r in reporters}
        seen: set[tuple[str | None, ...]] = set()
        events = []
        for trigger in triggers:
            for event in self._code_trigger(trigger, info, heads, article, ctx):
                key = (event.type, _code(event.source), _code(event.target), event.modality.value,
                       event.location.country if event.location else None)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
        return events

    def _remember_speakers(self, reporters: Iterable[Token], ctx: DocumentContext) -> None:
        for verb in reporters:
            subj = subject_of(verb)
            actor = ctx.resolve(subj) if subj is not None else None
            if actor is not None:
                ctx.remember_speaker(actor)

    def _code_trigger(self, trigger: Trigger, info: SentenceInfo, heads: set[int], article: Article,
                      ctx: DocumentContext) -> list[Event]:
        date_hit = self._event_date(trigger, info, heads)
        on = date_hit.date if date_hit and date_hit.date else article.published
        sources = [a for a in (ctx.resolve(t, on) for t in source_tokens(trigger)) if a is not None]
        targets = [a for a in (ctx.resolve(t, on) for t in target_tokens(trigger)) if _identified(a)]
        if trigger.symmetric and len(sources) > 1 and not targets:
            sources, targets = sources[:1], sources[1:2]
        sources = [_with_agent(a, trigger.source_agent) for a in sources] or [None]
        if all(s is None for s in sources) and not targets:
            return []
        modality = modality_of(trigger.word, trigger.verb, self.lexicon)
        if modality is Modality.ASSERTED and date_hit and date_hit.date and article.published \
                and date_hit.date > article.published:
            modality = Modality.FUTURE
        attributed = self._attribution(trigger, info, ctx, on)
        target = next((t for t in targets if not _same(t, sources[0])), None)
        base = dict(
            doc_id=article.doc_id, modality=modality, attributed_to=attributed,
            date=date_hit.date if date_hit else None, date_text=date_hit.text if date_hit else None,
            date_precision=date_hit.precision if date_hit and date_hit.date else None,
            location=event_location(trigger, info.sent, heads, self.kb),
            quantity=self._quantity(trigger, info, heads),
            evidence=_evidence(info.sent), trigger=trigger.word.text,
            published=article.published, outlet=article.outlet, coder_version=self.version,
        )
        return [self._event(trigger, source, target, base) for source in sources]

    def _event(self, trigger: Trigger, source: Actor | None, target: Actor | None, base: dict) -> Event:
        info = self.lexicon.types[trigger.type]
        key_source, key_target = _code(source) or "", _code(target) or ""
        event_id = Event.make_id(base["doc_id"], trigger.word.idx, trigger.verb.idx, trigger.type,
                                 key_source, key_target)
        return Event(
            event_id=event_id, type=trigger.type, mode=trigger.mode, cameo=info.cameo_for(trigger.mode),
            goldstein=info.score_for(trigger.mode), quad_class=info.quad,
            source=source, target=target if not _same(target, source) else None, **base,
        )

    def _event_date(self, trigger: Trigger, info: SentenceInfo, heads: set[int]) -> DateHit | None:
        """Own date expression, else the coordinated clause's, else the reporting verb's."""
        owners = {trigger.verb.i, trigger.word.i}
        chain = [trigger.verb]
        if trigger.verb.dep_ == "conj":
            chain.append(trigger.verb.head)
        reporter = _reporting_ancestor(trigger.verb, self.lexicon)
        if reporter is not None:
            chain.append(reporter)
        for head in chain:
            for hit in info.dates:
                owner = clause_owner(hit.token, heads | owners, stop_at_bounds=True)
                if owner is not None and (owner.i == head.i or (head.i == trigger.verb.i and owner.i in owners)):
                    return hit
        return None

    def _quantity(self, trigger: Trigger, info: SentenceInfo, heads: set[int]) -> Quantity | None:
        if trigger.type not in QUANTITY_TYPES:
            return None
        owners = {trigger.verb.i, trigger.word.i}
        for token, quantity in info.quantities:
            owner = clause_owner(token, heads | owners)
            if owner is not None and owner.i in owners:
                return quantity
        return None

    def _attribution(self, trigger: Trigger, info: SentenceInfo, ctx: DocumentContext,
                     on: dt.date | None) -> Actor | None:
        reporter = _reporting_ancestor(trigger.verb, self.lexicon)
        if reporter is not None:
            subj = subject_of(reporter)
            actor = ctx.resolve(subj, on) if subj is not None else None
            if actor is not None:
                return actor
        return info.according_to


def _reporting_ancestor(verb: Token, lexicon: Lexicon) -> Token | None:
    token = verb
    while token.head.i != token.i:
        token = token.head
        if is_reporting(token, lexicon):
            return token
    return None


def _with_agent(actor: Actor, agent: str | None) -> Actor:
    """'Russia deployed troops': a country-only source of a military act is its military."""
    if agent and actor.country and not actor.agent and not actor.igo:
        return actor.model_copy(update={"agent": agent, "code": f"{actor.code or actor.country}{agent}"})
    return actor


def _identified(actor: Actor | None) -> bool:
    """An actor worth coding: known to the knowledge base, or a named entity."""
    return actor is not None and bool(actor.code or actor.country or actor.igo or actor.name[:1].isupper())


def _code(actor: Actor | None) -> str | None:
    return None if actor is None else (actor.code or actor.name)


def _same(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and _code(a) == _code(b)


def _evidence(sent: Span) -> Evidence:
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Evidence(sentence=sent.doc.text[start:end], start=start, end=end)
