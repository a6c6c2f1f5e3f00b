"""The CLI commands; each module registers its commands on ``app`` (``seismo.commands.options``).

Importing this package registers them, in the order listed here (the order of ``seismo --help``). Add one
import line per module (``import x as x`` tells linters the import is wanted for its side effect).
"""

from seismo.commands import core as core  # seismo code, ingest, version: first in --help

# isort: split
from seismo.commands import actors as actors  # seismo actor
from seismo.commands import analysis as analysis  # seismo stories, explain, trend, plot, alerts, export
from seismo.commands import evaluate as evaluate  # seismo eval, seismo kb import-petrarch
from seismo.commands import listing as listing  # seismo events, docs, summary
from seismo.commands import maintenance as maintenance  # seismo check, export-store, import-store
from seismo.commands import serve as serve  # seismo serve
from seismo.commands import watch as watch  # seismo watch
