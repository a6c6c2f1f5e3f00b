"""What the coder remembers between sentences, and how each sentence updates the days it remembers.

A story tells its days once: "Talks began on Monday. The two sides agreed on a ceasefire." dates the agreement by
the paragraph's Monday; a speaker introduced "on Tuesday" dates what she says later; "Robert was killed in June
1968." makes the rest of the paragraph background. ``DocState`` keeps these between sentences (and the events and
references so far); a line break starts a new paragraph and forgets the paragraph's days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span

from seismo.coding.actors import DocumentContext
from seismo.coding.arguments import subject_of
from seismo.coding.background import past_frame
from seismo.coding.date_years import frame_year
from seismo.coding.disclosures import ToldDay
from seismo.coding.disclosures import told_day as told_day_of
from seismo.coding.event_dates import (
    StoryLead,
    date_fields,
    frame_parties,
    fronted_day,
    lead_day,
    main_clause_day,
    referred_day,
    speaker_day,
    told_day,
)
from seismo.coding.lexicon import Lexicon
from seismo.coding.mentions import mention_tokens
from seismo.coding.references import Link
from seismo.coding.reporting import is_reporting
from seismo.coding.sentence import DateHit, SentenceInfo
from seismo.models import Actor, Event, Location, Modality


@dataclass
class DocState:
    """Per-document memory the coder keeps between sentences."""

    events: list[Event] = field(default_factory=list)
    paragraph_date: DateHit | None = None
    speaker_date: tuple[DateHit, Actor] | None = None  # "X spoke to reporters on Monday": X, Monday
    references: dict[str, Link] = field(default_factory=dict)  # event id -> how it may name an earlier event
    anchor: dt.date | None = None  # the last day the text named: "the day before" is told from it
    frame: set[str] | None = None  # the parties of a sentence that gave the paragraph its day without an event
    last_named: DateHit | None = None  # the last date the text named, any precision: "in that event"
    past: DateHit | None = None  # "Robert was killed in June 1968.": the paragraph tells background (background.py)
    acts: dict[tuple[str | None, str], DateHit] = field(default_factory=dict)  # an actor's last act told with a day
    year: int | None = None  # "In 2016, ...": the past year the paragraph tells, for its year-less months
    lead: StoryLead | None = None  # "On Monday, ...": the day the story's opening sentence tells (``lead_day``)
    opened: bool = False  # the story's opening sentence was read
    doers: dict[str, Location] = field(default_factory=dict)  # event id -> the place its doer's phrase names
    told: list[ToldDay] = field(default_factory=list)  # days main clauses named, with their nouns (disclosures.py)
    sentence: list[Event] = field(default_factory=list)  # the events the sentence being coded has made so far

    def speech_day(self, speakers: list[Actor]) -> DateHit | None:
        """The day an undated speech of this sentence was made, for reading its quote's days ('"Today, I am
        asking ...," Sanders said'): the day the paragraph introduced its speaker on, else the paragraph's day
        (the speech takes it too, ``context_date``), else the day the text last told an act of a speaker with a
        day of its own ('On Monday, Sanders endorsed Biden.'): a quote is most often the words of that act, and
        the actor ties them across paragraphs. None leaves the quote on the publication day."""
        if self.speaker_date is not None:
            return self.speaker_date[0]
        if self.paragraph_date is not None:
            return self.paragraph_date
        named = [self.acts[key] for a in speakers if (key := (a.code, a.name)) in self.acts]
        coded = [day for (code, _), day in reversed(self.acts.items()) for a in speakers if a.code and a.code == code]
        return next(iter(named + coded), None)  # 'Senator Bernie Sanders ... Sanders said': one code, two names

    def new_paragraph(self) -> None:
        """A line break: the paragraph's day, its speaker's day, its frame and its background end here."""
        self.paragraph_date = self.speaker_date = self.frame = self.past = self.year = None


def remember_event_day(state: DocState, event: Event, info: SentenceInfo) -> None:
    """An asserted event dated by one of the sentence's own dates gives the paragraph that day."""
    told = (event.date_text or "").removeprefix("(reported) ")  # the report's day is the paragraph's
    hit = next((d for d in info.dates if d.text == told), None) \
        if event.modality is Modality.ASSERTED and event.date is not None else None
    if hit is not None and hit.names is None:  # a coarser date ("in 2016") ends Tuesday's too
        state.paragraph_date, state.frame = (hit if hit.precision == "day" else None), None
        if hit.precision == "day" and event.source is not None:
            state.acts.pop((event.source.code, event.source.name), None)  # the latest last (``speech_day``)
            state.acts[(event.source.code, event.source.name)] = hit


def remember_sentence_days(state: DocState, info: SentenceInfo, events: list[Event], has_triggers: bool,
                           published: dt.date | None, ctx: DocumentContext, lexicon: Lexicon) -> None:
    """After a sentence is coded: the day it gives the paragraph when it asserted no event, the day of an
    earlier event it refers to, whether it opens or ends background, its speaker's day and the last date named."""
    sent = info.sent
    if not state.opened and sent.text.rstrip(" \"'\u201d\u2019)").endswith((".", "!", "?")):  # not the headline
        state.opened, day, subject = True, lead_day(sent, info.dates, published), subject_of(sent.root)
        doer = ctx.resolve(subject) if day is not None and subject is not None else None
        state.lead = StoryLead(day, state.anchor, doer, subject.lower_ if subject is not None else "") \
            if day is not None else None
    if not any(e.modality is Modality.ASSERTED for e in events):
        day = main_clause_day(sent, info.dates) if has_triggers else fronted_day(sent, info.dates, published)
        if day is not None:
            state.paragraph_date = day
            state.frame = None if has_triggers else frame_parties(sent, ctx.resolve, mention_tokens(sent))
    if state.paragraph_date is info.context_date \
            and (day := referred_day(sent, info.dates, events, state.events, lexicon)) is not None:  # "in the attack"
        state.paragraph_date, state.frame = day, None
    if (told := told_day(sent, info.dates, state.events, lexicon, published)) is not None:  # "The arrests came on ..."
        for index in told[0]:
            state.events[index] = state.events[index].model_copy(update=date_fields(told[1]))
    if not is_reporting(sent.root, lexicon) and sent.root.lemma_.lower() not in lexicon.cue("disclosure_verbs") \
            and (told_act := told_day_of(sent, main_clause_day(sent, info.dates))) is not None:
        state.told.append(told_act)  # "The airliner crashed near Tehran on Wednesday": a later admitted act's day
    past = past_frame(sent, info.dates, published)
    state.year = paragraph_year(sent, info.dates, past, published, state.year)
    if past is not None:
        state.paragraph_date, state.frame, state.past = None, None, past
    elif main_clause_day(sent, info.dates) is not None or (
            state.paragraph_date is not None and state.paragraph_date is not info.context_date):
        state.past = None  # a day of the story again ("The franchise expired on Monday")
    state.speaker_date = speaker_day(sent, info.dates, lexicon, published, ctx.resolve) \
        or state.speaker_date
    state.last_named = next((d for d in reversed(info.dates) if d.date and not (
        published and d.date > published)), state.last_named)


def paragraph_year(sent: Span, dates: list[DateHit], past: DateHit | None, published: dt.date | None,
                   year: int | None) -> int | None:
    """The past year the paragraph tells after this sentence: the one it puts first ('In 2016, ...'), else the
    one of a past month or year its main clause names ('Sanders lost to Clinton in 2016.', ``past``), else the
    paragraph's so far unless the sentence's main clause names a day of the publication year (a day of the story
    again: 'On Monday, ...')."""
    framed = frame_year(sent, published)
    if framed is not None:
        return framed[1]
    if past is not None and past.date is not None:
        return past.date.year
    day = main_clause_day(sent, dates)
    if day is not None and day.date is not None and published is not None and day.date.year >= published.year:
        return None
    return year
