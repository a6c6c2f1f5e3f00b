"""Tokens, lookup keys and case rules shared by every alias table.

A text is split into word tokens (``U.S.`` and ``Kyiv's`` are one token each; hyphens split words
but are remembered, so ``pro-Russian`` is two tokens joined by a hyphen). Each token has a *key*:
accents stripped, case folded, dots removed, a trailing possessive ``'s`` dropped. An alias is
stored under the space-joined keys of its tokens, so "Zelenskyy", "ZELENSKYY" and "Zelenskyy's"
share one key and only a dictionary lookup is needed per candidate span.

Case rules are kept per alias token: ``U`` (an acronym: the text must be upper case, so "US"
matches but "us" does not), ``T`` (a capitalised word: the text must be capitalised) and ``A``
(anything: agent nouns such as "troops" match in any case).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['\u2019][^\W_]+)*\.?", re.UNICODE)
_ABBREV_DOT = re.compile(r"^(?:[A-Za-z]\.)+$")
_TITLE_ABBREVS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sen",
        "rep",
        "gov",
        "pres",
        "adm",
        "sgt",
        "cmdr",
        "jr",
        "sr",
        "no",
    }
)

UPPER, TITLE, ANY = "U", "T", "A"


@dataclass(slots=True)
class Token:
    """A word; ``gap`` says what separates it from the previous word: "" (spaces or nothing),
    "-" (a hyphen, as in "pro-Russian"), "," (a comma) or "x" (other punctuation, e.g. a full stop).
    Aliases never span a gap other than "" and "-"."""

    text: str
    key: str
    start: int
    end: int
    gap: str
    possessive: bool

    @property
    def hyphen_before(self) -> bool:
        return self.gap == "-"


def fold(text: str) -> str:
    """Strip accents and case-fold: 'Zelenskyy' -> 'zelenskyy', 'Élysée' -> 'elysee'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 16)
def _token_key(raw: str) -> tuple[str, bool]:
    key = fold(raw).replace(".", "")
    if key.endswith("'s") and len(key) > 2:
        return key[:-2], True
    return key, False


def _trim_dot(text: str, start: int, end: int) -> tuple[str, int]:
    """Keep a final dot only for abbreviations (U.S., Gen.); 'Kyiv.' ends a sentence."""
    if not text.endswith(".") or _ABBREV_DOT.match(text):
        return text, end
    if text[:-1].lower() in _TITLE_ABBREVS:
        return text, end
    return text[:-1], end - 1


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    prev_end = -1
    for m in _TOKEN.finditer(text):
        raw, end = _trim_dot(m.group(), m.start(), m.end())
        if not raw:
            continue
        key, possessive = _token_key(raw)
        gap = _gap(text[prev_end : m.start()]) if prev_end >= 0 else ""
        tokens.append(Token(raw, key, m.start(), end, gap, possessive))
        prev_end = end
    return tokens


def _gap(between: str) -> str:
    if not between or between.isspace():
        return ""
    if between == "-":
        return "-"
    return "," if between.strip() == "," else "x"


def alias_key(alias: str) -> str:
    return " ".join(t.key for t in tokenize(alias))


def key_and_shape(alias: str) -> tuple[list[str], tuple[str, ...]]:
    """Token keys and per-token case rules of an alias, from one tokenisation."""
    tokens = tokenize(alias)
    return [t.key for t in tokens], _shape(tokens)


def _shape(tokens: list[Token]) -> tuple[str, ...]:
    shape = []
    for tok in tokens:
        letters = [c for c in tok.text if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            shape.append(UPPER)
        elif letters and letters[0].isupper():
            shape.append(TITLE)
        else:
            shape.append(ANY)
    return tuple(shape)


# Acronyms that are also short English words ("IS" for Islamic State): in a run of capitals
# ("THE WAR IS OVER") they are the word, so they match only next to words that are not all capitals.
CAPS_WORDS = frozenset(
    {"is", "it", "as", "at", "an", "or", "in", "on", "to", "so", "no", "be", "do", "if", "of", "he",
     "we", "me", "my", "up", "am", "go"}
)  # fmt: skip


# Name particles that writers capitalise or not ("Hamad bin Khalifa Al Thani" / "al-Thani", "Van Rompuy" /
# "van Rompuy"): inside a longer name their case says nothing; the name's other words keep their rules.
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "ben", "ul", "ud", "de", "del", "della", "der", "den", "di", "da", "das",
     "dos", "du", "la", "le", "van", "von", "ter", "ten"}
)  # fmt: skip


def case_ok(tokens: list[Token], start: int, shape: tuple[str, ...]) -> bool:
    """Does tokens[start:start+len(shape)] satisfy the alias's case rules?"""
    for offset, rule in enumerate(shape):
        if rule == ANY:
            continue
        tok = tokens[start + offset]
        if rule == TITLE and len(shape) > 1 and tok.key in NAME_PARTICLES:
            continue
        text = tok.text[:-2] if tok.possessive else tok.text
        first = next((c for c in text if c.isalpha()), "")
        if rule == TITLE and not first.isupper():
            return False
        if rule == UPPER and not (first.isupper() and _upper_enough(text)):
            return False
        if rule == UPPER and tok.key in CAPS_WORDS and _in_caps_run(tokens, start + offset):
            return False
    return True


def _in_caps_run(tokens: list[Token], i: int) -> bool:
    """Is the word next to another all-capitals word of the same phrase (a headline in capitals)?"""
    before = i > 0 and tokens[i].gap in ("", "-") and _shouting(tokens[i - 1])
    after = i + 1 < len(tokens) and tokens[i + 1].gap in ("", "-") and _shouting(tokens[i + 1])
    return before or after


def _shouting(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


def _upper_enough(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return all(c.isupper() for c in letters)
