"""Sporting contests are no political events (issue 13, precision: not an event at all).

"Brazil beat Argentina 3-1", "Chelsea captured the league title after beating Arsenal", "Japan's national team
attacked relentlessly but failed to score": a team named after its country beats or attacks its rival in a game.
A sentence reports a game when it gives a score ("3-1", "120-98") or names a sport, a competition or a player's
role (``sport_words`` of ``dictionaries/contests.yaml``); there the contest verbs and nouns (``contest_words``) code
no ASSAULT, unless the sentence names an armed or police force ("fans clashed with police after the match":
``force_words``), whose acts stay events.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Span

from seismo.coding.events import Trigger
from seismo.coding.lexicon import DICT_DIR, _read_yaml

SCORE = re.compile(r"^\d{1,3}[-\u2013]\d{1,3}$")  # "3-1", "120-98" (or an en dash); not a year span ("1990-1995")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _read_yaml(DICT_DIR / "contests.yaml")
    return tuple(frozenset(str(w).lower() for w in data[k]) for k in ("contest_words", "sport_words", "force_words"))


def reports_a_game(sent: Span) -> bool:
    """A score or a sport word, and no armed or police force, in the sentence."""
    _, sport, force = _words()
    lowers = [t.lower_ for t in sent]
    if any(t.lower_ in force or t.lemma_.lower() in force for t in sent):
        return False
    pairs = {f"{a} {b}" for a, b in pairwise(lowers)}
    return any(SCORE.match(t.text) for t in sent) or any(w in sport for w in lowers) or bool(pairs & sport)


def drop_contests(triggers: list[Trigger], sent: Span) -> list[Trigger]:
    """The triggers less the ASSAULTs that name a move in a game."""
    contest = _words()[0]
    moves = {id(t) for t in triggers if t.type == "ASSAULT" and t.word.lemma_.lower() in contest}
    if not moves or not reports_a_game(sent):
        return triggers
    return [t for t in triggers if id(t) not in moves]
