"""Extraction throughput on the 181 real articles, next to a bare regex sentence split.

Reports MB/s (UTF-8 bytes of input per second) for ``extract`` and for the baseline,
one ``re.finditer`` sentence-split pass over the same text, and their ratio.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from benchmarks.timing import best_of
from factcheck.extract import extract
from tests.conftest import shared_path

SENTENCE = re.compile(r"[^.!?]+[.!?]+")
# The floors now (issues 11 and 12; the 5 MB/s of issue 3 is withdrawn): with figures at
# least 2 MB/s end to end, and quotes and speakers only within 7 times the bare split. At
# full size the first is a verdict; the second is reported (about 14x: not met, see
# issue 11's closing notes for where the time goes).
FLOOR_MB_S = 2.0
QUOTES_ONLY_RATIO = 7.0


@pytest.fixture(scope="module")
def articles(bench_full: bool) -> list[str]:
    path = shared_path("data", "real-news", "ground-truth.json")
    bodies = [item["articleBody"] for item in json.loads(path.read_text("utf-8")).values()]
    return bodies if bench_full else bodies[:20]


def _extract_all(texts: list[str]) -> int:
    return sum(len(extract(text)) for text in texts)


def _extract_quotes_only(texts: list[str]) -> int:
    return sum(len(extract(text, figures=False)) for text in texts)


def _split_all(texts: list[str]) -> int:
    return sum(1 for text in texts for _ in SENTENCE.finditer(text))


def test_extract_throughput(
    benchmark: Any, articles: list[str], bench_full: bool, bench_report: Callable[[str], None]
) -> None:
    size_mb = sum(len(text.encode("utf-8")) for text in articles) / 1e6
    claims = benchmark(_extract_all, articles)
    assert claims > 0
    rounds = 5 if bench_full else 1
    ours, _ = best_of(_extract_all, articles, rounds)
    quotes_only, _ = best_of(_extract_quotes_only, articles, rounds)
    baseline, _ = best_of(_split_all, articles, rounds)
    bench_report(
        f"extract: {size_mb / ours:.2f} MB/s with figures, {size_mb / quotes_only:.2f} MB/s "
        f"quotes and speakers only ({len(articles)} articles, {size_mb:.2f} MB, {claims} "
        f"claims); regex sentence split: {size_mb / baseline:.1f} MB/s; ratio "
        f"{ours / baseline:.1f}x / {quotes_only / baseline:.1f}x slower (floors: "
        f"{FLOOR_MB_S:.0f} MB/s with figures; quotes only within {QUOTES_ONLY_RATIO:.0f}x)"
    )
    if bench_full:  # the smoke size is too small (and CI too busy) for a timing verdict
        assert size_mb / ours >= FLOOR_MB_S
