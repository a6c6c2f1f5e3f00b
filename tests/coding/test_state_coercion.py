"""What states and institutions impose (lane probe-p), on invented sentences: acts kept from happening,
emergency rule, removals from office and from bodies, licences revoked, searches."""

from __future__ import annotations

from coding_helpers import asserted, code_text

from seismo.models import Modality


def test_act_kept_from_happening_is_not_done(tmp_path):
    events = code_text(tmp_path, "A Nigerian court barred the workers from striking on Friday.")
    assert not asserted(events, "ASSAULT") and not asserted(events, "PROTEST")
    events = code_text(tmp_path, "Jordanian troops prevented the militants from attacking the border post on Monday.")
    assert not asserted(events, "ASSAULT")
    assert any(e.trigger == "attacking" and e.modality is Modality.NEGATED for e in events)
