"""The sentence filter of ``--candidate-filter`` (issue 15): parse a sentence only if it holds a trigger AND an
actor mention, plus the context the coder reads.

``seismo.coding.filter`` parses every sentence with a trigger word; in news that is most sentences.
An event also needs someone who acts or is acted on, so this filter asks for a second thing in the
same sentence: a mention the knowledge base knows as an actor (a country, a demonym, a person, an
organisation, a group noun such as "police" or "protesters": every alias of the KB, matched with the
alias table and its case rules), or a pronoun the coder may resolve to one (``prefilter.yaml``). A form
of a verb-only dictionary lemma right after a determiner ("the press") is a noun, not a trigger. The
first sentence is always parsed, and so are the two sentences before a candidate with "he", "she" or
"they": the coder remembers people and groups only from parsed sentences.

Both word lists are built at load time from the dictionaries and the KB (``build_trigger_forms``,
``KnowledgeBase.actor_table``), so vocabulary added there is matched without touching this module.
The parse itself and the way skipped sentences are joined are those of ``coding.filter``: ``PreFilter``
only decides which sentences are candidates. Measured (``bench/prefilter.py``): docs/scaling.md.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language

from seismo.coding.filter import LEDE, WORD, CandidateFilter, Segment, TriggerForms, build_trigger_forms, split_segments
from seismo.kb.tables import AliasTable
from seismo.kb.text import tokenize

DATA = Path(__file__).with_name("prefilter.yaml")
LETTERS = re.compile(r"[^\W\d_]+")
PRE_LEDE = 1  # the headline or first sentence: the story's main actor, named in full (measured: docs/scaling.md)
CONTEXT = 2  # sentences before a "he"/"they" candidate, where its antecedent is most often named


class ActorMentions:
    """Whether a sentence names an actor the KB knows, or holds a pronoun that may stand for one.

    Names are matched with the KB's own alias table and case rules (``AliasTable.longest``): "US" is the
    country and "us" is not, "Said" may be a person and "said" is not; group nouns ("police") match in any case.
    """

    def __init__(self, table: AliasTable, pronouns: frozenset[str]) -> None:
        self.table = table
        self.pronouns = pronouns

    def found(self, sentence: str) -> bool:
        tokens = tokenize(sentence)
        if any(t.key in self.pronouns for t in tokens):
            return True
        return any(self.table.longest(tokens, i)[1] for i in range(len(tokens)))


class PreFilter(CandidateFilter):
    """Candidates: the lede, the sentences with a trigger form and an actor mention, and before each candidate
    that refers back with a pronoun ("he", "they") the ``context`` sentences before it, where its antecedent
    is likely named (the coder remembers mentions only from parsed sentences)."""

    def __init__(self, forms: TriggerForms, mentions: ActorMentions, lede: int = LEDE,
                 context: int = 0, referring: frozenset[str] = frozenset(),
                 nominal: frozenset[str] = frozenset(), verb_only: frozenset[str] = frozenset()) -> None:
        super().__init__(forms, lede)
        self.nominal = nominal
        self.verb_only = verb_only
        self.mentions = mentions
        self.context = context
        self.referring = referring
        self.paragraph = False

    def segments(self, text: str) -> list[Segment]:
        spans = split_segments(text)
        keep = []
        for i, (start, end) in enumerate(spans):
            sentence = text[start:end]
            keep.append(i < self.lede or (self._trigger(sentence) and self.mentions.found(sentence)))
        if self.context:
            para = 0
            for i, (start, end) in enumerate(spans):
                if i and "\n" in text[spans[i - 1][0]:start]:
                    para = i  # a line break starts a paragraph (the coder's paragraph rule)
                if not keep[i] or i < self.lede:
                    continue
                back = self.context if not self.referring.isdisjoint(WORD.findall(text[start:end].lower())) \
                    else (min(self.context, i - para) if self.paragraph else 0)
                for j in range(max(0, i - back), i):
                    keep[j] = True
        return [Segment(start, end, k) for (start, end), k in zip(spans, keep, strict=True)]


    def _trigger(self, sentence: str) -> bool:
        """A trigger form, not counting verb forms used as nouns ("the press", "a march", "in order to")."""
        lowered = sentence.lower()
        words = set(WORD.findall(lowered))
        if not self.forms.matches(words):
            return False
        if not self.nominal:
            return True
        seq = LETTERS.findall(lowered)  # whole words: "Erdoğan pledged" has no "an" before "pledged"
        verbal = {w for prev, w in zip(["", *seq], seq, strict=False)
                  if not (prev in self.nominal and w in self.verb_only)}
        return self.forms.matches(words, verbal)


def load_words(path: Path = DATA) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in yaml.safe_load(path.read_text(encoding="utf-8")).items()}


def load_pronouns(path: Path = DATA) -> frozenset[str]:
    return load_words(path)["pronouns"]


def build_prefilter(nlp: Language, kb_paths: tuple[Path, ...] = (), lede: int = PRE_LEDE,
                    context: int = CONTEXT, nominal: bool = True) -> PreFilter:
    """The filter for this pipeline, the bundled dictionaries and the KB (with the user's files)."""
    from seismo.coding import load_lexicon
    from seismo.kb import load_kb

    words = load_words()
    lexicon = load_lexicon()
    forms = build_trigger_forms(lexicon, nlp)
    mentions = ActorMentions(load_kb(kb_paths).actor_table, words["pronouns"])
    nouns = build_trigger_forms(dataclasses.replace(lexicon, verbs={}), nlp).always
    verb_only = (forms.always | forms.conditional.keys()) - nouns
    return PreFilter(forms, mentions, lede, context, words["referring"],
                     words["noun_markers"] if nominal else frozenset(), frozenset(verb_only))


@lru_cache(maxsize=4)
def _cached(model: str, nlp: Language, kb_paths: tuple[Path, ...]) -> PreFilter:
    return build_prefilter(nlp, kb_paths)


def prefilter(nlp: Language, kb_paths: tuple[Path, ...] = ()) -> PreFilter:
    """``build_prefilter``, once per process and pipeline."""
    return _cached(nlp.meta.get("name", ""), nlp, tuple(kb_paths))
