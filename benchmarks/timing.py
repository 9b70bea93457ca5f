"""Timing for the benchmarks' own figures (ours next to the baseline, in the same run)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

A = TypeVar("A")
R = TypeVar("R")


def best_of(func: Callable[[A], R], arg: A, rounds: int) -> tuple[float, R]:
    """The fastest of ``rounds`` calls, in seconds, and what the last call returned: the
    minimum is the figure least disturbed by whatever else the machine was doing."""
    best = float("inf")
    result: R
    for _ in range(max(1, rounds)):
        started = time.perf_counter()
        result = func(arg)
        best = min(best, time.perf_counter() - started)
    return best, result
