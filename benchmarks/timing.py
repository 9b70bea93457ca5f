"""Timing for the benchmarks' own figures (ours next to the baseline, in the same run)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

A = TypeVar("A")
R = TypeVar("R")


def best_of(
    func: Callable[[A], R], arg: A, rounds: int, *, clock: Callable[[], float] = time.perf_counter
) -> tuple[float, R]:
    """The fastest of ``rounds`` calls, in seconds of ``clock``, and what the last call
    returned: the minimum is the figure least disturbed by whatever else the machine was
    doing (``time.process_time`` leaves out the time other processes took the core)."""
    best = float("inf")
    result: R
    for _ in range(max(1, rounds)):
        started = clock()
        result = func(arg)
        best = min(best, clock() - started)
    return best, result
