"""Word senses and scene-setting participles that are no events; their political readings stay (issue 13)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import code_text

from seismo.models import Modality


def _asserted(tmp_path: Path, text: str, kind: str) -> list:
    return [e for e in code_text(tmp_path, text) if e.type == kind and e.modality is Modality.ASSERTED]


def test_an_interview_frame_is_no_consultation(tmp_path: Path) -> None:
    text = "Speaking to Jane Doyle of Radio Nord, the Danish minister said the talks had failed."
    assert not _asserted(tmp_path, text, "CONSULT")


def test_an_interview_frame_after_the_subject_is_no_consultation(tmp_path: Path) -> None:
    text = "A Danish professor, speaking to Radio Nord, said the ruling was wrong."
    assert not _asserted(tmp_path, text, "CONSULT")


def test_speaking_with_a_leader_is_still_a_consultation(tmp_path: Path) -> None:
    text = "The Danish prime minister spoke with the Swedish prime minister by phone on Monday."
    assert _asserted(tmp_path, text, "CONSULT")


def test_a_recommended_withdrawal_has_not_happened(tmp_path: Path) -> None:
    text = "The Danish prime minister recommended the Swedish troops in Denmark withdraw."
    assert not _asserted(tmp_path, text, "RETREAT")


def test_beating_forecasts_is_no_assault(tmp_path: Path) -> None:
    text = "Danish exports rose 3 percent in May, beating analysts' forecasts for a 1 percent gain."
    assert not _asserted(tmp_path, text, "ASSAULT")


def test_beating_a_sports_rival_is_no_assault(tmp_path: Path) -> None:
    text = "The Danish crew beat the Swedish challenger to win the regatta."
    assert not _asserted(tmp_path, text, "ASSAULT")


def test_a_golf_round_is_no_shooting(tmp_path: Path) -> None:
    text = "Denmark's Anna Holm shot a final-round 68 to win the open by two strokes."
    assert not _asserted(tmp_path, text, "ASSAULT")


def test_a_shooting_of_people_stays_an_assault(tmp_path: Path) -> None:
    text = "Danish police shot two protesters in Copenhagen on Monday."
    assert _asserted(tmp_path, text, "ASSAULT")


def test_fans_invading_the_pitch_is_no_assault(tmp_path: Path) -> None:
    text = "The Danish team invaded the pitch to celebrate after the final whistle in Copenhagen."
    assert not _asserted(tmp_path, text, "ASSAULT")


def test_praising_a_film_is_no_support(tmp_path: Path) -> None:
    assert not _asserted(tmp_path, "Danish critics praised the film for its acting.", "SUPPORT")


def test_welcoming_tourists_is_no_support(tmp_path: Path) -> None:
    text = "Denmark's tourism sector welcomed 9 million foreign visitors last year."
    assert not _asserted(tmp_path, text, "SUPPORT")


def test_a_comeback_rally_is_no_protest(tmp_path: Path) -> None:
    text = "The Copenhagen Lions rallied from ten points down to beat the Oslo Bears."
    assert not _asserted(tmp_path, text, "PROTEST")


def test_investors_attacking_a_stock_is_no_assault(tmp_path: Path) -> None:
    text = "Danish investors attacked the stock after the company cut its forecast."
    assert not _asserted(tmp_path, text, "ASSAULT")


def test_an_interview_frame_before_a_quote_is_no_consultation(tmp_path: Path) -> None:
    text = 'Speaking to Jane Doyle of Radio Nord, the Danish minister said, "It happened on my watch."'
    assert not _asserted(tmp_path, text, "CONSULT")


def test_the_user_of_a_platform_acts(tmp_path: Path) -> None:
    text = "The Danish prime minister used Instagram to thank Swedish firefighters."
    support = _asserted(tmp_path, text, "SUPPORT")
    assert support and support[0].source is not None and support[0].source.country == "DNK"


def test_a_vote_tally_is_no_support_or_rejection(tmp_path: Path) -> None:
    text = "The resolution passed in the Danish parliament; 95 Social Democrats supported it, 60 Liberals opposed it."
    events = code_text(tmp_path, text)
    assert not [e for e in events if e.type in ("SUPPORT", "REJECT") and e.modality is Modality.ASSERTED]


def test_a_party_opposing_a_bill_is_still_a_rejection(tmp_path: Path) -> None:
    text = "The Danish Liberal Party opposed the government's bill on Monday."
    assert _asserted(tmp_path, text, "REJECT")


def test_thanking_ones_own_supporters_is_no_event(tmp_path: Path) -> None:
    text = "The Danish candidate ended her campaign on Monday in a video in which she thanked her supporters."
    assert not _asserted(tmp_path, text, "SUPPORT")


def test_thanking_a_government_is_support(tmp_path: Path) -> None:
    assert _asserted(tmp_path, "The Danish prime minister thanked Sweden for its help on Monday.", "SUPPORT")


def test_a_present_relative_clause_describes_a_standing_relation(tmp_path: Path) -> None:
    text = "The Danish militia, which supports the Swedish rebels, attacked a convoy on Monday."
    events = code_text(tmp_path, text)
    assert not [e for e in events if e.type == "SUPPORT" and e.modality is Modality.ASSERTED]
    assert [e for e in events if e.type == "ASSAULT" and e.modality is Modality.ASSERTED]


def test_a_past_relative_clause_is_still_an_act(tmp_path: Path) -> None:
    text = "The Danish minister, who criticized Sweden on Monday, resigned on Tuesday."
    assert _asserted(tmp_path, text, "ACCUSE")


def test_currently_receiving_help_is_a_state(tmp_path: Path) -> None:
    text = "Currently, the Danish rebels receive financial help from the Swedish government."
    assert not _asserted(tmp_path, text, "AID")
