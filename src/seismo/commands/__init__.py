"""CLI commands beyond the core ones in ``seismo.cli``; each module registers its commands on ``app``.

Importing this package registers them. Add one import line per module.
"""
import seismo.commands.serve  # noqa: F401  (seismo serve)
import seismo.commands.evaluate  # noqa: F401  (seismo eval, seismo kb import-petrarch)
import seismo.commands.analysis  # noqa: F401  (seismo stories, explain, trend, plot, alerts, export)
import seismo.commands.watch  # noqa: F401  (seismo watch, issue 7)
import seismo.commands.maintenance  # noqa: F401  (seismo check, export-store, import-store)
import seismo.commands.actors  # noqa: F401  (seismo actor)
