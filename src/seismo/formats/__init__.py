"""Interchange formats readers outside seismo already know: PLOVER JSON (``plover``) and GDELT 2.0 columns (``gdelt``).

``plover`` maps ``Event`` records only (stage contracts); the GDELT table is built from the store's story
tables in ``seismo.analysis.gdelt``. docs/formats.md maps every seismo field to both.
"""

from seismo.formats.plover import PLOVER_SCHEMA_PATH, plover_record, plover_schema, write_plover

__all__ = ["PLOVER_SCHEMA_PATH", "plover_record", "plover_schema", "write_plover"]
