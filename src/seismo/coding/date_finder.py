"""Finding time expressions in a sentence: one regex per expression shape, each behind a cheap word gate.

Month and weekday names must be capitalised ("may", "march" are verbs); keywords are not. Each finder
pattern has a gate next to it (``_GATES``, mechanism in ``coding.date_gates``) so that a sentence without
the words a pattern needs never runs it. ``coding.dates`` resolves what is found here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from seismo.coding.date_gates import DIGITS, Gate, either, first_words, passes, sentence_words, words
from seismo.coding.date_seasons import SEASON_FIND, SEASON_GATE
from seismo.coding.date_words import ABBREVIATIONS, COUNT_WORDS, MONTH_NUM, MONTHS, NAMED_PHRASES, WEEKDAYS, alt

__all__ = ["UNIT", "DateMention", "find_date_expressions"]


@dataclass(frozen=True)
class DateMention:
    """A time expression found in a sentence; ``text == sentence[start:end]``."""

    start: int
    end: int
    text: str


_WD = f"(?:{alt(w.title() for w in WEEKDAYS)})"
_MON = rf"(?:{alt(m.title() for m in MONTHS)}|(?:{alt(a.title() for a in ABBREVIATIONS)})\.?)"
_DAYN = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY = rf"{_DAYN}(?:st|nd|rd|th)?(?![\d:]|[.,]\d)"
_YEAR = r"(?:,?\s+(?:19|20)\d\d(?!\d))?"
_YREL = r"(?:,?\s+(?i:of\s+)?(?i:last|this|next)\s+(?i:year)(?!'s))"  # "in January last year"
_WD_DETS = r"last|next|this\s+coming|this\s+past|this|coming|past|early|late"  # "this Friday", "early Tuesday"
_LEAD = r"(?:(?i:on|since|until|till|by|before|after|from|through)\s+)?"
_PREFIX = (r"(?:(?i:in|since|until|till|by|before|after|during|from|through|last|next|this"
           r"|early|late|mid|end\s+of)[\s-]+){1,2}")  # fmt: skip
_COUNT = rf"(?:\d{{1,4}}|{alt(COUNT_WORDS)}|a\s+few|a\s+couple\s+of|several)"
UNIT = r"(?:day|week|fortnight|month|year)s?"
_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_DAY_PARTS = r"(?:morning|afternoon|evening|night)"
_AFTER_NTH = (r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:[A-Z]"
              r"|(?:and|or|at|in|when|after|before|as|but|while|with|the|a)\b))")  # fmt: skip

# a month written as the modifier of an event noun after an article dates that event ("won a March election")
_ARTICLE = r"(?:(?<=\b[aA]\s)|(?<=\b[aA]n\s)|(?<=\b[tT]he\s))"
_EVENT_NOUN = (r"(?:elections?|votes?|polls?|referendum|ballot|run-?off|rally|protests?|strikes?|summit|talks|coup"
               r"|uprising|crackdown|riots|offensive|raids?|attacks?|visit|verdict|ruling|trial|hearing)\b")
_NAMED = "".join(rf"|{re.escape(phrase)}(?![/\d])" for phrase in NAMED_PHRASES)  # "9/11"
_FIND_PATTERNS = [
    rf"\d{{4}}-\d{{2}}-\d{{2}}{_NAMED}",
    rf"{_LEAD}(?:{_WD},?\s+)?{_MON}\s+{_DAY}{_YEAR}",
    rf"{_LEAD}(?:{_WD},?\s+)?(?:(?i:the)\s+)?{_DAY}\s+(?:(?i:of)\s+)?{_MON}{_YEAR}",
    rf"{_PREFIX}{_MON}(?:{_YREL}|{_YEAR})|{_MON}(?:,?\s+(?:19|20)\d\d(?!\d)|{_YREL})",
    rf"{_PREFIX}(?:19|20)\d\d(?!\d)",
    rf"{_ARTICLE}{_MON}(?=\s+{_EVENT_NOUN})",  # "a March election", "the May rally": the event's month
    # a preposition before a possessive weekday is not the day's: "from Sunday's attack" names the attack's day
    rf"(?:(?i:{_WD_DETS})\s+)?(?:(?i:on|since|until|by|before|after|from)\s+"  # "late on Friday"
    rf"(?=(?:(?i:{_WD_DETS})\s+)?{_WD}(?!['\u2019]s)))?"
    rf"(?:(?i:{_WD_DETS})\s+){{0,2}}{_WD}{_PART}(?:,?\s+(?i:of\s+)?(?i:last|this|next)\s+(?i:week))?",
    rf"(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:yesterday|tomorrow){_PART}"
    r"|(?:earlier|later)\s+today|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)",
    r"(?i:(?:(?:early|earlier|late|later|mid)[\s-]+)?(?:last|this|next)\s+(?:week|month|year)"
    r"|(?:earlier|later)\s+in\s+the\s+(?:week|month|year))",  # "earlier in the week": this week
    r"(?i:(?:over|at|on|during)\s+the\s+(?:past\s+)?weekend"
    r"|(?:last|next|this\s+past|this\s+coming|this|past)\s+weekend)",
    rf"(?i:{_COUNT}\s+{UNIT}\s+(?:ago|earlier|later|before|after))",
    rf"(?i:in\s+{_COUNT}\s+{UNIT}(?:'?\s*time)?(?!\s+of\b))",
    r"(?i:(?:in\s+)?the\s+(?:coming|next\s+few|past\s+few)\s+(?:days|weeks|months)"
    r"|in\s+recent\s+(?:days|weeks|months)|the\s+(?:day|week|month|year)\s+(?:before|after)"
    r"|the\s+(?:night|evening)\s+before|the\s+morning\s+after"
    r"|the\s+(?:previous|preceding|following)\s+(?:day|week|month|year)"
    r"|(?:(?:later|earlier)\s+)?that\s+(?:day|week|month)|the\s+(?:same|next)\s+(?:day|week))",
    rf"(?i:on\s+the\s+){_DAYN}(?i:st|nd|rd|th){_AFTER_NTH}",
    SEASON_FIND,
    # a part of a day told from the last day named ("the next morning", "later that night"); a bare lowercase
    # "that night" only before punctuation, a capital or a function word: "said that night raids killed 12"
    rf"(?:[Tt]he\s+(?:next|following|previous)|(?:[Ll]ater|[Ee]arlier)\s+that|[Tt]hat\s+same|That)\s+{_DAY_PARTS}"
    rf"|that\s+{_DAY_PARTS}{_AFTER_NTH}",
]
_G_MON, _G_UNIT = words(MONTH_NUM), words("day days week weeks fortnight fortnights month months year years")
_GATES: list[Gate] = [  # per pattern above: words each of its matches holds (seismo.coding.date_gates)
    either(words("-"), first_words(NAMED_PHRASES)), (_G_MON, DIGITS), (_G_MON, DIGITS), (_G_MON,),
    (words("in since until till by before after during from through last next this early late mid end"), DIGITS),
    (_G_MON, words("a an the")),
    (words(WEEKDAYS),), (words("yesterday tomorrow today tonight morning afternoon evening night"),),
    (words("last this next in"), words("week month year")), (words("weekend"),),
    (_G_UNIT, words("ago earlier later before after")), (words("in"), _G_UNIT | {u + "time" for u in _G_UNIT}),
    (words("day days week weeks month months year night evening morning"),),
    (words("on"), words("the"), words("st nd rd th"), DIGITS),
    SEASON_GATE, (words("morning afternoon evening night"), words("that the")),
]  # fmt: skip
_FINDERS = [(re.compile(rf"(?<![\w.,$£€/-])(?:{p})(?!\w)"), g) for p, g in zip(_FIND_PATTERNS, _GATES, strict=True)]
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")  # "Theresa May"


def find_date_expressions(text: str) -> list[DateMention]:
    """Time expressions in ``text``, left to right, longest match first, never overlapping."""
    return list(_find(text))


@lru_cache(maxsize=256)
def _find(text: str) -> tuple[DateMention, ...]:
    """Cached: the coder reads each sentence's dates, and its quantities ask again to skip them."""
    found = sentence_words(text)
    spans = sorted(
        {m.span() for finder, gate in _FINDERS if passes(gate, found) for m in finder.finditer(text)},
        key=lambda span: (span[0], -span[1]),
    )
    mentions: list[DateMention] = []
    for start, end in spans:
        if mentions and start < mentions[-1].end:
            continue
        if text.startswith("May", start) and _NAME_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        mentions.append(DateMention(start, end, text[start:end]))
    return tuple(mentions)
