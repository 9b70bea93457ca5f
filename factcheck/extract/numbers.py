"""Figures in text. Placeholder until the numbers extractor (issue 3) lands."""

from __future__ import annotations

from factcheck.extract.records import Quantity


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every figure asserted in ``text[start:end]``; offsets index ``text``."""
    return []
