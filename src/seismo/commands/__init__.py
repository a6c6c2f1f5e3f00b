"""CLI commands beyond the core ones in ``seismo.cli``; each module registers its commands on ``app``.

Importing this package registers them. Add one import line per module.
"""

import seismo.commands.actors  # seismo actor
import seismo.commands.analysis  # seismo stories, explain, trend, plot, alerts, export
import seismo.commands.evaluate  # seismo eval, seismo kb import-petrarch
import seismo.commands.maintenance  # seismo check, export-store, import-store
import seismo.commands.serve  # seismo serve
import seismo.commands.watch  # seismo watch
