"""Issue 13, items 4 and 5: the issue-table rows about actors, run through the real pipeline.

Each row is a file "Test headline\\n\\nSENTENCE\\n" published 2023-03-10 (a Friday), read with
``split_inputs`` and coded with ``code_articles`` as ``seismo code`` does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

from seismo.models import Actor, Event

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 3, 10)


def _code_row(tmp_path: Path, body: str) -> list[Event]:
    return code_text(tmp_path, body, PUBLISHED)



def _actors(events: list[Event]) -> list[Actor]:
    return [a for e in events for a in (e.source, e.target) if a is not None]


def test_international_group_keeps_no_country(tmp_path: Path):
    """'al Qaeda attacked a US base in Somalia': neither the speakers' country nor the place's."""
    events = _code_row(tmp_path, "American officials said al Qaeda attacked a US base in Somalia.")
    attacks = asserted(events, "ASSAULT")
    assert attacks, events
    source = attacks[0].source
    assert source is not None and "Qaeda" in source.name
    assert source.country is None, source
    assert source.reason, "the actor says why it has no country"


def test_surname_with_another_given_name_is_not_the_politician(tmp_path: Path):
    """'Carlos Johnson, a shopkeeper' is a civilian where the beating happened, not Boris Johnson."""
    events = _code_row(tmp_path, "Police officers beat Carlos Johnson, a shopkeeper, outside his store in Lagos "
                                 "on Monday.")
    beatings = asserted(events, "ASSAULT")
    assert beatings, events
    target = beatings[0].target
    assert target is not None and "Johnson" in target.name
    assert (target.country, target.agent) == ("NGA", "CVL"), target
    assert all(a.country != "GBR" for a in _actors(events))


def test_brokered_by_a_country_is_no_actor(tmp_path: Path):
    """'a Russia-brokered truce': Russia describes the truce; Armenia and Azerbaijan agree with each other."""
    events = _code_row(tmp_path, "Armenia and Azerbaijan reached agreement on a Russia-brokered truce on Saturday.")
    agreements = asserted(events, "AGREE")
    assert agreements, events
    assert all(a.country != "RUS" for a in _actors(events)), events
    pairs = {frozenset((e.source.country, e.target.country)) for e in agreements if e.source and e.target}
    assert frozenset(("ARM", "AZE")) in pairs, events


def test_explicit_title_beats_stale_record():
    """`seismo actor "Interior Minister Diosdado Cabello" --date 2024-09-14`: the KB only knows his
    2002 offices; the title written in the text names an office he holds now."""
    from seismo.commands.actors import resolve_actor

    found = resolve_actor("Interior Minister Diosdado Cabello", "2024-09-14", [])
    assert found is not None
    assert found["code"] == "VENGOV", found
    assert "title" in str(found["reason"]).lower()


# --- item 4: the country of each mention, nearest evidence first ----------------------------------

STORY = "Russian officials said on Monday that Moscow would respond to the sanctions.\n\n"  # story country: RUS


def _sources(tmp_path: Path, body: str, type_: str) -> list[Actor]:
    return [e.source for e in asserted(_code_row(tmp_path, body), type_) if e.source is not None]


def test_clause_place_beats_the_story_country(tmp_path: Path):
    sources = _sources(tmp_path, STORY + "Protesters clashed with police in Tbilisi on Sunday.", "ASSAULT")
    assert [(a.country, a.agent) for a in sources] == [("GEO", "CVL")], sources
    assert "in the same clause" in str(sources[0].reason)


def test_paragraph_place_beats_the_story_country(tmp_path: Path):
    body = STORY + "Thousands of people gathered in Tbilisi on Sunday. Police later detained 20 protesters."
    sources = _sources(tmp_path, body, "COERCE")
    assert [(a.country, a.agent) for a in sources] == [("GEO", "COP")], sources
    assert "in the same paragraph" in str(sources[0].reason)


def test_last_word_of_an_unknown_place_name_is_no_place(tmp_path: Path):
    """'Causeway Bay' is one name the KB does not know: its last word is not the Somali region 'Bay'."""
    body = STORY + "Thousands of people gathered in Causeway Bay on Sunday. Police later detained 20 protesters."
    sources = _sources(tmp_path, body, "COERCE")
    assert sources and all(a.country != "SOM" for a in sources), sources


def test_officials_are_not_placed_where_they_meet(tmp_path: Path):
    """Institutional sectors speak and meet abroad: the story's country, not the venue's."""
    sources = _sources(tmp_path, STORY + "Officials met in Geneva on Monday.", "CONSULT")
    assert sources and all(a.country == "RUS" for a in sources), sources
    assert "story's main country" in str(sources[0].reason)


def test_a_place_someone_goes_to_is_not_theirs(tmp_path: Path):
    body = STORY + "Soldiers advanced into Georgia on Monday and attacked a village."
    sources = _sources(tmp_path, body, "ASSAULT")
    assert sources and all(a.country != "GEO" for a in sources), sources


def test_unknown_organisation_takes_no_country(tmp_path: Path):
    sources = _sources(tmp_path, STORY + "The Brotherhood of Steel attacked a convoy in Moscow on Monday.", "ASSAULT")
    assert sources and sources[0].country is None and "never the story's" in str(sources[0].reason)


def test_a_dateline_country_named_once_does_not_outweigh_the_story_subject(tmp_path: Path):
    """'ABUJA, Nigeria (AP) — ... Niger ... Niger ... Niger ... the Nigerian capital': a story about Niger."""
    body = ("ABUJA, Nigeria (AP) — West African leaders suspended Niger from the bloc on Sunday and closed their "
            "borders with Niger after soldiers seized power in Niger, according to a statement read after a summit "
            "in the Nigerian capital.\n\nThe soldiers detained the president on Wednesday.")
    arrests = [e for e in asserted(_code_row(tmp_path, body), "COERCE") if e.trigger == "detained"]
    assert [(e.source.code, e.target.code) for e in arrests] == [("NERMIL", "NERGOV")], arrests
