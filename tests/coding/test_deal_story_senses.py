"""Word senses and self-targets found in an invented Vienna-2015 nuclear-deal story: 'met its commitments' is no
meeting, crowds that pour into the streets to celebrate are no protest, vowing to fight an agreement opposes it
(REJECT, not violence), and a source's own capital owning the thing acted on is no target."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_meeting_commitments_is_no_meeting(tmp_path):
    assert not asserted(code_text(tmp_path, "The agency confirmed that Iran has met its commitments."), "CONSULT")
    assert asserted(code_text(tmp_path, "Kenya met Uganda on Monday."), "CONSULT")


def test_a_celebration_in_the_streets_is_no_protest(tmp_path):
    text = "In Tehran, thousands of people poured into the streets to celebrate, honking car horns and waving flags."
    assert not asserted(code_text(tmp_path, text), "PROTEST")
    marched = "Thousands of fans marched through Buenos Aires to celebrate the World Cup victory."
    assert not asserted(code_text(tmp_path, marched), "PROTEST")
    protest = "Thousands of people took to the streets of Tehran to protest against the deal."
    assert asserted(code_text(tmp_path, protest), "PROTEST")


def test_vowing_to_fight_an_agreement_opposes_it(tmp_path):
    events = asserted(code_text(tmp_path, "Republican leaders in Congress vowed to fight the agreement."))
    assert [e.type for e in events] == ["REJECT"]
    assert not [e for e in code_text(tmp_path, "Republican leaders vowed to fight the agreement.")
                if e.type == "ASSAULT"]


def test_the_sources_own_capital_owning_the_object_is_no_target(tmp_path):
    text = "Iran reached an agreement with six world powers to curb Tehran's nuclear program."
    events = asserted(code_text(tmp_path, text), "AGREE")
    assert [(e.source.country, e.target) for e in events] == [("IRN", None)]  # was IRNGOV -> IRNGOV (Tehran's)
