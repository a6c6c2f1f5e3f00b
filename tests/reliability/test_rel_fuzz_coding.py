"""Fuzzing the text readers of the coding stage and the user knowledge-base loader.

Relative dates (``find_date_expressions``, ``resolve_date``), quantities
(``find_quantities``) and user KB YAML (``load_kb_file`` for many cases, ``load_kb`` end
to end for fewer: each valid file compiles the whole knowledge base, ~0.2 s). Same rules
as ``test_rel_fuzz_ingest``: documented errors only (KnowledgeError K001 for a KB file,
none for the others), a hard time limit per case, bounded memory.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from reliability_helpers import time_limit
from test_rel_fuzz_ingest import ANY_TEXT, ENGLISH, HARD_LIMIT_S, SPECIAL, count, fuzz, joined, run_target

from seismo.coding.dates import ResolvedDate, find_date_expressions, resolve_date
from seismo.coding.quantities import find_quantities
from seismo.errors import KnowledgeError
from seismo.kb import KnowledgeBase, load_kb
from seismo.kb import _load as kb_cache
from seismo.kb.schema import KBFile, load_kb_file

TIME_BITS = st.sampled_from(
    ["on", "Monday", "last", "next", "this", "week", "weekend", "month", "year", "two", "three",
     "days", "ago", "earlier", "later", "February", "20", "2024", "the", "of", "early", "mid",
     "late", "March", "1st", "22nd", "fortnight", "tonight", "yesterday", "tomorrow", "May",
     "in", "since", "Jan.", "Sept", "'s", " ", "  ", ",", "-", "99999", "0", "9999", "10000",
     "from now", "a", "few", "hours"]
)  # fmt: skip
QUANTITY_BITS = st.sampled_from(
    ["over", "nearly", "some", "at least", "130,000", "1,2,3,4", "troops", "people", "dozens",
     "of", "hundreds", "thousands", "$", "\u20ac", "5", "5.5", "million", "billion", "percent",
     "%", "F-16", "2019", "Article", "one", "two", "thousand", "killed", "were", "1e308",
     "9" * 400, " ", ",", "-", ".", "and", "Russian", "soldiers", "COVID-19"]
)  # fmt: skip
SENTENCES = st.one_of(
    st.lists(st.one_of(TIME_BITS, QUANTITY_BITS), max_size=30).map(" ".join),
    joined(st.one_of(TIME_BITS, QUANTITY_BITS, SPECIAL, ENGLISH), 30),
    ANY_TEXT,
)
resolve_date("3 weeks and 2 days ago", dt.date(2024, 3, 5))  # imports dateparser before the timed cases
PUBLISHED = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)]))


@fuzz(1500)
@given(SENTENCES)
def _fuzz_find_dates(sentence: str) -> None:
    count("find_date_expressions")
    with time_limit(HARD_LIMIT_S):
        mentions = find_date_expressions(sentence)
    ends = -1
    for m in mentions:
        assert sentence[m.start : m.end] == m.text and m.start >= ends
        ends = m.end


@fuzz(1200)
@given(st.one_of(st.lists(TIME_BITS, max_size=6).map(" ".join), ANY_TEXT.map(lambda s: s[:70])),
       PUBLISHED, st.sampled_from(["past", "future"]))  # fmt: skip
def _fuzz_resolve_date(expr: str, published: dt.date | None, prefer: str) -> None:
    count("resolve_date")
    with time_limit(HARD_LIMIT_S):
        resolved = resolve_date(expr, published, prefer=prefer)  # type: ignore[arg-type]
    if resolved is not None:
        assert isinstance(resolved, ResolvedDate) and isinstance(resolved.date, dt.date)
        assert resolved.precision in ("day", "week", "month", "year")


@fuzz(1500)
@given(SENTENCES)
def _fuzz_find_quantities(sentence: str) -> None:
    count("find_quantities")
    with time_limit(HARD_LIMIT_S):
        found = find_quantities(sentence)
    for q in found:
        assert sentence[q.start : q.end] == q.text


def test_fuzz_find_date_expressions() -> None:
    run_target("find_date_expressions", _fuzz_find_dates, 1500)


def test_fuzz_resolve_date() -> None:
    run_target("resolve_date", _fuzz_resolve_date, 1200)


def test_fuzz_find_quantities() -> None:
    run_target("find_quantities", _fuzz_find_quantities, 1500)


# -- user knowledge-base YAML -----------------------------------------------------------------

NAME = st.one_of(ENGLISH.map(lambda s: s[:25]), st.text(min_size=0, max_size=25), SPECIAL)
DATEISH = st.one_of(st.none(), st.dates(), st.integers(-10, 100_000), st.text(max_size=12),
                    st.sampled_from(["2020", "2020-02", "2020-13-45", "present", "0000-01-01"]))  # fmt: skip
ROLE = st.fixed_dictionaries(
    {},
    optional={"role": NAME, "title": NAME, "code": NAME, "country": st.sampled_from(["UKR", "ukr", "XXXX", ""]),
              "agent": NAME, "start": DATEISH, "end": DATEISH},
)  # fmt: skip
ACTOR = st.fixed_dictionaries(
    {"name": NAME},
    optional={"aliases": st.lists(NAME, max_size=4), "code": NAME, "agent": st.sampled_from(["GOV", "MIL", "", "XYZ"]),
              "country": st.sampled_from(["UKR", "RUS", "ukr", "UKRAINE", None]), "igo": NAME,
              "type": st.sampled_from(["person", "organisation", "robot"]), "roles": st.lists(ROLE, max_size=3)},
)  # fmt: skip
PLACE = st.fixed_dictionaries(
    {"name": NAME},
    optional={"aliases": st.lists(NAME, max_size=3), "country": st.sampled_from(["UKR", None, "x"]),
              "lat": st.one_of(st.floats(), st.integers()), "lon": st.floats(allow_nan=False)},
)  # fmt: skip
KB_DOC = st.fixed_dictionaries(
    {}, optional={"version": st.integers(), "actors": st.lists(ACTOR, max_size=3),
                  "places": st.lists(PLACE, max_size=3)},
)  # fmt: skip
YAML_TEXT = st.one_of(
    KB_DOC.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    ANY_TEXT,
    joined(st.sampled_from(["actors:", "places:", "\n", " - name: ", "  aliases: [", "]", "&a", "*a",
                            "!!python/object:os.system", "{", "}", ": ", "'", "\t", "- ", "2020-13-45",
                            "!!binary", "~", "null"]), 30),
)  # fmt: skip
_files = itertools.count()


def _write(tmp: Path, text: str) -> Path:
    path = tmp / f"user-kb-{next(_files)}.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def test_fuzz_kb_user_files(tmp_path: Path) -> None:
    @fuzz(1500)
    @given(YAML_TEXT)
    def parse(text: str) -> None:
        count("load_kb_file")
        path = _write(tmp_path, text)
        with time_limit(HARD_LIMIT_S):
            try:
                assert isinstance(load_kb_file(path), KBFile)
            except KnowledgeError as exc:
                assert str(exc).startswith("K001") and "\n" not in str(exc)

    run_target("load_kb_file", parse, 1500)


def test_fuzz_load_kb_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")  # compiled KBs are cached on disk (~1.5 s per new file): not here
    monkeypatch.setenv("SEISMO_CACHE_DIR", str(blocker / "cache"))

    @fuzz(30, deadline_ms=5000)
    @given(st.one_of(KB_DOC.map(lambda d: yaml.safe_dump(d, allow_unicode=True)), YAML_TEXT))
    def load(text: str) -> None:
        count("load_kb")
        path = _write(tmp_path, text)
        with time_limit(HARD_LIMIT_S * 3):
            try:
                kb = load_kb([path])
            except KnowledgeError as exc:
                assert str(exc).startswith("K001") and "\n" not in str(exc)
                return
        assert isinstance(kb, KnowledgeBase)
        kb.find_actor_mentions("Russian troops and the Ukrainian army met in Kyiv.", dt.date(2024, 3, 5))
        kb_cache.cache_clear()  # eight cached knowledge bases hold ~300 MB: measure leaks only

    run_target("load_kb", load, 30)


@pytest.mark.parametrize(
    "text",
    ["actors: " + "[" * 10_000 + "]" * 10_000,  # 10k nested lists
     "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
     "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nactors: *d\n",  # alias bomb
     "!!python/object/apply:os.system ['echo pwned']",  # code execution by tag
     "actors:\n  - name: x\n    roles: [{start: 2020-13-45}]\n"],
)  # fmt: skip
def test_hostile_kb_files_are_k001(tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEISMO_CACHE_DIR", str(tmp_path / "cache"))
    with time_limit(10), pytest.raises(KnowledgeError) as err:
        load_kb([_write(tmp_path, text)])
    assert str(err.value).startswith("K001")
