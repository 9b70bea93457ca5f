"""A new source's claims stored batch by batch from a generator: the rows are exactly those
stored from the whole list at once, and an error halfway leaves nothing of the source."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from factcheck.documents import SourceDocument
from factcheck.extract import Claim, extract, iter_claims
from factcheck.ingest.runner import ingest
from factcheck.ingest.sources import read_source
from factcheck.store import save_source, writes
from factcheck.store.database import Database
from factcheck.store.models import Claim as ClaimRow
from factcheck.store.models import Post as PostRow
from factcheck.store.models import Quantity as QuantityRow
from factcheck.store.models import Source as SourceRow
from tests.ingest.conftest import LIVEBLOG, real_news_dir

ARTICLES = 4  # real articles, among the first 30 by name those with the most claims


@cache
def documents() -> tuple[SourceDocument, ...]:
    articles = [read_source(str(path))
                for path in sorted(real_news_dir().glob("html/*.html.gz"))[:30]]
    articles.sort(key=lambda doc: -len(extract(doc.text, document=doc.name)))
    return (read_source(str(LIVEBLOG)), *articles[:ARTICLES])


def stored_rows(db: Database, location: str) -> list[tuple[Any, ...]]:
    """A source's claims with their post and figures, without ids (which differ)."""
    with db.sessions.begin() as session:
        source_id = session.execute(
            select(SourceRow.id).where(SourceRow.location == location)).scalar_one()
        posts = {post.id: (post.time, post.headline, post.byline, post.start, post.end)
                 for post in session.execute(
                     select(PostRow).where(PostRow.source_id == source_id)).scalars()}
        rows = []
        for claim in session.execute(select(ClaimRow).where(ClaimRow.source_id == source_id)
                                     .order_by(ClaimRow.id)).scalars():
            figures = session.execute(
                select(QuantityRow.ordinal, QuantityRow.surface, QuantityRow.start,
                       QuantityRow.end, QuantityRow.low, QuantityRow.high, QuantityRow.unit)
                .where(QuantityRow.claim_id == claim.id).order_by(QuantityRow.ordinal)).all()
            rows.append((
                posts.get(claim.post_id) if claim.post_id else None, claim.fingerprint,
                claim.kind, claim.start, claim.end, claim.text, claim.quote, claim.speaker,
                claim.speaker_start, claim.speaker_role, claim.cue, tuple(figures),
            ))
        return rows


def test_claims_one_paragraph_at_a_time_are_the_whole_texts_claims() -> None:
    """Speakers named in one paragraph and taken up by a pronoun or a bare quote in a later
    one resolve the same way: the paragraphs are read by one loop with one context."""
    resolved = 0
    for document in documents():
        whole = extract(document.text, document=document.name)
        assert list(iter_claims(document.text, document=document.name)) == whole
        # "The prime minister said ..." -> Fumio Kishida, named earlier in the text
        resolved += sum(claim.speaker is not None
                        and claim.speaker not in (claim.speaker_mention or "")
                        for claim in whole)
    assert resolved >= 5


def test_batched_storing_stores_what_storing_at_once_stores(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    for document in documents():
        claims = extract(document.text, document=document.name)
        with db.write() as session:
            save_source(session, document, claims)  # all in one batch
        monkeypatch.setattr(writes, "CLAIM_BATCH", 7)  # batches that split posts
        streamed = replace(document, location=document.location + "#streamed")
        with db.write() as session:
            outcome = save_source(session, streamed,
                                  iter_claims(document.text, document=document.name))
        monkeypatch.undo()
        assert outcome.claims_added == len(claims) > 7
        assert stored_rows(db, streamed.location) == stored_rows(db, document.location)


def half_then_fails(text: str, *, document: str = "") -> Iterator[Claim]:
    """Gives a good share of the claims (several batches), then fails."""
    for number, claim in enumerate(iter_claims(text, document=document)):
        if number == 20:
            raise ValueError("extractor bug")
        yield claim


def test_an_extractor_failing_halfway_leaves_nothing_of_the_source(
        db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(writes, "CLAIM_BATCH", 7)
    (tmp_path / "after.txt").write_text("The mayor said 3,000 homes were built.\n")

    def store(source: SourceDocument, claims: Any) -> Any:
        with db.write() as session:
            return save_source(session, source, claims)

    summary = ingest([str(LIVEBLOG), str(tmp_path / "after.txt")], store,
                     extractor=half_then_fails)
    assert [(f.location, f.reason) for f in summary.failures] == [
        (str(LIVEBLOG), "unexpected error: ValueError: extractor bug")]
    assert summary.new == 1
    with db.sessions.begin() as session:
        assert session.execute(select(SourceRow.name)).scalars().all() == ["after.txt"]
        assert len(session.execute(select(ClaimRow.id)).all()) == 1
        assert session.execute(select(PostRow.id)).all() == []
