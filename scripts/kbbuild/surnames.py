"""Family names that name no one person: the clan and dynasty names written with an Arabic article
("Al Thani", "al-Sabah", "Al Nahyan") that several office holders of one country carry.

Every Qatari emir and prime minister is "X bin Y Al Thani", so a bare "Al Thani" or "Thani" names
the ruling family, not one of them, and least of all a Libyan prime minister who shares the name.
A family name with a particle carried by ``CLAN_MIN`` or more people of one country is a clan name:
the builder gives it to nobody, in any country, as a surname-only alias (its folded forms go into
the surname blocklist). Full names keep matching ("Tamim bin Hamad Al Thani").

Surnames without a particle shared in one country ("Rajapaksa", "Rasmussen", "Singh") stay: the
runtime decides between them by the event date and the role (seismo.kb.resolve), and whichever it
picks, the country is right.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from .common import fold

CLAN_MIN = 3  # people of one country with the same "Al X" family name
ARTICLES = ("al", "el")
_JOINED = re.compile(r"^(al|el)-(.+)$", re.I)


def clan_core(name: str) -> str | None:
    """The folded family name after an article: 'Hamad bin Jassim Al Thani' -> 'thani',
    'Abdullah al-Thani' -> 'thani'; None when the name does not end in an "Al X" family name."""
    tokens = name.split()
    if len(tokens) < 2:
        return None
    joined = _JOINED.match(tokens[-1])
    if joined:
        return fold(joined[2])
    if tokens[-2].lower() in ARTICLES and len(tokens) >= 3:
        return fold(tokens[-1])
    return None


def alias_core(alias: str) -> str:
    """An alias without a leading article: 'al-Thani', 'Al Thani', 'Thani' -> 'thani'."""
    folded = fold(alias).strip()
    return re.sub(r"^(al|el)[- ]", "", folded)


def clan_names(people: Iterable[tuple[str, str, str]], minimum: int = CLAN_MIN) -> set[str]:
    """Folded cores of the "Al X" family names that ``minimum`` or more people of one country
    carry; ``people`` holds (person id, name, country)."""
    carriers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pid, name, country in people:
        core = clan_core(name)
        if core:
            carriers[(core, country)].add(pid)
    return {core for (core, _), pids in carriers.items() if len(pids) >= minimum}


def clan_forms(cores: Iterable[str]) -> set[str]:
    """Every folded way of writing a clan name alone: 'thani', 'al thani', 'al-thani', 'el-thani'."""
    forms: set[str] = set()
    for core in cores:
        forms.add(core)
        for article in ARTICLES:
            forms |= {f"{article} {core}", f"{article}-{core}"}
    return forms
