"""Acceptance on real text: real articles reprinted by a second outlet are grouped with
their originals (precision >= 0.98, recall >= 0.95 over the reprint's claims), a changed
figure splits a group, and the seed live blog's repeated figures group only where the
claim is the same."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from factcheck.documents import SourceDocument
from factcheck.extract import extract
from factcheck.store import save_source
from factcheck.store.database import Database
from factcheck.store.models import Claim, Source
from factcheck.tracking.statements import MIN_PARTIAL_WORDS, tokens
from tests.conftest import SAMPLE, shared_path
from tests.tracking.variants import reprint, with_figure_changed

RETRIEVED = datetime(2026, 12, 1, tzinfo=UTC)


def _ingest(db: Database, location: str, text: str) -> None:
    document = SourceDocument(kind="text", location=location, name=location, text=text,
                              retrieved=RETRIEVED)
    with db.write() as session:
        save_source(session, document, extract(text, document=location))


def _claims_by_source(db: Database) -> dict[str, list[Any]]:
    with db.sessions.begin() as session:
        rows = session.execute(
            select(Source.location, Claim.id, Claim.text, Claim.quote, Claim.group_id, Claim.kind,
                   Claim.speaker)
            .join(Source, Claim.source_id == Source.id).order_by(Claim.id)
        ).all()
    found: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        found[row.location].append(row)
    return found


def _derives(original: Any, copy: Any, changed: tuple[str, str] | None) -> bool:
    """Whether the reprint's claim is the original's: the same sentence and quote once the
    edit is undone, or the very same quote (a quote the original itself repeats)."""
    def undo(value: str | None) -> tuple[str, ...]:
        value = value or ""
        return tokens(value.replace(changed[1], changed[0]) if changed else value)

    quote = tokens(original.quote or "")
    if len(quote) >= MIN_PARTIAL_WORDS and quote == undo(copy.quote):
        return True
    return tokens(original.text) == undo(copy.text) and quote == undo(copy.quote)


def test_reprinted_articles_are_grouped_with_their_originals(db: Database) -> None:
    articles = json.loads(shared_path("data", "real-news", "ground-truth.json").read_text())
    edits: dict[str, tuple[str, str] | None] = {}
    for key, article in sorted(articles.items()):
        variant = reprint(article["articleBody"])
        _ingest(db, f"/original/{key}", article["articleBody"])
        _ingest(db, f"/reprint/{key}", variant.text)
        edits[key] = variant.changed
    claims = _claims_by_source(db)
    grouped = correct = relevant = found = 0
    for key, changed in edits.items():
        originals = claims[f"/original/{key}"]
        for copy in claims[f"/reprint/{key}"]:
            truth = {o.id for o in originals if _derives(o, copy, changed)}
            joined = {o.id for o in originals
                      if copy.group_id is not None and o.group_id == copy.group_id}
            if joined:
                grouped += 1
                correct += joined <= truth
            if truth:
                relevant += 1
                found += bool(joined & truth)
    precision, recall = correct / grouped, found / relevant
    print(f"reprints: {relevant} claims with an original, precision {precision:.3f}, "
          f"recall {recall:.3f}")
    assert relevant > 2000  # the extractor found the claims this test is about
    assert precision >= 0.98
    assert recall >= 0.95


def test_a_changed_figure_splits_the_group(db: Database) -> None:
    articles = json.loads(shared_path("data", "real-news", "ground-truth.json").read_text())
    checked = 0
    for key, article in sorted(articles.items())[:40]:
        body = article["articleBody"]
        numeric = [c for c in extract(body)
                   if c.kind == "numeric" and any(ch.isdigit() for ch in c.text)]
        if not numeric:
            continue
        target = numeric[0].text
        _ingest(db, f"/original/{key}", body)
        _ingest(db, f"/reprint/{key}", with_figure_changed(body, target))
        claims = _claims_by_source(db)
        # One sentence may give several claims (two people's reported speech): each is
        # known by what it says and who says it.
        original = {(c.kind, c.text, c.quote, c.speaker): c for c in claims[f"/original/{key}"]}
        texts = {c.text for c in claims[f"/original/{key}"]}
        for copy in claims[f"/reprint/{key}"]:
            first = original.get((copy.kind, copy.text, copy.quote, copy.speaker))
            if first is not None and copy.text != target:
                assert copy.group_id == first.group_id is not None  # untouched: grouped
            if copy.text not in texts and copy.kind == "numeric":  # its figure changed
                # (a quote in that sentence without the figure is still the same quote)
                stayed = [c for c in original.values() if c.text == target]
                assert all(c.group_id is None or c.group_id != copy.group_id for c in stayed), (
                    copy, stayed)
                checked += 1
    assert checked >= 10


def test_the_seed_live_blog_groups_a_repeated_quote_not_a_repeated_figure(db: Database) -> None:
    _ingest(db, "/liveblog", SAMPLE.read_text(encoding="utf-8"))
    claims = _claims_by_source(db)["/liveblog"]

    def claim(words: str, speaker: str | None = None) -> Any:
        start = tokens(words)  # the text has no-break spaces where these have spaces
        (found,) = [c for c in claims if tokens(c.quote or c.text)[:len(start)] == start
                    and speaker in (None, c.speaker)]
        return found

    # Robertson's "diplomacy has a chance to continue", quoted in part and then in full
    partial = claim("diplomacy has a chance to continue", "Nic Robertson")
    assert partial.group_id is not None
    assert claim("For all involved, it means the diplomacy").group_id == partial.group_id
    # the same words put to another speaker (the extractor's "CNN editor") stay apart
    assert claim("diplomacy has a chance to continue", "CNN editor").group_id is None
    # "25 or 30%" in two of Blinken's quotes, with 70% and with 60%: two claims
    assert claim("Before Russia invaded").group_id is None
    assert claim("Before 2014, before they").group_id is None
    # "18 years" twice, in a caption and in a list's heading: two statements
    assert claim("A look back at the US diplomats").group_id is None
    assert claim("Here's a look back").group_id is None
    # reprinted under another name, every claim of the live blog joins its first print
    variant = reprint(SAMPLE.read_text(encoding="utf-8"))
    _ingest(db, "/liveblog-reprint", variant.text)
    again = _claims_by_source(db)
    truth = {c.id: [o for o in again["/liveblog"] if _derives(o, c, variant.changed)]
             for c in again["/liveblog-reprint"]}
    copies = [c for c in again["/liveblog-reprint"] if truth[c.id]]
    assert len(copies) >= 0.8 * len(again["/liveblog"])
    joined = [c for c in copies
              if any(o.group_id == c.group_id is not None for o in truth[c.id])]
    assert len(joined) >= 0.95 * len(copies)
