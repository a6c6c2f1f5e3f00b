"""Which date an event gets: its clause's, the same event's, the paragraph's, else the publication date.

The sentence pass reads date expressions once per sentence (``sentence.sentence_dates``); these
functions pick one for a trigger, and ``date_on_publication`` is the document pass's last step.
docs/dates.md ("Event dates") gives the order with examples.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from seismo.coding.arguments import subject_of
from seismo.coding.background import is_background
from seismo.coding.clauses import enacting_clause, in_event_phrase, same_time_clauses
from seismo.coding.complements import trip_not_plan
from seismo.coding.disclosures import disclosing_verb
from seismo.coding.doc_memo import sentence_of
from seismo.coding.doc_words import children_with, tagged
from seismo.coding.events import Trigger, happening
from seismo.coding.lexicon import Lexicon, word_list, word_sets
from seismo.coding.merge import PERSON_REASON
from seismo.coding.sentence import BOUND_WORDS, DateHit, SentenceInfo, clause_owner, reporting_ancestor
from seismo.coding.told_times import generic_event_nouns
from seismo.models import Actor, Event, Modality

DEFINITE = {"the", "this", "that", "these", "those"}  # "the airstrike" refers back to one already reported
Resolve = Callable[[Token, "dt.date | None"], "Actor | None"]  # a token to the actor it names, on a day
BARE_NOUN_DEPS = {"det", "amod", "punct"}  # "the attacks on the embassy" describes an event of its own


def event_date(trigger: Trigger, info: SentenceInfo, heads: set[int], lexicon: Lexicon,
               future_from: dt.date | None = None) -> DateHit | None:
    """Own date expression, else the coordinated clause's, else the reporting verb's.

    A date that names a noun ("the Sept. 11 attacks") dates only that noun's event. For an act that will
    happen (``future_from`` = the publication date) the date reads forward ("will meet on Monday": the
    coming Monday) and the reporting verb's date is the statement's, not the act's.
    """
    chain = [trigger.verb]
    if trigger.verb.dep_ == "conj" or (trigger.verb.dep_ == "nsubj" and happening(trigger.verb.head, lexicon)):
        chain.append(trigger.verb.head)  # "fighting between A and B erupted in April": the outbreak's time
    disclosed = disclosing_verb(trigger.verb, lexicon) is not None  # "admitted on Saturday that it shot down"
    if future_from is None and not disclosed:
        chain += same_time_clauses(trigger.verb)
        chain += _event_of_relative(trigger.verb, lexicon)
        enacted = enacting_clause(trigger.verb, lexicon.cue("enacted_documents"), lexicon.cue("enacting_verbs"))
        chain += [enacted, *same_time_clauses(enacted)] if enacted is not None else []
    reporter = reporting_ancestor(trigger.verb, lexicon)
    if reporter is not None and future_from is None and not _told_as_earlier(trigger.verb) and not disclosed:
        chain.append(reporter)
    hit = owned_date(trigger, info, heads | {t.i for t in chain}, chain) or last_time_date(trigger.verb, info)
    return hit.read_forward(future_from) if hit is not None and future_from is not None else hit


RELATIVE_TIMES = {"which", "when"}  # "an attack in which gunmen killed ...", "the raid, during which", "the day when"


def _event_of_relative(verb: Token, lexicon: Lexicon) -> list[Token]:
    """'an attack on Tuesday in which gunmen killed 26 tourists': a relative clause that happens in or during an
    event noun (a trigger noun or an incident) happened on that noun's day."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    lemma = noun.lemma_.lower()
    if lemma not in lexicon.nouns and noun.lower_ not in generic_event_nouns():
        return []
    linked = any(c.lower_ in RELATIVE_TIMES and c.dep_ == "advmod" for c in verb.children) or any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in verb.children)
    return [noun] if linked else []


ORDINAL_TIMES = {"last", "first", "only", "previous"}  # "the last time ... was in 1972"; not "this time"


def last_time_date(verb: Token, info: SentenceInfo) -> DateHit | None:
    """'The last time the government ordered the network to shut down was during the martial law imposed back in
    1972': an act told in a relative clause of 'time' that is the subject of 'be' happened when the predicate
    says, so it takes the first date of the predicate, however deep the parser hangs it. The parser also reads
    'time' as the act's adverb and 'was ...' as its complement clause: the same reading."""
    time, predicate = verb.head, verb.head.head
    if verb.dep_ != "relcl" or time.dep_ != "nsubj":
        time = next((c for c in children_with(verb, ("npadvmod",))), verb)
        predicate = next((c for c in children_with(verb, ("ccomp",)) if c.i > time.i), verb)
    if time.lemma_.lower() != "time" or predicate.lemma_ != "be" \
            or not any(c.dep_ == "amod" and c.lower_ in ORDINAL_TIMES for c in time.children):
        return None
    inside = {t.i for t in predicate.subtree} - {t.i for t in time.subtree}
    return next((h for h in info.dates if h.date is not None and h.names is None and h.token.i in inside), None)


FUTURE_IN_PAST = {"would", "'d"}  # "said he would visit Rabat on Monday": the coming Monday
CONDITION_MARKS = {"if", "unless"}


def reads_forward(verb: Token, modality: Modality, lexicon: Lexicon) -> bool:
    """Whether the act's own date reads forward from publication: a future act ('will meet on Monday'), and an
    act announced in reported speech with 'would' ('said he would visit Rabat on Monday'), unless a condition
    makes it hypothetical ('would retaliate if attacked on Monday')."""
    if modality is Modality.FUTURE:
        return not _planned_in_the_past(verb)
    if modality is not Modality.HYPOTHETICAL or reporting_ancestor(verb, lexicon) is None:
        return False
    would = any(c.dep_ == "aux" and c.lower_ in FUTURE_IN_PAST for c in verb.children)
    return would and not any(t.dep_ == "mark" and t.lower_ in CONDITION_MARKS for t in verb.subtree)


PAST_AUX = {"was", "were", "had"}


def _planned_in_the_past(verb: Token) -> bool:
    """'Troops were due to withdraw on Monday', 'officials were scheduled to meet on Monday but ...': a plan told in
    the past names its day as seen then; read forward from publication it would land on a day nobody named (the
    next Monday, next year's March 3), so the day reads as other past days do."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "were due to"
        head = head.head
    return head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in head.children)


def report_date(trigger: Trigger, info: SentenceInfo, heads: set[int], lexicon: Lexicon) -> DateHit | None:
    """'said on Wednesday that 312 people had been arrested': with no day of its own and no earlier mention, a
    past perfect under a report is dated by the report, the latest day it can have happened (never later)."""
    reporter = reporting_ancestor(trigger.verb, lexicon)
    if reporter is None or not _told_as_earlier(trigger.verb):
        return None
    hit = owned_date(trigger, info, heads | {reporter.i}, [reporter])
    return None if hit is None else DateHit(hit.token, f"(reported) {hit.text}", hit.date, hit.precision)


def _told_as_earlier(verb: Token) -> bool:
    """'acknowledged on Saturday that it had shot down the jet': a past perfect under a report happened before
    the report, so the report's day is not the act's."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def main_clause_day(sent: Span, dates: list[DateHit]) -> DateHit | None:
    """The day a sentence's main clause names, which later sentences of its paragraph inherit when the
    sentence has an event word but codes no asserted event ('claimed responsibility for the attacks on Monday');
    without an event word only a day told first does (``fronted_day``). Not a day the main clause plans ('The state
    of emergency was expected to end on December 15': nothing is told to have happened then, ``_planned``)."""
    return next((d for d in dates if d.precision == "day" and d.names is None and not _planned(d.token, sent.root)
                 and clause_owner(d.token, {sent.root.i}, stop_at_bounds=True) is not None), None)


@word_list
def _plan_heads() -> frozenset[str]:
    """``future_verbs``, ``imminent_heads`` and ``future_copulas`` of ``dictionaries/modality.yaml``: 'expected to',
    'due to', 'was to' schedule the infinitive's act."""
    return frozenset().union(*word_sets("modality.yaml", ("future_verbs", "imminent_heads", "future_copulas"))[1])


def _planned(token: Token, root: Token) -> bool:
    """A date inside an infinitive complement of a verb of planning or expecting below ``root`` ('was expected to end
    on December 15', 'is due to sign on Monday', 'agreed to meet on Friday'): the planned act's day."""
    current = token
    while current.i != root.i and current.head.i != current.i:
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children) \
                and current.head.lemma_.lower() in _plan_heads() and not trip_not_plan(current.head):
            return True
        current = current.head
    return False


def fronted_day(sent: Span, dates: list[DateHit], published: dt.date | None) -> DateHit | None:
    """'On Monday, Judge Marrero issued a ruling against Trump.': a day put before the main clause's subject
    frames what the paragraph goes on to tell, even when the sentence itself codes no event. A day later in
    the sentence ('The broadcasts began on August 10') dates only its own clause, and a day after
    publication is a plan, not the paragraph's day."""
    hit = main_clause_day(sent, dates)
    subject = subject_of(sent.root)
    if hit is None or subject is None or hit.date is None or (published is not None and hit.date > published):
        return None
    first = min(t.i for t in subject.subtree)
    return hit if hit.token.i < first and hit.token.i < sent.root.i else None


def lead_day(sent: Span, dates: list[DateHit], published: dt.date | None) -> DateHit | None:
    """'On Monday, the agency sent a letter to Biden.', 'Pelosi yesterday resumed the office': the day the story's
    opening sentence (its first with a full stop: a headline has none) tells before its main verb is the day of its
    news, which later paragraphs go on to tell (``story_date``). A day told after the verb ('expelled two diplomats
    on Monday') may date that act alone."""
    hit = main_clause_day(sent, dates)
    if hit is None or hit.date is None or (published is not None and hit.date > published):
        return None
    return hit if hit.token.i < sent.root.i else None


@dataclass(frozen=True)
class StoryLead:
    """The story's day (``lead_day``), the last day its opening sentence named ('the election on November 3': the
    news's background, which does not end the story's day) and the actor that sentence tells of."""

    day: DateHit
    left: dt.date | None
    doer: Actor | None
    doer_word: str = ""  # the word that names the doer ('Wanjiru' of 'foreign minister Rachel Wanjiru')


def story_date(trigger: Trigger, lead: StoryLead | None, last_day: dt.date | None, lexicon: Lexicon,
               resolve: Resolve) -> DateHit | None:
    """'On Monday, the agency sent a letter to Biden. ⏎ Trump responded to her letter on Twitter.': an act a later
    paragraph tells in the simple past with no day of its own happened on the story's day, ``lead``, while the
    text has named no other day since its opening sentence (``last_day``, the last day named, is still one that
    sentence named). Not an act in a relative clause ('the airstrike that killed Soleimani'), a clause behind a bound
    word ('intervened in 2015 after the Houthis ousted the government') nor one a report tells ('said Kerry
    contacted ...'): those may be older. A participle takes its clause's tense ('responded on Twitter, calling for
    ...'), and words the lead's own actor says in the present ('Pelosi yesterday resumed the office. ⏎ "I pledge
    ...," Pelosi told the public') are that report's act: another speaker may have spoken later."""
    if lead is None or lead.day.date is None or last_day not in (lead.day.date, lead.left):
        return None
    verb = _tensed_verb(trigger.verb, lexicon, lead, resolve)
    if verb is None or not _simple_past(verb) or _in_relative_clause(verb) or _bound_clause(verb):
        return None
    return DateHit(lead.day.token, f"(story) {lead.day.text}", lead.day.date, lead.day.precision)


def _simple_past(verb: Token) -> bool:
    """'agreed', and 'did not accede' (the past is on the auxiliary 'did': the refusal a stance event states)."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did"
                                                            for c in verb.children))


PRESENT = {"VBP", "VBZ"}


def _same_person(a: Actor, b: Actor) -> bool:
    """'Nancy Pelosi ... Pelosi told': the person the knowledge base knows or, failing that, one surname."""
    pa, pb = (PERSON_REASON.match(x.reason or "") for x in (a, b))
    if pa is not None or pb is not None:
        return pa is not None and pb is not None and pa.group(1) == pb.group(1)
    return a.name.split()[-1:] == b.name.split()[-1:]


def _tensed_verb(verb: Token, lexicon: Lexicon, lead: StoryLead, resolve: Resolve) -> Token | None:
    """The verb whose tense tells when an act was done: a participle's clause ('responded ..., calling for'); for
    words the lead's actor says in the present ('"I pledge ...," she told the public') the report; None for any
    other act a report tells."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        verb = verb.head
    reporter = reporting_ancestor(verb, lexicon)
    if reporter is None:
        return verb
    speaker = subject_of(reporter)
    actor = resolve(speaker, None) if speaker is not None and lead.doer is not None and verb.tag_ in PRESENT else None
    said_by_doer = actor is not None and lead.doer is not None and (
        actor.code == lead.doer.code and (speaker.lower_ == lead.doer_word or _same_person(actor, lead.doer)))
    return reporter if said_by_doer and reporting_ancestor(reporter, lexicon) is None else None


def frame_parties(sent: Span, resolve: Callable[[Token], Actor | None], mentions: list[Token]) -> set[str]:
    """The actor codes a framing sentence names ('On Monday, Judge Marrero issued a ruling against Trump')."""
    return {actor.code for actor in map(resolve, mentions) if actor is not None and actor.code}


def untied(events: list[Event], frame: set[str]) -> list[Event]:
    """'On Tuesday, the ministry published new figures. Al-Shabaab claimed the attacks.': a day framed by a
    sentence that codes no event dates only the events of a party it named; the others keep no day of it."""
    if any(a is not None and a.code in frame for e in events for a in (e.source, e.target)):
        return events
    return [e.model_copy(update=date_fields(None)) for e in events]


def speaker_day(sent: Span, dates: list[DateHit], lexicon: Lexicon, published: dt.date | None,
                resolve: Resolve) -> tuple[DateHit, Actor] | None:
    """'Wen spoke to reporters on Monday', 'the minister said on Monday that ...': the day of a main clause
    whose verb introduces a speaker, with that speaker, when no other clause owns the date and it is not
    after publication. The speaker's statements that the paragraph then quotes without a day were made then."""
    root = sent.root
    subject = subject_of(root)
    if subject is None or root.lemma_.lower() not in lexicon.cue("reporting_verbs") | lexicon.cue("speech_verbs"):
        return None
    speaker = resolve(subject, None)
    verbs = {t.i for t in tagged(sent, ("VERB", "AUX"))} | {root.i}
    for hit in dates:
        owner = clause_owner(hit.token, verbs, stop_at_bounds=True)
        if speaker is not None and hit.precision == "day" and hit.names is None and owner is not None \
                and owner.i == root.i and hit.date is not None and (published is None or hit.date <= published):
            return hit, speaker
    return None


def context_date(trigger: Trigger, info: SentenceInfo, lexicon: Lexicon, resolve: Resolve,
                 quote_speaker: Resolve) -> DateHit | None:
    """An asserted event the sentence gives no day: the paragraph's day (or the day the sentence puts first, 'On
    Monday, police arrested him; the president praised them'), else, for a statement or act by the speaker the
    paragraph introduced on a day, that day ('Wen spoke to reporters on Monday. "We urge ...," he said.', '... He
    called on Japan to ...'). Another speaker's statement, or an act that was reported, keeps no day: it may have
    been made before."""
    context = info.context_date
    if context is None and info.speaker_date is not None:
        day, introduced = info.speaker_date
        reporter = reporting_ancestor(trigger.verb, lexicon)
        subject = subject_of(reporter if reporter is not None else trigger.verb)  # "He called on Japan to ..."
        speaker = resolve(subject, None) if subject is not None else quote_speaker(trigger.verb, None)
        if speaker is not None and (speaker.code, speaker.name) == (introduced.code, introduced.name):
            context = day
    if context is None or (sentence_of(context.token) == sentence_of(trigger.verb)
                           and _in_relative_clause(trigger.verb)):
        return None  # "On Monday, ... in response to the airstrike that killed Soleimani": an older act
    return DateHit(context.token, f"(context) {context.text}", context.date, context.precision)


def _bound_clause(verb: Token) -> bool:
    """'intervened in 2015 after the Houthis ousted the government': a clause behind a bound word is another time."""
    return any(c.dep_ == "mark" and c.lower_ in BOUND_WORDS for t in (verb, *verb.ancestors) for c in t.children)


def _in_relative_clause(verb: Token) -> bool:
    return any(t.dep_ == "relcl" for t in (verb, *verb.ancestors))


def owned_date(trigger: Trigger, info: SentenceInfo, heads: set[int], chain: list[Token]) -> DateHit | None:
    """The first date whose clause is headed by a verb of ``chain``, in chain order; an event noun's own date
    comes first ('reported Monday's attack the deadliest since an assault in Ghazni in August 2018': the
    assault's day is August 2018, not the report's Monday)."""
    owners = {trigger.verb.i, trigger.word.i}
    if trigger.noun and trigger.word.i != trigger.verb.i:
        for hit in info.dates:
            owner = clause_owner(hit.token, heads | owners, stop_at_bounds=True)
            if (hit.names is None or hit.names.i == trigger.word.i) and owner is not None \
                    and owner.i == trigger.word.i and not _through_infinitive(hit.token, owner):
                return hit
    for head in chain:
        found = []
        for hit in info.dates:
            if hit.names is not None and hit.names.i not in owners:
                continue
            owner = clause_owner(hit.token, heads | owners, stop_at_bounds=True)
            if owner is not None and (owner.i == head.i or (head.i == trigger.verb.i and (
                    owner.i in owners or in_event_phrase(owner, owners) or _at_event(owner, owners)))):
                found.append(hit)  # "discussed security in a phone conversation on Tuesday": the conversation's day
        if found:
            return next((h for h in found[1:] if _inside(h, found[0])), found[0])
    return None


FINER = {"year": {"month", "week", "day"}, "month": {"week", "day"}}


def _inside(hit: DateHit, coarse: DateHit) -> bool:
    """'In 2019, troops shelled the city in June': a finer date of the same clause within the first one's year or
    month says more of the same time."""
    if hit.date is None or coarse.date is None or hit.precision not in FINER.get(coarse.precision or "", set()):
        return False
    return hit.date.year == coarse.date.year and (coarse.precision == "year" or hit.date.month == coarse.date.month)


def _at_event(noun: Token, owners: set[int]) -> bool:
    """'arrested 40 protesters at Sunday's rally', 'criticised Uganda at Tuesday's summit': an act done at an event
    noun happened on that event's day. Dates only: an 'at' phrase's place is left to ``places``."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.i in owners


def _through_infinitive(token: Token, noun: Token) -> bool:
    """'gave them permission to visit the site on Monday': a date reached through an infinitive below the
    noun is the infinitive's act, not the noun's own date."""
    current = token
    while current.i != noun.i and current.head.i != current.i:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return True
        current = current.head
    return False


def same_event(trigger: Trigger, events: list[Event], lexicon: Lexicon) -> tuple[Token, Event] | None:
    """'Muhandis was also killed in the airstrike': a bare definite reference noun ('the airstrike', 'this
    attack'), as the event itself or in its in/during phrase, names an earlier dated event: the noun and that
    event, whose date (and, when the mention gives none, place and mode) the mention takes."""
    nouns = [trigger.word] if trigger.noun else []
    nouns += [c for p in children_with(trigger.verb, ("prep",)) if p.lower_ in ("in", "during")
              for c in children_with(p, ("pobj",))]
    for noun in nouns:
        types = lexicon.reference_nouns.get(noun.lemma_.lower())
        if not types or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
                or any(c.dep_ not in BARE_NOUN_DEPS for c in noun.children):
            continue
        for event in reversed(events):
            if event.modality is Modality.ASSERTED and event.date is not None \
                    and (event.type in types or f"{event.type}:{event.mode}" in types):
                return noun, event
    return None


LATER_WORDS = BOUND_WORDS - {"from"}  # "a statement after the attack" is later; "the toll from the attack" is not


def referred_day(sent: Span, dates: list[DateHit], coded: list[Event], events: list[Event],
                 lexicon: Lexicon) -> DateHit | None:
    """'Wiranto suffered two deep wounds in the attack. The local police chief was also injured.': a sentence that
    codes no asserted event but names, with a bare definite reference noun ('in the attack', 'the airstrike'), an
    event told before on a day is about that event, so the paragraph goes on at that day (the words tie them). Not
    a noun behind a bound word ('a statement released after the attack'): that sentence is later than the event;
    nor a sentence with asserted events (``coded``), even mentions of that same event: 'the attack' is read as the
    latest attack told, and an act coded next to it is too often about another one. Nor a sentence that names a
    time of its own ('Another report during the weekend said eight died in the attack'): it tells its own time."""
    if any(e.modality is Modality.ASSERTED for e in coded) \
            or any(h.date is not None and h.names is None for h in dates):
        return None
    for noun in sent:
        types = lexicon.reference_nouns.get(noun.lemma_.lower())
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
        bare = definite and not any(c.dep_ not in BARE_NOUN_DEPS for c in noun.children)
        if not types or noun.pos_ != "NOUN" or not bare or any(a.lower_ in LATER_WORDS for a in noun.ancestors):
            continue
        for event in reversed(events):
            if event.modality is Modality.ASSERTED and event.date is not None and event.date_precision == "day" \
                    and (event.type in types or f"{event.type}:{event.mode}" in types):
                text = _words_of(event)
                return DateHit(noun, text, event.date, "day")
    return None


SEQUENCE_VERBS = {"follow", "precede"}  # "The expulsion followed a row on Tuesday": the day may be the row's


def told_day(sent: Span, dates: list[DateHit], earlier: list[Event], lexicon: Lexicon,
             published: dt.date | None) -> tuple[list[int], DateHit] | None:
    """'Police arrested 40 protesters in Nairobi. The arrests came on Tuesday, ...': a main clause whose subject is
    a bare definite reference noun and which names a day tells the day of the event that noun refers back to, the
    latest asserted event of its type: when that one has no date yet, its indexes in ``earlier`` (with the same
    sentence's other undated events of the type: 'shelled Kismayo, killing 12') and the day. None when the latest
    such event has a date of its own (the noun names that one) or the day is after publication."""
    day = main_clause_day(sent, dates)
    noun = subject_of(sent.root)
    if day is None or day.date is None or noun is None or (published is not None and day.date > published) \
            or sent.root.lemma_.lower() in SEQUENCE_VERBS:
        return None
    types = lexicon.reference_nouns.get(noun.lemma_.lower())
    if not types or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
            or any(c.dep_ not in BARE_NOUN_DEPS for c in noun.children):
        return None
    def undated_of_type(event: Event) -> bool:
        return event.modality is Modality.ASSERTED and event.date is None and event.date_text is None \
            and (event.type in types or f"{event.type}:{event.mode}" in types)

    latest = next((e for e in reversed(earlier) if e.modality is Modality.ASSERTED
                   and (e.type in types or f"{e.type}:{e.mode}" in types)), None)
    if latest is None or not undated_of_type(latest):
        return None
    indexes = [i for i, e in enumerate(earlier) if e.evidence.start == latest.evidence.start and undated_of_type(e)]
    return indexes, DateHit(noun, f"(same event) {day.text}", day.date, "day")


def _words_of(event: Event) -> str:
    """The words of the text that dated an event, without the mark of how ('(context) On Monday': 'On Monday')."""
    return (event.date_text or "").removeprefix("(context) ").removeprefix("(same event) ").removeprefix("(story) ")


def same_event_date(noun: Token, event: Event) -> DateHit:
    text = _words_of(event)
    return DateHit(noun, f"(same event) {text}", event.date, event.date_precision)


def date_fields(hit: DateHit | None) -> dict:
    """The Event date fields for a date hit (an unresolved expression keeps its text, no date)."""
    return {"date": hit.date if hit else None, "date_text": hit.text if hit else None,
            "date_precision": hit.precision if hit and hit.date else None}


def date_on_publication(events: list[Event], published: dt.date | None) -> list[Event]:
    """Asserted events the text gives no date get the publication date, ``date_precision="published"``.

    Every counted event then has a date, and the precision says how it was found (docs/dates.md). An
    expression that could not be resolved ("a day earlier") stays in ``date_text``. A background act
    ("were previously convicted", ``background.py``) stays undated, and so does one whose unresolved expression
    counts months, years or decades ("several years after crowds burned down its embassy": long before the story).
    """
    if published is None:
        return events
    return [e.model_copy(update={"date": published, "date_precision": "published"})
            if e.modality is Modality.ASSERTED and e.date is None and not is_background(e.date_text)
            and not _far_from_publication(e.date_text) else e
            for e in events]


LONG_UNITS = frozenset({"month", "months", "year", "years", "decade", "decades"})


def _far_from_publication(date_text: str | None) -> bool:
    """An unresolved date expression that counts long units ('several years after', 'months before')."""
    return bool(date_text) and any(w.strip(".,") in LONG_UNITS for w in date_text.lower().split())
