"""Quantities: how many troops, people or dollars a sentence mentions.

``find_quantities("The army massed over 20,000 troops")`` gives one mention: value 20000,
unit "troops", approx True, with character offsets into the sentence. Pure functions, no spaCy.

What is *not* a quantity: years ("in 2019", "the 2022 Winter Olympics"), dates and date
expressions (anything :func:`seismo.coding.dates.find_date_expressions` finds, so "February 20"
and "two days ago" are skipped), clock times, ordinals, hyphenated compounds ("two-day",
"F-16", "COVID-19") and labels ("Article 5", "Resolution 2231"). Conventions for vague
counts ("dozens of" = 24) are in docs/dates.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seismo.coding.dates import find_date_expressions

__all__ = ["QuantityMention", "find_quantities"]


@dataclass(frozen=True)
class QuantityMention:
    """A number and what it counts; ``text == sentence[start:end]``.

    ``unit`` is the head noun as written, lowercased ("troops"), an ISO currency code
    ("USD") or "percent"; None when the number counts nothing named. ``approx`` marks
    hedged ("some", "over", "nearly") and vague ("dozens of") amounts.
    """

    start: int
    end: int
    value: float
    unit: str | None
    text: str
    approx: bool


_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
           "trillion": 1e12}  # fmt: skip
_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
_FUZZY = {"a": 1, "an": 1, "couple": 2, "few": 2, "several": 3}  # lower bounds; need a scale
_VAGUE_BASE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
               "billions": 1e9}  # fmt: skip
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                   "£": "GBP", "gbp": "GBP", "¥": "JPY"}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "ruble": "RUB",
    "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "yuan": "CNY", "yen": "JPY",
    "hryvnia": "UAH", "hryvnias": "UAH", "sterling": "GBP",
}  # fmt: skip
_STOP = frozenset({
    "of", "the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "for", "from", "by",
    "with", "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "will",
    "would", "could", "should", "may", "might", "must", "can", "who", "whom", "whose", "that",
    "which", "as", "than", "per", "into", "out", "up", "said", "says", "say", "according",
    "this", "these", "those", "their", "its", "his", "her", "it", "they", "he", "she", "we",
    "i", "you", "not", "no", "also", "when", "while", "after", "before", "since", "during",
    "over", "under", "about", "around", "each", "every", "all", "only", "just", "there",
    "here", "what", "where", "why", "how",
})  # fmt: skip
_MODIFIERS = frozenset({
    "more", "most", "additional", "extra", "other", "new", "armed", "unarmed", "heavily-armed",
    "further", "fresh", "elite", "combat", "active-duty", "young", "innocent",
})  # fmt: skip

_IRREGULAR_PLURALS = frozenset({
    "people", "police", "personnel", "children", "men", "women", "staff", "aircraft", "cattle",
    "livestock", "sheep", "fish", "crew", "militia", "infantry", "artillery",
})  # fmt: skip

_NUMWORD = "|".join(sorted([*_SMALL, *_SCALES], key=len, reverse=True))
_CORE = re.compile(
    r"(?<![\w.,/:$€£¥-])"
    r"(?:(?P<cur>US\$|[$€£¥]|(?:USD|EUR|GBP)\s)\s?)?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>bn|mn|tn|m|k)?"
    rf"|(?P<words>(?:an?\s+|several\s+|a\s+few\s+|a\s+couple\s+of\s+)?(?:{_NUMWORD})"
    rf"(?:(?:\s+|-|(?<=hundred)\s+and\s+)(?:{_NUMWORD}))*))"
    r"(?P<scale>(?:\s+(?:hundred|thousand|million|billion|trillion))*)"
    r"(?!\w|[.,:]\d)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"(?<![\w-])(?:(?P<pre>tens|hundreds)\s+of\s+)?"
    r"(?P<head>dozens|scores|hundreds|thousands|millions|billions)\s+of(?!\w)",
    re.IGNORECASE,
)
_APPROX_BEFORE = re.compile(
    r"\b(?:(?:more|fewer|less)\s+than|at\s+(?:least|most)|up\s+to|as\s+(?:many|few|much)\s+as"
    r"|close\s+to|upwards\s+of|(?:an\s+)?estimated|(?:just|well)\s+(?:over|under)|some|about"
    r"|around|over|nearly|almost|approximately|roughly|under)\s+$",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"\b(?:article|resolution|chapter|section|no\.?|number|flight|route|highway|page|paragraph"
    r"|phase|item|room|gate|line|road|channel|level|category|amendment|protocol|unit|brigade"
    r"|division|battalion|regiment|district|season|episode|round|stage|part|clause|rule"
    r"|version|model|type)\s+$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'clock|hrs\b|hours\s+(?:GMT|UTC|local)|GMT|UTC|BST|CET|EST|EDT"
    r"|PST|local\s+time)",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(r"\s*%|\s+(?:percent|per\s+cent)\b", re.IGNORECASE)
_SPACE = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"  # whitespace within one paragraph
_WORD_AFTER = re.compile(
    rf"{_SPACE}([A-Za-z]+(?:[-.'\u2019][A-Za-z0-9]+)*(?:\.(?=\s+[a-z]))?)['\u2019]?"
)
_STRENGTH = re.compile(r"-(?:strong|member|man|person)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:19\d\d|20\d\d|2100)")
_DETERMINER_BEFORE = re.compile(r"\b(?:no|any|every|each|the|this|that|which)\s+$", re.I)


def find_quantities(text: str) -> list[QuantityMention]:
    """Quantities in ``text``, left to right, never overlapping and never inside a date."""
    dates = [(d.start, d.end) for d in find_date_expressions(text)]
    found = [q for m in _CORE.finditer(text) if (q := _from_number(text, m, dates))]
    found += [q for m in _VAGUE.finditer(text) if (q := _from_vague(text, m, dates))]
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[QuantityMention] = []
    for q in found:
        if not kept or q.start >= kept[-1].end:
            kept.append(q)
    return kept


def _from_number(
    text: str, m: re.Match[str], dates: list[tuple[int, int]]
) -> QuantityMention | None:
    """One ``_CORE`` match as a quantity, or None when it is a year, time, label, date..."""
    value, fuzzy = _value(m)
    if value is None or _overlaps(m.start(), m.end(), dates) or _is_not_a_count(text, m):
        return None
    start, hedged = _hedge_before(text, m.start())
    unit, end = _unit_after(text, m.end(), m["cur"], value == 1)
    if m["words"] and unit is None:  # bare number words are too often not counts ("one of")
        return None
    if _is_year(m, hedged, unit) or (unit is None and _name_before(text, m.start())):
        return None
    return QuantityMention(start, end, value, unit, text[start:end], hedged or fuzzy)


def _from_vague(
    text: str, m: re.Match[str], dates: list[tuple[int, int]]
) -> QuantityMention | None:
    """ "dozens of protesters": the smallest amount the plural allows (2 x 12), approx."""
    if _overlaps(m.start(), m.end(), dates):
        return None
    value = 2 * _VAGUE_BASE[m["head"].lower()]
    value *= {"tens": 10, "hundreds": 100}.get((m["pre"] or "").lower(), 1)
    start, _ = _hedge_before(text, m.start())
    unit, end = _unit_after(text, m.end(), None, False)
    return QuantityMention(start, end, float(value), unit, text[start:end], True)


def _value(m: re.Match[str]) -> tuple[float | None, bool]:
    """Numeric value of a ``_CORE`` match and whether it is fuzzy ("several thousand")."""
    if m["words"]:
        value, fuzzy = _words_value(m["words"])
    else:
        suffix = (m["suffix"] or "").lower()
        if suffix and not m["cur"]:  # "200m" alone is more likely metres than millions
            return None, False
        value, fuzzy = float(m["num"].replace(",", "")) * _SUFFIXES.get(suffix, 1), False
    for scale in (m["scale"] or "").lower().split():
        value = None if value is None else value * _SCALES[scale]
    return value, fuzzy


def _words_value(words: str) -> tuple[float | None, bool]:
    """ "two hundred and fifty" -> 250; "a dozen" -> 12; "several thousand" -> 3000 (fuzzy)."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t not in ("and", "of")]
    total = current = 0.0
    needs_scale = fuzzy = False
    for token in tokens:
        if token in _FUZZY:
            current, needs_scale = _FUZZY[token], True
            fuzzy = fuzzy or token in ("couple", "few", "several")
        elif token in _SCALES:
            current, needs_scale = (current or 1) * _SCALES[token], False
            if _SCALES[token] >= 1000:
                total, current = total + current, 0.0
        elif needs_scale:
            return None, False
        else:
            current += _SMALL[token]
    return (None, False) if needs_scale else (total + current, fuzzy)


def _is_not_a_count(text: str, m: re.Match[str]) -> bool:
    """Clock times, labels ("Article 5"), hyphenated compounds ("two-day"), "no one"."""
    after, before = text[m.end() :], text[max(0, m.start() - 20) : m.start()]
    if _TIME_AFTER.match(after) or _LABEL_BEFORE.search(before):
        return True
    if after.startswith("-") and not _STRENGTH.match(after):
        return True
    one = (m["words"] or "").lower() == "one"
    return one and bool(_DETERMINER_BEFORE.search(before))  # "no one", "the one"


def _is_year(m: re.Match[str], hedged: bool, unit: str | None) -> bool:
    """A bare 1900-2100 without a thousands comma is a year (news writes "2,000 troops")."""
    plain = not (m["cur"] or m["scale"] or m["suffix"] or hedged or unit == "percent")
    return plain and m["num"] is not None and bool(_YEAR.fullmatch(m["num"]))


def _name_before(text: str, start: int) -> bool:
    """ "Boeing 737", "Minsk 2": a unit-less number right after a capitalised word."""
    before = text[max(0, start - 30) : start]
    return bool(re.search(r"(?<![.!?]\s)\b[A-Z][\w-]*\s$", before)) and not re.fullmatch(
        r"\s*[A-Z][\w-]*\s", before
    )


def _hedge_before(text: str, start: int) -> tuple[int, bool]:
    """Extend ``start`` over a hedge ("some", "more than") and say whether there was one."""
    window = max(0, start - 30)
    hedge = _APPROX_BEFORE.search(text[window:start])
    return (window + hedge.start(), True) if hedge else (start, False)


def _unit_after(text: str, pos: int, currency: str | None, one: bool) -> tuple[str | None, int]:
    """The unit after a number and where the mention ends.

    A currency sign wins ("$200 million in aid" -> "USD"), then a percent sign or word, then
    the head noun of the words that follow (see :func:`_head_noun`).
    """
    if currency:
        return _CURRENCY_SIGNS[currency.strip().lower()], pos
    percent = _PERCENT_AFTER.match(text, pos)
    if percent:
        return "percent", percent.end()
    strength = _STRENGTH.match(text, pos)  # "a 1,000-strong force", "a 10,000-member force"
    pos = strength.end() if strength else pos
    words = _words_after(text, pos)
    head = _head_noun([word.lower() for word, _ in words], [w[0].isupper() for w, _ in words], one)
    if head is None:
        return None, pos
    unit, end = words[head][0].lower(), words[head][1]
    return _CURRENCY_WORDS.get(unit, unit), end


def _words_after(text: str, pos: int) -> list[tuple[str, int]]:
    """Up to four words after ``pos``, up to a function word; a trailing verb is dropped."""
    words: list[tuple[str, int]] = []
    while len(words) < 4 and (w := _WORD_AFTER.match(text, words[-1][1] if words else pos)):
        if w.group(1).lower() in _STOP:
            break
        words.append((w.group(1), w.end()))
    while words and _is_participle(words[-1][0].lower()):  # "30 killed", "737 crashed"
        words.pop()
    return words


def _head_noun(words: list[str], capitalised: list[bool], one: bool) -> int | None:
    """Which word is counted: after a number other than one, the first plural ("12 unarmed
    military observers", "two rebel groups", "30 people"); otherwise the first word that is
    not a modifier ("more", "combat") or a capitalised adjective ("Russian") followed by more
    words."""
    plurals = [i for i, word in enumerate(words) if _is_plural(word)]
    if plurals and not one:
        return plurals[0]
    for i, word in enumerate(words):
        last = i == len(words) - 1
        if not last and (word in _MODIFIERS or capitalised[i] or _is_participle(word)):
            continue
        return i
    return None


def _is_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2


def _is_participle(word: str) -> bool:
    return len(word) > 3 and word.endswith(("ed", "ing"))  # "wounded", "fleeing", "died"


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)
