"""Shared helpers for the knowledge-base build: paths, text filters, deterministic writers."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "kb"
DATA_OUT = REPO / "src" / "seismo" / "kb" / "data"

# Script check: Latin letters (with diacritics), spaces and a little punctuation.
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\u2019\-]*$")
_WORD = re.compile(r"[A-Za-z]{3,}")

# Common English words that are also names of people, places or things in our sources.
# Surname-only aliases and city alternate names equal to one of these are dropped.
HAND_COMMON = [
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "all",
    "also",
    "among",
    "and",
    "another",
    "any",
    "arab",  # a people word, not Hussein Arab
    "area",
    "army",
    "away",
    "back",
    "bank",
    "bath",
    "best",
    "bill",
    "black",
    "blue",
    "board",
    "body",
    "border",
    "born",
    "both",
    "bridge",
    "brown",
    "burn",
    "bush",
    "call",
    "came",
    "camp",
    "cape",
    "case",
    "chance",
    "change",
    "chief",
    "church",
    "city",
    "clear",
    "close",
    "coast",
    "cole",
    "command",
    "common",
    "cook",
    "corps",
    "council",
    "count",
    "cross",
    "crown",
    "dale",
    "date",
    "dawn",
    "day",
    "deal",
    "dean",
    "december",
    "doctor",
    "door",
    "down",
    "drive",
    "early",
    "east",
    "eight",
    "end",
    "even",
    "every",
    "fall",
    "farm",
    "field",
    "fine",
    "first",
    "five",
    "flag",
    "fleet",
    "ford",
    "forest",
    "fort",
    "four",
    "fox",
    "free",
    "friday",
    "from",
    "front",
    "gate",
    "gay",
    "general",
    "given",
    "glass",
    "gold",
    "good",
    "grace",
    "grand",
    "gray",
    "green",
    "grove",
    "guard",
    "hall",
    "hand",
    "happy",
    "hard",
    "harbor",
    "haven",
    "head",
    "hill",
    "hills",
    "home",
    "hope",
    "house",
    "hunt",
    "island",
    "jan",
    "january",
    "july",
    "june",
    "just",
    "justice",
    "keen",
    "key",
    "kind",
    "king",
    "lake",
    "land",
    "lane",
    "last",
    "law",
    "lead",
    "left",
    "liberty",
    "light",
    "lincoln",
    "little",
    "long",
    "lord",
    "love",
    "low",
    "main",
    "major",
    "make",
    "man",
    "march",
    "mark",
    "marsh",
    "may",
    "media",
    "mill",
    "miles",
    "mine",
    "mobile",
    "monday",
    "moon",
    "more",
    "mount",
    "much",
    "nation",
    "navy",
    "new",
    "nice",
    "nine",
    "north",
    "now",
    "oak",
    "ocean",
    "office",
    "old",
    "one",
    "orange",
    "order",
    "page",
    "park",
    "parker",
    "party",
    "peace",
    "people",
    "person",
    "pine",
    "plain",
    "plains",
    "point",
    "police",
    "pool",
    "port",
    "post",
    "power",
    "price",
    "prince",
    "queen",
    "rain",
    "range",
    "reading",
    "rich",
    "ridge",
    "river",
    "rock",
    "rose",
    "round",
    "royal",
    "said",
    "saint",
    "sale",
    "sand",
    "saturday",
    "say",
    "says",
    "sea",
    "second",
    "see",
    "september",
    "seven",
    "shore",
    "short",
    "sierra",
    "silver",
    "six",
    "small",
    "smith",
    "south",
    "spring",
    "square",
    "star",
    "state",
    "states",
    "station",
    "still",
    "stone",
    "street",
    "strong",
    "summer",
    "sunday",
    "sun",
    "tea",
    "temple",
    "ten",
    "the",
    "their",
    "there",
    "third",
    "three",
    "thursday",
    "time",
    "today",
    "tower",
    "town",
    "tree",
    "tuesday",
    "two",
    "union",
    "unity",
    "upper",
    "vale",
    "valley",
    "victory",
    "view",
    "villa",
    "village",
    "vista",
    "wall",
    "ward",
    "water",
    "way",
    "wednesday",
    "well",
    "west",
    "white",
    "will",
    "wind",
    "winter",
    "wood",
    "woods",
    "worth",
    "young",
    "york",
]


def fold(text: str) -> str:
    """Strip diacritics and casefold: 'Zelenskyy' -> 'zelenskyy', 'Orbán' -> 'orban'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def is_latin(text: str) -> bool:
    return bool(_LATIN.match(text))


def common_words(shared: Path) -> frozenset[str]:
    """English words from the CAMEO verb/noun dictionary and the agent list, plus a hand list."""
    words = set(HAND_COMMON)
    for name in ("petrarch2/CAMEO.2.0.txt", "plover_agents/PLOVER_agents.txt"):
        for line in (shared / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            words.update(w.lower() for w in _WORD.findall(line.split("#")[0]))
    return frozenset(words)


def write_table(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], delimiter: str = ","
) -> int:
    """Write a CSV/TSV file byte-for-byte reproducibly (\\n line ends, minimal quoting)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
        count += 1
    path.write_text(buf.getvalue(), encoding="utf-8")
    return count


def write_yaml(path: Path, header: str, doc: dict[str, object], width: int) -> None:
    """Write a generated YAML file reproducibly: the comment header, then the document in its key order."""
    import yaml

    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=width)
    path.write_text(header + body, encoding="utf-8")


def read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def load_country_codes(shared: Path) -> dict[str, str]:
    """ISO2 -> ISO3 from countryinfo, plus Kosovo (user-assigned XK/XKX)."""
    codes = {"XK": "XKX"}
    for row in read_csv(shared / "countryinfo" / "countries_demonyms.csv"):
        codes.setdefault(row["iso2"], row["iso3"])
    return codes
