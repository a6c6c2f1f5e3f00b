"""Square brackets in a quotation are an editor's insertion: the name inside is the argument (issue 13)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_a_bracketed_name_is_the_one_urged(tmp_path: Path) -> None:
    text = 'The Kenyan opposition leader said: "I really urge [Ruto] to step down."'
    requests = asserted(code_text(tmp_path, text), "REQUEST")
    assert requests and requests[0].target is not None and requests[0].target.code == "KENGOV"
