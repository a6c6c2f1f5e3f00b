"""Quoted thanks and congratulations (coding.vocatives): SUPPORT by the quote's speaker towards the name that
the quoted "you" addresses ('"Thank you, Germany, for ...," he said'), and the 'congratulations' event noun."""

from __future__ import annotations

from collections.abc import Callable

from coding_helpers import asserted, dyad_codes

from seismo.models import Event

Code = Callable[..., list[Event]]
ZELENSKY = "Ukrainian President Volodymyr Zelensky"


def _support(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return dyad_codes(asserted(events, "SUPPORT"))


def test_the_name_beside_a_quoted_you_is_the_target(code: Code) -> None:
    # the parser hangs 'said' under 'Thank' here: the speaker comes from the quote (speakers.speaker_of)
    events = code(f'"Thank you Germany," {ZELENSKY} said on Monday.')
    assert ("UKRGOV", "DEUGOV") in _support(events)


def test_a_thanks_with_its_own_subject_also_targets_the_addressed_name(code: Code) -> None:
    events = code(f'"We thank you, Germany, for the tanks," {ZELENSKY} said on Monday.')
    assert ("UKRGOV", "DEUGOV") in _support(events)


def test_thanks_quoted_after_a_colon_is_by_the_speaker(code: Code) -> None:
    events = code(f'{ZELENSKY} wrote on Monday: "We will never forget this. Thank you, Chancellor Scholz."')
    assert ("UKRGOV", "DEUGOV") in _support(events)


def test_thanks_in_a_quote_sentence_without_its_reporting_verb_is_by_the_speaker(code: Code) -> None:
    events = code(f'"Our friends stood with us. Thank you Germany. Thank you France," {ZELENSKY} said on Monday.')
    assert {("UKRGOV", "DEUGOV"), ("UKRGOV", "FRAGOV")} <= _support(events)


def test_thanking_you_all_names_no_target(code: Code) -> None:
    events = code(f'{ZELENSKY} spoke in Kyiv on Monday. "We are grateful. Thank you all for your help," he said.')
    assert all(target is None for _, target in _support(events))


def test_a_common_noun_after_you_names_no_target(code: Code) -> None:
    text = '"We are grateful. Thank you, my friends, for your help," he said.'
    events = code(f"{ZELENSKY} spoke in Kyiv on Monday. {text}")
    assert all(target is None for _, target in _support(events))


def test_a_private_persons_quoted_thanks_names_no_side(code: Code) -> None:
    events = code('A shopkeeper in Kyiv spoke to reporters on Monday. "We are grateful. Thank you, Germany," she said.')
    assert not any(source and source.startswith("UKR") for source, _ in _support(events))



def test_sent_congratulations_to_is_support(code: Code) -> None:
    events = code("Chinese President Xi Jinping sent congratulations to President Macron on Monday.")
    assert ("CHNGOV", "FRAGOV") in _support(events)


def test_congratulations_received_from_is_support_by_the_sender(code: Code) -> None:
    events = code("President Macron received congratulations from Chinese President Xi Jinping on Monday.")
    assert ("CHNGOV", "FRAGOV") in _support(events)
