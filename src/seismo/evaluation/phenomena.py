"""The phenomenon suite: general mechanisms of the coder measured on sentences made from templates.

Each phenomenon (coordinated subjects, passive "by", relative dates, modality ...) is declared in a
YAML file under ``tests/phenomena/`` with its templates, slots and expected events (with
placeholders). ``generate_cases`` expands every phenomenon deterministically (a fixed seed) into
small documents with a publication date, filling the slots from the knowledge base: countries,
leaders in office on that date, cities, invented names. A filler the knowledge base reads otherwise
than the template expects is dropped with its reason (``Expansion.dropped``), never mis-scored.

``run_phenomena`` codes every case through the real pipeline in one batch (``split_inputs`` and
``code_articles``, as ``tests/test_expected_articles.py`` does) and scores it with
``seismo.evaluation.expected.check_expected``: a case passes when every ``must`` is found and no
``must_not`` matches. A phenomenon's rate is passing cases / cases.

    python -m seismo.evaluation.phenomena                 # the table
    python -m seismo.evaluation.phenomena --failures --only passive_by
    python -m seismo.evaluation.phenomena --check         # exit 1 when a rate drops below its pin
    python -m seismo.evaluation.phenomena --update        # pin today's rates in tests/eval_baseline.json
"""

from __future__ import annotations

import datetime as dt
import random
import re
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from seismo.config import Settings
from seismo.evaluation.expected import check_expected
from seismo.evaluation.phenomena_slots import Draw, NoFiller, draw_filler, run_check, verify
from seismo.kb import KnowledgeBase, load_kb
from seismo.models import Article, Event

ROOT = Path(__file__).resolve().parents[3]
PHENOMENA_DIR = ROOT / "tests" / "phenomena"
BASELINE = ROOT / "tests" / "eval_baseline.json"
POOLS_FILE = "pools.yaml"
SEED = "seismo-phenomena-1"
MIN_CASES = 12
DEFAULT_DATES = ("2012-01-01", "2024-12-31")
TITLE = "Test headline"
MAX_TRIES = 60  # draws per wanted case before giving up (the shortfall is reported as a drop)
PLACEHOLDER = re.compile(r"\{(\w+)(?:\.(\w+))?(?:\|(\w+))?\}")
FILTERS = {"cap": lambda s: s[:1].upper() + s[1:], "upper": str.upper, "lower": str.lower}


# ---- declarations --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Template:
    text: str
    expect: dict[str, Any]


@dataclass(frozen=True)
class Phenomenon:
    """One mechanism of the coder, as declared in YAML."""

    name: str
    description: str
    group: str
    slots: dict[str, dict[str, Any]]
    templates: tuple[Template, ...]
    checks: tuple[dict[str, Any], ...] = ()
    cases: int = MIN_CASES
    dates: tuple[dt.date, dt.date] = (dt.date.fromisoformat(DEFAULT_DATES[0]),
                                      dt.date.fromisoformat(DEFAULT_DATES[1]))


def load_phenomena(directory: Path = PHENOMENA_DIR) -> list[Phenomenon]:
    """Every phenomenon declared in ``directory/*.yaml`` (files with a ``phenomena:`` list)."""
    found: list[Phenomenon] = []
    for path in sorted(Path(directory).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("phenomena") or []:
            found.append(parse_phenomenon(item, path.stem))
    names = [p.name for p in found]
    if dupes := sorted({n for n in names if names.count(n) > 1}):
        raise ValueError(f"phenomena declared twice: {', '.join(dupes)}")
    return found


def parse_phenomenon(item: dict[str, Any], group: str = "") -> Phenomenon:
    """A phenomenon from its YAML mapping (name, description, slots, templates, expect, checks...)."""
    expect = item.get("expect") or {}
    templates = tuple(
        Template(t, expect) if isinstance(t, str) else Template(t["text"], {**expect, **(t.get("expect") or {})})
        for t in item["templates"]
    )
    start, end = item.get("dates") or DEFAULT_DATES
    return Phenomenon(
        name=item["name"],
        description=" ".join(str(item.get("description", "")).split()),
        group=group,
        slots=dict(item.get("slots") or {}),
        templates=templates,
        checks=tuple(item.get("checks") or ()),
        cases=int(item.get("cases", MIN_CASES)),
        dates=(dt.date.fromisoformat(str(start)), dt.date.fromisoformat(str(end))),
    )


def load_pools(directory: Path = PHENOMENA_DIR) -> dict[str, Any]:
    return yaml.safe_load((Path(directory) / POOLS_FILE).read_text(encoding="utf-8"))


# ---- expansion -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    """One generated document and what the coder should find in it."""

    phenomenon: str
    index: int
    published: dt.date
    text: str
    expected: dict[str, Any]

    @property
    def document(self) -> str:
        return f"{TITLE}\n\n{self.text}\n"


@dataclass(frozen=True)
class Dropped:
    """A filler left out because the knowledge base reads it otherwise than the template expects."""

    phenomenon: str
    reason: str


@dataclass
class Expansion:
    cases: list[Case] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


def _lookup(fillers: dict[str, dict[str, Any]], slot: str, attr: str | None) -> Any:
    if slot not in fillers:
        raise KeyError(f"placeholder {{{slot}}} names no slot; slots: {', '.join(sorted(fillers))}")
    return fillers[slot].get(attr or "text")


def render_text(text: str, fillers: dict[str, dict[str, Any]]) -> str:
    """Fill ``{slot}``, ``{slot.attr}`` and ``{slot.attr|cap}`` placeholders."""
    def sub(m: re.Match[str]) -> str:
        value = str(_lookup(fillers, m.group(1), m.group(2)))
        if PLACEHOLDER.search(value):  # a pool item with its own placeholders ("REUTERS/{P}")
            value = render_text(value, fillers)
        return FILTERS[m.group(3)](value) if m.group(3) else value
    return PLACEHOLDER.sub(sub, text)


def render_value(value: Any, fillers: dict[str, dict[str, Any]]) -> Any:
    """Fill placeholders in an expected-events structure; a string that is one placeholder takes
    the filler's value as it is (a list of dates, a number), and lists are flattened one level."""
    if isinstance(value, str):
        m = PLACEHOLDER.fullmatch(value)
        if m and not m.group(3):
            return _lookup(fillers, m.group(1), m.group(2))
        return render_text(value, fillers)
    if isinstance(value, dict):
        return {k: render_value(v, fillers) for k, v in value.items()}
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            rendered = render_value(item, fillers)
            out.extend(rendered if isinstance(rendered, list) and not isinstance(item, list) else [rendered])
        return out
    return value


def placeholders(value: Any) -> set[tuple[str, str]]:
    """(slot, attribute) pairs a template, an expectation or a check refers to."""
    if isinstance(value, str):
        return {(m.group(1), m.group(2) or "text") for m in PLACEHOLDER.finditer(value)}
    if isinstance(value, dict):
        return set().union(*(placeholders(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(placeholders(v) for v in value)) if value else set()
    return set()


def _kb_reason(ph: Phenomenon, template: Template, draw: Draw) -> str | None:
    """Why this draw cannot be scored (the KB disagrees with the template), or None."""
    used = placeholders(template.text) | placeholders(template.expect) | placeholders(list(ph.checks))
    used |= {(slot, "text") for slot in ph.slots}  # every filler is checked as itself
    for slot, attr in sorted(used):
        if slot == "published":
            continue
        kind = ph.slots[slot].get("kind", "choice")
        if reason := verify(kind, draw.fillers[slot], attr, draw.kb, draw.day):
            return f"{slot}={draw.fillers[slot].get('text')!r}: {reason}"
    for check in ph.checks:
        if reason := run_check(render_value(check, draw.fillers), draw.kb, draw.day):
            return reason
    return None


def _random_day(rng: random.Random, span: tuple[dt.date, dt.date]) -> dt.date:
    return span[0] + dt.timedelta(days=rng.randint(0, (span[1] - span[0]).days))


def expand(ph: Phenomenon, kb: KnowledgeBase, pools: dict[str, Any], seed: str = SEED) -> Expansion:
    """The phenomenon's cases, templates taken in turn, fillers drawn with a generator seeded by
    ``seed`` and the phenomenon's name (so adding a phenomenon changes no other one)."""
    rng = random.Random(f"{seed}:{ph.name}")
    out, reasons, seen = Expansion(), {}, set()
    for _ in range(ph.cases * MAX_TRIES):
        if len(out.cases) >= ph.cases:
            break
        template = ph.templates[len(out.cases) % len(ph.templates)]
        draw = Draw(rng, kb, pools, _random_day(rng, ph.dates))
        draw.fillers["published"] = {"text": draw.day.isoformat(), "date": draw.day.isoformat()}
        try:
            for name, spec in ph.slots.items():
                draw.fillers[name] = draw_filler(spec, draw)
        except NoFiller:
            continue
        if reason := _kb_reason(ph, template, draw):
            reasons.setdefault(reason, Dropped(ph.name, reason))
            continue
        text = render_text(template.text, draw.fillers)
        if text in seen:
            continue
        seen.add(text)
        expected = render_value(template.expect, draw.fillers)
        out.cases.append(Case(ph.name, len(out.cases), draw.day, text, expected))
    out.dropped = list(reasons.values())
    if len(out.cases) < ph.cases:
        out.dropped.append(Dropped(ph.name, f"only {len(out.cases)} of {ph.cases} cases could be generated"))
    return out


def generate_cases(directory: Path = PHENOMENA_DIR, seed: str = SEED, only: Sequence[str] = (),
                   kb: KnowledgeBase | None = None) -> tuple[list[Phenomenon], Expansion]:
    """Every declared phenomenon (or those named in ``only``) and all their cases."""
    phenomena = load_phenomena(directory)
    if only:
        unknown = sorted(set(only) - {p.name for p in phenomena})
        if unknown:
            raise ValueError(f"unknown phenomena: {', '.join(unknown)}")
        phenomena = [p for p in phenomena if p.name in only]
    kb = kb or load_kb()
    pools = load_pools(directory)
    total = Expansion()
    for ph in phenomena:
        part = expand(ph, kb, pools, seed)
        total.cases.extend(part.cases)
        total.dropped.extend(part.dropped)
    return phenomena, total


# ---- coding and scoring --------------------------------------------------------------------------
@dataclass
class CaseResult:
    case: Case
    events: list[Event]
    missing: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    rejected: str | None = None

    @property
    def passed(self) -> bool:
        return self.rejected is None and not self.missing and not self.forbidden

    def why(self) -> str:
        """A one-line reason for a failure."""
        if self.rejected:
            return f"rejected at ingest: {self.rejected}"
        parts = [f"missing {m}" for m in self.missing] + [f"forbidden {f}" for f in self.forbidden]
        return "; ".join(parts)


def code_cases(cases: Sequence[Case], settings: Settings | None = None) -> list[list[Event] | str]:
    """Each case's coded events (or its ingest rejection), coded in one ``code_articles`` batch."""
    from seismo.pipeline import code_articles, split_inputs

    base = settings or Settings(kb=[])
    results: list[list[Event] | str] = [[] for _ in cases]
    articles: list[Article] = []
    owners: list[int] = []
    with tempfile.TemporaryDirectory(prefix="seismo-phenomena-") as tmp:
        for i, case in enumerate(cases):
            path = Path(tmp) / f"{i:04d}.txt"
            path.write_text(case.document, encoding="utf-8")
            found, rejections = split_inputs([str(path)], base.model_copy(update={"published": case.published}))
            if rejections:  # the reason names the temporary file: say "case" instead
                results[i] = rejections[0].reason.replace(str(path), "case")
            else:
                articles.extend(found)
                owners.extend([i] * len(found))
        for owner, coded in zip(owners, code_articles(articles, base), strict=True):
            results[owner] = coded.events
    return results


def _spec_text(spec: dict[str, Any]) -> str:
    """A short reading of an expected item: "ACCUSE FRA/GOV->RUS date=2022-03-01"."""
    def actor(a: Any) -> str:
        return "/".join(str(a[k]) for k in ("country", "agent", "igo", "code", "name") if k in a) or "any"
    if "more_than" in spec:
        return f"more than {spec['more_than']} asserted events"
    if "actor_name" in spec:
        return f"an actor named {spec['actor_name']!r}"
    if "date_after" in spec:
        return f"an event after {spec['date_after']}"
    roles = ""
    if "source" in spec or "target" in spec:
        roles = f" {actor(spec.get('source') or {})}->{actor(spec.get('target') or {})}"
    extra = "".join(f" {k}={spec[k]}" for k in ("date", "modality", "contexts") if k in spec)
    return f"{spec.get('type', 'any event')}{roles}{extra}"


def score_case(case: Case, events: list[Event] | str) -> CaseResult:
    if isinstance(events, str):
        return CaseResult(case, [], rejected=events)
    report = check_expected(events, case.expected)
    musts = case.expected.get("must") or []
    missing = [_spec_text(musts[int(i)]) if str(i).isdigit() else str(i) for i in report.missing]
    forbidden = [_spec_text(spec) for spec in case.expected.get("must_not") or []
                 if any(f.startswith(str(spec)) or (f.startswith("more_than") and "more_than" in spec)
                        for f in report.forbidden)]
    return CaseResult(case, events, missing, forbidden)


@dataclass
class PhenomenonResult:
    name: str
    description: str
    results: list[CaseResult]

    @property
    def cases(self) -> int:
        return len(self.results)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def rate(self) -> float:
        return round(self.passed / self.cases, 4) if self.cases else 0.0

    @property
    def example(self) -> CaseResult | None:
        """The first failing case, or None when all pass."""
        return next((r for r in self.results if not r.passed), None)


@dataclass
class SuiteReport:
    phenomena: list[PhenomenonResult]
    dropped: list[Dropped]
    seconds: float

    @property
    def rates(self) -> dict[str, float]:
        return {p.name: p.rate for p in self.phenomena}


def run_phenomena(directory: Path = PHENOMENA_DIR, settings: Settings | None = None, seed: str = SEED,
                  only: Sequence[str] = ()) -> SuiteReport:
    """Generate every case, code them all in one batch and score them per phenomenon."""
    start = time.perf_counter()
    phenomena, expansion = generate_cases(directory, seed, only)
    coded = code_cases(expansion.cases, settings)
    by_name: dict[str, list[CaseResult]] = {p.name: [] for p in phenomena}
    for case, events in zip(expansion.cases, coded, strict=True):
        by_name[case.phenomenon].append(score_case(case, events))
    results = [PhenomenonResult(p.name, p.description, by_name[p.name]) for p in phenomena]
    return SuiteReport(results, expansion.dropped, time.perf_counter() - start)


# ---- output --------------------------------------------------------------------------------------
def _cell(text: str, limit: int) -> str:
    text = " ".join(text.split()).replace("|", "/")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def phenomena_rows(report: SuiteReport) -> list[dict[str, Any]]:
    """The per-phenomenon table as rows: name, cases, passed, rate, example (a failing sentence)."""
    rows = []
    for p in report.phenomena:
        ex = p.example
        rows.append({"name": p.name, "cases": p.cases, "passed": p.passed, "rate": p.rate,
                     "example": ex.case.text if ex else None, "why": ex.why() if ex else None})
    return rows


def phenomena_table(report: SuiteReport, example_chars: int = 90) -> str:
    """A Markdown table of the rows (the example failing sentence and why it fails)."""
    lines = ["| phenomenon | cases | passed | rate | example failure |", "|---|---:|---:|---:|---|"]
    for row in phenomena_rows(report):
        example = f"{_cell(row['example'], example_chars)} — {_cell(row['why'], 60)}" if row["example"] else ""
        lines.append(f"| {row['name']} | {row['cases']} | {row['passed']} | {row['rate']:.2f} | {example} |")
    total = sum(p.cases for p in report.phenomena)
    passed = sum(p.passed for p in report.phenomena)
    lines.append(f"| **all {len(report.phenomena)}** | {total} | {passed} | "
                 f"{passed / total if total else 0:.2f} | |")
    return "\n".join(lines)


def failure_lines(report: SuiteReport, only: Iterable[str] = ()) -> list[str]:
    """Every failing case with its coded events, for debugging a phenomenon."""
    wanted = set(only)
    out: list[str] = []
    for p in report.phenomena:
        if wanted and p.name not in wanted:
            continue
        for r in p.results:
            if r.passed:
                continue
            out.append(f"[{p.name} #{r.case.index} published {r.case.published}] {r.case.text}")
            out.append(f"    {r.why()}")
            out.extend(f"    coded: {_event_text(e)}" for e in r.events)
    return out


def _event_text(e: Event) -> str:
    src = e.source.code or e.source.name if e.source else None
    tgt = e.target.code or e.target.name if e.target else None
    return f"{e.modality.value} {e.type} {src} -> {tgt} {e.date or ''}".rstrip()


if __name__ == "__main__":  # pragma: no cover
    import sys

    from seismo.evaluation.phenomena_cli import main

    sys.exit(main())
