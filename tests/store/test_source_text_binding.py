"""A source's text goes to the database as UTF-8 bytes: stored exactly as given, and the
``str`` left as it was, without the UTF-8 copy a driver attaches to a ``str`` it binds
(for a big source, as much memory again as its bytes, held through its extraction)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from factcheck.documents import SourceDocument
from factcheck.store import save_source
from factcheck.store.database import Database
from factcheck.store.models import Source as SourceRow

TEXTS = [
    # (what the text holds, the text)
    ("ASCII", "The ministry said 40 people were hurt.\n"),
    ("curly quotes and dashes", "\u201cWe are ready,\u201d she said \u2014 twice.\r\n"),
    ("an emoji, beyond the BMP", "Fans cheered \U0001f308 as 3 goals went in.\n\n"),
    ("accents and NBSP", "Le ministre a d\u00e9clar\u00e9\u00a0: \u00ab non \u00bb.\n"),
]


def _document(text: str, location: str) -> SourceDocument:
    return SourceDocument(kind="text", location=location, name="t.txt", text=text,
                          retrieved=datetime(2024, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize(("label", "text"), TEXTS, ids=[label for label, _ in TEXTS])
def test_text_stored_exactly_and_left_unchanged(db: Database, label: str, text: str) -> None:
    # A text built at run time, so no earlier use has attached a UTF-8 copy to it.
    text = "".join(list(text * 50))
    size = sys.getsizeof(text)
    document = _document(text, f"/news/{len(text)}-{label}.txt")
    with db.write() as session:
        outcome = save_source(session, document, [])
    assert outcome.status == "new"
    assert sys.getsizeof(text) == size, "the driver kept a UTF-8 copy of the text"
    with db.sessions.begin() as session:
        stored = session.execute(
            select(SourceRow.text, SourceRow.content_hash).where(SourceRow.id == outcome.source_id)
        ).one()
    assert stored.text == text
    assert stored.content_hash == document.content_hash


def test_changed_text_replaces_the_stored_one(db: Database) -> None:
    first, second = TEXTS[1][1], TEXTS[2][1]
    with db.write() as session:
        save_source(session, _document(first, "/news/same.txt"), [])
    with db.write() as session:
        outcome = save_source(session, _document(second, "/news/same.txt"), [])
    assert outcome.status == "updated"
    with db.sessions.begin() as session:
        assert session.scalars(select(SourceRow.text)).all() == [second]
