"""A stricter sentence filter (issue 15): parse a sentence only if it holds a trigger AND an actor mention.

``seismo.coding.filter`` parses every sentence with a trigger word; in news that is most sentences.
An event also needs someone who acts or is acted on, so this filter asks for a second thing in the
same sentence: a mention the knowledge base knows as an actor (a country, a demonym, a person, an
organisation, a group noun such as "police" or "protesters": every alias key of the KB, matched
word by word over the KB's own folded tokens with the alias table's prefixes as a trie), or a
pronoun the coder may resolve to one (``prefilter.yaml``).

Both word lists are built at load time from the dictionaries and the KB (``build_trigger_forms``,
``KnowledgeBase.actor_aliases``), so vocabulary added there is matched without touching this module.
The parse itself, the lede rule and the way skipped sentences are joined are those of
``coding.filter``: ``PreFilter`` only decides which sentences are candidates.

Measured on the annotated Wikinews articles (``bench/prefilter.py``): see docs/scaling.md. It is
not the default: ``--candidate-filter`` keeps the trigger-only filter unless recall says otherwise.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language

from seismo.coding.filter import LEDE, WORD, CandidateFilter, Segment, TriggerForms, build_trigger_forms, split_segments
from seismo.kb.text import tokenize

DATA = Path(__file__).with_name("prefilter.yaml")


class ActorMentions:
    """Whether a sentence names an actor the KB knows, or holds a pronoun that may stand for one."""

    def __init__(self, aliases: frozenset[str], prefixes: frozenset[str], pronouns: frozenset[str]) -> None:
        self.aliases = aliases
        self.prefixes = prefixes
        self.pronouns = pronouns

    def found(self, sentence: str) -> bool:
        keys = [t.key for t in tokenize(sentence)]
        if not self.pronouns.isdisjoint(keys):
            return True
        aliases, prefixes = self.aliases, self.prefixes
        for i, key in enumerate(keys):
            if key in aliases:
                return True
            j = i + 1
            while key in prefixes and j < len(keys):
                key = f"{key} {keys[j]}"
                if key in aliases:
                    return True
                j += 1
        return False


class PreFilter(CandidateFilter):
    """Candidates: the lede, and sentences with a trigger form and an actor mention."""

    def __init__(self, forms: TriggerForms, mentions: ActorMentions, lede: int = LEDE) -> None:
        super().__init__(forms, lede)
        self.mentions = mentions

    def segments(self, text: str) -> list[Segment]:
        out = []
        for i, (start, end) in enumerate(split_segments(text)):
            sentence = text[start:end]
            keep = i < self.lede or (self.forms.matches(set(WORD.findall(sentence.lower())))
                                     and self.mentions.found(sentence))
            out.append(Segment(start, end, keep))
        return out


def load_pronouns(path: Path = DATA) -> frozenset[str]:
    return frozenset(yaml.safe_load(path.read_text(encoding="utf-8"))["pronouns"])


def build_prefilter(nlp: Language, kb_paths: tuple[Path, ...] = (), lede: int = LEDE) -> PreFilter:
    """The filter for this pipeline, the bundled dictionaries and the KB (with the user's files)."""
    from seismo.coding import load_lexicon
    from seismo.kb import load_kb

    aliases, prefixes = load_kb(kb_paths).actor_aliases
    mentions = ActorMentions(aliases, prefixes, load_pronouns())
    return PreFilter(build_trigger_forms(load_lexicon(), nlp), mentions, lede)


@lru_cache(maxsize=4)
def _cached(model: str, nlp: Language, kb_paths: tuple[Path, ...]) -> PreFilter:
    return build_prefilter(nlp, kb_paths)


def prefilter(nlp: Language, kb_paths: tuple[Path, ...] = ()) -> PreFilter:
    """``build_prefilter``, once per process and pipeline."""
    return _cached(nlp.meta.get("name", ""), nlp, tuple(kb_paths))
