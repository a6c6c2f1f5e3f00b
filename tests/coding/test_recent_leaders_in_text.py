"""Office holders in running text (issue 13): invented sentences about real people, coded through the real
pipeline on a date in (or after) their term. One table: each case names the event type, its source and, where
the case is about a later 'he', the target too."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow

D = dt.date

CASES = [
    # office holders of 2023-2026 whose terms the imported records (late 2022) lack: their government
    pytest.param("Dina Boluarte met protesters in Lima on Monday.", D(2023, 1, 20), "CONSULT", "PERGOV", None,
                 id="boluarte"),
    pytest.param("Prime Minister Ousmane Sonko accused France on Tuesday of meddling in Senegal's affairs.",
                 D(2024, 6, 14), "ACCUSE", "SENGOV", None, id="sonko"),
    pytest.param("Abdourahamane Tchiani ordered the expulsion of the French ambassador on Tuesday.", D(2023, 9, 1),
                 "SANCTION", "NERGOV", None, id="tchiani"),
    pytest.param("Muhammad Yunus urged India on Tuesday to return the former prime minister.", D(2025, 1, 10),
                 "REQUEST", "BGDGOV", None, id="yunus"),
    pytest.param("Murhaf Abu Qasra accused Israel on Tuesday of violating Syrian airspace.", D(2025, 3, 14),
                 "ACCUSE", "SYRMIL", None, id="abu-qasra"),
    # Pedro Castillo was removed on 2022-12-07: in 2023 he is a former office holder (elite), no longer the government
    pytest.param("Pedro Castillo accused the judges on Tuesday of persecuting him.", D(2023, 3, 10), "ACCUSE",
                 "PERELI", None, id="castillo-removed"),
    # the tagger reads some leaders' names as an organisation or a place ('Mulatu Teshome' ORG, 'Singh' GPE): a name
    # the knowledge base resolves to a person is still the person a later 'he' continues
    pytest.param("Mulatu Teshome spoke to reporters in Gondar on Saturday. He accused Iraq of detaining the sailors.",
                 D(2016, 9, 8), "ACCUSE", "ETHGOV", "IRQGOV", id="he-after-teshome"),
    pytest.param("Manmohan Singh spoke to reporters in Chennai on Tuesday. He accused Chile of detaining the sailors.",
                 D(2013, 8, 22), "ACCUSE", "INDGOV", "CHLGOV", id="he-after-singh"),
]


@pytest.mark.parametrize(("text", "published", "type_", "source", "target"), CASES)
def test_an_office_holder_is_coded_for_the_date(code, text, published, type_, source, target) -> None:
    events = asserted(code(text, published), type_)
    if target is None:
        assert {e.source.code for e in events if e.source} == {source}, events
    else:
        assert {(e.source.code, e.target.code) for e in events if e.source and e.target} == {(source, target)}, events
