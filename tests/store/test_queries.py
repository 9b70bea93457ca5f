"""Listing, filtering, paging and showing stored claims."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from factcheck.store import (
    ClaimFilter,
    count_claims,
    get_claim,
    iter_claims,
    list_claims,
    save_source,
)
from factcheck.store.database import Database
from factcheck.store.models import Claim
from tests.store.builders import liveblog

BLOG = [
    ("9:37 a.m. ET, January 21, 2022", [
        ("Antony Blinken", "we will meet again next week"),
        ("Sergey Lavrov", "100,000 troops are not a threat"),
    ]),
    ("12:56 p.m. ET, January 21, 2022", [
        ("Jen Psaki", "there are 3 options, 100% of them ready"),
        ("Dmytro Kuleba", "under_score and [bold]markup[/bold] stay literal"),
    ]),
]


@pytest.fixture
def stored(db: Database) -> Database:
    document, claims = liveblog(BLOG, title="Ukraine live", url="https://example.com/live")
    other, other_claims = liveblog(
        [(None, [("Olaf Scholz", "gas flows as agreed")])], location="/news/berlin.txt",
        title="Berlin briefing",
    )
    with db.write() as session:
        save_source(session, document, claims)
        save_source(session, other, other_claims)
        session.execute(
            update(Claim).where(Claim.speaker == "Sergey Lavrov")
            .values(status="checked", verdict="false")
        )
    return db


def _speakers(db: Database, **filters: Any) -> list[str | None]:
    with db.sessions.begin() as session:
        return [c.speaker for c in list_claims(session, ClaimFilter(**filters))]


def test_filters(stored: Database) -> None:
    assert len(_speakers(stored)) == 5
    assert _speakers(stored, status="checked") == ["Sergey Lavrov"]
    assert _speakers(stored, verdict="false") == ["Sergey Lavrov"]
    assert _speakers(stored, status="new", kind="quote", speaker="BLINK") == ["Antony Blinken"]
    assert _speakers(stored, source="berlin") == ["Olaf Scholz"]
    assert _speakers(stored, source="example.com") == [
        "Antony Blinken", "Sergey Lavrov", "Jen Psaki", "Dmytro Kuleba"]
    assert _speakers(stored, search="troops") == ["Sergey Lavrov"]
    assert _speakers(stored, search="psaki") == ["Jen Psaki"]
    assert _speakers(stored, kind="numeric") == []


def test_like_wildcards_in_user_text_are_literal(stored: Database) -> None:
    assert _speakers(stored, search="100%") == ["Jen Psaki"]
    assert _speakers(stored, search="r_s") == ["Dmytro Kuleba"]  # under_score, not "r?s"
    assert _speakers(stored, search="%") == ["Jen Psaki"]


def test_count_sort_and_paging(stored: Database) -> None:
    with stored.sessions.begin() as session:
        assert count_claims(session) == 5
        assert count_claims(session, ClaimFilter(source="ukraine")) == 4
        by_speaker = [c.speaker for c in list_claims(session, sort="speaker")]
        assert by_speaker == sorted(by_speaker)  # type: ignore[type-var]
        pages = [
            [c.id for c in list_claims(session, limit=2, offset=offset, sort="status")]
            for offset in (0, 2, 4)
        ]
        assert sorted(i for page in pages for i in page) == [c.id for c in list_claims(session)]
        newest_first = [c.id for c in list_claims(session, sort="id", descending=True)]
        assert newest_first == sorted(newest_first, reverse=True)
        assert [c.id for c in iter_claims(session, batch=2)] == sorted(newest_first)
        with pytest.raises(ValueError, match="unknown sort key"):
            list_claims(session, sort="text; DROP TABLE claims")


def test_get_claim_gives_context_source_post_and_quantities(stored: Database) -> None:
    with stored.sessions.begin() as session:
        (lavrov,) = list_claims(session, ClaimFilter(speaker="lavrov"))
        detail = get_claim(session, lavrov.id)
        assert detail is not None
        assert detail.context.claim == lavrov.text
        assert detail.context.text == lavrov.text  # one paragraph per line in the builder
        assert detail.source.title == "Ukraine live"
        assert detail.post is not None and detail.post.time == BLOG[0][0]
        assert [q.surface for q in detail.quantities] == ["100,000"]
        data = detail.to_dict()
        assert data["verdict"] == "false"
        assert data["source"]["url"] == "https://example.com/live"
        assert data["post"]["posted_at"] == "2022-01-21T14:37:00+00:00"
        assert get_claim(session, 10_000_000) is None


def test_context_is_the_paragraph_and_is_cut_when_long(db: Database) -> None:
    from dataclasses import replace

    document, claims = liveblog([(None, [("Psaki", "three options")])])
    filler = "Word " * 400 + "end. "
    text = filler + document.text[:-2] + " Then more. " + "tail " * 400 + "\nNext paragraph."
    claim = claims[0]
    shift = len(filler)
    moved = replace(
        claim, start=claim.start + shift, end=claim.end + shift,
        quote_start=claim.quote_start + shift,  # type: ignore[operator]
        quote_end=claim.quote_end + shift,  # type: ignore[operator]
        speaker_start=claim.speaker_start + shift,  # type: ignore[operator]
        speaker_end=claim.speaker_end + shift,  # type: ignore[operator]
    )
    with db.write() as session:
        save_source(session, replace(document, text=text), [moved])
    with db.sessions.begin() as session:
        detail = get_claim(session, list_claims(session)[0].id)
        assert detail is not None
        context = detail.context
        assert context.claim == claim.text
        assert context.after.startswith(" Then more.")
        assert "Next paragraph" not in context.after
        assert len(context.before) <= 300 and len(context.after) <= 300
        assert text[context.offset:context.offset + len(context.text)] == context.text
