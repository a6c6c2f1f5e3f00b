"""Build Rejection records from the coded messages in ``seismo.errors``."""

from __future__ import annotations

from seismo.errors import Errors
from seismo.models import Rejection


def reject(code: str, source: str, *, label: str | None = None, **fields: object) -> Rejection:
    """A Rejection whose reason is the one-line coded message, e.g. "I002 a.txt: file is empty".

    ``label`` names the thing in the message when it differs from the input
    (a redirect target, say); ``source`` always stays the input as given.
    """
    template: str = getattr(Errors, code)
    message = template.format(source=label or source, **fields)
    return Rejection(source=source, code=code, reason=f"{code} {message}")
