"""Ingest throughput on the real articles: read + extract through ``ingest``, storing nothing.

Baseline, in the same run: the least work that yields *some* text from the same files,
``gzip`` decompression and ``lxml.html.fromstring(...).text_content()`` (all the page's
text, boilerplate and scripts included). The ratio is the price of main-text extraction,
charset detection, metadata and claim extraction over that.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import lxml.html  # type: ignore[import-untyped]

from benchmarks.timing import best_of
from factcheck.documents import SourceDocument
from factcheck.extract import Claim
from factcheck.ingest.runner import ingest
from tests.conftest import shared_path

SMOKE_ARTICLES = 10


def _real_news_html() -> list[Path]:
    return sorted(shared_path("data", "real-news", "html").glob("*.html.gz"))


@dataclass(frozen=True)
class _Counted:
    status: str
    claims_added: int


def _count_only(source: SourceDocument, claims: Iterable[Claim]) -> _Counted:
    return _Counted("new", sum(1 for _ in claims))


def _ours(files: list[str]) -> int:
    summary = ingest(files, _count_only)  # type: ignore[arg-type]
    assert not summary.failures, summary.failures
    return summary.new


def _baseline(files: list[str]) -> int:
    count = 0
    for name in files:
        text = lxml.html.fromstring(gzip.decompress(Path(name).read_bytes())).text_content()
        count += bool(text)
    return count


def test_ingest_real_articles(benchmark: object, bench_full: bool,
                              bench_report: Callable[[str], None]) -> None:
    files = [str(path) for path in _real_news_html()]
    if not bench_full:
        files = files[:SMOKE_ARTICLES]
    rounds = 3 if bench_full else 1

    benchmark.pedantic(_ours, args=(files,), rounds=rounds, iterations=1)  # type: ignore[attr-defined]
    ours, stored = best_of(_ours, files, rounds)
    baseline, read = best_of(_baseline, files, rounds)
    assert stored == read == len(files)
    bench_report(
        f"ingest {len(files)} real HTML articles (read + extract): "
        f"{len(files) / ours:.1f} articles/s; baseline gzip + lxml text_content: "
        f"{len(files) / baseline:.1f} articles/s; ours takes {ours / baseline:.1f}x the baseline"
    )
