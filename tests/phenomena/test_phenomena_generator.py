"""The phenomenon suite's generator, filter, scoring and pins, without the language model.

The expansion reads the knowledge base (seismo.kb) but codes nothing, so these tests are fast.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from pathlib import Path

import pytest

from seismo.evaluation.phenomena import (
    BASELINE,
    MIN_CASES,
    PHENOMENA_DIR,
    PLACEHOLDER,
    Case,
    expand,
    generate_cases,
    load_phenomena,
    load_pools,
    parse_phenomenon,
    render_value,
    score_case,
)
from seismo.evaluation.phenomena_cli import compare_rates, read_pins, write_pins
from seismo.evaluation.phenomena_slots import Draw, NoFiller, draw_filler
from seismo.kb import KnowledgeBase, load_kb
from seismo.models import PLOVER_CONTEXTS, Actor, Event, Evidence

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "phenomena.md"
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "negated", "hypothetical", "future", "denied"}
SPEC_KEYS = {"id", "type", "mode", "source", "target", "either_direction", "date", "modality", "location",
             "quantity", "attributed_to", "more_than", "actor_name", "date_after", "contexts"}
# The mechanisms issue 12 asks the suite to cover, by the names they have in tests/phenomena/*.yaml.
REQUIRED = {
    "coordinated_subjects", "coordinated_objects", "multilateral_leaders_of", "multilateral_counterparts",
    "reciprocal_each_other", "with_complement", "passive_by", "reduced_passive", "relative_pronoun_subject",
    "event_noun_by_on", "event_noun_after_meeting", "event_noun_subject", "event_noun_object",
    "actor_country_from_sentence", "dateline_third_country", "caption_credit", "bare_group_nouns",
    "international_groups", "surname_namesakes", "office_titles", "weekday_past", "weekday_future",
    "last_week", "weekday_last_week", "named_anniversaries", "modality_conditional", "modality_plans",
    "modality_denied", "modality_sworn_perceived", "modality_calls_for", "stated_intentions",
    "accidents_disasters", "routine_crime", "sense_police_called", "sense_hunger_strike",
    "sense_called_off_strike", "restatement", "sense_released_things", "gerund_kind_of_act",
    "habitual_generic", "ambiguous_place_names", "unknown_locative_town", "unknown_name_not_place",
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def suite(kb: KnowledgeBase):
    return generate_cases(kb=kb)


def _case_key(case: Case) -> tuple:
    return case.phenomenon, case.published, case.text, json.dumps(case.expected, sort_keys=True)


# ---- what is declared ------------------------------------------------------------------------------
def test_required_phenomena_are_declared_and_there_are_at_least_30() -> None:
    names = {p.name for p in load_phenomena()}
    assert names >= REQUIRED, f"missing: {sorted(REQUIRED - names)}"
    assert len(names) >= 30


def test_every_declared_phenomenon_is_pinned_and_documented() -> None:
    names = {p.name for p in load_phenomena()}
    pins, _ = read_pins(BASELINE)
    assert set(pins) == names, f"unpinned: {sorted(names - set(pins))}; pinned but gone: {sorted(set(pins) - names)}"
    doc = DOC.read_text(encoding="utf-8")
    assert not [n for n in names if f"`{n}`" not in doc], "every phenomenon has a line in docs/phenomena.md"


def test_every_phenomenon_has_at_least_12_cases(suite) -> None:
    phenomena, expansion = suite
    counts = Counter(c.phenomenon for c in expansion.cases)
    for ph in phenomena:
        assert ph.cases >= MIN_CASES, ph.name
        assert counts[ph.name] == ph.cases, f"{ph.name}: {counts[ph.name]} of {ph.cases}"
    assert not [d for d in expansion.dropped if d.reason.startswith("only ")]


def test_every_template_is_used() -> None:
    """Templates are taken in turn, so each is used when there are at least as many cases."""
    for ph in load_phenomena():
        assert ph.cases >= len(ph.templates), ph.name


def test_expectations_are_complete_and_well_formed(suite) -> None:
    _, expansion = suite
    for case in expansion.cases:
        assert not PLACEHOLDER.search(case.text), case.text
        assert not PLACEHOLDER.search(json.dumps(case.expected)), case.expected
        assert case.expected.get("must") or case.expected.get("must_not"), case.text
        for key in ("must", "should", "must_not"):
            for spec in case.expected.get(key) or []:
                assert set(spec) <= SPEC_KEYS, (case.phenomenon, spec)
                types = spec.get("type", [])
                assert set(types if isinstance(types, list) else [types]) <= PLOVER_TYPES, spec
                assert str(spec.get("modality", "asserted")) in MODALITIES, spec
                assert set(spec.get("contexts", [])) <= set(PLOVER_CONTEXTS), spec
                if spec.get("either_direction"):
                    assert "source" in spec and "target" in spec, spec


def test_documents_have_a_title_and_a_publication_date(suite) -> None:
    _, expansion = suite
    for case in expansion.cases:
        assert case.document.startswith("Test headline\n\n")
        assert dt.date(2010, 1, 1) <= case.published <= dt.date(2025, 12, 31)


# ---- deterministic expansion ---------------------------------------------------------------------
def test_expansion_is_deterministic(kb: KnowledgeBase, suite) -> None:
    _, first = suite
    _, again = generate_cases(kb=kb)
    assert [_case_key(c) for c in first.cases] == [_case_key(c) for c in again.cases]
    assert first.dropped == again.dropped


def test_another_seed_gives_other_cases(kb: KnowledgeBase, suite) -> None:
    _, first = suite
    _, other = generate_cases(seed="another-seed", only=["passive_by"], kb=kb)
    mine = [c.text for c in first.cases if c.phenomenon == "passive_by"]
    assert [c.text for c in other.cases] != mine


def test_a_phenomenon_expands_alike_alone_and_in_the_suite(kb: KnowledgeBase, suite) -> None:
    """Each phenomenon has its own seeded generator: adding or removing one changes no other."""
    _, expansion = suite
    alone = expand(next(p for p in load_phenomena() if p.name == "with_complement"), kb, load_pools())
    assert [_case_key(c) for c in alone.cases] == [
        _case_key(c) for c in expansion.cases if c.phenomenon == "with_complement"]


# ---- the knowledge-base filter -------------------------------------------------------------------
def _phenomenon(**overrides):
    item = {"name": "probe", "cases": 4, "slots": {"X": {"kind": "country"}},
            "templates": ["Police arrested protesters in {X.city}."],
            "expect": {"must": [{"type": "COERCE", "source": {"country": "{X.iso3}"}}]}}
    return parse_phenomenon({**item, **overrides}, "test")


def test_a_city_the_kb_places_elsewhere_is_dropped_with_its_reason(kb: KnowledgeBase) -> None:
    pools = {"countries": {"ESP": {"cities": ["Valencia"]}, "FRA": {"cities": ["Lyon"]}}}
    out = expand(_phenomenon(), kb, pools)
    assert out.cases and all("Lyon" in c.text for c in out.cases)
    reasons = [d.reason for d in out.dropped]
    assert any("Valencia" in r and "VEN" in r and "ESP" in r for r in reasons), reasons
    assert any(r.startswith("only 1 of 4") for r in reasons)  # duplicates are not counted twice


def test_a_failed_check_drops_the_draw(kb: KnowledgeBase) -> None:
    pools = {"countries": {"FRA": {"cities": ["Lyon"]}}}
    out = expand(_phenomenon(checks=[{"phrase": "{X.name}", "country": "USA"}]), kb, pools)
    assert out.cases == []
    assert any("France" in d.reason and "expected USA" in d.reason for d in out.dropped)


def test_an_invented_name_the_kb_knows_is_dropped(kb: KnowledgeBase) -> None:
    pools = {"countries": {"FRA": {"cities": ["Lyon"]}}, "first_names": ["Vladimir"], "last_names": ["Putin"]}
    ph = _phenomenon(slots={"X": {"kind": "country"}, "P": {"kind": "person"}},
                     templates=["Police arrested {P} in {X.city}."])
    out = expand(ph, kb, pools)
    assert out.cases == []
    assert any("Vladimir Putin" in d.reason for d in out.dropped)


def test_a_surname_after_another_given_name_is_nobody_the_kb_knows(kb: KnowledgeBase) -> None:
    """'Carlos Putin' is not Vladimir Putin (issue 13): the generator may use it."""
    pools = {"countries": {"FRA": {"cities": ["Lyon"]}}, "first_names": ["Carlos"], "last_names": ["Putin"]}
    ph = _phenomenon(slots={"X": {"kind": "country"}, "P": {"kind": "person"}},
                     templates=["Police arrested {P} in {X.city}."])
    assert [c.text for c in expand(ph, kb, pools).cases] == ["Police arrested Carlos Putin in Lyon."]


def test_leaders_hold_their_office_on_the_publication_date(kb: KnowledgeBase) -> None:
    pools = load_pools()
    rng = random.Random(7)
    for _ in range(40):
        day = dt.date(2013, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
        draw = Draw(rng, kb, pools, day)
        try:
            leader = draw_filler({"kind": "leader", "roles": ["HOS", "HOG"]}, draw)
        except NoFiller:
            continue
        person = next(p for p in kb.people.values() if p.name == leader["name"])
        assert any(r.role == leader["role"] and r.valid_on(day) for r in person.roles), (leader["name"], day)
        assert leader["name"] not in pools["not_leaders"]


def test_a_departing_leader_gone_a_day_holds_no_office_on_the_publication_date(kb: KnowledgeBase) -> None:
    pools = load_pools()
    rng = random.Random(11)
    drawn = 0
    for _ in range(300):
        day = dt.date(2013, 1, 1) + dt.timedelta(days=rng.randint(0, 3000))
        draw = Draw(rng, kb, pools, day)
        try:
            gone = draw_filler({"kind": "departing_leader", "gone": 1}, draw)
        except NoFiller:
            continue
        drawn += 1
        person = next(p for p in kb.people.values() if p.name == gone["name"])
        assert dt.date.fromisoformat(gone["date"]) < day and not person.active(day), (gone["name"], day)
    assert drawn >= 5


def test_open_ended_snapshot_terms_are_not_trusted_after_the_snapshot(kb: KnowledgeBase) -> None:
    pools = {"countries": {"KEN": {}}, "not_leaders": []}
    draw = Draw(random.Random(1), kb, pools, dt.date(2024, 6, 1))
    try:
        leader = draw_filler({"kind": "leader", "roles": ["HOS"]}, draw)
    except NoFiller:
        return
    assert leader["name"] != "Uhuru Kenyatta"  # left office in 2022; his KB term is open-ended


def test_relative_date_slots(kb: KnowledgeBase) -> None:
    day = dt.date(2022, 3, 10)  # a Thursday
    draw = Draw(random.Random(3), kb, {}, day)
    for _ in range(20):
        past = draw_filler({"kind": "weekday"}, draw)
        future = draw_filler({"kind": "weekday", "direction": "future"}, draw)
        assert day - dt.timedelta(days=6) <= dt.date.fromisoformat(past["date"]) <= day
        assert day < dt.date.fromisoformat(future["date"]) <= day + dt.timedelta(days=6)
        last = draw_filler({"kind": "weekday_last_week"}, draw)
        assert dt.date(2022, 2, 28) <= dt.date.fromisoformat(last["date"]) <= dt.date(2022, 3, 6)
    assert draw_filler({"kind": "last_week"}, draw)["dates"][0] == "2022-02-28"


def test_last_season_slot_is_the_latest_season_ended(kb: KnowledgeBase) -> None:
    draw = Draw(random.Random(5), kb, {}, dt.date(2022, 3, 10))
    seen = {}
    for _ in range(30):
        season = draw_filler({"kind": "last_season"}, draw)
        seen[season["name"]] = (season["year"], season["dates"][0], season["dates"][-1])
    assert seen == {"spring": ("2021", "2021-03-01", "2021-05-31"), "summer": ("2021", "2021-06-01", "2021-08-31"),
                    "autumn": ("2021", "2021-09-01", "2021-11-30"), "winter": ("2021", "2021-12-01", "2022-02-28")}


def test_an_ambiguous_city_is_held_in_two_countries_at_equal_rank(kb: KnowledgeBase) -> None:
    """The slot draws from the gazetteer: a name that reads as a place in ``default`` alone and as the place in
    the filler's country (one of the pool) in a story of that country."""
    draw = Draw(random.Random(11), kb, {"countries": {"LBN": {}, "ESP": {}, "PHL": {}}}, dt.date(2020, 5, 1))
    seen = set()
    for _ in range(30):
        city = draw_filler({"kind": "ambiguous_city"}, draw)
        draw.used.clear()
        assert city["iso3"] in {"LBN", "ESP", "PHL"} and city["default"] != city["iso3"]
        assert kb.place(city["text"]).country == city["default"]
        assert kb.preferring((city["iso3"],)).place(city["text"]).country == city["iso3"]
        seen.add((city["text"], city["default"], city["iso3"]))
    assert len(seen) > 5
    draw.pools = {"countries": {"LBN": {}}}
    names = set()
    for _ in range(20):
        names.add(draw_filler({"kind": "ambiguous_city"}, draw)["text"])
        draw.used.clear()
    assert "Tripoli" in names


def test_an_ambiguous_capital_is_the_default_countrys_capital(kb: KnowledgeBase) -> None:
    draw = Draw(random.Random(2), kb, {"countries": {"LBN": {}, "CAN": {}}}, dt.date(2020, 5, 1))
    names = set()
    for _ in range(20):
        city = draw_filler({"kind": "ambiguous_city", "capital": True}, draw)
        draw.used.clear()
        assert kb.countries[city["default"]].capital == city["text"], city
        names.add(city["text"])
    assert "Tripoli" in names
    draw.used.update({"LBN", "CAN"})
    with pytest.raises(NoFiller):
        draw_filler({"kind": "ambiguous_city", "capital": True}, draw)


def test_an_ambiguous_city_running_text_misses_is_dropped(kb: KnowledgeBase) -> None:
    """'Hamilton' (Canada, New Zealand) is not found in running text: a case would test nothing."""
    ph = _phenomenon(slots={"C": {"kind": "ambiguous_city"}}, templates=["Police arrested protesters in {C}."],
                     expect={"must": [{"type": "COERCE", "location": {"country": "{C.default}"}}]})
    out = expand(ph, kb, {"countries": {"NZL": {}}})
    assert "Hamilton" not in {c.text.split(" in ")[-1].rstrip(".") for c in out.cases}
    assert any("Hamilton" in d.reason for d in out.dropped), [d.reason for d in out.dropped]


def test_an_ambiguous_capital_that_stands_for_no_government_is_dropped(kb: KnowledgeBase) -> None:
    """'Santiago' alone is not read as Chile's government: 'Santiago accused ...' could not be scored."""
    ph = _phenomenon(slots={"K": {"kind": "ambiguous_city", "capital": True}}, templates=["{K} accused the rebels."],
                     expect={"must": [{"type": "ACCUSE", "source": {"code": "{K.default}GOV"}}]})
    out = expand(ph, kb, {"countries": {"PER": {}, "PHL": {}}})
    assert not any("Santiago" in c.text for c in out.cases)
    assert any("Santiago" in d.reason and "CHLGOV" in d.reason for d in out.dropped)


def test_render_value_keeps_lists_and_fails_on_unknown_slots() -> None:
    fillers = {"w": {"text": "last week", "dates": ["2022-02-28", "2022-03-01"]},
               "d": {"text": "x", "date": "2022-03-09"}}
    assert render_value({"date": "{w.dates}"}, fillers) == {"date": ["2022-02-28", "2022-03-01"]}
    assert render_value({"date": ["{d.date}", "{w.dates}"]}, fillers) == {
        "date": ["2022-03-09", "2022-02-28", "2022-03-01"]}
    with pytest.raises(KeyError, match="nope"):
        render_value("{nope.x}", fillers)


# ---- scoring and pins ----------------------------------------------------------------------------
def _event(kind: str, src: str, tgt: str | None = None) -> Event:
    return Event(event_id="e", doc_id="d", type=kind, source=Actor(name=src, code=src + "GOV", country=src),
                 target=Actor(name=tgt, code=tgt, country=tgt) if tgt else None,
                 evidence=Evidence(sentence="s", start=0, end=1))


def test_score_case_needs_every_must_and_no_must_not() -> None:
    case = Case("probe", 0, dt.date(2022, 3, 10), "text", {
        "must": [{"type": "ACCUSE", "source": {"country": "FRA"}, "target": {"country": "RUS"}}],
        "must_not": [{"type": "ASSAULT"}]})
    assert score_case(case, [_event("ACCUSE", "FRA", "RUS")]).passed
    missed = score_case(case, [_event("ACCUSE", "FRA", "GBR")])
    assert not missed.passed and missed.why() == "missing ACCUSE FRA->RUS"
    forbidden = score_case(case, [_event("ACCUSE", "FRA", "RUS"), _event("ASSAULT", "RUS")])
    assert not forbidden.passed and "forbidden ASSAULT" in forbidden.why()
    assert not score_case(case, "I009 not English").passed


def test_compare_rates_reports_drops_beyond_tolerance_and_rises() -> None:
    pins = {"a": 0.5, "b": 0.5, "c": 0.5}
    drops, rises = compare_rates({"a": 0.495, "b": 0.4, "c": 0.6, "d": 0.1}, pins, 0.01)
    assert [c.name for c in drops] == ["b"]
    assert [c.name for c in rises] == ["c", "d"]
    drops, _ = compare_rates({"a": 0.5}, pins, 0.01)
    assert [c.name for c in drops] == ["b", "c"]  # a pinned phenomenon that vanished is a drop


def test_write_pins_keeps_other_sections_and_refuses_to_lower(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"tolerance": 0.01, "plover_gsr": {"type_recall": 0.7}}))
    assert write_pins(path, {"a": 0.5}) == []
    data = json.loads(path.read_text())
    assert data["plover_gsr"] == {"type_recall": 0.7} and data["phenomena"] == {"a": 0.5}
    assert [c.name for c in write_pins(path, {"a": 0.25})] == ["a"]
    assert json.loads(path.read_text())["phenomena"] == {"a": 0.5}  # refused
    write_pins(path, {"a": 0.25}, allow_regression=True)
    assert json.loads(path.read_text())["phenomena"] == {"a": 0.25}


def test_phenomena_dir_is_the_checkout_folder() -> None:
    assert PHENOMENA_DIR == ROOT / "tests" / "phenomena"


def test_a_case_rejected_at_ingest_fails_with_its_reason() -> None:
    """Rejected documents are never coded (no model is loaded here) and count as failures."""
    from seismo.evaluation.phenomena import code_cases

    german = ("Die Regierung hat am Dienstag angekündigt, dass die Truppen aus dem Grenzgebiet abgezogen "
              "werden und die Gespräche fortgesetzt werden sollen, wie das Ministerium mitteilte.")
    case = Case("probe", 0, dt.date(2022, 3, 10), german, {"must_not": [{"more_than": 0}]})
    [outcome] = code_cases([case])
    assert isinstance(outcome, str) and outcome.startswith("I009 case:")
    result = score_case(case, outcome)
    assert not result.passed and result.why().startswith("rejected at ingest: I009")
