"""Opening a DuckDB file as a seismo store, with DuckDB's failures turned into coded errors.

DuckDB reports a locked file, a non-database file and a missing read-only file
as long multi-line IOExceptions; users need one line that says what to do, so
every failure to open becomes a StoreError (S001/S003/S004/S007) and the
schema version is checked before anything is read (S002/S005).
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from seismo.errors import Errors, StoreError
from seismo.store.migrations import has_migrations_table, migrations, schema_version

MEMORY = ":memory:"
# A DuckDB database file carries this magic at byte 8. DuckDB 2 opens a Parquet, CSV or JSON file
# given to connect() as an empty in-memory database: writes would vanish without an error.
DUCKDB_MAGIC = b"DUCK"
MAGIC_OFFSET = 8


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open ``path`` and bring its schema up to date (or check it, when read-only)."""
    label = str(path)
    read_only = read_only and label != MEMORY  # an in-memory store starts empty: nothing to protect
    con = _open_raw(label, read_only)
    try:
        _check_version(con, label, read_only)
        if not read_only:
            migrations.apply(con)
    except StoreError:
        con.close()
        raise
    except duckdb.Error as exc:
        con.close()
        raise StoreError(Errors.S003.format(path=label, detail=first_line(exc)), "S003") from None
    return con


def _open_raw(label: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect with parent directories created and its errors translated."""
    if label == MEMORY:
        return duckdb.connect(MEMORY)
    file = Path(label)
    if read_only and not file.exists():
        raise StoreError(Errors.S004.format(path=label), "S004")
    if file.exists():
        require_duckdb_file(file)
    if not read_only:
        file.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(label, read_only=read_only)
    except duckdb.Error as exc:
        raise translate_open_error(label, exc, read_only) from None


def require_duckdb_file(file: Path) -> None:
    """Refuse an existing path that is not a DuckDB database file, before DuckDB touches it (S003)."""
    if file.is_dir():
        raise StoreError(Errors.S003.format(path=file, detail="a directory, not a file"), "S003")
    try:
        with file.open("rb") as fh:
            head = fh.read(MAGIC_OFFSET + len(DUCKDB_MAGIC))
    except OSError as exc:
        raise StoreError(Errors.S007.format(path=file, detail=exc.strerror or exc), "S007") from None
    if head[MAGIC_OFFSET:] != DUCKDB_MAGIC:
        detail = f"{_kind(file, head)}; give a DuckDB file or a new path, it was left untouched"
        raise StoreError(Errors.S003.format(path=file, detail=detail), "S003")


def _kind(file: Path, head: bytes) -> str:
    """Name what the user gave instead of a database, so the message says what went wrong."""
    if head.startswith(b"PAR1"):
        return "a Parquet file"
    if not head:
        return "an empty file"
    suffix = file.suffix.lower().lstrip(".")
    return f"a {suffix.upper()} file" if suffix else "not a DuckDB file"


def translate_open_error(label: str, exc: duckdb.Error, read_only: bool = False) -> StoreError:
    """Map DuckDB's open-time messages to seismo codes; unknown ones keep their first line."""
    message = str(exc)
    if "Could not set lock" in message:
        return locked_error(label, message, read_only)
    if "not a valid DuckDB database" in message:
        return StoreError(Errors.S003.format(path=label, detail="not a DuckDB file"), "S003")
    return StoreError(Errors.S007.format(path=label, detail=first_line(exc)), "S007")


_LOCK_PID = re.compile(r"\(PID (\d+)\)")
READ_WHILE_WRITING = (
    "it holds the file for writing (an ingest, or `seismo serve` with SEISMO_API_KEY), and DuckDB then "
    "lets no other process open it, not even read-only: read through that server's API "
    "(/api/events, /api/stories), or stop the writer and retry (a server without SEISMO_API_KEY "
    "opens the file read-only and lets other readers in)"
)
WRITE_WHILE_HELD = (
    "writing needs the file to itself: wait for that process to finish, or stop it (a server, "
    "`seismo serve`, holds the file while it runs), then retry"
)


def locked_error(label: str, message: str, read_only: bool) -> StoreError:
    """S001 naming the process that holds the file and what to do, which depends on who writes.

    A read-only open only conflicts with a writer (readers share the file); a write conflicts
    with any other process.
    """
    found = _LOCK_PID.search(message)
    holder = f" (PID {found.group(1)}{_command_of(found.group(1))})" if found else ""
    advice = READ_WHILE_WRITING if read_only else WRITE_WHILE_HELD
    return StoreError(Errors.S001.format(path=label, holder=holder, advice=advice), "S001")


def _command_of(pid: str) -> str:
    """": seismo serve --db x.duckdb" from /proc when readable (Linux), else ""."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    args = [a for a in raw.decode(errors="replace").split("\0") if a]
    for i, arg in enumerate(args):  # python -m seismo ..., .venv/bin/seismo ...
        if arg == "seismo" or arg.endswith("/seismo"):
            return ": " + " ".join(["seismo", *args[i + 1 : i + 6]])
    return f": {Path(args[0]).name}" if args else ""


def _check_version(con: duckdb.DuckDBPyConnection, label: str, read_only: bool) -> None:
    """Refuse newer schemas always, and older or missing ones when we may not migrate."""
    found = schema_version(con)
    supported = migrations.latest
    if found > supported:
        message = Errors.S002.format(path=label, found=found, supported=supported)
        raise StoreError(message, "S002")
    if not read_only:
        return
    if not has_migrations_table(con):
        detail = "no seismo tables; open it once without read-only to create them"
        raise StoreError(Errors.S003.format(path=label, detail=detail), "S003")
    if found < supported:
        message = Errors.S005.format(path=label, found=found, supported=supported)
        raise StoreError(message, "S005")


def first_line(exc: BaseException) -> str:
    """DuckDB messages can span lines (hints, PIDs); a coded message must stay on one."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
