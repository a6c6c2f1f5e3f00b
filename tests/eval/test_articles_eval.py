"""`seismo eval FOLDER`: annotated articles scored one-to-one, per field, with a review file.

The fixture folder (tests/eval/fixtures/articles/) holds two invented articles and one unannotated
file. The coding step is replaced by hand-made events placed in the real sentences of the stored
text (the reader runs, the model does not), so every figure below is counted by hand:

fx-belarus (must 4, should 2)           fx-sudan (must 3, should 2)
  e1 COERCE BLRCOP->BLRCVL  = detain       s1 CONSULT SDNMIL->SDNREB 05-20 = talks ("2023-05")
  e2 the same again: duplicate, no item    s2 AID EGY->SDN 05-20: egypt-aid wants 05-19 (date)
  e3 ACCUSE EU->none: eu-condemns (target) s3 CONSULT USA->SDNMIL: mediation wants SAU (source)
  e4 CONSULT FRA->DEU = ger-fra-meet (either direction)
  e5 SANCTION LTU->BLR asserted: must_not  un-urges: nothing coded in its sentence
  e6 ASSAULT BLRMIL->POLCOP 2021-08-10 = clash-2021 ("2021")   qatar-hosts: evidence not in the text
  e8 SANCTION LTU->BLR hypothetical = border-closure
  protest: nothing coded in its sentence

must 3/7, should 2/4; asserted 9 (6 + 3), matched 4 (e1 e4 e6 s1): precision 4/9 (5/9 without
one-to-one); 1 violation; fields type 8/8, source 7/8, target 6/7, date 4/5, location 2/2.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seismo.cli import app
from seismo.config import Settings
from seismo.evaluation import (
    ArticleCase,
    evaluate_article_folder,
    locate_evidence,
    max_matching,
    read_article_folder,
    score_article,
)
from seismo.evaluation import articles as articles_module
from seismo.evaluation.gate import gated_figures, regressions
from seismo.evaluation.render import article_set_tables
from seismo.evaluation.review import review_entries, write_review
from seismo.models import Actor, Article, Event, Evidence, Location, Modality
from seismo.pipeline import split_inputs

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


def _actor(spec: str | None) -> Actor | None:
    """'BLR COP' -> country + agent; 'igo EU' -> an IGO."""
    if spec is None:
        return None
    first, _, agent = spec.partition(" ")
    if first == "igo":
        return Actor(name=agent, code=f"IGO{agent}", igo=agent)
    return Actor(name=spec, code=first + agent, country=first, agent=agent or None)


def _event(article: Article, sentence: str, type_: str, src: str | None, tgt: str | None, *,
           date: str | None = None, place: tuple[str, str] | None = None, mode: str | None = None,
           modality: str = "asserted", n: int = 0) -> Event:
    start = article.text.index(sentence)
    return Event(
        event_id=f"{article.doc_id}-{start}-{type_}-{n}", doc_id=article.doc_id, type=type_, mode=mode,
        modality=Modality(modality), source=_actor(src), target=_actor(tgt),
        date=None if date is None else dt.date.fromisoformat(date),
        location=None if place is None else Location(name=place[0], country=place[1]),
        evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)),
    )


def _belarus(a: Article) -> list[Event]:
    s1 = "Belarusian police detained dozens of protesters in Minsk on Tuesday."
    s3 = "The European Union condemned the detentions on Wednesday."
    s4 = "The foreign ministers of Germany and France met in Berlin to discuss the crisis."
    s5 = "Lithuania could close its border with Belarus, officials in Vilnius said."
    s6 = "Belarusian troops clashed with Polish border guards in 2021."
    detain = {"date": "2024-03-05", "place": ("Minsk", "BLR"), "mode": "arrest"}
    return [
        _event(a, s1, "COERCE", "BLR COP", "BLR CVL", **detain),  # type: ignore[arg-type]
        _event(a, s1, "COERCE", "BLR COP", "BLR CVL", n=1, **detain),  # type: ignore[arg-type]
        _event(a, s3, "ACCUSE", "igo EU", None, date="2024-03-06"),
        _event(a, s4, "CONSULT", "FRA GOV", "DEU GOV", date="2024-03-06", place=("Berlin", "DEU")),
        _event(a, s5, "SANCTION", "LTU GOV", "BLR"),
        _event(a, s6, "ASSAULT", "BLR MIL", "POL COP", date="2021-08-10"),
        _event(a, s5, "SANCTION", "LTU GOV", "BLR", modality="hypothetical", n=1),
    ]


def _sudan(a: Article) -> list[Event]:
    t1 = "Representatives of the Sudanese army and the Rapid Support Forces began talks in Jeddah this month."
    return [
        _event(a, t1, "CONSULT", "SDN MIL", "SDN REB", date="2023-05-20"),
        _event(a, "Egypt sent medical aid to Sudan on Friday.", "AID", "EGY GOV", "SDN", date="2023-05-20"),
        _event(a, "Saudi Arabia and the United States mediated the talks.", "CONSULT", "USA GOV", "SDN MIL"),
    ]


HAND_MADE: dict[str, Callable[[Article], list[Event]]] = {"fx-belarus": _belarus, "fx-sudan": _sudan}


def _read(case: ArticleCase) -> Article:
    articles, rejections = split_inputs([str(case.text_path)], Settings(published=case.published))
    assert not rejections
    return articles[0]


def fake_coder(cases: Sequence[ArticleCase], settings: Settings) -> dict[str, tuple[Article, list[Event]] | str]:
    """The real reader, hand-made events; fails on a case it has no events for (it must not be asked)."""
    out: dict[str, tuple[Article, list[Event]] | str] = {}
    for case in cases:
        article = _read(case)
        out[case.id] = (article, HAND_MADE[case.id](article))
    return out


@pytest.fixture(scope="module")
def report():
    return evaluate_article_folder(FIXTURES, Settings(), coder=fake_coder)


def test_folder_reading_skips_files_with_no_items() -> None:
    cases = read_article_folder(FIXTURES)
    assert [c.id for c in cases] == ["fx-belarus", "fx-sudan", "fx-unannotated"]
    assert [c.annotated for c in cases] == [True, True, False]
    belarus = cases[0]
    assert belarus.published == dt.date(2024, 3, 6)
    assert [i.id for i in belarus.section("must")] == ["detain", "protest", "eu-condemns", "ger-fra-meet"]
    assert belarus.items[1].spec["note"].startswith("no date")  # unknown keys are kept, and ignored
    assert len(belarus.must_not) == 2


def test_belarus_counted_by_hand(report) -> None:
    belarus = report.scores[0].tally()
    assert (belarus.must, belarus.must_found, belarus.should, belarus.should_found) == (4, 2, 2, 2)
    assert (belarus.produced, belarus.produced_matched) == (6, 3)  # e8 is hypothetical: not counted
    assert belarus.violations == 1 and belarus.nothing_coded == 1 and belarus.evidence_missing == 0
    outcomes = {o.item.id: o for o in report.scores[0].outcomes}
    assert outcomes["ger-fra-meet"].found  # FRA->DEU meets DEU->FRA with either_direction
    assert outcomes["clash-2021"].found  # 2021-08-10 meets "2021"
    assert outcomes["border-closure"].matched == 6  # the hypothetical event, not the asserted one
    assert outcomes["eu-condemns"].fields == {"type": True, "source": True, "target": False, "date": True}
    assert outcomes["protest"].nothing_coded and outcomes["protest"].aligned is None
    (violation,) = report.scores[0].violations
    assert violation.event == 4 and "SANCTION" in violation.rule


def test_totals_counted_by_hand(report) -> None:
    t = report.tally()
    assert report.not_annotated == ["fx-unannotated"]
    assert (t.articles, t.must, t.must_found, t.should, t.should_found) == (2, 7, 3, 4, 2)
    assert (t.produced, t.produced_matched, t.violations) == (9, 4, 1)
    assert (t.evidence_missing, t.located, t.nothing_coded, t.aligned) == (1, 10, 2, 8)
    assert t.field_agree == {"type": 8, "source": 7, "target": 6, "date": 4, "location": 2}
    assert t.field_listed == {"type": 8, "source": 8, "target": 7, "date": 5, "location": 2}
    figures = report.figures()
    assert figures["must_recall"] == pytest.approx(3 / 7)
    assert figures["precision"] == pytest.approx(4 / 9)  # one-to-one: the duplicate e2 is not precise
    assert figures["must_not_violations"] == 1.0


def test_evidence_not_in_the_text_is_reported(report) -> None:
    (problem,) = [p for s in report.scores for p in s.evidence_problems]
    assert (problem.article, problem.item, problem.where) == ("fx-sudan", "qatar-hosts", "not in the text file")


def test_one_to_one_matching_prefers_must_and_stays_maximum() -> None:
    assert max_matching([[0], [0]], 1) == {0: 0}  # two items, one event: one item only
    assert max_matching([[0, 1], [0]], 2) == {0: 1, 1: 0}  # augmenting path frees event 0
    assert max_matching([[], [0]], 1) == {1: 0}
    assert max_matching([[0], [0, 1], [1]], 2) == {0: 0, 1: 1}  # the first items keep their events


def test_locate_evidence_tolerates_whitespace() -> None:
    text = "The army\nshelled the\n  town on Monday."
    assert locate_evidence("shelled the town", text) == (9, 27)
    assert locate_evidence("shelled the city", text) is None
    assert locate_evidence("The army", text) == (0, 8)


def test_evidence_in_the_title_only(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "fx-sudan.txt", tmp_path / "t.txt")
    (tmp_path / "t.yaml").write_text(
        'file: t.txt\ndocument: {published: "2023-05-20"}\n'
        "should:\n  - {id: title, evidence: Sudan talks open in Jeddah, type: CONSULT}\n", encoding="utf-8")
    case = read_article_folder(tmp_path)[0]
    score = score_article(case, _read(case), [])
    (problem,) = score.evidence_problems
    assert problem.where.startswith("in the text file but not in the stored text")
    assert score.tally().should == 1 and score.tally().precision == 0.0


def test_must_not_with_evidence_looks_at_its_sentence_only(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(
        "Prison strike\n\nPrisoners in Kenya began a hunger strike on Monday. Kenyan soldiers attacked a village.\n",
        encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        'file: p.txt\ndocument: {published: "2024-03-06"}\nmust_not:\n'
        "  - {type: ASSAULT, evidence: began a hunger strike}\n"
        "  - {type: ASSAULT, source: {agent: CVL}, evidence: not in this text}\n", encoding="utf-8")
    case = read_article_folder(tmp_path)[0]
    article = _read(case)
    strike = "Prisoners in Kenya began a hunger strike on Monday."
    attack = _event(article, "Kenyan soldiers attacked a village.", "ASSAULT", "KEN MIL", "KEN CVL")
    assert score_article(case, article, [attack]).violations == []  # the real attack is not the trap
    misread = _event(article, strike, "ASSAULT", "KEN CVL", None)
    score = score_article(case, article, [attack, misread])
    rules = ["type: ASSAULT", "type: ASSAULT, source: {agent: CVL}"]
    assert [(v.event, v.rule) for v in score.violations] == [(1, rule) for rule in rules]
    assert [p.item for p in score.evidence_problems] == ["must_not-1"]  # not found: the whole article


def test_a_rejected_article_misses_every_item() -> None:
    def rejecting(cases, settings):  # type: ignore[no-untyped-def]
        out = fake_coder([c for c in cases if c.id != "fx-sudan"], settings)
        return {**out, "fx-sudan": "I009 text does not look like English"}

    rejected = evaluate_article_folder(FIXTURES, Settings(), coder=rejecting)
    t = rejected.tally()
    assert (t.must, t.must_found, t.should, t.should_found) == (7, 2, 4, 2)
    assert (t.produced, t.produced_matched) == (6, 3)
    assert rejected.to_json()["rejected"] == {"fx-sudan": "I009 text does not look like English"}
    missed = [e for e in review_entries(rejected) if e["article"] == "fx-sudan"]
    assert len(missed) == 3 and all(e["why"].startswith("article rejected") for e in missed)


def test_review_file_lists_unmatched_events_missed_musts_and_violations(report, tmp_path: Path) -> None:
    entries = review_entries(report)
    kinds = [(e["kind"], e["article"]) for e in entries]
    assert kinds.count(("unmatched_event", "fx-belarus")) == 3  # e2 (duplicate), e3, e5
    assert kinds.count(("unmatched_event", "fx-sudan")) == 2  # s2, s3
    missed = {e["item"]: e for e in entries if e["kind"] == "missed_must"}
    assert sorted(missed) == ["egypt-aid", "eu-condemns", "protest", "un-urges"]
    assert missed["protest"]["why"] == "nothing coded in the sentence"
    assert missed["egypt-aid"]["disagree"] == ["date"]
    assert missed["egypt-aid"]["coded_in_sentence"][0]["type"] == "AID"
    duplicate = next(e for e in entries if e["kind"] == "unmatched_event" and e["also_matches"])
    assert duplicate["also_matches"] == ["detain"]
    assert duplicate["event"]["sentence"].startswith("Belarusian police detained")
    assert [e["kind"] for e in entries].count("must_not_violation") == 1
    jsonl, md = write_review(report, tmp_path / "out" / "review.jsonl")
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == len(entries) == 10
    text = md.read_text(encoding="utf-8")
    assert "## fx-belarus" in text and "missed must `protest`" in text and "duplicate of detain" in text


def test_tables_and_json(report) -> None:
    titles = [t.title for t in article_set_tables(report, per_article=True)]
    assert titles[1:] == ["per field, gold items aligned to a coded event", "per article",
                          "must_not violations (1)", "evidence not found (1)"]
    assert len(article_set_tables(report, detail=False)) == 2  # aggregate rows only (test/)
    data = report.to_json(per_article=True)
    assert data["must"] == {"total": 7, "found": 3, "recall": 0.4286}
    assert data["precision"] == 0.4444 and data["must_not_violations"] == 1
    assert data["fields"]["date"] == {"listed": 5, "agree": 4, "accuracy": 0.8}
    assert [a["article"] for a in data["per_article"]] == ["fx-belarus", "fx-sudan"]
    assert data["annotated"] == 2 and data["articles"] == 3


def test_gated_figures_of_an_article_set(report, tmp_path: Path) -> None:
    figures = gated_figures({"articles_dev": report})
    assert figures == {"articles_dev": {"must_recall": 0.4286, "must_not_violations": 1.0, "precision": 0.4444}}
    pins = {"articles_dev": {"must_recall": 0.44, "must_not_violations": 0, "precision": 0.40}}
    assert [c.figure for c in regressions(figures, pins)] == ["must_recall", "must_not_violations"]


def test_unannotated_folder_codes_nothing(tmp_path: Path) -> None:
    for name in ("fx-unannotated.txt", "fx-unannotated.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)

    def must_not_code(cases, settings):  # type: ignore[no-untyped-def]
        raise AssertionError("an unannotated article was coded")

    empty = evaluate_article_folder(tmp_path, Settings(), coder=must_not_code)
    assert empty.scores == [] and empty.not_annotated == ["fx-unannotated"]
    assert empty.figures() == {"must_recall": None, "must_not_violations": None, "precision": None}
    assert len(article_set_tables(empty)) == 1
    assert gated_figures({"articles_test": empty}) == {"articles_test": {}}
    nulls = {"articles_test": {"must_recall": None, "must_not_violations": None, "precision": None}}
    assert regressions(gated_figures({"articles_test": empty}), nulls) == []


def test_eval_command_on_a_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(articles_module, "code_cases", fake_coder)
    review = tmp_path / "fx.review.jsonl"
    result = CliRunner().invoke(app, ["eval", str(FIXTURES), "--format", "json", "--review", str(review)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("{"):])
    assert data["figures"]["precision"] == pytest.approx(4 / 9)
    assert "per_article" not in data
    assert review.is_file() and review.with_suffix(".md").is_file()
    table = CliRunner().invoke(app, ["eval", str(FIXTURES), "--per-article", "--no-review"])
    assert table.exit_code == 0, table.output
    assert "0.429 (3/7)" in table.stdout and "fx-sudan" in table.stdout
    bad = CliRunner().invoke(app, ["eval", str(FIXTURES), "--misses", str(tmp_path / "m.jsonl")])
    assert bad.exit_code != 0


def _held_out_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "held"
    shutil.copytree(FIXTURES, folder)
    (folder / "HELD_OUT").write_text("aggregate figures only\n", encoding="utf-8")
    return folder


def test_held_out_folder_prints_totals_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A HELD_OUT file forces the aggregate mode: no article id, no must_not line, no review file, whatever
    is asked; the totals are the same figures."""
    monkeypatch.setattr(articles_module, "code_cases", fake_coder)
    folder, review = _held_out_copy(tmp_path), tmp_path / "held.review.jsonl"
    table = CliRunner().invoke(app, ["eval", str(folder), "--per-article", "--review", str(review)])
    assert table.exit_code == 0, table.output
    assert "0.429 (3/7)" in table.stdout and "fx-" not in table.stdout
    assert "must_not violations (" not in table.stdout  # the detail table's title
    assert not review.exists()
    data = CliRunner().invoke(app, ["eval", str(folder), "--format", "json", "--per-article", "--no-review"])
    body = json.loads(data.stdout[data.stdout.index("{"):])
    assert body["figures"]["precision"] == pytest.approx(4 / 9)
    assert body["violations"] == [] and body["must_not_violations"] == 1 and "per_article" not in body
    assert "fx-" not in data.stdout


def test_aggregate_flag_without_a_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(articles_module, "code_cases", fake_coder)
    table = CliRunner().invoke(app, ["eval", str(FIXTURES), "--aggregate", "--no-review"])
    assert table.exit_code == 0 and "0.429 (3/7)" in table.stdout and "fx-" not in table.stdout
    full = CliRunner().invoke(app, ["eval", str(FIXTURES), "--no-review"])
    assert "fx-belarus" in full.stdout  # without the flag the must_not line names its article


@pytest.mark.parametrize("script", ["field_failures.py", "nothing_coded.py", "unmatched_events.py"])
def test_development_scripts_refuse_a_held_out_folder(script: str, tmp_path: Path) -> None:
    """They print gold items one by one: on a held-out folder they stop with one line, before coding."""
    import subprocess
    import sys

    path = Path(__file__).resolve().parents[2] / "scripts" / script
    done = subprocess.run([sys.executable, str(path), str(_held_out_copy(tmp_path)), "must"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "held out" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_real_coder_on_the_fixtures() -> None:
    """The real reader and coder (one model load): the gold-side counts do not depend on the coder."""
    real = evaluate_article_folder(FIXTURES, Settings(kb=[]))
    t = real.tally()
    assert [s.case.id for s in real.scores] == ["fx-belarus", "fx-sudan"]
    assert all(s.rejected is None for s in real.scores)
    assert (t.must, t.should, t.evidence_missing, t.located) == (7, 4, 1, 10)
    assert t.produced >= t.produced_matched >= t.must_found  # a matched must item is an asserted event
    assert all(e.published == s.case.published for s in real.scores for e in s.events)
