"""The story's country from where the lede's main act happened, when the lede names no country otherwise.

"Thousands of people rallied in Minsk on Thursday." names no country, people or body of one; the story is still
Belarus's, and a later paragraph's "police" or "the government" are Belarus's. Read narrowly, since a place is a
weak sign of whose story it is: a talks venue is a third country's ("agreed to hold talks in Geneva"), a border town
may be the neighbour's. So only

* the first content sentence's main act: its root verb, or the act a root "said" reports ("Police arrested 30
  people in Kampala, officials said");
* an act done at home (``place_nouns.yaml`` ``home_acts``: protests, arrests, trials, attacks, votes), never talks,
  visits, summits or acts across a border;
* a static locative, "in X" or "at X", of the act, of its subject ("Police in Kampala arrested ...") or of its
  object ("arrested dozens of people in Yangon"; not "at" after an aimed act: "fired at X" names a target), whose
  places all lie in one country the gazetteer gives them alone (``KnowledgeBase.place_country``: 'Tripoli', named
  in two countries, decides nothing), and no border noun ("in the border town of X" may be the neighbour's).

``story.story_country`` asks this only when the lede names no country in other ways.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from seismo.coding.doc_memo import span_text
from seismo.coding.doc_words import children_with
from seismo.coding.word_tables import place_nouns
from seismo.kb import KnowledgeBase

STATIC_PREPS = ("in", "at")  # where an act happened; not "near", "outside", "across" (a neighbour's side)
AIMED_ACTS = ("fire", "shoot")  # "fired rockets at Sderot": after them "at" names a target, maybe across a border
REPORTING_ROOTS = ("say", "tell", "report", "announce")  # "..., officials said": the reported act is the main one


def lede_scene_country(sent: Span, kb: KnowledgeBase) -> str | None:
    """The one country of the static locatives of the sentence's main home act, else None."""
    acts = _main_acts(sent.root)
    found: set[str | None] = set()
    for act in acts:
        preps = STATIC_PREPS if act.lemma_.lower() not in AIMED_ACTS else ("in",)
        for holder in _holders(act):
            for prep in children_with(holder, ("prep",)):
                if prep.lower_ in preps:
                    found |= _countries(prep, sent, kb)
    return next(iter(found)) if len(found) == 1 and None not in found else None


def _main_acts(root: Token) -> list[Token]:
    """The root and the verbs joined to it by 'and', when they are home acts; a reporting root's reported act."""
    homes = place_nouns().home_acts
    if root.lemma_.lower() in REPORTING_ROOTS:
        root = next(iter(children_with(root, ("ccomp",))), root)
    acts = [root, *(c for c in children_with(root, ("conj",)) if c.pos_ == "VERB")]
    return [a for a in acts if a.lemma_.lower() in homes]


def _holders(act: Token) -> list[Token]:
    """The words a locative of the act may hang from: the act, its subject, its object and the of-phrase of that
    ('arrested dozens of people in Yangon': the parser hangs 'in Yangon' from 'people')."""
    args = list(children_with(act, ("nsubj", "nsubjpass", "dobj")))
    ofs = [p for a in args if a.dep_ == "dobj" for o in children_with(a, ("prep",)) if o.lower_ == "of"
           for p in children_with(o, ("pobj",))]
    return [act, *args, *ofs]


def _countries(prep: Token, sent: Span, kb: KnowledgeBase) -> set[str | None]:
    """The countries of the places named in the locative's phrase (all of it: the parser may split 'in Can Tho'
    into two objects); None for a place no one country holds alone, for a place word inside a longer name ('at
    Causeway Bay' is no 'Bay', a Somali region) or for a border noun in the phrase ('in the border town of X')."""
    words = list(prep.subtree)[1:]
    if not words:
        return set()
    if any(w.lemma_.lower() in place_nouns().border_nouns for w in words):
        return {None}
    start, end = words[0].idx - sent.start_char, words[-1].idx + len(words[-1]) - sent.start_char
    text = span_text(sent)
    return {kb.place_country(text[s:e]) if _whole_name(words, s + sent.start_char, e + sent.start_char) else None
            for s, e, _ in kb.find_places(text) if start <= s and e <= end}


def _whole_name(words: list[Token], start: int, end: int) -> bool:
    """No proper noun or 'the' right before the place's words, nor a proper noun right after unless it names a site
    called after the town ('Victoria Park': ``place_nouns.yaml`` feature_words): 'Causeway Bay' is one name, not
    the place 'Bay'; 'in the Gulf' is a sea, not Papua New Guinea's Gulf province."""
    before = [w for w in words if w.idx + len(w) <= start]
    after = [w for w in words if w.idx >= end]
    joined = bool(before) and before[-1].idx + len(before[-1]) + 1 >= start \
        and (before[-1].pos_ == "PROPN" or before[-1].lower_ == "the")
    return not joined and not (after and after[0].idx <= end + 1 and after[0].pos_ == "PROPN"
                               and after[0].lower_ not in place_nouns().feature_words)
