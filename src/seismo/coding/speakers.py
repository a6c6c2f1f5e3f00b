"""Quoted speakers: "We urge restraint," the minister said -- the first person inside a quote is its speaker.

Wire copy carries many of its requests, pledges and threats in direct quotes, where the actor is only "I" or
"we". A quote's speaker is the subject of the reporting verb outside the quote in the sentence that closes it
('"...," Pelosi told the public') or, failing that, in the sentence that opens it ('Putin said: "..."'); a
quote with no reporting verb of its own continues the paragraph's previous quote ('"...", Saree said. "We
have the right ..."'). "I" is the speaker; "we" of a person who speaks for a sector (a minister, a
spokesman) is that person's side (their country's government), "we" of an organisation is the organisation.
"You" is the addressee only when the reporting verb names one ('Sanders said to Biden: "your candidacy"').
A first-person pronoun outside quotes, or in a quote with no identifiable speaker, stays unresolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from seismo.coding.arguments import subject_of
from seismo.coding.doc_memo import memo
from seismo.coding.doc_words import children_with, doc_words, has_child
from seismo.coding.mention_memory import document_nouns, speaker_heads
from seismo.coding.sector_countries import POLITICAL_SECTORS
from seismo.models import Actor

SINGULAR = {"i", "me", "my", "myself", "mine"}
PLURAL = {"we", "us", "our", "ourselves", "ours"}
SECOND = {"you", "your", "yourself", "yourselves", "yours"}
FIRST_PERSON = SINGULAR | PLURAL
OPENERS, CLOSERS, TOGGLES = {"“", "``"}, {"”", "''"}, {'"'}
PERSONAL = {"he", "she", "him", "her"}
CLOSING_VERBS = {"continue", "conclude"}  # '"...," Graham continued': a speech going on

Resolver = Callable[[Token, dt.date | None], Actor | None]
Reporting = Callable[[Token], bool]


@dataclass(frozen=True)
class Quote:
    start: int  # token index of the opening mark
    end: int  # token index of the closing mark (the paragraph's last token when never closed)
    paragraph: int


def find_quotes(doc: Doc) -> tuple[Quote, ...]:
    """Direct quotes by their double quote marks; a paragraph break ends any quote left open. Read once per
    document (``coding.doc_memo``): every sentence with a quote mark asks (``coding.quote_days``)."""
    return memo(doc, "quotes", lambda: tuple(_find_quotes(doc)))


def _find_quotes(doc: Doc) -> list[Quote]:
    quotes: list[Quote] = []
    paragraph, open_at = 0, None
    for i, text in enumerate(doc_words(doc).text):  # a token's trailing whitespace is one space at most: no line break
        if "\n" in text:
            if open_at is not None:
                quotes.append(Quote(open_at, i, paragraph))
                open_at = None
            paragraph += 1
            continue
        if open_at is None and (text in OPENERS or text in TOGGLES):
            open_at = i
        elif open_at is not None and (text in CLOSERS or text in TOGGLES):
            quotes.append(Quote(open_at, i, paragraph))
            open_at = None
    if open_at is not None:
        quotes.append(Quote(open_at, len(doc) - 1, paragraph))
    return quotes


class QuoteSpeakers:
    """Resolves first- and second-person pronouns inside quotes (``DocumentContext.quoted`` hook)."""

    def __init__(self, doc: Doc, reporting: Reporting, resolve: Resolver) -> None:
        self.doc = doc
        self.reporting = reporting
        self.resolve = resolve
        self.quotes = find_quotes(doc)

    def actor_for(self, token: Token, on: dt.date | None) -> Actor | None:
        """The actor a first-person (or addressed second-person) pronoun stands for; None when unclear."""
        low = token.lower_
        i = next((k for k, q in enumerate(self.quotes) if q.start < token.i < q.end), None)
        if i is None:
            return None
        verb = self._reporting_verb(i)
        if verb is None:
            return None
        if low in SECOND:
            return self._addressee(verb, on)
        subj = speaking_subject(verb)
        if subj is None or self._inside(subj.i) is not None:
            return None
        speaker = self._described(subj, self.resolve(subj, on), on)
        if speaker is None:
            return None
        said = f"'{token.text}' in a quote by '{subj.text}' ('{verb.text}')"
        if low in SINGULAR:
            if not (speaker.country or speaker.igo or speaker.agent):
                return None  # a name the knowledge base does not place: no actor to code
            return speaker.model_copy(update={"reason": f"{said}: the speaker; {speaker.reason}"})
        if _is_person(subj):
            return _side_of(speaker, said)
        if subj.tag_ in ("NNS", "NNPS") or speaker.igo or (speaker.agent or "") in POLITICAL_SECTORS \
                or (speaker.country and not speaker.agent):  # "the ministry", "Russia", "the protesters"
            return speaker.model_copy(update={"reason": f"{said}: the speaking body; {speaker.reason}"})
        return None  # "a shopkeeper said": one private person's "we" names no side

    def speaker_of(self, token: Token, on: dt.date | None) -> Actor | None:
        """Who says the quote a token is in (its attribution), when the parse does not hang the quote under its
        reporting verb: that verb is in another sentence, or the parser made it a clause of the quote ('"Thank
        you Germany," Zelensky said' parsed with 'said' under 'Thank')."""
        i = next((k for k, q in enumerate(self.quotes) if q.start < token.i < q.end), None)
        verb = self._reporting_verb(i) if i is not None else None
        if verb is None or (verb.sent.start == token.sent.start and verb.is_ancestor(token)):
            return None  # a reporting verb above the quote is found by the parse
        subj = speaking_subject(verb)
        if subj is None or self._inside(subj.i) is not None:
            return None
        return self._described(subj, self.resolve(subj, on), on)

    def _described(self, subj: Token, speaker: Actor | None, on: dt.date | None) -> Actor | None:
        """'Jeff Rathke, the State Department Spokesperson, said': a name the knowledge base does not know
        speaks for what its apposition says it is."""
        if speaker is not None and (speaker.country or speaker.igo):
            return speaker
        for appos in (c for c in children_with(subj, ("appos",))):
            said = self.resolve(appos, on)
            if said is not None and (said.country or said.igo) and said.agent:
                why = f"'{subj.text}', described as '{appos.text}'"
                return said.model_copy(update={"name": subj.text, "reason": f"{why}: {said.reason}"})
        return speaker

    def _inside(self, i: int) -> int | None:
        return next((k for k, q in enumerate(self.quotes) if q.start <= i <= q.end), None)

    def _reporting_verb(self, k: int) -> Token | None:
        """The reporting verb after the close, else before the open, else the paragraph's previous quote's."""
        quote = self.quotes[k]
        closing, opening = self.doc[quote.end].sent, self.doc[quote.start].sent
        after = [t for t in self.doc[quote.end + 1 : closing.end] if self._outside(t)]
        before = [t for t in self.doc[opening.start : quote.start] if self._outside(t)]
        for tokens in (after, list(reversed(before))):
            verb = next((t for t in tokens if self.reporting(t)), None)
            if verb is not None:
                return verb
        introducer = self._colon_clause(quote)
        if introducer is not None:
            return introducer
        earlier = self._reporting_verb(k - 1) if k > 0 and self.quotes[k - 1].paragraph == quote.paragraph else None
        # '"...," she continued': the speaker goes on; the paragraph's earlier quote names her best
        return earlier if earlier is not None else self._closing_verb(after)

    def _closing_verb(self, after: list[Token]) -> Token | None:
        """'"...," Graham continued.': a verb that goes on with a speech, told right after the quote with its
        subject before it, attributes the quote as a reporting verb does."""
        words = [t for t in after if not t.is_punct]
        verb = next((t for t in words if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() not in CLOSING_VERBS or has_child(verb, ("dobj",)):
            return None
        subj = next(children_with(verb, ("nsubj",)), None)
        if subj is None or any(w.i not in {t.i for t in subj.subtree} for w in words if w.i < verb.i):
            return None  # "the fighting continued": no speaker right after the quote
        return verb

    def _colon_clause(self, quote: Quote) -> Token | None:
        """'Chan spoke to the press after the speech: "I urge ..."': a clause that a colon joins to the quote
        introduces it whatever its verb, and its subject is the speaker; so does a clause that a comma joins to
        a quote that opens a sentence of its own ('Graham spoke on Fox News, "This is going to ..."')."""
        if quote.start < 2 or self.doc[quote.start - 1].text not in (":", ","):
            return None
        if self.doc[quote.start - 1].text == ",":
            first = self.doc[quote.start + 1] if quote.start + 1 < len(self.doc) else None
            if first is None or not first.text[:1].isupper():
                return None  # "called the plan, "a disaster," and left": a quoted phrase, no speech
            verb = self.doc[quote.start - 2]
        else:
            verb = self.doc[quote.start - 1].head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or not self._outside(verb) or verb.i > quote.start:
            return None
        return verb if subject_of(verb) is not None else None

    def _outside(self, token: Token) -> bool:
        return self._inside(token.i) is None

    def _addressee(self, verb: Token, on: dt.date | None) -> Actor | None:
        """'told Biden', 'said to Biden': a named addressee (not 'told reporters')."""
        for child in verb.children:
            cands = [child] if child.dep_ in ("dobj", "dative") else \
                [g for g in children_with(child, ("pobj",))] if child.dep_ == "prep" and child.lower_ == "to" \
                else []
            for cand in cands:
                if cand.pos_ == "PROPN":
                    actor = self.resolve(cand, on)
                    if actor is not None and actor.agent != "MED":  # 'told the Washington Post': an interview
                        why = f"'you' in a quote addressed to '{cand.text}' ('{verb.text}')"
                        return actor.model_copy(update={"reason": f"{why}; {actor.reason}"})
        return None


def speaking_subject(verb: Token) -> Token | None:
    """Who says what a reporting verb reports: its subject, or, in the inverted order of wire copy ('"...," read
    the statement', parsed with 'the statement' as the object of 'read'), the document noun right after a
    reporting verb that has no subject of its own; a document's sender ('from the embassy', 'the embassy's')
    speaks through it."""
    subj = subject_of(verb)
    if subj is None:
        obj = next((c for c in children_with(verb, ("dobj",)) if c.i > verb.i), None)
        if obj is None or obj.lemma_.lower() not in document_nouns() or obj.left_edge.i != verb.i + 1:
            return None
        subj = obj
    if subj.lemma_.lower() in document_nouns():  # "a statement from the embassy", "the embassy's statement"
        return next((g for c in children_with(subj, ("prep",)) if c.lower_ in ("from", "by")
                     for g in children_with(c, ("pobj",))), None) \
            or next((c for c in children_with(subj, ("poss",))), subj)
    return subj


def _is_person(subj: Token) -> bool:
    """A person speaks ('Pelosi', 'he', 'the foreign minister'), not a body ('the ministry', 'Russia')."""
    if subj.lower_ in PERSONAL or subj.ent_type_ == "PERSON":
        return True
    return subj.lemma_.lower() in speaker_heads()


def _side_of(speaker: Actor, said: str) -> Actor | None:
    """'we' of a minister is the minister's government: the country (or IGO) and sector, not the person."""
    if not speaker.igo and (speaker.agent not in POLITICAL_SECTORS or not speaker.country):
        return None  # a private person's "we" (a family, a crowd) names no side
    code = speaker.code or f"{speaker.country or speaker.igo}{speaker.agent or ''}"
    return Actor(name=code, code=code, country=speaker.country, agent=speaker.agent, igo=speaker.igo,
                 reason=f"{said}: the speaker's side ({speaker.name}, {code}), not the person")
