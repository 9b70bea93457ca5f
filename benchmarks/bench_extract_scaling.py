"""How extraction time grows with the length of one paragraph, next to a bare regex split.

The input has no blank line: the 181 real articles' main texts joined on one line, and the
two-sentence repetition the quadratic defect was found with. Its size doubles three times;
each step's growth in time should stay near 2 (the goal: within 1.3 times the doubling,
i.e. at most 2.6), as the regex sentence split's does in the same run. Times are CPU
seconds of this process, so that other work on the machine does not read as growth.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest

from benchmarks.timing import best_of
from factcheck.extract import extract
from tests.conftest import shared_path

SENTENCE = re.compile(r"[^.!?]+[.!?]+")
TWO_SENTENCES = (
    'The minister said "we will send 100,000 troops to the border," according to officials. '
    "He added that more than 3,000 civilians had died. "
)
GOAL = 2 * 1.3


@pytest.fixture(scope="module")
def one_line_news() -> str:
    path = shared_path("data", "real-news", "ground-truth.json")
    bodies = [item["articleBody"] for item in json.loads(path.read_text("utf-8")).values()]
    return " ".join(" ".join(body.split()) for body in bodies) + " "


def _sized(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _split(text: str) -> int:
    return sum(1 for _ in SENTENCE.finditer(text))


def _extract(text: str) -> int:
    return len(extract(text))


@pytest.mark.parametrize("shape", ["real-news", "two-sentences"])
def test_extract_time_grows_linearly_with_one_paragraph(
    benchmark: Any, shape: str, one_line_news: str, bench_full: bool,
    bench_report: Callable[[str], None],
) -> None:
    unit = one_line_news if shape == "real-news" else TWO_SENTENCES
    first = 250_000 if bench_full else 25_000
    sizes = [first * 2**step for step in range(4)]
    texts = [_sized(unit, size) for size in sizes]
    claims = benchmark(_extract, texts[0])
    assert claims > 0
    rounds = 3 if bench_full else 1
    ours = [best_of(_extract, text, rounds, clock=time.process_time)[0] for text in texts]
    baseline = [best_of(_split, text, rounds, clock=time.process_time)[0] for text in texts]
    growth = [later / earlier for earlier, later in pairwise(ours)]
    split_growth = [later / earlier for earlier, later in pairwise(baseline)]
    bench_report(
        f"extract one paragraph ({shape}, {sizes[0] // 1000}-{sizes[-1] // 1000} KB): "
        f"{', '.join(f'{t:.2f}' for t in ours)} s; growth per doubling "
        f"{', '.join(f'{g:.2f}' for g in growth)} (goal <= {GOAL:.1f}); regex split growth "
        f"{', '.join(f'{g:.2f}' for g in split_growth)}; extract/split at the largest size "
        f"{ours[-1] / baseline[-1]:.1f}x"
    )
