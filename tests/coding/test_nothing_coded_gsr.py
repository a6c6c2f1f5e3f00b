"""Issue 16/13: sentences with an event where the coder coded nothing (invented texts; each fails without its
mechanism): atrocity nouns, 'engaged in', restated demands, a compound modifier's event, sent inspectors."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def _one(tmp_path: Path, text: str, type_: str):
    found = asserted(code_text(tmp_path, text), type_)
    assert found, f"no asserted {type_} in: {text}"
    return found[0]


def test_ethnic_cleansing_engaged_in_is_an_assault_by_the_subject(tmp_path: Path) -> None:
    event = _one(tmp_path, "Syrian troops were engaged in ethnic cleansing against Kurds in the north.", "ASSAULT")
    assert event.source is not None and event.source.country == "SYR"
    assert event.mode == "targeted"


def test_committed_genocide_and_carried_out_a_massacre(tmp_path: Path) -> None:
    event = _one(tmp_path, "Rwandan militias committed genocide against the Tutsi population.", "ASSAULT")
    assert event.source is not None and event.source.country == "RWA"
    event = _one(tmp_path, "The massacre of 40 villagers by Sudanese troops angered Chad.", "ASSAULT")
    assert event.source is not None and event.source.country == "SDN"


def test_cleansing_without_ethnic_is_no_event(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "Syrian troops carried out a cleansing of the barracks."), "ASSAULT")


def test_engaged_in_fighting_names_the_passive_subject_as_source(tmp_path: Path) -> None:
    event = _one(tmp_path, "Sudanese militias were involved in heavy fighting with Chadian troops.", "ASSAULT")
    assert event.source is not None and event.source.country == "SDN"


def test_reiterated_and_insisted_on_demand_is_a_request(tmp_path: Path) -> None:
    for text in ("Egypt reiterated its demand that Israel release the prisoners.",
                 "Egypt insisted on its demand that Israel release the prisoners."):
        event = _one(tmp_path, text, "REQUEST")
        assert event.source is not None and event.source.country == "EGY"
        assert event.target is not None and event.target.country == "ISR"


def test_insisting_on_talks_holds_no_talks(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "Egypt insisted on talks with Israel."), "CONSULT")


def test_voiced_criticism_and_expressed_protest_are_accusations(tmp_path: Path) -> None:
    for text in ("Egypt voiced strong criticism of Israel.", "Egypt expressed its protest to Israel over the raid."):
        event = _one(tmp_path, text, "ACCUSE")
        assert event.target is not None and event.target.country == "ISR"
    assert not asserted(code_text(tmp_path, "Egypt expressed its protest to Israel over the raid."), "PROTEST")


def test_violated_ceasefire_agreement_reads_the_ceasefire(tmp_path: Path) -> None:
    event = _one(tmp_path, "Sudanese troops violated the ceasefire agreement on Monday.", "ASSAULT")
    assert event.source is not None and event.source.country == "SDN"
    event = _one(tmp_path, "Sudan and the rebels signed a ceasefire agreement.", "SUPPORT")  # the head's own verb


def test_sent_inspectors_is_an_investigation(tmp_path: Path) -> None:
    event = _one(tmp_path, "France sent investigators to Mali after the crash.", "ACCUSE")
    assert event.mode == "investigate" and event.source is not None and event.source.country == "FRA"
    assert not asserted(code_text(tmp_path, "The inspectors met the French minister."), "ACCUSE")


def test_members_of_a_body_the_knowledge_base_does_not_know_act(tmp_path: Path) -> None:
    """'Members of the Association of ...': an unknown organisation named after a collective head is the
    source (without a country, as any unknown name), not no one."""
    text = "Members of the Federation of Arab Notaries investigated the treatment of 300 Yemeni detainees."
    event = _one(tmp_path, text, "ACCUSE")
    assert event.source is not None and event.source.country is None and "Federation" in event.source.name
    assert event.target is not None and event.target.country == "YEM"


def test_indefinite_description_set_off_by_commas_is_no_second_subject(tmp_path: Path) -> None:
    """'X, a body linked to Y, investigated ...': the parser makes the description a second subject of the verb;
    the subject is X."""
    text = ("Members of the Federation of Arab Notaries, a body linked to the Arab League, investigated the "
            "treatment of 300 Yemeni detainees.")
    event = _one(tmp_path, text, "ACCUSE")
    assert event.source is not None and "Federation" in event.source.name


def test_pushed_for_and_lobbied_are_requests(tmp_path: Path) -> None:
    event = _one(tmp_path, "Britain pushed for sanctions against Iran.", "REQUEST")
    assert event.source is not None and event.source.country == "GBR"
    event = _one(tmp_path, "France lobbied Germany to lift the ban.", "REQUEST")
    assert event.target is not None and event.target.country == "DEU"
    assert not asserted(code_text(tmp_path, "Britain pushed the plan forward."), "REQUEST")
