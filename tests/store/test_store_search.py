"""The search ``q`` through the store's word index (``search_words``, issue 14).

The index must give exactly what a scan of the text gives (same rows, same order, same total),
stay equal to the words of the stored events through every write (new documents, re-ingest,
replacement, a failed batch, import), and be built for stores written before it existed.
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
import shutil
from pathlib import Path

import pytest
from store_helpers import make_doc, make_event

from seismo.models import CodedDocument, Evidence
from seismo.store import EventFilter, Store
from seismo.store import search as search_module
from seismo.store.filters import select_events, where_clause
from seismo.store.rows import EVENT_COLUMNS, quoted
from seismo.store.transfer import export_store, import_store

OLD_STORE = Path(__file__).parent / "fixtures" / "store-duckdb-1.5.duckdb.gz"
EVERYTHING = EventFilter(all_modalities=True, include_duplicates=True)
# (evidence sentences, title) per document: case, punctuation, possessives, hyphens, a prefix of a
# word, accents, digits, words only in a title or only in evidence
DOCS = {
    "a": (["Russian forces shelled Kharkiv's outskirts.", "Talks on a CEASEFIRE resumed in Zürich."],
          "Kharkiv under fire"),
    "b": (["Soleimani was killed in a drone strike.", "Officials said the aid-convoy was stopped."],
          None),
    "c": (["The army said 2024 would be calm.", "Protesters marched, police said."], "Ceasefire talks, day 2"),
    "d": (["Nothing of note happened.", "Sole traders protested."], "Weekly digest"),
}
QUERIES = ["kharkiv", "KHARKIV", "Kharkiv's", "ceasefire", "talks ceasefire", "said", "police said",
           "zürich", "ZÜRICH", "aid convoy", "aid-convoy", "2024", "day 2", "soleimani", "sole", "soleimanis",
           "fire", "weekly", "digest nothing", "absent", "said absent", "s"]  # fmt: skip


def coded(doc_id: str, sentences: list[str], title: str | None, text: str | None = None) -> CodedDocument:
    events = [make_event(doc_id, n, date=dt.date(2024, 3, 1 + n % 2),
                         evidence=Evidence(sentence=s, start=0, end=len(s))) for n, s in enumerate(sentences)]
    return make_doc(doc_id, events, title=title, text=text)


def docs() -> list[CodedDocument]:
    return [coded(doc_id, sentences, title) for doc_id, (sentences, title) in DOCS.items()]


def scanned(store: Store, f: EventFilter) -> tuple[list[str], int]:
    """The event ids and total of ``f`` by scanning the text (the path without the index)."""
    rows = store.query(*select_events(f, quoted(EVENT_COLUMNS), indexed=False))
    where, params = where_clause(f.model_copy(update={"limit": None, "offset": 0}), indexed=False)
    total = store.query(f"SELECT count(*) AS n FROM events {where}", params)[0]["n"]
    return [r["event_id"] for r in rows], total


def expected_words(store: Store) -> set[tuple[str, str]]:
    """(word, event id) for every word of every stored event's evidence and title, cut in Python."""
    rows = store.query("SELECT e.event_id, e.evidence_sentence, d.title FROM events e "
                       "JOIN documents d USING (doc_id)")  # fmt: skip
    return {(w, r["event_id"]) for r in rows
            for w in re.findall(r"[^\W_]+", f"{r['evidence_sentence']} {r['title'] or ''}".lower())}  # fmt: skip


def indexed_words(store: Store) -> set[tuple[str, str]]:
    rows = store.query("SELECT w.term, e.event_id FROM search_words w JOIN events e USING (search_key)")
    count = store.query("SELECT count(*) AS n FROM search_words")[0]["n"]
    assert count == len(rows), "every row of the index belongs to a stored event, once"
    return {(r["term"], r["event_id"]) for r in rows}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "search.duckdb")
    s.add_documents(docs())
    return s


@pytest.mark.parametrize("q", QUERIES)
def test_index_finds_what_a_scan_finds(store: Store, q: str) -> None:
    for f in (EVERYTHING, EventFilter(), EventFilter(limit=2, offset=1), EventFilter(since=dt.date(2024, 3, 2))):
        found = f.model_copy(update={"q": q})
        ids, total = scanned(store, found)
        assert [e.event_id for e in store.events(found)] == ids, (q, f)
        assert store.count_events(found) == total, (q, f)


def test_the_queries_cover_title_only_evidence_only_and_no_hit(store: Store) -> None:
    """The cases the identity test is meant to cover do occur in its data."""
    def ids(q: str) -> set[str]:
        return {e.event_id for e in store.events(EVERYTHING.model_copy(update={"q": q}))}

    assert ids("weekly") == {"d-e0", "d-e1"}  # a word of a title only: every event of the document
    assert ids("soleimani") == {"b-e0"}  # a word of one evidence sentence only
    assert ids("sole") == {"d-e1"} and ids("soleimanis") == ids("absent") == set()
    assert ids("talks ceasefire") == {"a-e1", "c-e0", "c-e1"}  # one word from the title, one from evidence
    assert ids("kharkiv") == ids("KHARKIV") == {"a-e0", "a-e1"}
    assert ids("Kharkiv's") == {"a-e0"}  # two words, "kharkiv" and "s": the title has no "s"


def test_index_holds_exactly_the_words_of_the_stored_events(store: Store) -> None:
    assert indexed_words(store) == expected_words(store)


def test_reingest_is_a_no_op_for_the_index(store: Store) -> None:
    before = indexed_words(store)
    stats = store.add_documents(docs())
    assert stats.skipped == len(DOCS) and stats.events_added == 0
    assert indexed_words(store) == before
    store.add_documents(docs(), replace=True)  # re-coded: rows rewritten, words the same
    assert indexed_words(store) == before == expected_words(store)


def test_replacing_a_document_replaces_its_words(store: Store) -> None:
    store.add_documents([coded("a", ["Troops left Mariupol."], "Mariupol retreat", text="Changed text.")])
    assert indexed_words(store) == expected_words(store)
    assert store.events(EVERYTHING.model_copy(update={"q": "kharkiv"})) == []
    assert [e.event_id for e in store.events(EVERYTHING.model_copy(update={"q": "retreat troops"}))] == ["a-e0"]


def test_a_failed_batch_leaves_no_words_behind(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = indexed_words(store)

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("seismo.store.stories.record_near_duplicates", fail)  # after the words are written
    with pytest.raises(RuntimeError):
        store.add_documents([coded("e", ["Kyiv was quiet."], "Kyiv")])
    assert indexed_words(store) == before and store.events(EventFilter(q="kyiv")) == []


def test_index_is_resorted_when_its_unsorted_tail_grows(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def rows() -> tuple[int, int]:
        total = store.query("SELECT count(*) AS n FROM search_words")[0]["n"]
        return total, store.query("SELECT sorted_rows FROM search_meta")[0]["sorted_rows"]

    with store._transaction() as cur:
        search_module.compact(cur)
    sorted_rows = rows()[1]
    assert sorted_rows == rows()[0] > 0
    monkeypatch.setattr(search_module, "MIN_TAIL_ROWS", 1)
    monkeypatch.setattr(search_module, "TAIL_SHARE", 0.1)
    store.add_documents([coded("e", ["Kyiv was quiet."], "Kyiv")])  # a tail under 10%: left as it is
    assert rows()[1] == sorted_rows < rows()[0]
    store.add_documents([coded("f", ["Troops crossed the border near Sumy today, officials said."], "Sumy")])
    total, sorted_rows = rows()
    assert sorted_rows == total
    terms = [r["term"] for r in store.query("SELECT term FROM search_words")]  # storage order
    assert terms == sorted(terms)
    assert indexed_words(store) == expected_words(store)
    for q in QUERIES:
        assert [e.event_id for e in store.events(EventFilter(q=q))] == scanned(store, EventFilter(q=q))[0], q


def test_words_are_intersected_most_frequent_first(store: Store) -> None:
    with store._cursor() as cur:
        assert search_module.most_frequent_first(cur, "soleimani said") == "said soleimani"
        assert search_module.most_frequent_first(cur, "absent said") == "said absent"


def test_export_leaves_the_index_out_and_import_rebuilds_it(store: Store, tmp_path: Path) -> None:
    export_store(store, tmp_path / "export")
    assert not list((tmp_path / "export").glob("search_*"))
    with Store.open(tmp_path / "copy.duckdb") as copy:
        import_store(copy, tmp_path / "export")
        assert indexed_words(copy) == expected_words(copy) == expected_words(store)
        copy.add_documents([coded("e", ["Kyiv was quiet."], "Kyiv")])  # keys of the new events are new
        assert indexed_words(copy) == expected_words(copy)


def test_a_store_written_before_the_index_gets_it_on_open(tmp_path: Path) -> None:
    """The DuckDB 1.5 fixture (seismo schema 2): the upgrade builds the word index of its 11 events."""
    db = tmp_path / "old.duckdb"
    with gzip.open(OLD_STORE, "rb") as src, db.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    with Store.open(db) as old:
        assert indexed_words(old) == expected_words(old) and len(expected_words(old)) > 100
        for q in ("nairobi", "police said", "protesters", "absent"):
            f = EVERYTHING.model_copy(update={"q": q})
            assert [e.event_id for e in old.events(f)] == scanned(old, f)[0], q
        assert old.events(EVERYTHING.model_copy(update={"q": "police"}))


def test_check_finds_a_search_index_that_drifted_from_the_events(tmp_path: Path) -> None:
    """``seismo check`` compares the index with the words of the stored events, both ways."""
    from seismo.store.check import check_database

    db = tmp_path / "drift.duckdb"
    with Store.open(db) as store:
        store.add_documents(docs())
        key = store.query("SELECT search_key FROM events WHERE event_id = 'a-e0'")[0]["search_key"]
    assert not [v for v in check_database(db).violations if v.check == "search-index"]
    with Store.open(db) as store, store._transaction() as cur:
        cur.execute("DELETE FROM search_words WHERE term = 'soleimani'")
        cur.execute("INSERT INTO search_words VALUES ('zebra', ?)", [key])
    found = sorted(str(v) for v in check_database(db).violations if v.check == "search-index")
    assert found == [
        "search-index: event 'b-e0': the word 'soleimani' of its evidence or title is missing from the search index",
        f"search-index: search index: 'zebra' under key {key} is not a word of a stored event with that key",
    ]
