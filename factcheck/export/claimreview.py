"""schema.org ClaimReview JSON-LD for checked claims, one document per line.

Google documents as required: ``claimReviewed``, ``reviewRating`` with ``alternateName``,
and ``url`` (the page of the fact check); recommended: ``author``, ``datePublished``,
``itemReviewed`` (a ``Claim`` with ``author``, ``datePublished``, ``appearance``), and on
the rating ``ratingValue``/``bestRating``/``worstRating``/``name``. The fact-check page
is the desk's, not ours, so its URL comes from a template with ``{id}``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck.errors import FactcheckError
from factcheck.export.records import ExportRecord, iso_time
from factcheck.output import write_jsonl
from factcheck.store.models import Change

ORG_ENV: Final = "FACTCHECK_ORG"
REVIEW_URL_ENV: Final = "FACTCHECK_REVIEW_URL"

# The verdict as shown in search results, and its place on a three-point scale;
# "unverifiable" is not a point on that scale, so it carries only the text.
RATINGS: Final[dict[str, tuple[str, int | None]]] = {
    "false": ("False", 1),
    "misleading": ("Misleading", 2),
    "accurate": ("Accurate", 3),
    "unverifiable": ("Unverifiable", None),
}
BEST, WORST = 3, 1


@dataclass(frozen=True, slots=True)
class Publisher:
    """Who publishes the fact checks, and where each one lives."""

    org: str
    review_url: str  # e.g. "https://factcheck.example/claims/{id}"

    @classmethod
    def resolve(cls, org: str | None, review_url: str | None,
                environ: Mapping[str, str] | None = None) -> Publisher:
        environ = os.environ if environ is None else environ
        org = (org or environ.get(ORG_ENV) or "").strip()
        review_url = (review_url or environ.get(REVIEW_URL_ENV) or "").strip()
        missing = []
        if not org:
            missing.append(f"the organisation's name (--org or {ORG_ENV})")
        if "{id}" not in review_url:
            missing.append(
                f"the fact-check page URL with {{id}} (--review-url or {REVIEW_URL_ENV}, "
                "e.g. https://factcheck.example/claims/{id})"
            )
        if missing:
            raise FactcheckError("ClaimReview needs " + " and ".join(missing), exit_code=2)
        return cls(org, review_url)


def verdict_times(session: Session, ids: list[int]) -> dict[int, datetime]:
    """When each claim got its current verdict (the latest verdict change)."""
    rows = session.execute(
        select(Change.claim_id, func.max(Change.changed_at))
        .where(Change.claim_id.in_(ids), Change.field == "verdict",
               Change.new_value.is_not(None))
        .group_by(Change.claim_id)
    )
    return {claim_id: at for claim_id, at in rows}


def _creative_work(url: str, headline: str | None, published: str | None,
                   publisher: str | None) -> dict[str, Any]:
    """One place a claim appeared, as schema.org ``CreativeWork``."""
    work: dict[str, Any] = {"@type": "CreativeWork", "url": url}
    if headline:
        work["headline"] = headline
    if published:
        work["datePublished"] = published
    if publisher:
        work["publisher"] = {"@type": "Organization", "name": publisher}
    return work


def claim_review(record: ExportRecord, publisher: Publisher,
                 reviewed_at: datetime | None) -> dict[str, Any]:
    r = record.row
    label, value = RATINGS[r.verdict]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label, "name": label}
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST, worstRating=WORST)
    said_at = iso_time(r.post_posted_at or r.source_published)
    claim: dict[str, Any] = {"@type": "Claim"}
    if r.speaker:
        author: dict[str, Any] = {"@type": "Person", "name": r.speaker}
        if r.speaker_role:
            author["jobTitle"] = r.speaker_role
        claim["author"] = author
    if said_at:
        claim["datePublished"] = said_at
    if record.appearances:  # printed more than once: every print, the first one first
        works = [_creative_work(a.url, a.source, iso_time(a.when), a.publisher)
                 for a in record.appearances if a.url]
        if works:
            claim["appearance"] = works
            claim["firstAppearance"] = works[0]
    elif r.source_url:
        claim["appearance"] = _creative_work(r.source_url, r.source_title, said_at,
                                             r.source_publisher)
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": publisher.review_url.replace("{id}", str(r.id)),
        "claimReviewed": r.quote or r.text,
        "author": {"@type": "Organization", "name": publisher.org},
        "reviewRating": rating,
        "itemReviewed": claim,
    }
    published = iso_time(reviewed_at or r.updated_at)
    if published:
        review["datePublished"] = published
    if r.rationale:
        review["reviewBody"] = r.rationale
    return review


def iter_claim_reviews(session: Session, records: Iterable[ExportRecord],
                       publisher: Publisher, *, batch: int = 2000) -> Iterator[dict[str, Any]]:
    """ClaimReview documents for the checked claims among ``records``."""
    pending: list[ExportRecord] = []

    def flush() -> Iterator[dict[str, Any]]:
        times = verdict_times(session, [p.row.id for p in pending])
        for record in pending:
            yield claim_review(record, publisher, times.get(record.row.id))
        pending.clear()

    for record in records:
        if record.row.status != "checked" or record.row.verdict is None:
            continue
        pending.append(record)
        if len(pending) >= batch:
            yield from flush()
    if pending:
        yield from flush()


def write_claim_reviews(reviews: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON-LD ClaimReview document a line."""
    return write_jsonl(reviews, out)
