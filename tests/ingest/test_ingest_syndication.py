"""Syndicated copies recognised before the parse (issue 15): not parsed, carrying the original's events.

Texts: Wikinews articles from ``tests/gold/articles/dev`` (Wikinews contributors, CC BY 2.5):
https://en.wikinews.org/wiki/U.S._House_formalizes_rules_for_Trump_impeachment_proceedings
https://en.wikinews.org/wiki/New_South_Wales_decriminalizes_abortion
https://en.wikinews.org/wiki/Biden_announces_Kamala_Harris_as_2020_running_mate_in_US_presidential_race
Copies are made from them by a byline, a credit line and one inserted word, as partner sites do.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from seismo.ingest.dedupe import NearDuplicateIndex, signature
from seismo.ingest.syndication import carry_events, english_or_copies, find_copies, locate, with_copies
from seismo.models import Article, CodedDocument, Event, Evidence

DEV = Path(__file__).resolve().parents[1] / "gold" / "articles" / "dev"
HOUSE, NSW, BIDEN = "wn-20191101-f4f5d189", "wn-20190927-b3a66474", "wn-20200812-20f4ec2c"


def text(name: str) -> str:
    return (DEV / f"{name}.txt").read_text(encoding="utf-8")


def syndicate(body: str, outlet: str) -> str:
    """A partner's copy: byline, one word inserted in the middle paragraph, credit line."""
    paras = body.split("\n\n")
    mid = len(paras) // 2
    words = paras[mid].split(" ")
    words.insert(len(words) // 2, "reportedly")
    paras[mid] = " ".join(words)
    return f"By {outlet} staff\n\n" + "\n\n".join(paras) + f"\n\n(Distributed by {outlet}.)"


def article(doc_id: str, body: str, outlet: str | None = None, published: dt.date | None = None) -> Article:
    return Article(doc_id=doc_id, text=body, outlet=outlet, published=published,
                   content_hash=Article.hash_text(body))


def test_copies_in_one_batch_point_at_the_first_document() -> None:
    house = text(HOUSE)
    batch = [article("orig", house), article("copy", syndicate(house, "Partner")), article("other", text(NSW)),
             article("copy2", syndicate(syndicate(house, "Partner"), "Third"))]
    copies = find_copies(batch, None)
    assert set(copies) == {"copy", "copy2"}
    assert copies["copy"].original == "orig" and copies["copy2"].original == "orig"  # a copy of a copy
    assert copies["copy"].similarity >= 0.8


def test_a_stored_original_is_found_and_a_replaced_one_is_not() -> None:
    house = text(HOUSE)
    stored = NearDuplicateIndex()
    stored.add("orig", signature(house))
    assert find_copies([article("copy", syndicate(house, "Partner"))], stored)["copy"].original == "orig"
    # "orig" is re-ingested with a new text in this run: its stored text is no original any more
    assert find_copies([article("orig", text(BIDEN)), article("copy", syndicate(house, "P"))], stored) == {}


def test_distinct_reports_are_not_copies() -> None:
    assert find_copies([article(n, text(n)) for n in (HOUSE, NSW, BIDEN)], None) == {}


def event(doc: Article, sentence: str, n: int, precision: str | None = "day") -> Event:
    start = doc.text.index(sentence)
    return Event(event_id=f"{doc.doc_id}-e{n}", doc_id=doc.doc_id, type="AGREE", date=dt.date(2019, 10, 31),
                 date_precision=precision, evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)),
                 outlet=doc.outlet, published=doc.published)


GERMAN = "\n\n".join([
    "Die Regierung hat am Montag angekündigt, dass die Truppen aus der Grenzregion abgezogen werden. Der Minister "
    "sagte, die Gespräche mit den Nachbarn würden in der nächsten Woche fortgesetzt.",
    "Die Opposition forderte eine Abstimmung im Parlament über den Haushalt und die neuen Steuern, die nach ihrer "
    "Ansicht vor allem die Familien mit kleinen Einkommen treffen würden.",
    "In der Hauptstadt versammelten sich am Abend mehrere tausend Menschen vor dem Rathaus, um gegen die Pläne der "
    "Regierung zu demonstrieren. Die Polizei sprach von einer friedlichen Kundgebung.",
    "Der Sprecher des Ministeriums erklärte, man werde die Vorschläge der Opposition prüfen und im Laufe des Monats "
    "eine Antwort geben. Eine Einigung gilt jedoch als unwahrscheinlich."])


def test_a_copy_of_an_accepted_document_is_not_language_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    import seismo.ingest.syndication as syndication

    checked: list[str] = []
    real = syndication.non_english_reason
    monkeypatch.setattr(syndication, "non_english_reason", lambda t: checked.append(t[:12]) or real(t))
    house = text(HOUSE)
    batch = [article("orig", house), article("copy", syndicate(house, "Partner")), article("de", GERMAN),
             article("de-copy", syndicate(GERMAN, "Partner"))]
    copies = find_copies(batch, None)
    assert set(copies) == {"copy", "de-copy"}
    kept, rejections, kept_copies = english_or_copies(batch, copies)
    assert [a.doc_id for a in kept] == ["orig", "copy"]
    assert [r.code for r in rejections] == ["I009", "I009"]  # a copy of a rejected original is judged itself
    assert set(kept_copies) == {"copy"}
    assert len(checked) == 3  # orig, de, de-copy: never the copy of the English original


def test_carried_events_index_the_copy_and_drop_edited_sentences() -> None:
    house = text(HOUSE)
    orig = article("orig", house, "Wikinews", dt.date(2019, 11, 1))
    copy = article("copy", syndicate(house, "Partner"), "Partner", dt.date(2019, 11, 2))
    paras = house.split("\n\n")
    kept, edited = paras[2].split(". ")[0], paras[len(paras) // 2]
    events = [event(orig, kept, 0), event(orig, kept, 1, "published"), event(orig, edited, 2)]
    carried = carry_events(events, copy)
    assert len(carried) == 2  # the edited paragraph's event is left out: its sentence is not in the copy
    for e in carried:
        assert copy.text[e.evidence.start:e.evidence.end] == e.evidence.sentence == kept
        assert (e.doc_id, e.outlet, e.published) == ("copy", "Partner", dt.date(2019, 11, 2))
    assert carried[0].date == dt.date(2019, 10, 31)  # the text's own date stays
    assert carried[1].date == dt.date(2019, 11, 2)  # dated on publication: the copy's publication
    assert len({e.event_id for e in carried} | {e.event_id for e in events}) == 5
    assert [e.event_id for e in carry_events(events, copy)] == [e.event_id for e in carried]


def test_locate_picks_the_occurrence_nearest_the_hint() -> None:
    assert locate("ab ab ab", "ab", 4) == 3
    assert locate("ab ab ab", "cd", 4) is None


def test_with_copies_keeps_input_order_and_reads_stored_originals_once() -> None:
    house = text(HOUSE)
    arts = [article("a", house), article("b", syndicate(house, "P")), article("c", text(NSW)),
            article("d", syndicate(text(BIDEN), "Q"))]
    sentence = house.split("\n\n")[2].split(". ")[0]
    coded = iter([CodedDocument(article=arts[0], events=[event(arts[0], sentence, 0)]),
                  CodedDocument(article=arts[2])])
    stored = NearDuplicateIndex()
    stored.add("biden", signature(text(BIDEN)))
    copies = find_copies(arts, stored)
    asked: list[list[str]] = []

    def stored_events(doc_ids: list[str]) -> dict[str, list[Event]]:
        asked.append(doc_ids)
        return {d: [] for d in doc_ids}

    out = list(with_copies(arts, copies, coded, stored_events))
    assert [d.article.doc_id for d in out] == ["a", "b", "c", "d"]
    assert len(out[1].events) == 1 and out[1].events[0].doc_id == "b"
    assert asked == [["biden"]]  # one query for every stored original


# -- through the real pipeline and store -------------------------------------------------------


def write_records(path: Path, records: list[dict]) -> str:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.slow
def test_ingest_parses_no_copy_and_counts_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import seismo.pipeline as pipeline
    from seismo.analysis import stories
    from seismo.config import Settings
    from seismo.store import EventFilter, Store

    house = text(HOUSE)
    run1 = [{"id": "house", "text": house, "outlet": "Wikinews", "published": "2019-11-01"},
            {"id": "partner", "text": syndicate(house, "Partner"), "outlet": "Partner", "published": "2019-11-01"},
            {"id": "nsw", "text": text(NSW), "outlet": "Wikinews", "published": "2019-09-27"}]
    run2 = [{"id": "wire", "text": syndicate(house, "Wire"), "outlet": "Wire", "published": "2019-11-02"}]
    parsed: list[str] = []
    real = pipeline.code_articles

    def spy(articles, settings, **options):
        for a in articles:
            parsed.append(a.doc_id)
            yield from real([a], settings, **options)

    def run(db: Path, carry: bool) -> dict:
        if not carry:
            monkeypatch.setattr(pipeline, "find_copies", lambda todo, index: {})
        settings = Settings(db=db)
        with Store.open(db) as store:
            r1 = pipeline.ingest([write_records(tmp_path / "run1.jsonl", run1)], settings, store)
            r2 = pipeline.ingest([write_records(tmp_path / "run2.jsonl", run2)], settings, store)
            again = pipeline.ingest([write_records(tmp_path / "run2.jsonl", run2)], settings, store)
            dups = {r["doc_id"]: r["duplicate_of"] for r in store.query("SELECT doc_id, duplicate_of FROM documents")}
            every = store.events(EventFilter(all_modalities=True, include_duplicates=True))
            return {"reports": (r1.copies_carried, r2.copies_carried, again.skipped), "dups": dups,
                    "counted": sorted(e.event_id for e in store.events()),
                    "events": every, "stories": sorted((s.story_id, s.n_sources, tuple(s.outlets))
                                                       for s in stories(store))}

    import seismo.ingest.syndication as syndication

    checked: list[str] = []
    real_check = syndication.non_english_reason
    monkeypatch.setattr(syndication, "non_english_reason", lambda body: checked.append(body) or real_check(body))
    monkeypatch.setattr(pipeline, "code_articles", spy)
    carried = run(tmp_path / "carried.duckdb", carry=True)
    assert parsed == ["house", "nsw"]  # the copies were never parsed
    assert len(checked) == 2  # nor language-checked: house and nsw only (the re-run's stored copy neither)
    assert carried["reports"] == (1, 1, 1)
    assert carried["dups"] == {"house": None, "partner": "house", "nsw": None, "wire": "house"}
    texts = {"house": house, "partner": run1[1]["text"], "wire": run2[0]["text"], "nsw": text(NSW)}
    by_doc: dict[str, list[Event]] = {}
    for e in carried["events"]:
        by_doc.setdefault(e.doc_id, []).append(e)
        assert texts[e.doc_id][e.evidence.start:e.evidence.end] == e.evidence.sentence
    assert by_doc["house"], "the original has events to carry"
    assert 0 < len(by_doc["partner"]) <= len(by_doc["house"])
    house_stories = [s for s in carried["stories"] if "Wikinews" in s[2] and s[1] == 1]
    assert any({"Partner", "Wire"} <= set(s[2]) for s in house_stories)  # the copies' outlets join

    parsed.clear()
    plain = run(tmp_path / "parsed.duckdb", carry=False)  # as before issue 15: every copy parsed
    assert parsed == ["house", "partner", "nsw", "wire"]
    assert plain["dups"] == carried["dups"]
    assert plain["counted"] == carried["counted"]  # what is counted does not change
    assert [s[:2] for s in plain["stories"]] == [s[:2] for s in carried["stories"]]
