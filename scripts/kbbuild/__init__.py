"""Build steps for scripts/build_kb.py (one module per generated file)."""
