"""What the words written around a person's name say about the match.

Rules (docs/actors.md):

- **Another given name**: a surname alias never matches when a different given name is written
  before it. "Carlos Johnson, a shopkeeper" is not Boris Johnson; nor when another name follows it:
  "Augusto Pinochet" is not a minister whose surname is Augusto; nor after a surname particle
  the person's name lacks: "Arnel dela Vega" is not Alfredo Borrero Vega.
- **An office title beats a stale record**: when the record has no office for the person on the
  event date (a former or future office holder) and the text puts an office title before the
  name that the record never gave them, the text is newer than the record: "Interior Minister
  Diosdado Cabello" on 2024-09-14 is the Venezuelan government, although the record only knows
  his 2002 offices. A title the person did hold ("President Trump" in 2023) keeps the record's
  reading (a former office holder, ELI), as does "former", "ex-" or "then-" before the title.
- **An organisation before a lower office holder's name**: "UN humanitarian coordinator Tarvo
  Kellamaa" is the UN's, although the record knows him only as an ambassador: an organisation with
  its own code written before the name of someone the record has only in a lower office
  (``records.MINOR_ROLES``) that the office's title does not name says whom they work for now. "UN
  Ambassador X" keeps a record "Permanent Representative to the United Nations"; senior offices
  keep theirs.
"""

from __future__ import annotations

from functools import lru_cache

from seismo.kb.chunks import HONORIFICS, MODIFIERS, Segment
from seismo.kb.records import MINOR_ROLES, Person
from seismo.kb.schema import DATA_DIR, malformed, read_yaml
from seismo.kb.tables import DETERMINERS
from seismo.kb.text import Token, alias_key, fold
from seismo.models import Actor

# Office titles, as token keys, and the role code (records.ROLE_RANK) they name. Longest first wins:
# "vice president" is VP, not HOS. A title not listed here names an office no record holds
# ("finance minister", "senator"): the record can never confirm it.
TITLE_OFFICES: dict[str, str] = {
    "president": "HOS", "head of state": "HOS", "king": "HOS", "queen": "HOS", "emir": "HOS",
    "sultan": "HOS", "supreme leader": "HOS",
    "prime minister": "HOG", "premier": "HOG", "chancellor": "HOG", "head of government": "HOG",
    "pm": "HOG",
    "vice president": "VP", "vice-president": "VP",
    "foreign minister": "FM", "foreign secretary": "FM", "secretary of state": "FM",
    "minister of foreign affairs": "FM", "foreign affairs minister": "FM",
    "defence minister": "DEF", "defense minister": "DEF", "defence secretary": "DEF",
    "defense secretary": "DEF", "minister of defence": "DEF", "minister of defense": "DEF",
    "interior minister": "INT", "minister of interior": "INT", "minister of the interior": "INT",
    "home secretary": "INT", "home minister": "INT", "homeland security secretary": "INT",
    "national security adviser": "NSA", "national security advisor": "NSA",
    "spokesman": "SPOKES", "spokeswoman": "SPOKES", "spokesperson": "SPOKES",
    "secretary-general": "IGOHEAD", "secretary general": "IGOHEAD",
    "speaker": "SPK", "house speaker": "SPK", "chief justice": "CJ",
    # offices below (records.MINOR_ROLES) whose records are kept well; a minister's or an envoy's
    # title stays unlisted: they change posts more often than the record knows
    "deputy prime minister": "DPM", "vice premier": "DPM", "deputy premier": "DPM",
    "attorney general": "AG", "attorney-general": "AG", "governor": "GOVR", "state governor": "GOVR",
    "central bank governor": "CBG",
}  # fmt: skip
_BY_LENGTH = sorted(TITLE_OFFICES, key=len, reverse=True)
# Titles that let a surname the builder left out count ("President Bush"): senior offices only, the
# lower ones never match by surname alone (scripts/kbbuild/offices.py)
TITLED_ROLES = frozenset(TITLE_OFFICES.values()) - MINOR_ROLES
ENVOY_OFFICES = frozenset({"PR", "AMB"})
ENVOY_WORDS = frozenset({"ambassador", "envoy", "representative", "emissary"})
PAST_MARKERS = frozenset({"former", "ex", "late", "then", "onetime", "erstwhile", "outgoing"})
_CALENDAR = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    }
)  # fmt: skip


# Lower-case particles that start a compound surname: "Arnel dela Vega", "Ursula von der Leyen".
SURNAME_PARTICLES = frozenset(
    {"de", "del", "dela", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le", "van",
     "von", "ter", "ten"}
)  # fmt: skip
# "son/daughter of": the name after them is the father's, so a person known by it is someone else ("Mohammed bin
# Salman" is not King Salman) unless the word before is the person's own ("Salman bin Abdulaziz")
PATRONYMICS = frozenset({"bin", "ibn", "bint"})


def other_given_name(
    seg: Segment, person: Person, tokens: list[Token], given: frozenset[str], running: bool
) -> bool:
    """'Carlos Johnson': a capitalised given name right before a surname, not one of the person's.

    A word counts as a given name when the knowledge base knows it as one (the first name of any
    person in it), or, inside a noun phrase (``running`` false), when it is any capitalised
    word: the phrase is one name. Honorifics, modifiers and initials never count.
    """
    if seg.start == 0 or tokens[seg.start].gap:
        return False
    prev = tokens[seg.start - 1]
    if prev.key in PATRONYMICS and prev.text.islower():  # "Muhammad bin Salman" is not King Salman, his father
        return seg.start < 2 or tokens[seg.start - 2].key not in person_words(person)
    if prev.key in SURNAME_PARTICLES and prev.text.islower():
        return prev.key not in person_words(person)  # "dela Vega" is not Borrero Vega
    word = prev.text[:-2] if prev.possessive else prev.text
    if not (word.isalpha() and word[0].isupper() and word[1:].islower() and len(word) > 1):
        return False
    if prev.key in HONORIFICS or prev.key in MODIFIERS or prev.key in DETERMINERS:
        return False
    if prev.key in _CALENDAR or same_given_name(prev.key, person_words(person)):
        return False
    if _own_given_name_before(seg.start - 1, person, tokens):
        return False  # "Abdrabbuh Mansur Hadi": first and last name are the person's, the middle one is spelt otherwise
    return prev.key in given or not running


def _own_given_name_before(i: int, person: Person, tokens: list[Token]) -> bool:
    """The capitalised word before the middle word ``tokens[i]`` is the person's first given name: the written name
    opens and ends with the person's names, and a middle name spelt another way ("Mansur" for "Mansour") or added
    ("Joseph Robinette Biden") names no one else."""
    if i == 0 or tokens[i].gap:
        return False
    first = tokens[i - 1]
    words = person.name.split()
    return (len(words) > 1 and first.text[:1].isupper() and not first.possessive
            and same_given_name(first.key, frozenset({alias_key(words[0])})))


# Given names of people in the knowledge base that also open a place's name or say a people's faith ("Lake Chad",
# "Christian Lebanon"): before a country they are no given name.
NOT_GIVEN_BEFORE_PLACE = frozenset({"lake", "mount", "cape", "christian", "muslim", "al", "el", "le", "la"})


def given_name_before(seg: Segment, tokens: list[Token], given: frozenset[str]) -> bool:
    """'Michael Jordan', 'Paul Kenya': a one-word place alias right after a capitalised given name the knowledge base
    knows (the first name of any person in it) is a surname, not the country. Titles, honorifics and modifiers before
    it are no given names ('King Abdullah of Jordan' has 'of'; 'New Zealand' is one alias)."""
    if seg.end != seg.start + 1 or seg.start == 0 or tokens[seg.start].gap:
        return False
    prev = tokens[seg.start - 1]
    word = prev.text
    if prev.possessive or not (word.isalpha() and word[0].isupper() and word[1:].islower() and len(word) > 1):
        return False
    if prev.key in HONORIFICS or prev.key in MODIFIERS or prev.key in DETERMINERS or prev.key in _CALENDAR:
        return False
    return prev.key in given and prev.key not in NOT_GIVEN_BEFORE_PLACE and prev.key not in TITLE_OFFICES


def surname_follows(seg: Segment, person: Person, tokens: list[Token]) -> bool:
    """'Augusto Pinochet': a capitalised name right after a surname alias makes it a given name, so not
    this person (whose name does not go on with that word); 'Putin's', 'Macron said' go on."""
    if seg.end >= len(tokens) or tokens[seg.end].gap or tokens[seg.end - 1].possessive:
        return False
    word = tokens[seg.end].text
    if not (word.isalpha() and word[0].isupper() and word[1:].islower() and len(word) > 1):
        return False
    return tokens[seg.end].key not in person_words(person) and tokens[seg.end].key not in _CALENDAR


def same_given_name(word: str, words: frozenset[str]) -> bool:
    """``word`` is one of ``words`` or another spelling of one of them (``data/name_spellings.yaml``)."""
    return word in words or bool(name_spellings().get(word, frozenset()) & words)


@lru_cache(maxsize=1)
def name_spellings() -> dict[str, frozenset[str]]:
    """Each spelling of a given name -> every spelling of it; a malformed file is the one-line K001 error."""
    path = DATA_DIR / "name_spellings.yaml"
    data = read_yaml(path)
    groups = data.get("spellings") if isinstance(data, dict) else None
    if not isinstance(groups, list) or not all(isinstance(g, list) and all(isinstance(w, str) for w in g)
                                                for g in groups):
        raise malformed(path, "spellings: a list of lists of words")
    return {w: frozenset(group) for group in groups for w in group}


def person_words(person: Person) -> frozenset[str]:
    """The lower-case words of the person's canonical name."""
    return frozenset(w.lower().strip(".") for w in person.name.split())


def surname_part(alias: str, name: str) -> bool:
    """Is ``alias`` the person's surname part: one word, or the last words of the name ``name`` with the
    given name(s) before them left off ('da Silva', 'van der Berg', 'Al Sabah', 'López Obrador')? Such an
    alias is weak (a surname alone): the surname rules (another given name written, running text) apply
    to it whatever its word count."""
    if " " not in alias.strip():  # one word ("Johnson", "al-Thani")
        return True
    words, full = alias_key(alias).split(), alias_key(name).split()
    return len(words) < len(full) and full[-len(words) :] == words


def title_office(title_keys: list[str]) -> str | None:
    """The role code an office title names ('interior minister' -> INT), or None when no record
    role corresponds to it."""
    text = " ".join(title_keys)
    padded = f" {text} "
    return next((TITLE_OFFICES[t] for t in _BY_LENGTH if f" {t} " in padded), None)


def stale_title(
    person: Person,
    title: list[Segment],
    tokens: list[Token],
    status: str,
    start: int | None = None,
    open_term: bool = False,
) -> str | None:
    """The title text when it names an office the record never gave the person, who holds no
    listed office on the day; None when the record's reading stands. A past marker right before
    the title or before the phrase (``start``: "former New Jersey governor X") keeps the record.
    A person the record has in office in a term with no end date (``open_term``: the imported
    records stop in 2022, so such a term may be stale) also yields to a title that names a senior
    listed office the record never gave them ("President X" for a record's open defence term);
    a closed term is known, and keeps its reading ("President Biden" in 2015 is the vice president)."""
    stale_open = status == "in office" and open_term
    if not title or (status not in ("former", "not yet in office") and not stale_open):
        return None
    for first in {title[0].start, title[0].start if start is None else start}:
        if first > 0 and tokens[first - 1].key in PAST_MARKERS:
            return None
    keys = [t.key for s in title for t in tokens[s.start : s.end]]
    office = title_office(keys)
    if office is not None and any(r.role == office for r in person.roles):
        return None
    if stale_open and (office is None or office in MINOR_ROLES):  # 'Crown Prince X', 'Governor X'
        return None
    return " ".join(t.text for s in title for t in tokens[s.start : s.end])


def org_outranks(
    org: Actor, names: tuple[str, ...], person: Actor, office: str | None, title: str | None, phrase: str
) -> bool:
    """Does the organisation ``org`` written before a name (``names``: as written and canonical) in
    ``phrase`` outrank the record's reading ``person`` from the office ``office`` titled ``title``? Only
    for a lower office whose title names neither, and not for an envoy called one in the phrase ('UN
    Ambassador X' is a country's envoy to the UN, as the record's ambassador is their country's)."""
    if office not in MINOR_ROLES or not (org.igo or org.code) or org.code == person.code:
        return False
    if office in ENVOY_OFFICES and ENVOY_WORDS & set(fold(phrase).split()):
        return False
    folded = f" {fold(title or '')} "
    return not any(f" {fold(name)} " in folded for name in names if name)
