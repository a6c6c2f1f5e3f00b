"""First- and second-person pronouns inside direct quotes resolve to the quote's speaker (coding.speakers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coding_helpers import code_text

from seismo.models import Event, Modality


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_we_after_the_quote_is_the_speakers_government(tmp_path: Path) -> None:
    events = code_text(tmp_path, '"We urge both sides to show restraint," the French foreign minister said on Tuesday.')
    [request] = _of(events, "REQUEST")
    assert request.source is not None and request.source.code == "FRAGOV"
    assert "quote" in (request.source.reason or "") and "not the person" in (request.source.reason or "")


def test_we_before_the_quote_is_a_threat_in_the_future(tmp_path: Path) -> None:
    text = 'Russian President Vladimir Putin said: "We will strike any ship that enters our waters."'
    events = code_text(tmp_path, text)
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.modality is Modality.FUTURE and assault.source is not None and assault.source.code == "RUSGOV"
    threat = next(e for e in events if e.type == "THREATEN")
    assert threat.modality is Modality.ASSERTED and threat.date is not None  # dated on the statement


def test_i_is_the_speaker_person(tmp_path: Path) -> None:
    events = code_text(tmp_path, '"I will veto the bill," President Joe Biden told Congress.')
    [veto] = _of(events, "REJECT")
    assert veto.source is not None and veto.source.name.endswith("Biden") and veto.source.country == "USA"


def test_he_told_reporters_resolves_through_the_earlier_name(tmp_path: Path) -> None:
    text = ('Chancellor Olaf Scholz spoke in Berlin on Monday. "We condemn the attack. We urge Iran to release the '
            'ship," he told reporters.')
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.source is not None and request.source.code == "DEUGOV"
    assert request.target is not None and request.target.country == "IRN"


def test_a_later_quote_in_the_paragraph_keeps_the_speaker(tmp_path: Path) -> None:
    text = '"We condemn the attack," said Chancellor Olaf Scholz. "We also urge Russia to withdraw."'
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.source is not None and request.source.code == "DEUGOV"


def test_we_of_a_ministry_is_the_ministry(tmp_path: Path) -> None:
    text = 'The Chinese foreign ministry said: "We strongly condemn the sanctions imposed by the United States."'
    [accuse] = _of(code_text(tmp_path, text), "ACCUSE")
    assert accuse.source is not None and accuse.source.code == "CHNGOV"


def test_we_in_a_quote_without_a_speaker_stays_unresolved(tmp_path: Path) -> None:
    events = code_text(tmp_path, 'Protesters carried banners. "We urge Iran to release the ship."')
    assert not _of(events, "REQUEST")


def test_we_outside_quotes_is_not_given_a_speaker(tmp_path: Path) -> None:
    text = ('"The talks were useful," the French foreign minister said on Tuesday. We urge Iran to release the '
            'ship, the editorial board wrote.')
    assert not [e for e in _of(code_text(tmp_path, text), "REQUEST") if e.source is not None]


def test_a_private_persons_we_names_no_side(tmp_path: Path) -> None:
    events = code_text(tmp_path, '"We urge Iran to release the ship," a local shopkeeper said.')
    assert not [e for e in _of(events, "REQUEST") if e.source is not None]


def test_the_us_is_no_pronoun(tmp_path: Path) -> None:
    events = code_text(tmp_path, '"The US attacked our base," the Iranian defence minister said.')
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.source is not None and assault.source.country == "USA"


def test_i_want_to_thank_is_thanking(tmp_path: Path) -> None:
    text = '"We would like to congratulate Germany on the election," the French foreign minister said.'
    [support] = _of(code_text(tmp_path, text), "SUPPORT")
    assert support.modality is Modality.ASSERTED and support.source is not None and support.source.code == "FRAGOV"


def test_a_third_persons_wish_stays_a_wish(tmp_path: Path) -> None:
    [support] = _of(code_text(tmp_path, "The French foreign minister wants to congratulate Germany."), "SUPPORT")
    assert support.modality is not Modality.ASSERTED


def test_a_later_quote_is_attributed_to_its_speaker(tmp_path: Path) -> None:
    text = '"We condemn the attack," said Chancellor Olaf Scholz. "We also urge Russia to withdraw."'
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.attributed_to is not None and request.attributed_to.country == "DEU"


def test_narrative_after_a_quote_is_not_attributed(tmp_path: Path) -> None:
    text = '"We condemn the attack," said Chancellor Olaf Scholz. Russian troops attacked Kharkiv on Monday.'
    [assault] = _of(code_text(tmp_path, text), "ASSAULT")
    assert assault.attributed_to is None


def test_a_quote_takes_the_day_its_speaker_was_introduced_on(tmp_path: Path) -> None:
    text = ('Spanish Prime Minister Pedro Sanchez addressed parliament on Wednesday. "We urge Morocco to release the '
            'fishermen," he said.')
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.source is not None and request.source.code == "ESPGOV"
    assert request.date == dt.date(2023, 3, 8) and request.date_precision == "day"


def test_another_speakers_quote_keeps_no_day(tmp_path: Path) -> None:
    text = ('Police in Madrid said on Wednesday that two suspects had fled. "We urge Morocco to release the '
            'fishermen," the Italian foreign minister told reporters.')
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.source is not None and request.source.code == "ITAGOV"
    assert request.date_precision == "published"


def test_a_speakers_day_ends_with_the_paragraph(tmp_path: Path) -> None:
    text = ('Spanish Prime Minister Pedro Sanchez spoke to reporters on Wednesday.\n'
            '"We urge Morocco to release the fishermen," he said.')
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.date_precision == "published"


def test_the_statement_is_the_body_that_issued_it(tmp_path: Path) -> None:
    text = ('The Egyptian foreign ministry issued a statement on Tuesday. "We urge both sides to return to the '
            'negotiating table," the statement said.')
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.source is not None and request.source.code == "EGYGOV"
    assert request.date == dt.date(2023, 3, 7)  # the day the statement was issued


def test_the_statement_read_after_said_in_a_statement(tmp_path: Path) -> None:
    text = ('The Egyptian foreign ministry said in a statement that it was concerned. "We urge both sides to return '
            'to the negotiating table," the statement read.')
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.source is not None and request.source.code == "EGYGOV"


def test_a_statement_nobody_issued_names_no_speaker(tmp_path: Path) -> None:
    text = 'Protesters marched in Cairo on Tuesday. "We urge both sides to return to talks," the statement said.'
    assert not _of(code_text(tmp_path, text), "REQUEST")


def test_a_clause_joined_by_a_colon_introduces_the_quote(tmp_path: Path) -> None:
    text = 'The French foreign minister spoke to reporters after the meeting: "We urge Iran to release the ship."'
    [request] = _of(code_text(tmp_path, text), "REQUEST")
    assert request.source is not None and request.source.code == "FRAGOV"
    assert request.target is not None and request.target.country == "IRN"


def test_a_colon_after_a_clause_without_a_speaker_names_none(tmp_path: Path) -> None:
    text = 'The ship was seized on Monday: "We urge Iran to release the ship."'
    assert not [e for e in _of(code_text(tmp_path, text), "REQUEST") if e.source is not None]


def test_a_surname_spelt_again_with_one_vowel_changed_is_the_introduced_speaker(tmp_path: Path) -> None:
    text = ('Houthi military spokesperson Yahya Sarea spoke on Saturday. "We warn the Saudis that our attacks will '
            'continue," Saree said.')
    [threat] = _of(code_text(tmp_path, text), "THREATEN")
    assert threat.source is not None and threat.source.code == "YEMREB"


def test_a_surname_with_another_consonant_is_someone_else(tmp_path: Path) -> None:
    text = ('Houthi military spokesperson Yahya Sarea spoke on Saturday. "We warn the Saudis that our attacks will '
            'continue," Sarem said.')
    assert not [e for e in _of(code_text(tmp_path, text), "THREATEN") if e.source is not None]


def test_i_of_a_speaker_the_knowledge_base_cannot_place_names_no_actor(tmp_path: Path) -> None:
    events = code_text(tmp_path, '"I urge Iran to release the ship," Zorvan Quellik said.')
    assert not [e for e in _of(events, "REQUEST") if e.source is not None]
