"""Peak memory of ingesting one big text into SQLite, each run in a fresh process.

Ours: ``factcheck.ingest.runner.ingest`` storing as ``factcheck ingest`` does: the file
kept as its UTF-8 bytes (``documents.Utf8Text``), its claims extracted a window at a time
and written ``CLAIM_BATCH`` at a time, in one transaction, the bytes bound for the
source's text. Baseline, in the same run: the same text and database with every claim
extracted into one list first and stored from it (what ingest did before it streamed),
so the ratio is what streaming saves. What remains grows with the text only by its
bytes, the fingerprint counts (about 35 bytes a distinct claim) and SQLite's own copy
of the text while it stores it.

At full size (a 50 MB text of about a million short claims) the peak must stay under
``GOAL_MB``, the issue's figure (issue 16, point 8).
"""

from __future__ import annotations

import resource
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FULL_MB = 50.0
GOAL_MB = 300.0
SMOKE_MB = 0.3
_SPEAKERS = ("Jen Psaki", "Antony Blinken", "Sergey Lavrov", "Olaf Scholz")


def write_text(path: Path, megabytes: float) -> None:
    """Paragraphs of the kinds news has: figures, a quote with its speaker, a pronoun
    that takes the speaker named before it, a cited source."""
    size = int(megabytes * 1024 * 1024)
    with path.open("w", encoding="utf-8") as out:
        written = n = 0
        while written < size:
            n += 1
            who = _SPEAKERS[n % len(_SPEAKERS)]
            paragraph = (
                f"{who} said on Monday that {n * 7} troops had moved {n % 90} miles toward "
                f'the border. "We have seen {n % 50} new units," {who.split()[-1]} told '
                f"reporters. Prices rose {n % 13}.{n % 10}% in May, according to the "
                "statistics office. She added that the talks would go on.\n\n"
            )
            written += out.write(paragraph)


def _probe(mode: str, path: str, url: str) -> None:
    """In the child: ingest ``path`` one way, print the peak resident set in MB."""
    from factcheck.documents import SourceDocument
    from factcheck.extract import Claim, extract
    from factcheck.ingest.limits import MB
    from factcheck.ingest.runner import ingest
    from factcheck.ingest.sources import ReadOptions, read_source
    from factcheck.store import open_database, save_source

    database = open_database(url)
    options = ReadOptions(max_bytes=100 * MB)

    def store(source: SourceDocument, claims: Iterable[Claim]) -> object:
        with database.write() as session:
            return save_source(session, source, claims)

    if mode == "streamed":
        summary = ingest([path], store, options=options)
        assert not summary.failures, summary.failures
    else:
        document = read_source(path, options)
        store(document, extract(document.text, document=document.name))
    database.close()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def peak_mb(mode: str, path: Path, database: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_ingest_memory", mode, str(path),
         f"sqlite:///{database}"],
        cwd=REPO, capture_output=True, text=True, check=True, timeout=3600,
    )
    return float(done.stdout.split()[-1])


def test_ingest_memory_on_a_big_text(benchmark: object, bench_full: bool, tmp_path: Path,
                                     bench_report: Callable[[str], None]) -> None:
    megabytes = FULL_MB if bench_full else SMOKE_MB
    text = tmp_path / "big.txt"
    write_text(text, megabytes)
    ours = benchmark.pedantic(  # type: ignore[attr-defined]
        peak_mb, args=("streamed", text, tmp_path / "ours.sqlite3"), rounds=1, iterations=1)
    baseline = peak_mb("whole", text, tmp_path / "baseline.sqlite3")
    bench_report(
        f"ingest one {megabytes:g} MB text: peak {ours:.0f} MB resident; baseline (all "
        f"claims in one list, then stored): {baseline:.0f} MB; ours takes "
        f"{ours / baseline:.2f}x the baseline's memory"
        + (f"; goal {GOAL_MB:.0f} MB {'met' if ours < GOAL_MB else 'NOT met'}"
           if bench_full else "")
    )
    if bench_full:
        assert ours < baseline / 2, f"peak {ours:.0f} MB against the baseline's {baseline:.0f}"
        assert ours < GOAL_MB, f"peak {ours:.0f} MB, over the {GOAL_MB:.0f} MB goal"


if __name__ == "__main__":
    _probe(*sys.argv[1:4])
