"""`python -m seismo` runs the CLI."""

from seismo.cli import main

main()
