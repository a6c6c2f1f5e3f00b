"""The country of a mention whose own words name none: the clause, then the paragraph, then the story.

"Police officers beat Carlos Johnson outside his store in Lagos": the police and Johnson are
Nigerian because their clause happens in Lagos, whatever country the story is mostly about. The
evidence, nearest first (docs/actors.md, "Country per mention"):

1. the phrase itself: a possessor, an of/from/in complement ("rebels in Darfur"), the owner of
   "its" (``coding.actors``);
2. the clause: a place after a static locative preposition (in, at, near, outside ...) in the
   mention's own clause, in the clause a participle hangs from ("opened fire in Hanoi, killing 12
   people"), or in a relative clause that describes the mention ("protesters who gathered in
   Caracas");
3. the paragraph: the nearest such place before the mention in its paragraph (a place named later
   belongs to what happens later);
4. the story's main country (``Coder.home_country``).

Directional places ("troops advanced into Ukraine", "flew to Moscow") are never evidence: an actor
going somewhere is seldom from there. Nor are places for institutional sectors (governments,
legislatures, courts, parties, intelligence services): officials meet, speak and rule about places
abroad ("officials met in Geneva"), so their country comes from the phrase or the story.

Only sector nouns with no country of their own are placed; named organisations with their own code
(al-Qaeda, IMGREB) and names the knowledge base does not know keep no country. A place gives an actor
its country; it does not make a civilian sector noun a named actor of an event nobody acts in ("an
explosion destroyed flats in Lagos, killing 12 residents": ``DocumentContext.placed_only``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from seismo.coding.complements import to_infinitive
from seismo.coding.doc_memo import memo, sentence_of, sentences
from seismo.coding.doc_words import doc_words
from seismo.coding.grounds import expelled_from, on_a_place
from seismo.coding.lexicon import word_list, word_sets
from seismo.coding.phrases import name_tail, phrase_span
from seismo.coding.word_tables import argument_words, place_nouns
from seismo.kb import KnowledgeBase
from seismo.models import Location

STATIC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "within", "throughout", "across",
                          "through"})
# "contribute troops to a force in Liberia": a place inside a directional phrase is where someone goes
DIRECTIONAL = frozenset({"to", "into", "toward", "towards", "onto", "for"})
CLIMB_DEPS = frozenset({"appos", "conj", "flat"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # "the Kabul airport"; not "the Roman Catholic cathedral"
DESCRIBING = frozenset({"relcl", "acl"})  # "protesters who gathered in Caracas": the clause describes the noun
ADJUNCT_CLAUSES = frozenset({"advcl", "xcomp"})  # "opened fire in Hanoi, killing 12": the same act's place
CLAUSE_POS = frozenset({"VERB", "AUX"})
NAME_PARTS = frozenset({"compound", "flat", "poss", "amod"})  # "Sao" in "Sao Paulo": the head names the place
MAX_CLIMB = 12
INSTITUTIONAL = frozenset({"GOV", "LEG", "JUD", "SPY", "PTY", "ELI"})  # placed by the story, not by places


ELSEWHERE = "its words say it is from elsewhere: no country from places or the story"


@word_list
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return word_sets("placement.yaml", ("foreign_modifiers", "sending_state_nouns", "venue_nouns"))[1]


def from_elsewhere(token: Token) -> bool:
    """A sector noun whose own words say it is from elsewhere: a foreign or regional modifier ('Western
    diplomats'), or a plural of missions and envoys, who act for the states that sent them
    (``dictionaries/placement.yaml``)."""
    foreign, sending, _ = _vocabulary()
    return token.lower_ in sending or any(c.dep_ in ("amod", "compound") and c.lower_ in foreign
                                          for c in token.children)


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place named after a static locative preposition, and the clause it sits in."""

    token_i: int
    clause_i: int
    name: str
    country: str
    venue: bool = False  # "walked out of the talks in Geneva": where the talks sit, no side's country


@dataclass(slots=True)
class Placement:
    """The country found for a mention and the evidence that decided it."""

    country: str
    reason: str
    by_place: bool = True  # False: the story's main country (no place in the text decided)


def clause_head(token: Token) -> Token:
    """The verb heading the token's clause (the sentence root when no verb is above it)."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.pos_ in CLAUSE_POS or current.head.i == current.i:
            return current
        current = current.head
    return current


def _static_locative(root: Token) -> Token | None:
    """The preposition that makes ``root`` a static location ('in Lagos', 'the city of Kharkiv'), if any."""
    current = root
    for _ in range(6):
        head = current.head
        if head.i != current.i and (current.dep_ in CLIMB_DEPS or (current.dep_ in MODIFIER_DEPS and (
                head.pos_ != "PROPN" or head.lemma_.lower() in place_nouns().settlement_heads))):
            current = head
            continue
        if current.dep_ == "pobj" and head.dep_ == "prep":
            if head.lower_ in STATIC_PREPS or on_a_place(head) or expelled_from(head):
                return head  # "in Lagos", "on the outskirts of Kandahar"
            if head.lower_ == "of" and head.head.lemma_.lower() in place_nouns().settlement_heads:
                current = head.head
                continue
        return None
    return None


def _kind_after_name(token: Token) -> bool:
    """'in Helmand province', 'in Borno state': a kind of place after its name heads the phrase."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in place_nouns().settlement_heads and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _clause_chain(clause: Token) -> set[int]:
    """The clause and the clauses its participles hang from ('killing 12' -> 'opened fire')."""
    chain = {clause.i}
    current = clause
    while current.dep_ in ADJUNCT_CLAUSES and current.head.i != current.i and len(chain) < 4:
        current = clause_head(current.head)
        chain.add(current.i)
    return chain


def _purpose_clauses(clause: Token) -> set[int]:
    """'Police fired tear gas to disperse protesters in Khartoum': the place of a to-infinitive purpose with no
    subject of its own is where the clause's act is done too. Not the purpose of a trip or of sending someone
    ('sent troops to fight in Libya': the troops are not Libya's), nor a complement ('rebels agreed to attend talks
    in Doha', 'asked the UN to hold talks in Geneva'): an xcomp counts only after 'use' ('used water cannon to
    disperse the crowd in Minsk', which the parser reads as a complement)."""
    words = argument_words()
    if clause.lemma_.lower() in words.trip_verbs | words.sending_verbs:
        return set()
    return {c.i for c in clause.children if (c.dep_ == "advcl" or (c.dep_ == "xcomp" and clause.lemma_ == "use"))
            and to_infinitive(c) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}


def _inside_directional(prep: Token) -> bool:
    """Does the path from the preposition up to its clause pass through 'to', 'into', 'for' ...?"""
    current = prep.head
    for _ in range(MAX_CLIMB):
        if current.pos_ in CLAUSE_POS or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ in DIRECTIONAL:
            return True
        current = current.head
    return False


def talks_venue(prep: Token) -> bool:
    """'walked out of the talks in Geneva', 'boycotted the summit in Nairobi': a place that sits on a noun of talks
    (``venue_nouns``) says where the parties met, a venue they chose, not whose they are. Not when the talks are
    themselves a place ('protesters outside the summit in Hamburg' are there)."""
    meeting = prep.head
    if meeting.lemma_.lower() not in _vocabulary()[2] or meeting.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (meeting.dep_ == "pobj" and meeting.head.lower_ in STATIC_PREPS)


def venue_in_clause(verb: Token, name: str) -> bool:
    """Whether a place named ``name`` sits on a noun of talks (``talks_venue``) inside the verb's clause: the
    talks' venue, where the event is held, lends no country to its sides (``recipients.venue_free``), as a venue
    hit lends none to a mention (``Placement._located``)."""
    return any(t.dep_ == "prep" and talks_venue(t) and name in " ".join(w.text for w in t.subtree)
               for t in verb.subtree)


def _sea_with_article(token: Token, name: str, kb: KnowledgeBase) -> bool:
    """'a tanker in the Gulf': a name that, with its article, is a country-less area (a sea, a strait) names no
    country, though the bare word names a region somewhere (Papua New Guinea's Gulf province)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    whole = kb.place(f"the {name}")
    return whole is not None and not whole.country


@dataclass
class Placer:
    """Per document: finds the places of each sentence once, and the paragraphs, on first use. Both are kept in
    the document's memo (``coding.doc_memo``), so the reader contexts of the same story share them."""

    kb: KnowledgeBase
    home: str | None

    def locate(self, token: Token, agent: str | None = None) -> Placement | None:
        """The country for a country-less mention at ``token`` of sector ``agent``, with the reason."""
        if from_elsewhere(token):
            return None  # "Western diplomats", "thirteen embassies": neither the place's nor the story's
        if agent not in INSTITUTIONAL:
            found = self._located(token)
            if found is not None:
                return found
        if self.home:
            return Placement(self.home, f"{self.home}, the story's main country", by_place=False)
        return None

    def _located(self, token: Token) -> Placement | None:
        """A place in the mention's clause, else the nearest one before it in its paragraph."""
        clauses = _clause_chain(clause_head(token)) | _purpose_clauses(clause_head(token))
        sent = sentence_of(token)
        for hit in self._places_of(token.doc, sent.start, sent.end):
            if hit.venue:
                continue  # a place is no side: the talks' venue, often a third country's, lends no country
            if hit.clause_i in clauses or self._describes(hit, token):
                return Placement(hit.country, f"{hit.country} from '{hit.name}' in the same clause")
        hit = self._paragraph_place(token)
        if hit is not None:
            return Placement(hit.country, f"{hit.country} from '{hit.name}' in the same paragraph")
        return None

    def sentence_places(self, sent: Span) -> list[PlaceHit]:
        """Static locations named in a sentence, in text order (cached per sentence)."""
        return self._places_of(sent.doc, sent.start, sent.end)

    def _places_of(self, doc: Doc, start: int, end: int) -> list[PlaceHit]:
        return memo(doc, ("sentence_places", start, self.kb), lambda: list(self._find_places(Span(doc, start, end))))

    def _find_places(self, sent: Span) -> Iterator[PlaceHit]:
        """Proper nouns after a static preposition that the knowledge base knows as places. Looked up
        word group by word group (``kb.place``, a dictionary), not by scanning the sentence text."""
        deps = doc_words(sent.doc).dep  # a Token only for a preposition (issue 15)
        preps = (sent.doc[i] for i in range(sent.start, sent.end) if deps[i] == "prep")
        if not any(t.lower_ in STATIC_PREPS or expelled_from(t) for t in preps):
            return
        for token in sent:
            if token.dep_ in NAME_PARTS or not (token.pos_ == "PROPN" or token.text[:1].isupper()
                                                or _kind_after_name(token)):
                continue
            if token.pos_ not in ("PROPN", "NOUN"):
                continue
            prep = _static_locative(token)
            if prep is None or _inside_directional(prep):
                continue
            location = self._place_named(token)
            if location is not None:
                yield PlaceHit(token.i, clause_head(prep).i, location.name, location.country or "", talks_venue(prep))

    def _place_named(self, token: Token) -> Location | None:
        """'Lagos', 'the Gaza Strip', 'Helmand province' (the name before a settlement noun), 'western
        Cambodia' (the proper noun alone)."""
        words = [t for t in phrase_span(token) if t.dep_ not in ("det", "case", "punct", "poss")]
        names = [" ".join(t.text for t in words)]
        if _sea_with_article(token, names[0], self.kb):
            return None
        if len(words) > 1 and token.lemma_.lower() in place_nouns().settlement_heads:
            names.append(" ".join(t.text for t in words[:-1]))
        if len(words) > 1 and not name_tail(token.doc[token.i : token.i + 1]):
            names.append(token.text)
        for name in names:
            location = self.kb.place(name)
            if location is not None and location.country:
                return location
        return None

    @staticmethod
    def _describes(hit: PlaceHit, token: Token) -> bool:
        """The place is in a relative clause or participle attached to the mention itself."""
        doc = token.doc
        clause = doc[hit.clause_i]
        return clause.dep_ in DESCRIBING and clause.head.i == token.i

    def _paragraph_place(self, token: Token) -> PlaceHit | None:
        start, end = self._paragraph_of(token)
        doc = token.doc
        hits: list[PlaceHit] = []
        for sent in sentences(doc):  # those of the paragraph, as ``doc[start:end].sents`` gives them
            if sent.end <= start or sent.start >= end:
                continue
            if sent.start > token.i:
                break
            hits.extend(h for h in self._places_of(doc, sent.start, sent.end) if h.token_i < token.i and not h.venue)
        return hits[-1] if hits else None

    @staticmethod
    def _paragraph_of(token: Token) -> tuple[int, int]:
        for start, end in memo(token.doc, "paragraphs", lambda: paragraphs(token.doc)):
            if start <= token.i < end:
                return start, end
        sent = sentence_of(token)
        return sent.start, sent.end


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of paragraphs: a line break between two sentences starts a new paragraph."""
    out: list[tuple[int, int]] = []
    start = 0
    previous: Span | None = None
    for sent in doc.sents:
        if previous is not None and _line_break_between(previous, sent):
            out.append((start, sent.start))
            start = sent.start
        previous = sent
    out.append((start, len(doc)))
    return out


def _line_break_between(previous: Span, sent: Span) -> bool:
    """spaCy keeps line breaks as space tokens at the end of one sentence or the start of the next."""
    return any("\n" in t.text for t in _edge_spaces(reversed(previous)) + _edge_spaces(iter(sent)))


def _edge_spaces(tokens: Iterator[Token]) -> list[Token]:
    out = []
    for t in tokens:
        if not t.is_space:
            break
        out.append(t)
    return out
