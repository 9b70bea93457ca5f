"""Speed of ``find_quantities`` on real news sentences, against a bare digit scan.

Input: the article bodies of ``shared/data/real-news/ground-truth.json`` (181 articles,
news in several languages), cut into sentences by a plain regex, each sentence handed to
``find_quantities(body, start, end)`` as the claim pipeline will. Baseline, in the same
run: one ``re.finditer(r"\\d")`` pass over the same sentences, the least any number finder
must do. Smoke size (a few articles) by default; all of them with ``--bench-full``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from benchmarks.timing import best_of
from factcheck.extract.numbers import find_quantities
from tests.conftest import shared_path

SMOKE_ARTICLES = 5
_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+(?=\s|$)|$)|[^\n]+")
_DIGIT = re.compile(r"\d")

Spans = list[tuple[str, int, int]]


def _news_sentences(full: bool) -> Spans:
    news = shared_path("data", "real-news", "ground-truth.json")
    articles = json.loads(news.read_text(encoding="utf-8"))
    bodies = [a["articleBody"] for _, a in sorted(articles.items())]
    if not full:
        bodies = bodies[:SMOKE_ARTICLES]
    return [(body, m.start(), m.end()) for body in bodies for m in _SENTENCE.finditer(body)
            if m.group().strip()]


def _ours(spans: Spans) -> int:
    return sum(len(find_quantities(body, a, b)) for body, a, b in spans)


def _baseline(spans: Spans) -> int:
    return sum(1 for body, a, b in spans for _ in _DIGIT.finditer(body, a, b))


def test_find_quantities_speed(benchmark: object, bench_full: bool,
                               bench_report: Callable[[str], None]) -> None:
    spans = _news_sentences(bench_full)
    megabytes = sum(len(body[a:b].encode("utf-8")) for body, a, b in spans) / 1e6
    rounds = 5 if bench_full else 1
    found = benchmark(_ours, spans)  # type: ignore[operator]
    ours, _ = best_of(_ours, spans, rounds)
    base, _ = best_of(_baseline, spans, rounds)
    per_sentence = ours / len(spans) * 1e6
    bench_report(
        f"find_quantities: {len(spans)} sentences, {megabytes:.2f} MB, {found} figures; "
        f"ours {megabytes / ours:.1f} MB/s, {per_sentence:.1f} µs/sentence; "
        f"baseline (digit scan) {megabytes / base:.1f} MB/s, "
        f"{base / len(spans) * 1e6:.2f} µs/sentence; ratio {ours / base:.1f}x"
    )
    assert found > 0
    if bench_full:  # the budget, with room to spare: well under 0.1 ms a sentence
        assert per_sentence < 50, f"{per_sentence:.1f} µs per sentence"
