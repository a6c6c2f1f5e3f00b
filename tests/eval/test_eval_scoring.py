"""score_gold_set / score_petrarch, the `seismo eval` command and the docs splice, on hand-made
predictions: the coding step is replaced, so no model is loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_helpers import event
from typer.testing import CliRunner

from seismo.cli import app
from seismo.evaluation import render
from seismo.evaluation import scoring as evaluation
from seismo.evaluation.goldsets import (
    UNMAPPED_NO_PLOVER,
    UNMAPPED_TEST_ONLY,
    PetrarchCoding,
    PetrarchRecord,
    load_cameo_table,
    parse_gold_record,
)
from seismo.evaluation.quality import CodedEvent
from seismo.evaluation.scoring import UNSCORED_ERROR_TEST, score_gold_set, score_petrarch
from seismo.models import Modality

GOLD = [
    {
        "id": "a",
        "text": "Russia attacked Ukraine.",
        "gold": {
            "types": ["ASSAULT"],
            "quad": 4,
            "events": [
                {"type": "ASSAULT", "source_countries": ["RUS"], "target_countries": ["UKR"]}
            ],
        },
    },
    {
        "id": "b",
        "text": "Jordan and the U.S. agreed.",
        "gold": {
            "types": ["AGREE"],
            "quad": 1,
            "events": [
                {"type": "AGREE", "source_countries": ["USA", "JOR"], "target_countries": []}
            ],
        },
    },
    {"id": "c", "text": "Shares fell.", "gold": {"relevant": False, "types": [], "quad": 0}},
]
EVENTS = {
    "a": [event("a", "ASSAULT", "RUS", "UKR")],
    "b": [event("b", "AGREE", "USA", None, modality=Modality.FUTURE)],
    "c": [event("c", "ASSAULT", None, None)],
}


def _records():  # type: ignore[no-untyped-def]
    return [parse_gold_record(r) for r in GOLD]


def test_score_gold_set() -> None:
    report = score_gold_set("t", _records(), EVENTS)
    assert report.records == 3 and report.negatives == 1
    assert report.relevance.tp == 1 and report.relevance.fp == 1 and report.relevance.fn == 1
    assert report.type_recall == 0.5
    assert report.quad_accuracy == pytest.approx(1 / 3)
    assert report.dyad.recall == 0.5 and report.dyad.precision == 0.5
    assert report.false_positive_share == 1.0
    assert [m["id"] for m in report.misses] == ["b", "c"]
    assert report.misses[0]["errors"] == ["missed: only future events coded"]
    assert report.misses[0]["coded"][0]["modality"] == "future"  # coded events beside the gold
    assert report.misses[0]["gold"]["events"][0]["source_countries"] == ["USA", "JOR"]
    figures = report.figures()
    assert set(figures) >= {
        "type_recall",
        "type_micro_f1",
        "type_macro_f1",
        "dyad_f1",
        "relevance_f1",
        "false_positive_share",
    }
    json.dumps(report.to_json())  # serialisable


def _petrarch(
    rid: str, codings: list[tuple[str, str, str]], noevents: bool = False, error: str | None = None
) -> PetrarchRecord:
    return PetrarchRecord(
        rid, None, "TEST", "text", tuple(PetrarchCoding(*c) for c in codings), noevents, error
    )


def test_score_petrarch() -> None:
    records = [
        _petrarch(
            "ok", [("ARN", "GON", "042"), ("GON", "ARN", "042")]
        ),  # mirrored: one direction is enough
        _petrarch("wrong-type", [("PRK", "KOR", "194")]),
        _petrarch(
            "partial", [("ETH", "LBY", "023"), ("ETH", "LBY", "112")]
        ),  # 023 ignored, 112 scored
        _petrarch("dropped-02", [("ARN", "DAG", "023")]),
        _petrarch("dropped-test", [("ARN", "GON", "903"), ("ARN", "GON", "174K")]),
        _petrarch("discard", [], error="storydiscard"),
        _petrarch("none-ok", [], noevents=True),
        _petrarch("none-fp", [], noevents=True),
    ]
    coded = {
        "ok": [CodedEvent("CONSULT", source_code="GONGOV", target_code="ARN")],
        "wrong-type": [CodedEvent("THREATEN", source_code="PRK", target_code="KOR")],
        "partial": [CodedEvent("ACCUSE", source_code="ETH", target_code="LBY")],
        "none-ok": [CodedEvent("ASSAULT", source_code="X", modality="negated")],
        "none-fp": [CodedEvent("ASSAULT", source_code="X")],
    }
    report = score_petrarch(records, coded, load_cameo_table())
    assert report.dropped == {UNMAPPED_NO_PLOVER: 1, UNMAPPED_TEST_ONLY: 1, UNSCORED_ERROR_TEST: 1}
    assert report.event_records == 3
    assert report.type_actor_correct == 2 and report.actor_correct == 3
    assert report.type_actor_accuracy == pytest.approx(2 / 3)
    assert (report.noevent_records, report.noevent_correct) == (2, 1)
    assert {m["id"] for m in report.misses} == {"wrong-type", "none-fp"}
    assert report.error_kinds["type confusion: ASSAULT coded as THREATEN"] == 1


def test_render_and_splice() -> None:
    report = score_gold_set("t", _records(), EVENTS)
    md = render.gold_markdown(report, "Test set")
    assert "| event-type recall | 0.500 |" in md
    assert "Most common errors" in md
    figures = {"plover_gsr": {"type_recall": 0.9}, "nonevents": {"false_positive_share": 0.2}}
    summary = render.summary_markdown(figures, {"plover_gsr": {"type_recall": 0.8}})
    assert "| plover_gsr | type_recall | 0.900 | 0.800 | >= 0.85 | yes |" in summary
    assert "| nonevents | false_positive_share | 0.200 |  | <= 0.10 | no |" in summary
    doc = f"# Accuracy\n\nprose before\n\n{render.BEGIN}\nold\n{render.END}\n\nprose after\n"
    new = render.splice(doc, f"{render.BEGIN}\nnew\n{render.END}")
    assert "old" not in new and "new" in new
    assert new.startswith("# Accuracy\n\nprose before") and new.endswith("prose after\n")
    assert render.splice("# A\n", "S") == "# A\n\nS\n"


@pytest.fixture
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Replace the coding step: events come from this dict, by record id."""
    events: dict[str, list] = {}

    def code_texts(items, settings):  # type: ignore[no-untyped-def]
        return {i: events.get(i, []) for i, _t, _p in items}

    monkeypatch.setattr(evaluation, "code_texts", code_texts)
    return events


def test_eval_command(tmp_path: Path, fake_coder: dict[str, list]) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    fake_coder.update(EVENTS)
    runner = CliRunner()
    result = runner.invoke(
        app, ["eval", str(path), "--format", "json", "--misses", str(tmp_path / "m.jsonl")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("{") :])
    assert data["figures"]["type_recall"] == 0.5
    assert data["records"] == 3
    misses = [
        json.loads(line) for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [m["id"] for m in misses] == ["b", "c"]
    table = runner.invoke(app, ["eval", str(path), "--limit", "2"])
    assert table.exit_code == 0 and "event-type recall" in table.stdout
    assert "records" in table.stdout


def test_eval_command_needs_one_input() -> None:
    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code != 0
    result = CliRunner().invoke(app, ["eval", "x.jsonl", "--format", "xml"])
    assert result.exit_code != 0


def test_eval_petrarch_command(tmp_path: Path, fake_coder: dict[str, list]) -> None:
    from test_eval_goldsets import XML
    from test_eval_petrarch_kb import ACTORS, AGENTS

    (tmp_path / "PETR.UnitTest.records.xml").write_text(XML, encoding="utf-8")
    (tmp_path / "PETR.Validate.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "PETR.Validate.agents.txt").write_text(AGENTS, encoding="utf-8")
    fake_coder["DEMO-00"] = [event("DEMO-00", "COOPERATE", "ARN", "GON")]
    result = CliRunner().invoke(app, ["eval", "--petrarch", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("{") :])
    # DEMO-00: 064 -> COOPERATE found; the quoted-actor 041 CONSULT coding is not -> record wrong
    assert data["event_records"] == 1 and data["type_actor_correct"] == 0
    assert data["noevent_records"] == 3 and data["noevent_correct"] == 3
    assert data["dropped"] == {UNSCORED_ERROR_TEST: 1}


def test_kb_import_command(tmp_path: Path) -> None:
    from test_eval_petrarch_kb import ACTORS, AGENTS

    (tmp_path / "a.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "g.txt").write_text(AGENTS, encoding="utf-8")
    out = tmp_path / "my_kb.yaml"
    result = CliRunner().invoke(
        app,
        [
            "kb",
            "import-petrarch",
            str(tmp_path / "a.txt"),
            str(tmp_path / "g.txt"),
            "--output",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert out.is_file()
    assert "10 actors and 7 agent nouns" in result.output
