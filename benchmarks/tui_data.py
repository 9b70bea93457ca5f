"""A big, deterministic claims database built fast, for the TUI benchmark and paging tests.

The schema comes from the real migrations (``open_database``); rows go in with plain
``sqlite3`` ``executemany`` in one transaction, since what is measured is reading, not
ingesting. Every value is a function of the row number: no clock, no randomness.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from factcheck.store import open_database

SPEAKERS = (
    "Jen Psaki", "Antony Blinken", "Sergey Lavrov", "Volodymyr Zelensky", "Joe Biden",
    "NATO official", "Dmitry Peskov", "Boris Johnson", "Olaf Scholz", "Emmanuel Macron",
)
KINDS = ("quote", "indirect", "numeric")
# One claim in this many is checked, one in DISMISS_EVERY dismissed, the rest new.
CHECK_EVERY = 7
DISMISS_EVERY = 11
VERDICT_CYCLE = ("accurate", "misleading", "false", "unverifiable")
CLAIMS_PER_SOURCE = 1000
FIXED_TIME = "2022-01-21 22:00:00.000000"


def claim_text(number: int) -> str:
    speaker = SPEAKERS[number % len(SPEAKERS)]
    return f'{speaker} said "we counted {number * 7 % 100_000} troops near the border {number}".'


def build_claims_db(path: Path, claims: int) -> str:
    """Create ``path`` with ``claims`` claims spread over sources of 1,000 claims each and
    return its URL. Reuses an existing file built with the same count."""
    marker = path.with_suffix(f".{claims}.done")
    url = f"sqlite:///{path}"
    if path.exists() and marker.exists():
        return url
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    open_database(url).close()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("BEGIN")
        sources = (claims + CLAIMS_PER_SOURCE - 1) // CLAIMS_PER_SOURCE
        connection.executemany(
            "INSERT INTO sources (id, kind, location, name, url, title, publisher, authors, "
            "published, retrieved, content_hash, text, created_at, updated_at) "
            "VALUES (?, 'liveblog', ?, ?, ?, ?, 'CNN', '[\"A Reporter\"]', ?, ?, ?, ?, ?, ?)",
            (
                (s, f"/news/blog-{s}.txt", f"blog-{s}.txt", f"https://example.com/blog/{s}",
                 f"Live updates, day {s}", FIXED_TIME, FIXED_TIME, f"{s:064x}",
                 _source_text(s, claims), FIXED_TIME, FIXED_TIME)
                for s in range(1, sources + 1)
            ),
        )
        connection.executemany(
            "INSERT INTO posts (id, source_id, time, posted_at, headline, byline, start, "
            "\"end\") VALUES (?, ?, ?, ?, ?, 'By A Reporter', 0, 0)",
            (
                (s, s, f"{1 + s % 12}:{s % 60:02d} p.m. ET, January 21, 2022",
                 f"2022-01-21 {12 + s % 12:02d}:{s % 60:02d}:00.000000", f"Headline {s}")
                for s in range(1, sources + 1)
            ),
        )
        connection.executemany(
            "INSERT INTO claims (id, source_id, post_id, fingerprint, kind, start, \"end\", "
            "text, quote, quote_start, quote_end, speaker, speaker_mention, cue, span_valid, "
            "status, verdict, rationale, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'said', 1, ?, ?, ?, 1, ?, ?)",
            _claim_rows(claims),
        )
        connection.execute("COMMIT")
        connection.execute("ANALYZE")
    finally:
        connection.close()
    marker.touch()
    return url


def _source_text(source: int, claims: int) -> str:
    first = (source - 1) * CLAIMS_PER_SOURCE + 1
    last = min(claims, source * CLAIMS_PER_SOURCE)
    return "\n".join(claim_text(n) for n in range(first, last + 1))


def _claim_rows(claims: int) -> Iterator[tuple[object, ...]]:
    position = 0
    for number in range(1, claims + 1):
        source = (number - 1) // CLAIMS_PER_SOURCE + 1
        if (number - 1) % CLAIMS_PER_SOURCE == 0:
            position = 0
        text = claim_text(number)
        speaker = SPEAKERS[number % len(SPEAKERS)]
        quote_start = position + text.index('"') + 1
        quote = text[text.index('"') + 1:-2]
        if number % CHECK_EVERY == 0:
            status, verdict = "checked", VERDICT_CYCLE[number // CHECK_EVERY % 4]
            rationale = "Matches the ministry's figures."
        elif number % DISMISS_EVERY == 0:
            status, verdict, rationale = "dismissed", None, None
        else:
            status, verdict, rationale = "new", None, None
        yield (
            number, source, source, f"{number:064x}", KINDS[number % 3], position,
            position + len(text), text, quote, quote_start, quote_start + len(quote), speaker,
            speaker, status, verdict, rationale, FIXED_TIME, FIXED_TIME,
        )
        position += len(text) + 1
