"""Is this English? A maintained language identifier (py3langid), used so that it never rejects English.

seismo's dictionaries and model are English-only, so a German or Russian article would be coded as
noise; such documents are rejected (I009). Rejecting an English article loses its events, while
coding a foreign one costs little (the English rules find almost nothing in it), so the check is
built to be sure before it rejects:

* **Names are no evidence.** A text is foreign only when the identifier says so both for the whole
  text and for its words without the names (a short sentence of names outvotes its English). Photo
  captions and wire sentences are full of names ("Turkish President
  Tayyip Erdogan greets ... Ulf Kristersson"), and names look like their own languages. Only words
  that do not start with a capital letter count towards the minimum of ``MIN_WORDS``; CJK
  characters count as half a word each. Below it the text is not judged.
* **News languages only.** The identifier chooses among ``NEWS_LANGUAGES`` (about 30 languages
  that news is written in), not among all the 140 it knows: names and short English texts otherwise drift
  to Latin, Ligurian or Nigerian Pidgin.
* **Sure, not just likely.** A text is rejected only when another language wins *and* English's
  probability is under ``MAX_ENGLISH_PROBABILITY``.
* **A sample is enough.** A long document is judged on three pieces of ``SAMPLE_CHARS // 3``
  characters (its start, middle and end): py3langid walks text byte by byte in Python, and a
  5 MB document would otherwise take seconds.

py3langid was chosen over lingua-language-detector by measurement (docs/ingest.md, "Language
check"; ``bench/langid_compare.py``): under the same rule it rejected no English snippet and caught as
many foreign ones, at a 20th of the install size, a 9th of the memory and a quarter of the time per
document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

MIN_WORDS = 4
MAX_ENGLISH_PROBABILITY = 0.1
SAMPLE_CHARS = 6000

NEWS_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
    "tr": "Turkish", "ar": "Arabic", "fa": "Persian", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "id": "Indonesian", "sv": "Swedish", "ro": "Romanian", "cs": "Czech",
    "hu": "Hungarian", "el": "Greek", "he": "Hebrew", "hi": "Hindi", "ur": "Urdu",
    "vi": "Vietnamese", "sw": "Swahili", "so": "Somali", "da": "Danish", "no": "Norwegian",
    "fi": "Finnish", "bg": "Bulgarian", "sr": "Serbian", "hr": "Croatian",
}  # fmt: skip

# Letters in words: "Kyiv's", "al-Sudani" (two words), "Erdoğan".
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# Han, kana and hangul are written without spaces: one regex word can be a whole sentence.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

Identify = Callable[[str], dict[str, float]]


def non_english_reason(text: str, identify: Identify | None = None) -> str | None:
    """Why ``text`` is not English, or None when it is, might be, or is too short to tell.

    ``identify`` maps a text to language probabilities (ISO 639-1 code -> probability); the
    default is py3langid over ``NEWS_LANGUAGES``. The bench passes another identifier to compare
    it under the same rule.
    """
    text = sample(text)
    if evidence_words(text) < MIN_WORDS:
        return None
    identify = identify or identify_language
    verdict = _foreign(identify(text))
    if verdict is None or _foreign(identify(evidence_text(text))) is None:
        return None  # English read whole, or once the names are left out ("Tomislav Nikolić met ...")
    best, p_best, english = verdict
    return f"identified as {NEWS_LANGUAGES.get(best, best)}, p={p_best:.2f}; English p={english:.2f}"


def _foreign(probabilities: dict[str, float]) -> tuple[str, float, float] | None:
    """(language, its probability, English's) when another language wins and English is unlikely."""
    best = max(probabilities, key=probabilities.__getitem__)
    english = probabilities.get("en", 0.0)
    if best == "en" or english >= MAX_ENGLISH_PROBABILITY:
        return None
    return best, probabilities[best], english


def sample(text: str, size: int = SAMPLE_CHARS) -> str:
    """The text, or its start, middle and end (``size // 3`` characters each) when it is longer."""
    if len(text) <= size:
        return text
    third = size // 3
    middle = (len(text) - third) // 2
    return "\n".join((text[:third], text[middle : middle + third], text[-third:]))


def evidence_words(text: str) -> int:
    """Words that tell a language: lower-case-initial or caseless words, CJK characters as half a word."""
    cjk = len(_CJK.findall(text))
    words = sum(1 for word in _WORD.findall(text) if not word[0].isupper() and not _CJK.match(word))
    return words + cjk // 2


def evidence_text(text: str) -> str:
    """The words that tell a language, for the identifier too: names ("Tomislav Nikolić", "Kragujevac")
    look like their own languages and outvote a short English sentence's function words."""
    return " ".join(word for word in _WORD.findall(text) if not word[0].isupper() or _CJK.match(word))


def identify_language(text: str) -> dict[str, float]:
    """py3langid's probabilities over ``NEWS_LANGUAGES`` (they sum to 1)."""
    return dict(_identifier().rank(text))


@lru_cache(maxsize=1)
def _identifier() -> Any:  # py3langid ships no type hints
    """py3langid's bundled model (in the wheel: nothing is downloaded), restricted to news languages.

    A private instance: ``py3langid.set_languages`` would change the module-wide one for every caller.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(NEWS_LANGUAGES))
    return identifier
