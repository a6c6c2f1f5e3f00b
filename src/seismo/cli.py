"""The `seismo` command line: thin shells over library calls, errors as one line on stderr.

This module only assembles the app: the commands live in ``seismo.commands`` (importing it registers them
on ``app``, in the order its ``__init__`` lists them) and share their options through
``seismo.commands.options``.
"""

from __future__ import annotations

import os
import sys

import typer

import seismo.commands  # noqa: F401  (registers the commands defined in seismo/commands/)
from seismo.commands.options import app, err
from seismo.errors import SeismoError

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: library errors become one line on stderr and exit code 1, never a traceback."""
    try:
        result = app(standalone_mode=False)
    except SeismoError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(130)
    except Exception as exc:  # click usage errors and anything unexpected: one line, no traceback
        _unexpected(exc)
    sys.exit(result if isinstance(result, int) else 0)


def _unexpected(exc: Exception) -> None:
    if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # click/typer usage errors
        err.print(f"[red]error[/red]: {exc.format_message()}", highlight=False)
        sys.exit(exc.exit_code)
    if os.environ.get("SEISMO_DEBUG"):
        raise exc
    err.print(f"[red]error[/red]: E999 unexpected {type(exc).__name__}: {exc} (set SEISMO_DEBUG=1 for details)",
              highlight=False)
    sys.exit(1)

