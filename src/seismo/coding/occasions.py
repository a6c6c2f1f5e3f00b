"""'Police arrested dozens of protesters during the rally': an act done during an occasion the story dated.

"Thousands rallied in Minsk on Thursday. ... Police arrested dozens of protesters during the rally": a definite
occasion noun in the act's during/at/amid/in phrase names the event the story told before, so the act happened on
that event's day, ``(same event) on Thursday``. The occasion is tied to the story's earlier words by its stem (a
verb or noun of the same stem in an earlier sentence whose main clause names a day, not itself a report: "rallied",
"the vote" after "voted"), else by its type (an event noun of the lexicon whose type is that of the latest earlier
asserted event with a day: "during the demonstration" after "protested"). Only event nouns (``lexicon.nouns``,
``reference_nouns`` and ``occasion_nouns`` of ``dictionaries/modality.yaml``: "the vote", "the funeral"); "in the
city" names a place. *Decision:* after/before/following the occasion give no day (the act is later or earlier by a
span the text does not tell) and keep the usual order; a phrase fronted before the clause is ``referenced_days``'.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.date_shifts import anchor_lemma, same_stem
from seismo.coding.disclosures import ToldDay
from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import Lexicon
from seismo.coding.sentence import DateHit, clause_owner, reporting_ancestor
from seismo.models import Event, Modality

DURING_PREPS = frozenset({"during", "at", "amid", "in"})
BARE_DEPS = frozenset({"det", "amod", "compound", "punct"})  # "the opposition rally"; not "a rally in Gomel"


def occasion_day(verb: Token, told: list[ToldDay], events: list[Event], lexicon: Lexicon) -> DateHit | None:
    """The day of the earlier told occasion an act's during/at/amid/in phrase names, else None."""
    for noun in _occasion_nouns(verb, lexicon):
        lemma = noun.lemma_.lower()
        same = next((t for t in reversed(told) if t.day.token.sent != verb.sent
                     and any(same_stem(lemma, w) for w in t.verbs | t.nouns)), None)
        if same is not None and same.day.date is not None:
            return DateHit(noun, f"(same event) {same.day.text}", same.day.date, same.day.precision)
        rule = lexicon.nouns.get(lemma)
        typed = next((e for e in reversed(events) if rule is not None and e.type == rule.type
                      and e.modality is Modality.ASSERTED and e.date is not None and e.date_precision == "day"), None)
        if typed is not None and typed.date is not None:
            text = (typed.date_text or "").split(") ")[-1]
            return DateHit(noun, f"(same event) {text}", typed.date, "day")
    return None


def over_report(verb: Token, hit: DateHit | None, heads: set[int], lexicon: Lexicon) -> bool:
    """'Police arrested dozens during the rally, a rights group said on Saturday': a day that only the reporting
    clause gives is when the report was made; an occasion the act names dates the act better."""
    reporter = reporting_ancestor(verb, lexicon)
    if hit is None or reporter is None or not _occasion_nouns(verb, lexicon):
        return False
    owner = clause_owner(hit.token, heads | {verb.i, reporter.i}, stop_at_bounds=True)
    return owner is not None and owner.i == reporter.i


def _occasion_nouns(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Definite event nouns in the verb's during/at/amid/in phrases ('during the rally', 'at the funeral')."""
    found = []
    for prep in children_with(verb, ("prep",)):
        if prep.lower_ not in DURING_PREPS:
            continue
        for noun in children_with(prep, ("pobj",)):
            lemma = noun.lemma_.lower()
            if noun.pos_ == "NOUN" and _eventive(lemma, lexicon) \
                    and any(c.lower_ == "the" for c in children_with(noun, ("det",))) \
                    and all(c.dep_ in BARE_DEPS for c in noun.children):
                found.append(noun)
    return found


def _eventive(lemma: str, lexicon: Lexicon) -> bool:
    return lemma in lexicon.nouns or lemma in lexicon.reference_nouns or lemma in lexicon.cue("occasion_nouns")


def told_anchor_day(bound: Token, told: list[ToldDay]) -> dt.date | None:
    """'Police raided his home the night before the arrest': the day the story told the shift's anchor event on
    (the latest earlier sentence whose main clause names a day and holds a verb or noun of the anchor's stem), which
    is better than the last day named when another day came in between; None when no such sentence was told."""
    lemma = anchor_lemma(bound)
    if lemma is None:
        return None
    same = next((t for t in reversed(told) if t.day.token.sent != bound.sent
                 and any(same_stem(lemma, w) for w in t.verbs | t.nouns)), None)
    return same.day.date if same is not None else None
