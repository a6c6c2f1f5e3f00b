"""Shared entry point of the development scripts that read a gold folder (field_failures, nothing_coded, ...).

Why: they are run by people and helper sessions who start with ``--help``; before this they took "--help" for a
folder name and stopped with a traceback. Now ``-h``/``--help`` prints the script's docstring, and a seismo
error (a folder without annotations, a held-out folder) is one line and exit status 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from seismo.errors import SeismoError


def run(doc: str | None, main: Callable[[list[str]], object]) -> None:
    """Call ``main`` with the command-line arguments, or print ``doc`` for ``-h``/``--help``."""
    args = sys.argv[1:]
    if any(a in ("-h", "--help") for a in args):
        print((doc or "").strip())
        return
    try:
        main(args)
    except SeismoError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
