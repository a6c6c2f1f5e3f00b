"""Leaders whose surname is a common English word: "the Bush administration", "Later, May criticised ...".

The knowledge base keeps no surname alias that is a common word ("Bush", "Brown", "May", "Rice": the KB
build drops them), and the tagger reads such a word by its common sense. Two readings bring the person back:

* **A government named after its head**: "the Bush administration", "the Brown government", "the May
  cabinet". A capitalised name right before a government noun (``GOVERNMENT_NOUNS``), with no other name
  before it, that is the surname of a head of state or government in the knowledge base, in any year
  (``kb.leader_surnames``), names that country's government (GOV). "The Bush administration" in a 2019
  story is still the US government of its time: the code is USAGOV either way.
* **A surname the document wrote in full earlier** ("Theresa May ... Later, May criticised ..."): the tagger
  reads "May" as the modal verb: an auxiliary of a past-tense or third-person verb ("May criticised", which no
  modal takes), or one it tagged as a proper noun, with no subject of its own. ``repair_surnames`` gives such
  a token back its name reading in the parse (a proper noun, the subject of its verb, a PERSON entity) before
  the document is coded, so the memory of names (``mention_memory.names``) reads it as the person. The month
  is left alone ("In May, ...", "May 3"): the tagger's date reading of a subject or object ("praised May")
  already yields to the memory of names.
"""

from __future__ import annotations

import datetime as dt

from spacy.attrs import IS_TITLE
from spacy.tokens import Doc, Span, Token

from seismo.coding.doc_memo import forget, sentence_of
from seismo.coding.doc_words import doc_words, words_now
from seismo.kb import KnowledgeBase
from seismo.kb.leader_surnames import government_of, leader_in_office
from seismo.models import Actor

GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet", "era"})
FINITE_TAGS = frozenset({"VBD", "VBZ"})  # "May criticised", "May says": no modal takes these forms


def named_government(kb: KnowledgeBase, token: Token, on: dt.date | None, prefer: tuple[str, ...] = ()) -> Actor | None:
    """'the Bush administration', 'the Bush White House': the government of the country whose head of
    state or government bears the name before the noun (see the module)."""
    if token.lemma_.lower() in GOVERNMENT_NOUNS and token.pos_ == "NOUN":
        words = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    elif token.text == "House" and token.i > 1 and token.doc[token.i - 1].text == "White":
        words = [c for c in token.doc[token.i - 1].lefts if c.dep_ == "compound"] + [
            c for c in token.lefts if c.dep_ == "compound" and c.i < token.i - 1
        ]
    else:
        return None
    if len(words) != 1:
        return None
    name = words[0]
    if not _government_owner(name, token) or kb.resolve_phrase(name.text.lower(), on) is not None:
        return None  # "the King government": a title
    leader = government_of(kb.people, name.text, on, prefer)
    if leader is None:
        return None
    return Actor(
        name=f"{name.text} {token.text}",
        code=f"{leader.country}GOV",
        country=leader.country,
        agent="GOV",
        reason=f"'{name.text} {token.text}': a government named after its head ({leader.reason})",
    )


def _government_owner(name: Token, head: Token) -> bool:
    """A capitalised word right before the noun, not first in its sentence, with no name before it (a
    full name is the knowledge base's). Read as an adjective or a common noun ('the Key government'), it
    counts only before a lower-case noun: a title-case headline capitalises every word."""
    if not name.is_title or name.i == name.sent.start or (name.i + 1 != head.i and head.text != "House"):
        return False
    if name.doc[name.i - 1].pos_ == "PROPN":
        return False
    return name.pos_ == "PROPN" or (name.pos_ in ("ADJ", "NOUN") and head.is_lower)


def leader_by_surname(kb: KnowledgeBase, token: Token, on: dt.date | None, countries: tuple[str, ...]) -> Actor | None:
    """'On Tuesday, Brown criticised ...' with no full name before: a capitalised surname the knowledge base
    keeps no alias of (a common word), standing alone as the subject of a verb, not first in its sentence, is
    the head of state or government of that surname in office on the day, when the story establishes that
    leader's country (``countries``: its own, the dateline's, the lede's). A sentence-initial word, or one in
    a longer name, is never read so."""
    doc = token.doc
    if token.pos_ != "PROPN" or not token.is_title or token.i == sentence_of(token).start:
        return None
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ != "VERB" or any(True for _ in token.children):
        return None
    if doc[token.i - 1].pos_ == "PROPN" or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
        return None
    leader = leader_in_office(kb.people, token.text, on)
    if leader is None or leader.country not in countries or kb.resolve_phrase(token.text, on) is not None:
        return None
    role = leader.person.active(on)[0] if on else leader.person.latest()
    return Actor(
        name=token.text,
        code=f"{leader.country}{role.agent or 'GOV'}",
        country=leader.country,
        agent=role.agent or "GOV",
        reason=f"person {leader.reason}: the surname alone, a common word, of a story country's leader",
    )


def repair_surnames(doc: Doc, kb: KnowledgeBase, on: dt.date | None) -> None:
    """Give a surname the document wrote in full earlier its name reading where the tagger took it for the
    modal 'may' (see the module). Changes the parse in place; nothing else is touched."""
    first: dict[str, int | None] = {}  # word -> where a full name ending in it first ends
    texts: tuple[str, ...] = ()  # every word's text, read once the first time a surname is looked for
    for token in (doc[i] for i in words_now(doc, IS_TITLE)):  # capitalised: a word's own form, no repair changes
        if _misread_in_name(token) and _person_name(doc, token, kb, on):
            _join_name(doc, token)  # "Theresa May faced": the tagger made 'May' the modal of 'faced'
            continue
        if not (_misread(token) or _lone_month(token)):
            continue
        if token.text not in first:
            texts = texts or doc_words(doc).text  # a word's text: no repair changes it
            first[token.text] = _first_in_full(doc, texts, token.text, kb, on)
        full = first[token.text]
        if full is not None and full < token.i:
            _as_name(doc, token)


def _misread(token: Token) -> bool:
    """A capitalised auxiliary before a verb with no subject, the verb finite or the word tagged a name."""
    head = token.head
    return (
        token.pos_ == "AUX"
        and token.dep_ == "aux"
        and head.i > token.i
        and (head.tag_ in FINITE_TAGS or token.tag_ == "NNP")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


MONTH_LINKS = frozenset({"in", "since", "until", "till", "by", "from", "through", "during", "last", "next", "early",
                         "late", "mid", "of", "this", "that", "before", "after", "between", "and", "to"})


def _lone_month(token: Token) -> bool:
    """'called on May to resign', 'urged May to quit': a word the tagger took for a month all alone (an entity of
    its own, no day or year beside it, no 'in'/'since'/'last' before it, which a month takes)."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_type_ == "DATE" and token.ent_iob_ == "B" and (after is None or after.ent_iob_ != "I") \
        and before not in MONTH_LINKS and not (after is not None and after.like_num) \
        and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj")


def _misread_in_name(token: Token) -> bool:
    """'Theresa May faced pressure': a capitalised auxiliary of a finite verb (or one tagged a name) right after
    that verb's subject, a capitalised given name; no modal takes a past or third-person form."""
    head, before = token.head, token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.dep_ == "aux"
        and before is not None
        and before.dep_ in ("nsubj", "nsubjpass")
        and before.head.i == head.i
        and before.pos_ == "PROPN"
        and before.is_title
        and head.i > token.i
        and (head.tag_ in FINITE_TAGS or token.tag_ == "NNP")
    )


def _first_in_full(doc: Doc, texts: tuple[str, ...], word: str, kb: KnowledgeBase, on: dt.date | None) -> int | None:
    """Where the word first ends a person's full name in the document ('Theresa May ... May'); ``texts`` are
    the words' texts, so that the search builds no spaCy token for the words that differ (``tuple.index`` finds
    each next one)."""
    start = 0
    while True:
        try:
            i = texts.index(word, start)
        except ValueError:
            return None
        if _person_name(doc, doc[i], kb, on):
            return i
        start = i + 1


def _person_name(doc: Doc, last: Token, kb: KnowledgeBase, on: dt.date | None) -> bool:
    """The word ends a person's full name: a run of capitalised proper nouns before it in its sentence that the
    tagger reads as a person, or the knowledge base as a person's name."""
    if last.i == 0 or doc[last.i - 1].pos_ != "PROPN" or not doc[last.i - 1].is_title \
            or doc[last.i - 1].sent != last.sent:
        return False
    start = last.i - 1
    while start > last.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    name: Span = doc[start : last.i + 1]
    if all(t.ent_type_ == "PERSON" for t in name):
        return True
    found = kb.resolve_phrase(name.text, on)
    return found is not None and (found.reason or "").startswith("person ")


def _join_name(doc: Doc, token: Token) -> None:
    """The surname takes the subject's place; the given name before it becomes its compound."""
    given = doc[token.i - 1]
    token.dep_ = given.dep_
    token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    given.head, given.dep_ = token, "compound"
    name = Span(doc, given.i, token.i + 1, "PERSON")
    doc.ents = [e for e in doc.ents if e.end <= given.i or e.start > token.i] + [name]
    forget(doc)


def _as_name(doc: Doc, token: Token) -> None:
    if token.dep_ == "aux":  # "May criticised": the subject; a month misread keeps its place ("called on May")
        token.dep_ = "nsubj"
    token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    doc.ents = [e for e in doc.ents if not (e.start <= token.i < e.end)] + [Span(doc, token.i, token.i + 1, "PERSON")]
    forget(doc)  # what was read of the parse before (``coding.doc_memo``) no longer holds
