"""A big text file is kept as its UTF-8 bytes (``documents.Utf8Text``), extracted a
window at a time and stored from those bytes: the rows are exactly those of the text
read whole as a ``str`` and extracted at once, every claim's offsets slice its text out
of the stored source, and a failure halfway leaves nothing stored. The sizes are made
small here (``BIG_TEXT``, ``WINDOW``) so that a text of a few hundred kB takes the path
a 50 MB one takes."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from factcheck.documents import SourceDocument, Utf8Text
from factcheck.extract import Claim, extract, iter_claims, pipeline
from factcheck.ingest import liveblog, sources
from factcheck.ingest.html import extract_html
from factcheck.ingest.runner import ingest
from factcheck.ingest.sources import read_source
from factcheck.ingest.text import decode_text
from factcheck.store import save_source, writes
from factcheck.store.database import Database
from factcheck.store.models import Claim as ClaimRow
from factcheck.store.models import Source as SourceRow
from tests.ingest.conftest import LIVEBLOG, real_news_dir
from tests.store.test_streamed_save import stored_rows

WINDOW = 20_000


@pytest.fixture
def big_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The live blog, then some real articles and an emoji: posts, curly quotes, text
    beyond the BMP, some 300 kB of it."""
    monkeypatch.setattr(sources, "BIG_TEXT", 50_000)
    monkeypatch.setattr(pipeline, "WINDOW", WINDOW)
    monkeypatch.setattr(liveblog, "WINDOW", WINDOW)
    monkeypatch.setattr(writes, "CLAIM_BATCH", 50)
    articles = [extract_html(gzip.decompress(path.read_bytes()), name=path.name).text
                for path in sorted(real_news_dir().glob("html/*.html.gz"))[:40]]
    emoji = "Fans cheered \U0001f308 as 3 goals went in, the club said."
    text = LIVEBLOG.read_text(encoding="utf-8") + "\n\n".join(
        [*articles[:20], emoji, *articles[20:]])
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _store(db: Database) -> Any:
    def store(source: SourceDocument, claims: Any) -> Any:
        with db.write() as session:
            return save_source(session, source, claims)
    return store


def test_a_big_text_is_stored_as_the_whole_text_would_be(db: Database, big_file: Path) -> None:
    document = read_source(str(big_file))
    assert isinstance(document.text, Utf8Text)
    text = decode_text(big_file.read_bytes())
    assert str(document.text) == text and document.content_hash == replace(
        document, text=text).content_hash
    summary = ingest([str(big_file)], _store(db))
    assert not summary.failures and summary.new == 1
    whole = replace(document, location=document.location + "#whole", text=text)
    claims = extract(text, document=document.name)
    assert len(claims) == summary.claims_added > 200
    with db.write() as session:
        save_source(session, whole, claims)
    assert stored_rows(db, document.location) == stored_rows(db, whole.location)
    with db.sessions.begin() as session:
        stored = session.execute(select(SourceRow.text, SourceRow.content_hash, SourceRow.kind)
                                 .where(SourceRow.location == document.location)).one()
        assert (stored.text, stored.content_hash, stored.kind) == (
            text, document.content_hash, document.kind)
        for start, end, surface in session.execute(select(ClaimRow.start, ClaimRow.end,
                                                          ClaimRow.text)):
            assert text[start:end] == surface


def test_a_big_text_failing_halfway_leaves_nothing(db: Database, big_file: Path) -> None:
    def fails_late(text: Any, *, document: str = "") -> Iterator[Claim]:
        for number, claim in enumerate(iter_claims(text, document=document)):
            if number == 150:  # three batches stored, several windows read
                raise ValueError("extractor bug")
            yield claim

    summary = ingest([str(big_file)], _store(db), extractor=fails_late)
    assert [f.reason for f in summary.failures] == ["unexpected error: ValueError: extractor bug"]
    with db.sessions.begin() as session:
        assert session.execute(select(SourceRow.id)).all() == []
        assert session.execute(select(ClaimRow.id)).all() == []
