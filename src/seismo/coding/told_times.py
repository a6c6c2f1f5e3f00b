"""Times a clause tells relative to another event, which the event then must not take as its own day.

Three readings the date order of ``event_dates`` needs (docs/dates.md, "Event dates"):

- 'they both ended their campaigns prior to Super Tuesday': a date behind a bound word (before, prior to,
  until, after, since) says only that the event was not on that day; the paragraph's day is no better a
  guess, so the event takes no context date (it is dated on publication, flagged ``published``);
- 'The speech came one week after an attack on oil infrastructure': the attack is the shift's anchor, so it
  happened one week before the clause's day (the clause's own, else the publication day), not on it;
- 'In that event, Fields killed a woman': a demonstrative generic event noun ('that event', 'the incident')
  refers back to the event the text named last, so the act takes the date named last before it;
- 'Farmers have been protesting since early June': a present perfect lasting since a time began then (its date);
- 'For several days Iran denied the accusation': an act told as lasting days, with no day of its own, followed
  the event told before it, so it begins the day after the last day the text named;
- 'had delivered 105,000 doses by November 22': a past act done by a past date is dated on that date, the latest
  day it can have happened.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.date_shifts import SHIFT_WORDS, anchor_tokens, shifted_clause
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.events import Trigger
from seismo.coding.hour_shifts import resolve_told
from seismo.coding.lexicon import Lexicon, word_list, word_sets
from seismo.coding.modality import not_until
from seismo.coding.sentence import BOUND_WORDS, DateHit, SentenceInfo, clause_owner, set_off_after_verb

DURATION_UNITS = {"days"}  # "for several days", "for two days", "for days"
BACK_DETERMINERS = {"that", "this", "the", "those", "these"}
FLIP = {"after": "before", "before": "after", "later": "earlier", "earlier": "later"}


@word_list
def generic_event_nouns() -> frozenset[str]:
    """``generic_event_nouns`` of ``dictionaries/dates.yaml``: 'in that incident' is the event told before."""
    return word_sets("dates.yaml", ("generic_event_nouns",))[1][0]


def bounded_date(trigger: Trigger, info: SentenceInfo) -> bool:
    """True when a date of the sentence reaches the trigger's clause only through a bound word ('ended their
    campaigns prior to Super Tuesday', 'until Monday')."""
    owners = {trigger.verb.i, trigger.word.i}
    for hit in info.dates:
        aside = set_off_after_verb(shifted_clause(hit.token) or hit.token)
        if aside is not None and aside.i not in owners:
            continue  # "some outside the court, which rejected, the day before the march, an appeal": not theirs
        current, crossed = hit.token, False
        for _ in range(12):
            crossed = crossed or current.lower_ in BOUND_WORDS
            if current.i in owners:
                if crossed:
                    return True
                break
            if current.head.i == current.i:
                break
            current = current.head
    return False


def delayed_day(trigger: Trigger, info: SentenceInfo, lexicon: Lexicon) -> DateHit | None:
    """'Sanders didn't endorse her until July', 'did not meet him until March': a past act held back until a time
    happened then (``modality.not_until`` keeps it asserted), so the until-phrase names its day, not a bound."""
    if not not_until(trigger.verb, lexicon):
        return None
    links = [c for c in children_with(trigger.verb, ("prep",)) if c.lower_ in lexicon.cue("delaying_links")]
    return next((h for h in info.dates if h.date is not None
                 and any(u.left_edge.i <= h.token.i <= u.right_edge.i for u in links)), None)


PERFECT_AUX = {"have", "has", "'ve"}
PAST_PERFECT_AUX = {"had", "'d"}


def by_day(trigger: Trigger, info: SentenceInfo, published: dt.date | None) -> DateHit | None:
    """'UNICEF had delivered 105,000 doses to Samoa by November 22', 'rebels seized the town by Monday': a past act
    the text says was done by a past date happened on or before it; that date is the latest day it can have happened
    (as a report's day dates the past perfect it reports), so it dates the act, ``(by) November 22``; the publication
    day would contradict the text. Not 'by' before a gerund ('by shouting': how), nor a date after publication."""
    verb = trigger.verb
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_PERFECT_AUX for c in verb.children))
    if not past:
        return None
    links = [c for c in children_with(verb, ("prep",)) if c.lower_ == "by"
             and not any(g.dep_ == "pcomp" for g in c.children)]
    hit = next((h for h in info.dates if h.date is not None and h.names is None
                and any(u.left_edge.i <= h.token.i <= u.right_edge.i for u in links)), None)
    if hit is None or hit.date is None or (published is not None and hit.date > published):
        return None
    words = hit.text[3:] if hit.text.lower().startswith("by ") else hit.text
    return DateHit(hit.token, f"(by) {words}", hit.date, hit.precision)


def since_day(trigger: Trigger, info: SentenceInfo) -> DateHit | None:
    """'Farmers have been protesting since early June', 'police have held him since March 3': an act a present
    perfect tells as lasting since a time began then, so the since-phrase's date is its start, the act's date
    (``(since) early June``). Not a since-clause ('since the war began'), nor a past act ('had ruled since 2014')."""
    verb = trigger.verb
    if not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children):
        return None
    links = [c for c in children_with(verb, ("prep",)) if c.lower_ == "since"]
    hit = next((h for h in info.dates if h.date is not None and h.names is None and h.text.lower().startswith("since ")
                and any(u.left_edge.i <= h.token.i <= u.right_edge.i for u in links)), None)
    return None if hit is None else DateHit(hit.token, f"(since) {hit.text[6:]}", hit.date, hit.precision)


def anchor_noun_date(word: Token, hit: DateHit | None, dates: list[DateHit],
                     published: dt.date | None) -> DateHit | None:
    """The day of an event noun or verb that is the anchor of a shift ('two days after an attack', 'shelled Busia on
    Friday, two days after Ugandan troops attacked'): the shift read backwards from the shifted clause's day (the
    date ``hit`` the noun got from that clause, else the day the shifted clause owns, else the publication day).
    None when ``word`` anchors no shift, or when its date is its own ('after an attack on Friday')."""
    shift = next((d for d in dates if d.token.lower_ in SHIFT_WORDS and word.i in anchor_tokens(d.token)), None)
    if shift is None:
        return None
    anchor = anchor_tokens(shift.token)
    if hit is not None and hit.token.i in anchor and hit.token.i != shift.token.i:
        return None
    base = hit.date if hit is not None and hit.date is not None else _clause_day(shift, dates) or published
    if base is None:
        return None
    flipped = " ".join(FLIP.get(w.lower(), w) for w in shift.text.split())
    resolved = resolve_told(flipped, base)
    if resolved is None:
        return None
    return DateHit(word, f"(before the clause) {shift.text}", resolved.date, resolved.precision)


def _clause_day(shift: DateHit, dates: list[DateHit]) -> dt.date | None:
    """The day the clause a shift dates names besides the shift ('shelled Busia on Friday, two days after ...')."""
    clause = shifted_clause(shift.token)
    if clause is None:
        return None
    # "agreed on Monday to impose sanctions, a day after ...": an infinitive complement's day is its governor's
    heads = {clause.i} | ({clause.head.i} if clause.dep_ == "xcomp" else set())
    return next((h.date for h in dates if h is not shift and h.date is not None and h.precision == "day"
                 and h.names is None and (owner := clause_owner(h.token, heads, stop_at_bounds=True)) is not None
                 and owner.i in heads), None)


BACK_TIME_DETERMINERS = {"the", "that"}  # "at the time", "at that time"; "at this time" is now


def referred_event_noun(verb: Token) -> Token | None:
    """'In that event, X killed Y', 'during the incident': a bare demonstrative generic event noun in an
    in/during/at phrase of the verb, which names the event the text told last; 'At the time, the prime minister
    called for ...', 'at that time': the bare time noun names the time the text told last."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "at"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not has_child(noun, ("det",)):
                continue
            back = BACK_TIME_DETERMINERS if _back_time(noun, prep) else \
                BACK_DETERMINERS if noun.lower_ in generic_event_nouns() else set()
            if all(c.dep_ == "det" and c.lower_ in back for c in noun.children):
                return noun
    return None


def _back_time(noun: Token, prep: Token) -> bool:
    """'at the time', 'at that time': not 'in time', 'at the same time' (a modifier), 'the time of the vote'."""
    return noun.lower_ == "time" and prep.lower_ == "at"


def referred_event_date(trigger: Trigger, last_named: DateHit | None) -> DateHit | None:
    """The date named last before the sentence, for an act placed 'in that event'."""
    noun = referred_event_noun(trigger.verb)
    if noun is None or last_named is None or last_named.date is None:
        return None
    return DateHit(noun, f"(same event) {last_named.text}", last_named.date, last_named.precision)


def days_after(trigger: Trigger, anchor: dt.date | None, published: dt.date | None) -> DateHit | None:
    """'For several days Iran denied the accusation', 'denied the charges for days': a simple past act told as
    lasting days began after the event told before it, so it takes the day after ``anchor``, the last day the text
    named (across paragraphs, as 'the day before' reads from it). A present perfect ('have protested for days')
    runs up to now, and a day after publication is no day of the story: both None."""
    verb = trigger.verb
    if anchor is None or verb.tag_ != "VBD":
        return None
    for prep in verb.children:
        unit = next((c for c in children_with(prep, ("pobj",)) if c.lower_ in DURATION_UNITS), None)
        if prep.dep_ == "prep" and prep.lower_ == "for" and unit is not None:
            day = anchor + dt.timedelta(days=1)
            if published is not None and day > published:
                return None
            words = verb.doc[prep.i : unit.i + 1].text
            return DateHit(prep, f"(days after) {words}", day, "day")
    return None


def after_clause_day(trigger: Trigger, info: SentenceInfo, published: dt.date | None) -> DateHit | None:
    """'announced his resignation on Sunday after the army chief urged him to step down': an act told behind
    'after' with no day of its own happened no later than the day of the clause it explains; that day, not the
    publication day (which would put it after the act it led to), is the best single guess. Only a day the
    governing clause owns and that is before publication."""
    clause = trigger.verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "after protesters stormed and burned ...": the first conjunct holds the mark
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
        return None
    governing = clause.head
    day = next((d for d in info.dates if d.precision == "day" and d.names is None and d.date is not None
                and clause_owner(d.token, {governing.i}, stop_at_bounds=True) is not None), None)
    if day is None or published is None or not day.date < published:
        return None
    return DateHit(day.token, f"(no later than) {day.text}", day.date, day.precision)
