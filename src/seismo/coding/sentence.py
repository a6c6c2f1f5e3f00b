"""The sentence pass's shared readings: dates, quantities, "according to", clause owners and evidence.

Read once per sentence and shared by every trigger in it (``SentenceInfo``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from seismo.coding.actors import DocumentContext
from seismo.coding.date_shifts import anchor_tokens, anchor_told_before, shift_word, shifted_clause
from seismo.coding.date_years import frame_year, in_year, yearless_month
from seismo.coding.dates import find_date_expressions, named_date, resolve_date
from seismo.coding.doc_memo import sentence_of, span_text
from seismo.coding.doc_words import children_with, doc_words, has_child
from seismo.coding.events import Trigger
from seismo.coding.hour_shifts import is_hour_shift, resolve_told, with_hour_shifts
from seismo.coding.lexicon import Lexicon
from seismo.coding.quantities import find_quantities
from seismo.coding.reporting import is_reporting
from seismo.coding.story import word_bounds
from seismo.coding.weapon_participles import weapon_agent
from seismo.models import Actor, Article, Evidence, Quantity

BOUND_WORDS = {"before", "until", "till", "by", "after", "following", "since", "ahead", "prior", "from",
               "aftermath", "eve", "run-up", "wake"}  # "in the aftermath of Super Tuesday": not that day


TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
              "minutes", "percent", "%"}


NAME_DEPS = {"nmod", "compound", "amod", "nummod"}  # "the Sept. 11 attacks": the date names the noun after it
POSSESSIVE_TIMES = {"year", "month", "week", "weekend"}  # "this year's election", "last week's vote"


@dataclass
class DateHit:
    token: Token
    text: str
    date: dt.date | None
    precision: str | None
    names: Token | None = None  # the noun a date right before it names ("attacks"); it dates only that noun
    reads_on: dt.date | None = None  # a dateless hit's day to read its people on (``background.reading_day``)

    def read_forward(self, published: dt.date | None) -> DateHit:
        """The same words read as a future date ("will meet on Monday": the coming Monday)."""
        if self.names is not None:
            return self
        resolved = resolve_date(self.text, published, prefer="future")
        return DateHit(self.token, self.text, resolved.date if resolved else None,
                       resolved.precision if resolved else None)


@dataclass
class SentenceInfo:
    """What the coder reads once per sentence and shares across its triggers."""

    sent: Span
    dates: list[DateHit]
    according_to: Actor | None
    context_date: DateHit | None = None  # the last date in this paragraph before the sentence
    speaker_date: tuple[DateHit, Actor] | None = None  # the day a speaker of this paragraph was introduced on
    _quantities: list[tuple[Token, Quantity]] | None = field(default=None, repr=False)

    @property
    def quantities(self) -> list[tuple[Token, Quantity]]:
        """``sentence_quantities``, read when a trigger first asks: only some event types carry a quantity,
        and most sentences hold none of them."""
        if self._quantities is None:
            self._quantities = sentence_quantities(self.sent)
        return self._quantities


@dataclass(frozen=True)
class StatementScope:
    """What coding the statements a sentence makes (stances, obligations, admissions, spoken judgements) reads:
    the sentence's readings, the heads of its clauses (where ``clause_owner`` stops), the article, the document's
    actors so far, the dictionaries and the coder version its events carry."""

    info: SentenceInfo
    heads: set[int]
    article: Article
    ctx: DocumentContext
    lexicon: Lexicon
    version: str
    verbal_acts: frozenset[int] = frozenset()  # verbs that are verbal acts themselves ('condemned the strikes')


def span_root(sent: Span, start: int, end: int) -> Token | None:
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def sentence_dates(sent: Span, published: dt.date | None, anchor: dt.date | None = None,
                   year: int | None = None, told: Callable[[Token], dt.date | None] | None = None) -> list[DateHit]:
    """The sentence's date expressions, resolved; one told from another event's ("the day before", "that
    day") reads from ``anchor``, the last day named before it (earlier in this sentence, else the caller's:
    the document's last), and never lands after publication. A month without a year reads in the past year
    the sentence puts first, else in ``year``, the one its paragraph set ("In 2016, ... until July"). ``told``
    gives the day the story told a shift's anchor event on ("the night before the arrest": the arrest's day)."""
    hits, shifts = [], []
    text = span_text(sent)
    framed = frame_year(sent, published)
    for mention in with_hour_shifts(find_date_expressions(text), text):  # 'hours after the vote'
        root = span_root(sent, mention.start, mention.end)
        if root is None:
            continue
        if (bound := shift_word(sent, mention.start, mention.end)) is not None:
            shifts.append((len(hits), bound, anchor))  # "two days after the court convicted him on Tuesday"
            hits.append(DateHit(bound, mention.text, None, None))
            continue
        names = _named_noun(root)
        named = named_date(mention.text, published) if names is not None else None
        if named is None and names is not None and _adverbial(names) and root.dep_ != "poss":
            names = None  # "advised citizens to leave in its January 3 alert": the clause's own date
        resolved = named or (None if is_hour_shift(mention.text) else resolve_date(mention.text, published))
        frame = framed[1] if framed is not None and framed[0].i < root.i else year
        if frame is not None and named is None and resolved is not None and yearless_month(mention.text):
            resolved = in_year(resolved, frame)  # "In the 2016 election, ... until July": July 2016
        if resolved is None and anchor is not None:
            resolved = resolve_told(mention.text, anchor)
            resolved = None if resolved and published and resolved.date > published else resolved
        hits.append(DateHit(root, mention.text, resolved.date if resolved else None,
                            resolved.precision if resolved else None, names))
        if resolved is not None and resolved.precision == "day" and names is None:
            anchor = resolved.date
    for index, bound, before in shifts:
        told_day = told(bound) if told is not None else None  # "the day before the arrest": the arrest's day
        hits[index] = _shifted(hits[index], bound, hits[index + 1:], published, told_day or before)
    return hits


def _shifted(hit: DateHit, bound: Token, later: list[DateHit], published: dt.date | None,
             before: dt.date | None) -> DateHit:
    """A shift read from the first day its anchor event names, else from the last day named before it when the
    text told the anchor event before (the text's last dated event is most often the one 'the day before the rally'
    refers back to; 'two days before the formal vote', a vote never told, is not: unresolved)."""
    words = anchor_tokens(bound)
    day = next((h.date for h in later if h.token.i in words and h.precision == "day" and h.date), None)
    if day is None and anchor_told_before(bound):
        day = before
    resolved = resolve_told(hit.text, day) if day is not None else None
    if resolved is None or (published is not None and resolved.date > published):
        return hit
    return DateHit(hit.token, hit.text, resolved.date, resolved.precision)


def _adverbial(noun: Token) -> bool:
    """A noun in a prepositional phrase of a verb ("in its January 3 alert"): a time adverbial, not a name."""
    return noun.dep_ == "pobj" and noun.head.lower_ != "of" and noun.head.head.pos_ in ("VERB", "AUX")


def _named_noun(root: Token) -> Token | None:
    """The noun a date names when it stands right before it as a modifier ("the Jan. 6 riot"), else None."""
    head = root.head
    if root.dep_ in NAME_DEPS and head.pos_ == "NOUN" and head.i > root.i:
        return head
    if root.dep_ == "poss" and root.lower_ in POSSESSIVE_TIMES and head.pos_ == "NOUN":
        return head  # "endorsing Biden for this year's election": the election's year, not the endorsement's
    return None


def sentence_quantities(sent: Span) -> list[tuple[Token, Quantity]]:
    out = []
    for q in find_quantities(span_text(sent)):
        if q.unit and q.unit.lower() in TIME_UNITS:
            continue
        root = span_root(sent, q.start, q.end)
        if root is not None:
            out.append((root, Quantity(value=q.value, unit=q.unit)))
    return out


def according_to(sent: Span, ctx: DocumentContext) -> Actor | None:
    lower = doc_words(sent.doc).lower
    for token in (sent.doc[i] for i in range(sent.start, sent.end) if lower[i] == "according"):
        for prep in token.children:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return ctx.resolve(pobj)
    return None


def clause_owner(token: Token, heads: set[int], stop_at_bounds: bool = False) -> Token | None:
    """The nearest ancestor (or self) that heads an event or report clause.

    With ``stop_at_bounds`` (dates) None across a bound word ("until Monday") or out of a relative clause
    ("Trump, who appointed her in 2017, responded": 2017 is the appointment's, never the response's),
    unless the clause describes an event noun ("the attacks that took place this week").
    """
    current = token
    detached = stop_at_bounds and _listed_after_comma(token)
    if stop_at_bounds and (shifted := shifted_clause(token)) is not None:
        current = shifted  # "shelled Kharkiv two days after ...": the shift dates the shelling
    if stop_at_bounds and (verb := set_off_after_verb(current)) is not None:
        current = verb  # "which rejected, the day before the rally, a lawsuit": the rejection's day
    for _ in range(40):
        if current.i in heads and current.i != token.i:
            return current
        bound = (current.lower_ in BOUND_WORDS and not _same_day(current) and not detached and not _means(current)
                 and not weapon_agent(current)) \
            or _bound_clause(current)
        if stop_at_bounds and (bound or _noun_content(current, heads) or _foreseen(current) or _planned_for(current)
                               or (current.dep_ == "relcl" and current.head.i not in heads)):
            return None
        if current.head.i == current.i:
            return current if current.i in heads else None
        current = current.head
    return None


FORESEEING_MODALS = {"will", "would", "'ll", "wo"}  # "wo" is the parser's token of "won't"


def _foreseen(clause: Token) -> bool:
    """'Machado vowed that he would return to be sworn in on January 10': a complement clause with 'will' or
    'would' tells an act still to come; a day inside it is that act's, never the day of the vow or report."""
    return clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in FORESEEING_MODALS for c in clause.children)


PLANNING_PARTICIPLES = {"plan", "schedule", "slate", "set", "due"}


def _planned_for(clause: Token) -> bool:
    """'banned the student rally planned for Saturday', 'the vote scheduled for Sunday': a participle that tells
    when a thing is planned dates that thing, never the act done to it (the ban)."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in PLANNING_PARTICIPLES


def _bound_clause(clause: Token) -> bool:
    """'had struck 15,000 targets since the war began on Oct. 7': a since-clause keeps its time, the start of a span
    the act fills, never the act's day; the path up from its date passes the clause's verb, not 'since', so the mark
    is read here. (An after-clause's day often is the act's own in news: 'arrested him after he attacked on
    Sunday'; measured on the dev halves, reading 'after' and 'before' so cost dated items.)"""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children)


def _listed_after_comma(token: Token) -> bool:
    """'In the aftermath of Super Tuesday, yesterday and on Wednesday, they ended ...': the parser hangs a time
    set off by a comma on the bounded time before it; it is the clause's own time, so the bound does not apply."""
    head = token.head
    return token.dep_ == "appos" and head.i < token.i and head.ent_type_ == "DATE" and token.ent_type_ == "DATE" \
        and token.nbor(-1).text == ","


PHRASE_LEFT = {"det", "predet", "amod", "nummod", "compound", "quantmod", "advmod", "poss"}


def set_off_after_verb(token: Token) -> Token | None:
    """'the court, which rejected, the day before the rally, a lawsuit', 'police detained, on Monday, ...': a time
    set off by commas right after a verb is that verb's, wherever the parser hangs it (it often makes it a
    conjunct of a noun far back). None when the parser already hangs it on the verb or nothing sets it off."""
    doc, first, last = token.doc, token.i, token.i  # the phrase's own words: not a subject or an apposition it took
    words = doc_words(doc)  # asked of every dated word: no Token for the words around it (issue 15)
    while first > 0 and words.head[first - 1] == token.i and words.dep[first - 1] in PHRASE_LEFT:
        first -= 1
    for child in token.rights:
        if child.dep_ == "punct":
            break
        last = child.right_edge.i
    if first < 2 or last + 1 >= len(doc) or words.text[first - 1] != "," or words.text[last + 1] != ",":
        return None
    verb = doc[first - 2]
    if verb.pos_ != "VERB" or token.head.i == verb.i or sentence_of(verb).start != sentence_of(token).start:
        return None
    return verb


SAME_DAY_OFFSETS = {"hour", "minute", "moment", "shortly"}  # "hours after the vote on Tuesday": Tuesday too


def _same_day(bound: Token) -> bool:
    """'hours after the vote on Tuesday', 'shortly before the crash on Wednesday': a bound only hours
    away leaves the day it names the event's day."""
    return any(c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in SAME_DAY_OFFSETS for c in bound.children)


def _means(bound: Token) -> bool:
    """'protested by shouting during Monday's session': 'by' before a gerund says how the act was done, at its
    time, not a deadline ('by Monday')."""
    return bound.lower_ == "by" and has_child(bound, ("pcomp",))


def _noun_content(token: Token, heads: set[int]) -> bool:
    """'gave him permission to access the files on November 3': an infinitive that says what a noun is
    (permission, a plan, the right) has the date of that act, not of the clause the noun is in."""
    return token.dep_ == "acl" and token.i not in heads and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def statement_date(trigger: Trigger, info: SentenceInfo, heads: set[int]) -> DateHit | None:
    """When an announced act was announced: the date of a clause that governs the act ('vowed on Monday to
    retaliate', 'said on Wednesday and added that it would attack') or of a reporting clause attached to it
    ('will meet Putin on Monday, his office said on Wednesday'), else the paragraph's date; never the act's
    own date, which is when the act is to happen."""
    own = {trigger.verb.i, trigger.word.i}
    statements = {t.i for t in trigger.verb.ancestors if t.pos_ in ("VERB", "AUX")}
    statements |= {c.i for c in children_with(trigger.verb, ("parataxis",)) if c.pos_ in ("VERB", "AUX")}
    subject = next(children_with(trigger.verb, ("nsubj", "nsubjpass")), None)
    for hit in info.dates:
        owner = clause_owner(hit.token, heads | statements | own, stop_at_bounds=True)
        if owner is not None and owner.i in statements:
            return hit
        # "said on Monday it would send aid": the parser hangs the statement's date on the act's clause
        if owner is not None and owner.i in own and subject is not None and hit.token.i < subject.left_edge.i \
                and any(i < hit.token.i for i in statements):
            return hit
    context = info.context_date
    if context is None:
        return None
    return DateHit(context.token, f"(context) {context.text}", context.date, context.precision)


def statement_date_fields(trigger: Trigger, info: SentenceInfo, heads: set[int],
                          published: dt.date | None) -> dict[str, object]:
    """An event record's date fields for the statement of ``trigger`` (``statement_date``), empty when the
    statement has no date or one after publication (a statement is never told before it is made)."""
    hit = statement_date(trigger, info, heads)
    if hit is not None and (hit.date is None or (published and hit.date > published)):
        hit = None
    return {"date": hit.date if hit else None, "date_text": hit.text if hit else None,
            "date_precision": hit.precision if hit else None}


def reporting_ancestor(verb: Token, lexicon: Lexicon) -> Token | None:
    """The reporting verb the clause is told under; not across 'and' from a clause with its own subject ('the US
    said it was concerned, and the EU called on Thailand to ...': the EU's call is not the US's report)."""
    token = verb
    while token.head.i != token.i:
        if _own_clause(token, lexicon):
            return None
        token = token.head
        if is_reporting(token, lexicon):
            return token
    return None


def _own_clause(conj: Token, lexicon: Lexicon) -> bool:
    """A clause with its own subject joined to a report (or, after ', and' / ', but', to what the report says,
    where the parser often hangs it): a sentence of its own, not what the reporter says."""
    if conj.dep_ != "conj" or not has_child(conj, ("nsubj", "nsubjpass")):
        return False
    head, start = conj.head, conj.left_edge.i
    if is_reporting(head, lexicon):
        return True
    joined = start >= 2 and conj.doc[start - 1].dep_ == "cc" and conj.doc[start - 2].text == ","
    return joined and head.dep_ == "ccomp" and is_reporting(head.head, lexicon)


def evidence_of(sent: Span, text: str) -> Evidence:
    """The sentence without surrounding whitespace; ``text`` is the article text the Doc was parsed from.

    Slicing the article string is much cheaper than ``Doc.text``, which rebuilds the text from all tokens.
    """
    bounds = word_bounds(sent)
    if bounds is None:
        return Evidence(sentence=text[sent.start_char:sent.end_char], start=sent.start_char, end=sent.end_char)
    start, end = bounds
    return Evidence(sentence=text[start:end], start=start, end=end)
