"""Claims to work on, stored through the real write path."""

from __future__ import annotations

from typing import Any

from factcheck.store import save_source
from tests.store.builders import liveblog

SAID = [
    ("Jen Psaki", "we counted 1,000 trucks"),
    ("Antony Blinken", "=HYPERLINK(\"http://evil.example\") is what they sent"),
    ("Olaf Scholz", "the pipeline carries 55 billion cubic metres"),
    ("A spokesman", "nothing has changed"),
]


def seed(db: Any, said: list[tuple[str, str]] | None = None, *, url: str | None = None,
         location: str = "/news/liveblog.txt") -> list[int]:
    """Store a live blog with one claim per (speaker, words); their ids in order."""
    document, claims = liveblog(
        [("1:02 p.m. ET, January 21, 2022", said or SAID)],
        url=url or "https://edition.example.com/live-news/ukraine-01-21-22",
        location=location,
    )
    from sqlalchemy import select

    from factcheck.store.models import Claim

    with db.write() as session:
        source_id = save_source(session, document, claims).source_id
        return list(session.execute(
            select(Claim.id).where(Claim.source_id == source_id).order_by(Claim.id)
        ).scalars())
