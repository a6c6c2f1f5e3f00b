"""'Social media' is a medium, not the press (lane mend6, issue 13): its users are the public (CVL), 'on social
media' names no actor, and a platform it describes takes no sector or country from it; 'state media' stays MED."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def _sources(tmp_path: Path, text: str, type_: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in asserted(code_text(tmp_path, text), type_)}


def test_social_media_users_are_the_public(tmp_path: Path) -> None:
    assert _sources(tmp_path, "Social media users in Chile criticised the government on Thursday.",
                    "ACCUSE") == {"CHLCVL"}
    assert _sources(tmp_path, "Peruvian social media users condemned the arrests on Thursday.",
                    "ACCUSE") == {"PERCVL"}


def test_social_media_alone_is_no_media_actor(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Social media criticised the Chilean government on Thursday.")
    assert not any(e.source and e.source.agent == "MED" for e in events)


def test_state_media_is_still_the_media(tmp_path: Path) -> None:
    assert _sources(tmp_path, "Cuban state media accused the United States of meddling on Thursday.",
                    "ACCUSE") == {"CUBMED"}
