"""Evaluation suites that measure the coder on generated or annotated text (issue 12)."""
