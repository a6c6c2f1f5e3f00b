"""``seismo check`` on good and deliberately corrupted stores; schema migrations end to end.

Corruptions are made with plain DuckDB SQL, as a hand edit or a buggy tool would make
them; each must be reported as one line naming the rule and the row, with exit code 1.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest
from reliability_helpers import CleanRun, seismo

from seismo.analysis.stories import build_stories
from seismo.models import Actor, Article, CodedDocument, Event, Evidence
from seismo.store import Store
from seismo.store.check import check_database, check_store
from seismo.store.migrations import MIGRATIONS_TABLE, ensure_migrations_table, migrations, utcnow

TEXTS = {
    "d1": "Russia accused Ukraine of shelling Belgorod on Monday. Officials gave no details.",
    "d2": "Ukraine denied the claim on Tuesday. It said its forces had not fired at all.",
    "d3": "The United Nations called for restraint on Wednesday after the reports.",
}


def _event(doc_id: str, n: int, sentence: str) -> Event:
    text = TEXTS[doc_id]
    start = text.index(sentence)
    return Event(
        event_id=f"{doc_id}-e{n}", doc_id=doc_id, type="ACCUSE", quad_class=3, goldstein=-2.0,
        source=Actor(name="Russia", code="RUSGOV", country="RUS"),
        target=Actor(name="Ukraine", code="UKRGOV", country="UKR"),
        date=dt.date(2024, 3, 4 + n), date_precision="day",
        evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)),
    )  # fmt: skip


def build(path: Path) -> Path:
    docs = []
    for doc_id, text in TEXTS.items():
        sentences = [s if s.endswith(".") else s + "." for s in text.split(". ")]
        article = Article(doc_id=doc_id, text=text, published=dt.date(2024, 3, 6))
        events = [_event(doc_id, n, s) for n, s in enumerate(sentences)]
        docs.append(CodedDocument(article=article, events=events))
    with Store.open(path) as store:
        store.add_documents(docs)
        build_stories(store)
    return path


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return build(tmp_path / "good.duckdb")


def corrupt(path: Path, *sql: str) -> Path:
    con = duckdb.connect(str(path))
    try:
        for statement in sql:
            con.execute(statement)
    finally:
        con.close()
    return path


def _without_primary_key(table: str) -> list[str]:
    return [f"CREATE TABLE _copy AS SELECT * FROM {table}", "DROP VIEW IF EXISTS asserted_events",
            f"DROP TABLE {table}", f"ALTER TABLE _copy RENAME TO {table}"]  # fmt: skip


CORRUPTIONS: dict[str, tuple[list[str], list[str]]] = {
    "orphan event": (
        ["DELETE FROM documents WHERE doc_id = 'd2'"],
        ["orphan-event: event 'd2-e0': its document 'd2' is not stored",
         "orphan-signature: MinHash signature of 'd2': the document is not stored"],
    ),
    "evidence outside the text": (
        ["UPDATE events SET evidence_end = 10000 WHERE event_id = 'd1-e0'"],
        ["evidence-range: event 'd1-e0': evidence [0, 10000) is outside its document's text "
         "(81 characters)"],
    ),
    "evidence not the text": (
        ["UPDATE events SET evidence_sentence = 'Forged.' WHERE event_id = 'd3-e0'"],
        ["evidence-text: event 'd3-e0': text[0:71] = 'The United Nations called for restr...' "
         "is not its evidence sentence"],
    ),
    "negative offsets": (
        ["UPDATE events SET evidence_start = -5 WHERE event_id = 'd1-e1'"],
        ["evidence-range: event 'd1-e1': evidence [-5, 81) is outside its document's text "
         "(81 characters)"],
    ),
    "duplicate event id": (
        [*_without_primary_key("events"),
         "INSERT INTO events SELECT * FROM events WHERE event_id = 'd1-e0'"],
        ["duplicate-id: event 'd1-e0' appears 2 times"],
    ),
    "duplicate document id": (
        [*_without_primary_key("documents"),
         "INSERT INTO documents SELECT * FROM documents WHERE doc_id = 'd3'"],
        ["duplicate-id: document 'd3' appears 2 times"],
    ),
    "dangling duplicate_of": (
        ["UPDATE documents SET duplicate_of = 'ghost' WHERE doc_id = 'd2'"],
        ["orphan-duplicate: document 'd2': duplicate_of 'ghost' is itself or not stored"],
    ),
    "story member without event": (
        ["INSERT INTO story_members SELECT 'no-such-event', story_id, 'day' FROM stories LIMIT 1"],
        ["story-member: story"],
    ),
    "story without its members": (
        ["DELETE FROM story_members WHERE event_id = 'd3-e0'"],
        ["story-count: story", "story-coverage: event 'd3-e0' is countable but belongs to no story"],
    ),
    "newer schema": (
        [f"INSERT INTO {MIGRATIONS_TABLE} VALUES (99, 'm099_future', now())"],
        ["schema: S002"],
    ),
    "migration record lost": (
        [f"DELETE FROM {MIGRATIONS_TABLE} WHERE version = 1"],
        ["schema: migrations 1 are not recorded"],
    ),
    "migration renamed": (
        [f"UPDATE {MIGRATIONS_TABLE} SET name = 'something_else' WHERE version = 2"],
        ["schema: migration 2 is recorded as 'something_else'"],
    ),
    "table dropped": (
        ["DROP TABLE doc_minhash"],
        ["schema: table doc_minhash is missing"],
    ),
}  # fmt: skip


def test_a_good_store_passes(good: Path) -> None:
    report = check_database(good)
    assert report.ok, report.violations
    assert report.counts == {"documents": 3, "events": 5, "rejections": 0, "stories": 2,
                             "story_members": 5}  # fmt: skip
    with Store.open(":memory:") as store:
        assert check_store(store).ok


@pytest.mark.parametrize("name", list(CORRUPTIONS))
def test_corruption_is_reported_one_line_each(good: Path, name: str) -> None:
    sql, expected = CORRUPTIONS[name]
    report = check_database(corrupt(good, *sql))
    lines = [str(v) for v in report.violations]
    assert not report.ok
    for want in expected:
        assert any(line.startswith(want) for line in lines), (want, lines)
    assert all("\n" not in line for line in lines)


def test_many_violations_are_capped_per_kind(good: Path) -> None:
    corrupt(good, "UPDATE events SET evidence_sentence = 'x'")
    violations = check_database(good, max_per_check=2).violations
    lines = [str(v) for v in violations if v.check == "evidence-text"]
    assert lines[-1] == "evidence-text: ... and 3 more" and len(lines) == 3
    # the edit bypassed the search index too: its words are no longer the events' words
    assert [str(v) for v in violations if v.check == "search-index"][-1].startswith("search-index: ... and ")


@pytest.mark.slow
def test_the_coder_output_passes_check(clean_run: CleanRun, tmp_path: Path) -> None:
    """Real spaCy-coded events: evidence offsets index the stored text exactly."""
    db = tmp_path / "copy.duckdb"
    shutil.copy(clean_run.db, db)
    report = check_database(db)
    assert report.ok, report.violations
    assert report.counts["events"] == len(clean_run.rows["events"])


@pytest.mark.serial
def test_check_cli_exit_codes_and_lines(good: Path, tmp_path: Path) -> None:
    ok = seismo("check", "--db", str(good))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == "" and ok.stderr.startswith("ok: ")
    bad = corrupt(shutil.copy(good, tmp_path / "bad.duckdb"),
                  "DELETE FROM documents WHERE doc_id = 'd1'",
                  "UPDATE events SET evidence_end = 999 WHERE event_id = 'd2-e0'")  # fmt: skip
    result = seismo("check", "--db", str(bad))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "orphan-event: event 'd1-e0': its document 'd1' is not stored" in lines
    assert any(line.startswith("evidence-range: event 'd2-e0'") for line in lines)
    assert result.stderr.strip().splitlines()[-1] == f"{len(lines)} violations in {bad}"
    missing = seismo("check", "--db", str(tmp_path / "nope.duckdb"))
    assert missing.returncode == 1 and "S004" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


@pytest.mark.serial
def test_check_while_a_writer_holds_the_file_is_s001(good: Path) -> None:
    with Store.open(good):
        result = seismo("check", "--db", str(good))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "S001" in result.stderr


# -- migrations ------------------------------------------------------------------------------


def version_1_store(path: Path) -> Path:
    """A store as seismo's first schema wrote it (migration 1 only), with one document."""
    con = duckdb.connect(str(path))
    ensure_migrations_table(con)
    first = migrations.steps()[0]
    first.fn(con)
    con.execute(f"INSERT INTO {MIGRATIONS_TABLE} VALUES (1, ?, ?)", [first.name, utcnow()])
    text = TEXTS["d1"]
    sentence = text.split(". ")[0] + "."
    con.execute(
        "INSERT INTO documents (doc_id, content_hash, text, published, ingested_at) "
        "VALUES ('old-1', ?, ?, DATE '2024-03-05', ?)",
        [Article.hash_text(text), text, utcnow()],
    )
    con.execute(
        "INSERT INTO events (event_id, doc_id, type, modality, evidence_sentence, "
        "evidence_start, evidence_end, coder_version, date, source_country, target_country) "
        "VALUES ('old-e1', 'old-1', 'ACCUSE', 'asserted', ?, 0, ?, 'v1', DATE '2024-03-04', "
        "'RUS', 'UKR')",
        [sentence, len(sentence)],
    )
    con.close()
    return path


@pytest.mark.serial
def test_older_store_is_checked_refused_read_only_then_migrated(tmp_path: Path) -> None:
    db = str(version_1_store(tmp_path / "v1.duckdb"))
    checked = seismo("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"schema version 1 is older than {migrations.latest}; the next write migrates it" in checked.stderr
    read = seismo("events", "--db", db)
    assert read.returncode == 1 and "S005" in read.stderr
    assert len(read.stderr.strip().splitlines()) == 1
    migrated = seismo("stories", "--rebuild", "--db", db)  # any write opens, and migrates, it
    assert migrated.returncode == 0, migrated.stderr
    report = check_database(db)
    assert report.ok and report.schema_version == migrations.latest, report.violations
    with Store.open(db, read_only=True) as store:
        (event,) = store.events()
        assert event.event_id == "old-e1"
        assert store.query("SELECT duplicate_of FROM documents") == [{"duplicate_of": None}]
    listed = seismo("events", "--db", db, "--format", "jsonl")
    assert listed.returncode == 0 and "old-e1" in listed.stdout


NEWER: list[tuple[str, ...]] = [
    ("events",),
    ("summary",),
    ("check",),
    ("stories", "--rebuild"),
    ("export-store", "OUT"),
]


@pytest.mark.serial
def test_newer_store_is_refused_by_every_command(good: Path, tmp_path: Path) -> None:
    corrupt(good, f"INSERT INTO {MIGRATIONS_TABLE} VALUES (99, 'm099_future', now())")
    before = good.read_bytes()
    for args in NEWER:
        argv = [a.replace("OUT", str(tmp_path / "out")) for a in args]
        result = seismo(*argv, "--db", str(good))
        assert result.returncode == 1, (args, result.stderr)
        output = result.stdout + result.stderr  # check lists it as a violation on stdout
        assert "S002" in output and "newer than this seismo supports" in output
        assert "Traceback" not in output
    assert good.read_bytes() == before  # nothing touched the file
    assert not (tmp_path / "out").exists()


@pytest.mark.serial
def test_upkeep_commands_have_help() -> None:
    for command in ("check", "export-store", "import-store"):
        result = seismo(command, "--help")
        assert result.returncode == 0 and "--db" in result.stdout, command
