"""`seismo check|export-store|import-store`: store upkeep, thin shells over ``seismo.store``.

``check`` opens the store read-only and prints one line per violated invariant (exit 1);
``export-store`` writes every table as Parquet plus a manifest; ``import-store`` loads
such a directory into a new database file in one transaction.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from seismo.commands.options import DbOpt, _open_store, _settings, app, err

DirArg = Annotated[Path, typer.Argument(help="Directory of the export (Parquet + manifest.json).")]
MaxOpt = Annotated[int, typer.Option("--max", min=1, help="At most this many lines per kind of violation.")]


@app.command("check")
def check_cli(db: DbOpt = None, max_per_check: MaxOpt = 50) -> None:
    """Verify the store's invariants read-only; one line per violation, exit 1 if any."""
    from seismo.store.check import check_database

    settings = _settings(db)
    report = check_database(settings.db, max_per_check=max_per_check)
    for violation in report.violations:
        sys.stdout.write(f"{violation}\n")
    for note in report.notes:
        err.print(f"note: {note}", highlight=False, markup=False)
    err.print(report.summary(), highlight=False, markup=False)
    if not report.ok:
        raise typer.Exit(1)


@app.command("export-store")
def export_store_cli(directory: DirArg, db: DbOpt = None) -> None:
    """Export every table of the store to DIRECTORY (new or empty) as Parquet files."""
    from seismo.store.transfer import export_store

    settings = _settings(db)
    with _open_store(settings, read_only=True) as store:
        manifest = export_store(store, directory)
    rows = ", ".join(f"{n} {table}" for table, n in manifest.rows.items())
    err.print(f"exported {settings.db} to {directory}: {rows}", highlight=False, markup=False)


@app.command("import-store")
def import_store_cli(directory: DirArg, db: DbOpt = None) -> None:
    """Import an export-store DIRECTORY into a new database file (--db), all or nothing."""
    from seismo.store import Store
    from seismo.store.transfer import import_store, read_manifest

    settings = _settings(db)
    read_manifest(directory)  # fail before creating a database file for a wrong directory
    target = Path(settings.db)
    created = not target.exists()
    try:
        with Store.open(target) as store:
            manifest = import_store(store, directory)
    except BaseException:
        if created:  # leave nothing behind that looks like an imported store
            for path in (target, target.with_name(target.name + ".wal")):
                path.unlink(missing_ok=True)
        raise
    rows = ", ".join(f"{n} {table}" for table, n in manifest.rows.items())
    err.print(f"imported {directory} into {target}: {rows}", highlight=False, markup=False)
