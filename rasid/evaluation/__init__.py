"""Scorers for rasid's extractors against annotated files."""
