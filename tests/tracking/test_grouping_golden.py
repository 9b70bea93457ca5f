"""The groups tracking makes, fixed: a change to how candidates are looked up (batching,
indexes, per-backend SQL) must leave every group as it was, on both backends.

``grouping_golden.json`` holds the groups made before the look-up was batched; each group
is its claims as (source, ordinal within the source). The input mixes real articles,
their reprints under two names, a changed figure, and a flood of claims from one template
("near the border") that share their bands with hundreds of others, so that the cut at
``PER_BAND`` newest claims per band decides candidates. To write the file anew after a
deliberate change to grouping: ``FACTCHECK_WRITE_GOLDEN=1 pytest`` this file. The claims
come from the extractor, so a change to extraction changes the file too: write it with
the tracking code as it was before the change, then check the change against it.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from factcheck.documents import SourceDocument
from factcheck.extract import extract
from factcheck.extract.records import Claim as ExtractedClaim
from factcheck.store import save_source
from factcheck.store.database import Database
from factcheck.store.models import Claim, Source
from tests.conftest import shared_path
from tests.store.builders import liveblog
from tests.tracking.variants import reprint, with_figure_changed

GOLDEN = Path(__file__).with_name("grouping_golden.json")
RETRIEVED = datetime(2026, 12, 1, tzinfo=UTC)
ARTICLES = 25
TIME = "9:37 a.m. ET, January 21, 2022"


def _save(db: Database, document: SourceDocument, claims: Iterable[ExtractedClaim]) -> None:
    with db.write() as session:
        save_source(session, document, claims)


def _article(db: Database, location: str, text: str) -> None:
    document = SourceDocument(kind="text", location=location, name=location, text=text,
                              retrieved=RETRIEVED)
    _save(db, document, extract(text, document=location))


def _flood(db: Database, location: str, numbers: range) -> None:
    """Claims from one template: every one shares its bands with all the others."""
    said = [("Sergey Lavrov" if n % 3 else "Antony Blinken",
             f"we counted {n % 7} troops near the border of {n % 5} villages today")
            for n in numbers]
    document, claims = liveblog([(TIME, said)], location=location)
    _save(db, document, claims)


def _ingest_all(db: Database) -> None:
    articles = json.loads(shared_path("data", "real-news", "ground-truth.json").read_text())
    chosen = sorted(articles.items())[:ARTICLES]
    _flood(db, "/flood/a", range(0, 120))
    for key, article in chosen:
        _article(db, f"/original/{key}", article["articleBody"])
    _flood(db, "/flood/b", range(60, 200))
    for key, article in chosen:
        _article(db, f"/reprint/{key}", reprint(article["articleBody"]).text)
    for key, article in chosen[:10]:
        body = article["articleBody"]
        numeric = [c for c in extract(body)
                   if c.kind == "numeric" and any(ch.isdigit() for ch in c.text)]
        if numeric:
            _article(db, f"/changed/{key}", with_figure_changed(body, numeric[0].text))
    for key, article in chosen:
        _article(db, f"/again/{key}", reprint(article["articleBody"]).text)
    _flood(db, "/flood/c", range(0, 200, 3))


def _groups(db: Database) -> list[list[list[object]]]:
    with db.sessions.begin() as session:
        rows = session.execute(
            select(Source.location, Claim.id, Claim.group_id)
            .join(Source, Claim.source_id == Source.id).order_by(Claim.id)
        ).all()
    ordinal: dict[str, int] = defaultdict(int)
    members: dict[int, list[list[object]]] = defaultdict(list)
    for location, _claim_id, group_id in rows:
        ordinal[location] += 1
        if group_id is not None:
            members[group_id].append([location, ordinal[location]])
    return sorted(members.values())


def test_grouping_is_unchanged(db: Database) -> None:
    _ingest_all(db)
    groups = _groups(db)
    if os.environ.get("FACTCHECK_WRITE_GOLDEN"):
        GOLDEN.write_text(json.dumps(groups, separators=(",", ":")) + "\n")
    expected = json.loads(GOLDEN.read_text())
    assert len(groups) > 300  # the input makes the groups this test is about
    assert groups == expected
