"""Candidate-sentence filter: run the statistical pipeline only on sentences that can hold an event.

An event needs a trigger (``Coder`` reads ``find_triggers``): a verb whose lemma is in the event
dictionary, an event noun under a light verb, or a verb under an obligation modal ("must", "should":
a REQUEST). So a sentence none of whose words is an inflected
form of a dictionary verb or noun cannot produce an event and need not be parsed. Verbs whose every
rule names its object (``hit`` needs city/base/..., ``have`` needs troops/warships/...) or its particle
(``pull`` needs out/back) count only when one of those words is in the sentence too.

How a filtered Doc is built, so that ``Coder.code`` sees the article text unchanged:

1. ``split_segments`` cuts the text into sentences with a cheap rule splitter. Segments cover the
   text exactly: each carries its trailing whitespace, so joined they are the text again.
2. Runs of consecutive candidate sentences (the lede always counts as one, see ``CandidateFilter``)
   are parsed together with the full pipeline (``nlp.pipe``); the parser sets the sentence
   boundaries inside a run, as it does on the full text.
3. Runs of non-candidate sentences are only tokenized; each of their sentences gets a flat tree
   (first token ``ROOT``, the others ``dep``) so that ``Doc.sents`` keeps the splitter's boundaries.
   Their tokens have no tag, lemma or entity, so the coder finds no trigger or actor there.
4. ``Doc.from_docs(..., ensure_whitespace=False)`` joins the runs. The result's text *is* the
   article text, so every ``Token.idx`` (evidence offsets, event ids) indexes the full article.
   A join that does not reproduce the text (never seen) falls back to a full parse of that article.

What the filter cannot keep: discourse memory from skipped sentences (a person named only in a
non-event sentence and later called "he"), and parse context across run edges. The benchmark
(``bench/run.py``) measures the resulting event recall against the unfiltered coder.

It lives in ``coding``, not ``nlp``: it reads the coder's dictionaries, and stages import only the stages
below them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from seismo.coding.judgement_words import load_judgements
from seismo.coding.lexicon import Lexicon, word_list, word_sets

WORD = re.compile(r"[a-z]+")
# A sentence ends at . ! or ? (plus closing quotes/brackets) before whitespace and an opening capital,
# digit or quote; or at a line break.
_END = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]*[A-Z0-9])|\n\s*""")
_ABBREV = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "sen", "rep", "gov", "prof", "jr",
    "sr", "inc", "co", "corp", "ltd", "no", "vs", "maj", "capt", "adm", "cmdr", "brig", "rev",
    "hon", "pres", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "approx", "dept", "est", "fig",
    "govt", "etc",
})  # a period after these (or one letter) ends no sentence
_VERB_SUFFIXES = ("s", "es", "ed", "d", "ing")
_NOUN_SUFFIXES = ("s", "es")


@dataclass(frozen=True)
class Segment:
    """A sentence of the text, ``text[start:end]`` with its trailing whitespace."""

    start: int
    end: int
    candidate: bool


@word_list
def adjective_homographs() -> frozenset[str]:
    """Base forms of trigger verbs that news mostly writes as adjectives ("the weather was fine"): only their
    inflected forms ("fined", "fines") make a sentence a candidate on their own (``events.yaml``)."""
    return word_sets("events.yaml", ("adjective_homographs",))[1][0]


def _inflections(lemma: str, suffixes: Sequence[str]) -> set[str]:
    """Regular inflected forms; over-generating only costs a few needless parses."""
    forms = {lemma} | {lemma + s for s in suffixes}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + s for s in suffixes if s[0] in "ei"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy":
        forms |= {lemma + lemma[-1] + s for s in suffixes if s[0] in "ei"}  # ban -> banned, banning
    return forms


def _irregular(nlp: Language | None, pos: str) -> dict[str, set[str]]:
    """lemma -> irregular forms, from the model's lemmatizer exception table ("struck" -> strike)."""
    out: dict[str, set[str]] = {}
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return out
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return out
    table = lookups.get_table("lemma_exc").get(pos, {})
    for form, lemmas in table.items():
        for lemma in lemmas:
            out.setdefault(str(lemma).lower(), set()).add(str(form).lower())
    return out


Requirement = tuple[frozenset[str] | None, frozenset[str] | None]  # (object forms, particle words)


@dataclass(frozen=True)
class TriggerForms:
    """Lower-case word forms that make a sentence a candidate.

    ``always``: a form alone suffices. ``conditional``: form -> requirements, one of which must be met
    (each names object forms and/or particles of which at least one must be in the sentence).
    """

    always: frozenset[str]
    conditional: dict[str, tuple[Requirement, ...]]

    def matches(self, words: set[str], verbal: set[str] | None = None) -> bool:
        """``verbal``: the words that may be triggers (default all); requirements are looked up in ``words``."""
        verbal = words if verbal is None else verbal
        if not verbal.isdisjoint(self.always):
            return True
        for word in verbal & self.conditional.keys():
            for objects, particles in self.conditional[word]:
                if (objects is None or not words.isdisjoint(objects)) and (
                    particles is None or not words.isdisjoint(particles)
                ):
                    return True
        return False


def build_trigger_forms(lexicon: Lexicon, nlp: Language | None = None) -> TriggerForms:
    """Word forms of the dictionary verbs and nouns (regular inflections + the model's exceptions)."""
    verb_exc, noun_exc = _irregular(nlp, "verb"), _irregular(nlp, "noun")

    def verb_forms(lemma: str) -> set[str]:
        return _inflections(lemma, _VERB_SUFFIXES) | verb_exc.get(lemma, set())

    def noun_forms(lemma: str) -> set[str]:
        return _inflections(lemma, _NOUN_SUFFIXES) | noun_exc.get(lemma, set())

    always: set[str] = set(lexicon.cue("obligation_modals"))  # "Sudan must reach a deal": a REQUEST
    always |= _judgement_forms(noun_forms, verb_forms)  # "says the vote was rigged": a judgement, no event verb
    for lemma in lexicon.nouns:
        # noun forms only: a noun lemma is a trigger as a NOUN ("protests"); as a verb it counts only through
        # lexicon.verbs below ("according" is no form of the event noun "accord")
        always |= noun_forms(lemma)
        if "-" in lemma:  # the filter's words have no hyphen: "sit-in" is seen as "sit"
            always.add(lemma.split("-")[0])
    conditional: dict[str, list[Requirement]] = {}
    for lemma, rules in lexicon.verbs.items():
        reqs: list[Requirement] = []
        for rule in rules:
            # words the rule needs in the sentence: its objects, else its complement words ("found guilty"),
            # else the nouns of its prepositional phrases ("placed under house arrest"), else an ultimatum's
            # consequence ("told X to leave or face sanctions", "... or else": coding/directives.py)
            needed = rule.object or rule.complement_lemma or {p.split()[-1] for p in rule.pp} \
                or (lexicon.cue("ultimatum_consequences") | {"else"} if rule.ultimatum else set())
            # a to-infinitive rule alone ("told Israel to allow ...") needs the word "to" ("told reporters": none)
            if not needed and not rule.particle and rule.xcomp:
                reqs.append((frozenset({"to"}), None))
                continue
            if not needed and not rule.particle:
                reqs = []
                always |= verb_forms(lemma) - adjective_homographs()
                break
            objects = frozenset().union(*(noun_forms(o) | verb_forms(o) for o in needed)) if needed else None
            reqs.append((objects, frozenset(rule.particle) if rule.particle else None))
        for form in verb_forms(lemma) if reqs else ():
            conditional.setdefault(form, []).extend(reqs)
    return TriggerForms(frozenset(always), {k: tuple(v) for k, v in conditional.items() if k not in always})


JUDGING_WORDS = ("negative", "positive", "reversible", "dismissive", "critical_adjectives", "blame_words",
                 "breach_nouns", "stain_nouns", "disdain_nouns", "hallmark_nouns", "unpunished_words")
JUDGING_VERBS = ("charging_verbs", "linking_verbs", "attributing_verbs", "holding_verbs", "disdain_verbs",
                 "suspect_verbs", "bearing_verbs", "intolerance_verbs", "hallmark_verbs")


def _judgement_forms(noun_forms: Callable[[str], set[str]], verb_forms: Callable[[str], set[str]]) -> set[str]:
    """The words of ``judgements.yaml`` that make a sentence a judgement ('irresponsible', 'rigged', 'blamed',
    'linked'): spoken judgements need no verb of ``events.yaml``, so the filter must know them too."""
    rules = load_judgements()
    words = {w for name in JUDGING_WORDS for phrase in getattr(rules, name) for w in phrase.split()[-1:]}
    verbs = {v for name in JUDGING_VERBS for v in getattr(rules, name)}
    return {f for w in words for f in noun_forms(w)} | {f for v in verbs for f in verb_forms(v)}


def split_segments(text: str) -> list[tuple[int, int]]:
    """Sentence spans covering ``text`` exactly (each with its trailing whitespace)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group(0)[0] in ".!?" and _is_abbreviation(text, match.start()):
            continue
        if text[start:end].strip():
            spans.append((start, end))
            start = end
    if start < len(text):
        if spans and not text[start:].strip():
            spans[-1] = (spans[-1][0], len(text))
        else:
            spans.append((start, len(text)))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation ("Mr.", "U.S.", "J.") rather than a sentence."""
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].lower().rstrip(".")
    return len(word) == 1 or word in _ABBREV


RUN_BATCH = 32  # candidate runs (a few sentences each) per nlp.pipe batch
LEDE = 4  # the coder reads the first sentences for the story's country (coding.story.story_country)


class CandidateFilter:
    """Marks the sentences of a text that may hold an event; built once per process.

    The first ``lede`` sentences are always parsed: the coder guesses the story's country from them
    and meets the people later called "he" or "the President" there, and parsing the headline with
    what follows keeps the parser's own sentence boundaries where the headline has no full stop.
    """

    def __init__(self, forms: TriggerForms, lede: int = LEDE) -> None:
        self.forms = forms
        self.lede = lede

    def segments(self, text: str) -> list[Segment]:
        out = []
        for i, (start, end) in enumerate(split_segments(text)):
            words = set(WORD.findall(text[start:end].lower()))
            out.append(Segment(start, end, i < self.lede or self.forms.matches(words)))
        return out


@lru_cache(maxsize=4)
def _cached_filter(model: str, nlp: Language) -> CandidateFilter:
    from seismo.coding import load_lexicon

    return CandidateFilter(build_trigger_forms(load_lexicon(), nlp))


def candidate_filter(nlp: Language) -> CandidateFilter:
    """The filter for this pipeline's lemmatizer tables and the bundled dictionaries (cached)."""
    return _cached_filter(nlp.meta.get("name", ""), nlp)


@dataclass
class FilterStats:
    """How much of the text the filter sent to the parser (for the benchmark)."""

    sentences: int = 0
    candidates: int = 0
    chars: int = 0
    parsed_chars: int = 0
    fallbacks: int = 0


def parse_filtered(nlp: Language, texts: Iterable[str], batch_size: int = 32,
                   filt: CandidateFilter | None = None,
                   stats: FilterStats | None = None) -> Iterator[Doc]:
    """Like ``parse_texts``, but only candidate sentences go through the statistical components.

    Texts are processed ``batch_size`` at a time; each yielded Doc's text is the input text.
    """
    filt = filt or candidate_filter(nlp)
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from _filtered_batch(nlp, batch, filt, batch_size, stats)
            batch = []
    if batch:
        yield from _filtered_batch(nlp, batch, filt, batch_size, stats)


def _runs(segments: list[Segment]) -> list[tuple[bool, list[Segment]]]:
    """Consecutive segments grouped by candidate flag."""
    runs: list[tuple[bool, list[Segment]]] = []
    for seg in segments:
        if runs and runs[-1][0] == seg.candidate:
            runs[-1][1].append(seg)
        else:
            runs.append((seg.candidate, [seg]))
    return runs


def _filtered_batch(nlp: Language, texts: list[str], filt: CandidateFilter, batch_size: int,
                    stats: FilterStats | None) -> list[Doc]:
    plans = [_runs(filt.segments(text)) for text in texts]
    parse_texts = [t[r[0].start:r[-1].end] for t, plan in zip(texts, plans, strict=True)
                   for cand, r in plan if cand]
    parsed = iter(list(nlp.pipe(parse_texts, batch_size=RUN_BATCH)))
    docs = []
    for text, plan in zip(texts, plans, strict=True):
        parts = [next(parsed) if cand else _flat_doc(nlp, text, run) for cand, run in plan]
        docs.append(_join(nlp, text, parts) if parts else nlp.make_doc(text))
        if stats is not None:
            _count(stats, text, plan)
    if stats is not None:
        stats.fallbacks += sum(1 for d in docs if d.user_data.get("seismo_filter_fallback"))
    return docs


def _flat_doc(nlp: Language, text: str, run: list[Segment]) -> Doc:
    """Tokenize a run of skipped sentences; one flat tree per sentence keeps the boundaries."""
    base = run[0].start
    tokens = nlp.make_doc(text[base:run[-1].end])
    starts = [s.start - base for s in run]
    heads: list[int] = []
    deps: list[str] = []
    root, k = 0, 0
    for tok in tokens:
        while k < len(starts) and tok.idx >= starts[k]:
            root, k = tok.i, k + 1
        heads.append(root)
        deps.append("ROOT" if tok.i == root else "dep")
    return Doc(nlp.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens],
               heads=heads, deps=deps)


def _join(nlp: Language, text: str, parts: list[Doc]) -> Doc:
    doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False,
                                                        exclude=["tensor", "user_data"])
    if not _aligned(doc, text, parts):  # defensive: offsets must index the article text
        doc = nlp(text)
        doc.user_data["seismo_filter_fallback"] = True
    return doc


def _aligned(doc: Doc, text: str, parts: list[Doc]) -> bool:
    """Whether the joined Doc's offsets index ``text``: each part's first token where it is in the text, and
    the last token ending the text. (Cheaper than ``doc.text``, which re-joins every token.)"""
    if not len(doc):
        return not text
    i = 0
    for part in parts:
        if len(part) and not text.startswith(doc[i].text, doc[i].idx):
            return False
        i += len(part)
    last = doc[-1]
    return i == len(doc) and last.idx + len(last.text_with_ws) == len(text)


def _count(stats: FilterStats, text: str, plan: list[tuple[bool, list[Segment]]]) -> None:
    for cand, run in plan:
        stats.sentences += len(run)
        if cand:
            stats.candidates += len(run)
            stats.parsed_chars += run[-1].end - run[0].start
    stats.chars += len(text)
