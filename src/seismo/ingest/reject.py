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


def too_large(source: str, size: int | str, limit: int, chars: int, *, one_article: bool = False) -> Rejection:
    """I005 with both size limits: bytes per input, characters per article (docs/reliability.md).

    A plain-text input is one article, so its byte limit follows from the character limit
    (``Settings.max_text_file_bytes``) and the two checks cannot disagree.
    """
    if one_article:
        scope = f"for a plain-text file, which is one article of at most {chars:,} characters"
    else:
        scope = f"per input; each article at most {chars:,} characters"
    return reject("I005", source, size=size, limit=limit, scope=scope)
