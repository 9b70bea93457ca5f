"""How numbers and counts read, the same on the command line and in the TUI."""

from __future__ import annotations

import math


def number(value: float | None) -> str:
    """A figure for people: thousands grouped, and no ``.0`` on a whole number
    (``100000.0`` -> ``100,000``, ``2.5`` -> ``2.5``, ``1234.25`` -> ``1,234.25``)."""
    if value is None:
        return ""
    if math.isfinite(value) and value == int(value):
        return f"{int(value):,}"
    return f"{value:,}"


def count_of(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and its noun, singular for one (``1 claim``, ``2 claims``, ``0 claims``)."""
    word = noun if count == 1 else (plural or noun + "s")
    return f"{count:,} {word}"
