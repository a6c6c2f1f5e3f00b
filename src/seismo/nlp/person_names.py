"""A name the knowledge base knows as a person's is a proper noun, whatever the tagger guessed.

The small tagger reads some foreign names as English words: 'Löfven condemned the attack' and 'Baerbock condemned
...' tag the surname an adverb (RB, hung on the verb as advmod), 'Prayut Chan-o-cha wants ...' tags 'Prayut' a
verb with 'Chan-o-cha' its object, and 'Stefan Löfven on Monday met ...' hangs 'Löfven' on 'Stefan' as an adverb.
The verb is then left with no subject, or the name with the wrong head, and the coder finds no doer.

A title-case word tagged as an adverb or a base/present verb that is, alone or with the word after it, a person's
name in the knowledge base is retagged a proper noun (NNP). At the start of a sentence it must be followed by a
finite verb or a capitalised word ('Long before ...', 'Note that ...' and 'Cleverly, ...' stay English). Two
words of one known name, the second hung on the first by anything but a compound, are rebuilt as one name: the
last word heads it and takes the first's place in the tree ('Prayut' the compound of 'Chan-o-cha', the subject).
The sentence-opening name hung on its verb as an adverb becomes its subject in ``nlp/subjects.py``.

The names are the coder's: the component's ``kb`` config lists the same user knowledge-base files (Settings.kb,
``--kb``) that ``load_pipeline`` is given, so a name a user file adds is read as a name here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from seismo.kb import load_kb
from seismo.kb.records import PERSON
from seismo.kb.text import alias_key

MISREAD_TAGS = ("RB", "VB", "VBP", "VBZ")  # a name read as an adverb or a base/present verb
FINITE_AFTER = ("VBD", "VBZ", "VBP", "MD")
NAME_DEPS = ("compound", "flat", "punct")  # the deps a name's first word may have on its last


@lru_cache(maxsize=4)
def _person_keys(kb: tuple[str, ...] = ()) -> frozenset[str]:
    """The keys of person aliases in the knowledge base with the user files ``kb``, read once per file set."""
    entries = load_kb(kb).actor_table.entries
    return frozenset(k for k, found in entries.items() if any(e.kind == PERSON for e in found))


def _known(keys: frozenset[str], *words: Token) -> bool:
    return " ".join(alias_key(w.text) for w in words) in keys


def _title_case(token: Token) -> bool:
    return token.text[:1].isupper() and not token.text.isupper() and token.is_alpha


def _misread_name(token: Token, keys: frozenset[str]) -> bool:
    """A title-case word tagged an adverb or a verb that starts or is a known person's name (module docstring)."""
    if token.tag_ not in MISREAD_TAGS or not _title_case(token):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    pair = after is not None and _title_case_or_hyphenated(after) and _known(keys, token, after)
    if not (pair or _known(keys, token)):
        return False
    if token.is_sent_start:
        return after is not None and (after.tag_ in FINITE_AFTER or after.text[:1].isupper())
    return True


def _title_case_or_hyphenated(token: Token) -> bool:
    return token.text[:1].isupper() and not token.text.isupper()


@Language.factory("seismo_person_names", requires=["token.tag", "token.pos", "token.dep"],
                  assigns=["token.tag", "token.pos", "token.dep", "token.lemma"], default_config={"kb": []})
def make_person_names(nlp: Language, name: str, kb: Sequence[str]) -> PersonNames:
    """``kb``: the user knowledge-base files the coder reads (``Settings.kb``), besides the shipped data."""
    return PersonNames(tuple(str(Path(p)) for p in kb))


@dataclass(frozen=True)
class PersonNames:
    """Retag known person names read as adverbs or verbs, and rebuild two-word names split by the parse."""

    kb: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        return fix_person_names(doc, _person_keys(self.kb))


def fix_person_names(doc: Doc, keys: frozenset[str]) -> Doc:
    """Retag the known person names (``keys``) read as adverbs or verbs, and rebuild two-word names split by the
    parse.

    Candidates are picked from the doc's arrays (a tag or a proper-noun reading), so the pass builds ``Token``
    objects only for them, not for every word (issue 15: the parse should be the only cost)."""
    if len(doc) < 2:
        return doc
    tags = doc.to_array(TAG)
    for i in numpy.flatnonzero(numpy.isin(tags, _misread_tag_ids(doc))).tolist():
        token = doc[i]
        if _misread_name(token, keys):
            token.tag_, token.pos_, token.lemma_ = "NNP", "PROPN", token.text
    starts = set(numpy.flatnonzero(doc.to_array(POS)[:-1] == PROPN).tolist())
    for i in range(len(doc) - 1):
        if i not in starts:
            continue
        first, second = doc[i], doc[i + 1]
        if _name_word(second) and _split(first, second) and _known(keys, first, second):
            _rebuild(first, second)
            second.tag_, second.pos_ = "NNP", "PROPN"
            starts.add(i + 1)  # a retagged last word may start the next pair, as it did read word by word
    return doc


def _misread_tag_ids(doc: Doc) -> list[int]:
    return [doc.vocab.strings[tag] for tag in MISREAD_TAGS]


def _name_word(token: Token) -> bool:
    """A proper noun, or a capitalised word of any tag ('Chan-o-cha' read as a plural noun, an adjective, an adverb):
    the pair must still be a known person's name."""
    return token.pos_ == "PROPN" or _title_case_or_hyphenated(token)


def _split(first: Token, second: Token) -> bool:
    """The name's last word hangs on its first by anything but a compound ('Prayut <-dobj- Chan-o-cha'), the two
    hang on one word ('Prayut(intj) Chan-o-cha(nsubj) met'), or a first word read as the root has the last word
    as the subject of a verb hung on it ('Prayut(ROOT) ... Chan-o-cha <-nsubj- criticised -ccomp-> Prayut')."""
    if second.head.i == first.i:
        return second.dep_ not in NAME_DEPS
    if _siblings(first, second):
        return first.dep_ not in NAME_DEPS
    return first.dep_ == "ROOT" and second.head.head.i == first.i and second.head.pos_ in ("VERB", "AUX") \
        and second.dep_ in ("nsubj", "nsubjpass")


def _siblings(first: Token, second: Token) -> bool:
    return first.head.i == second.head.i and first.head.i != first.i


def _rebuild(first: Token, second: Token) -> None:
    """The last word takes the first's place: its head and dep (a root's clause goes to the verb hung on it, which
    becomes the root; two of one word, the last keeps its own), and the first's other children; the first word
    becomes its compound. Set only when the new heads form one tree."""
    heads = _new_heads(first, second)
    if heads is None or not _one_tree(first.sent, heads):
        return
    doc = first.doc
    for i, (head, dep) in heads.items():
        doc[i].head, doc[i].dep_ = doc[head], dep


def _new_heads(first: Token, second: Token) -> dict[int, tuple[int, str]] | None:
    children = [c for c in first.children if c.i != second.i]
    heads = {first.i: (second.i, "compound")}
    if first.dep_ == "ROOT" and not _siblings(first, second):
        verb = second.head if second.head.i != first.i else next(
            (c for c in children if c.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        heads[verb.i] = (verb.i, "ROOT")
        if second.head.i == first.i:
            heads[second.i] = (verb.i, "nsubj")
        heads.update({c.i: (verb.i, c.dep_) for c in children if c.i != verb.i})
        return heads
    if second.head.i == first.i:
        heads[second.i] = (first.head.i, first.dep_)
    heads.update({c.i: (second.i, c.dep_) for c in children})
    return heads


def _one_tree(sent: Span, heads: dict[int, tuple[int, str]]) -> bool:
    """Every token of the sentence reaches one root through the new heads (the old ones elsewhere), no cycle."""
    def head_of(i: int) -> int:
        return heads[i][0] if i in heads else sent.doc[i].head.i

    roots = set()
    for token in sent:
        i, steps = token.i, 0
        while head_of(i) != i and steps <= len(sent):
            i, steps = head_of(i), steps + 1
        if head_of(i) != i or not sent.start <= i < sent.end:
            return False
        roots.add(i)
    return len(roots) == 1
