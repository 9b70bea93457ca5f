"""save_source: new, unchanged and updated sources; ids, statuses and history survive."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select, text

from factcheck.store import InvalidClaimError, save_source
from factcheck.store.database import Database
from factcheck.store.models import Change, Claim, Post, Quantity, Source
from tests.store.builders import liveblog, many

MORNING = ("9:37 a.m. ET, January 21, 2022", [
    ("Blinken", "we will meet again next week"),
    ("Lavrov", "100,000 troops are not a threat"),
])
NOON = ("12:56 p.m. ET, January 21, 2022", [
    ("Psaki", "there are 3 options on the table"),
])
EVENING = ("6:10 p.m. ET, January 21, 2022", [
    ("Kuleba", "we counted 127,000 soldiers"),
    ("Blinken", "we will meet again next week"),  # said again later: a second claim
])


def _save(db: Database, document: Any, claims: Any) -> Any:
    with db.write() as session:
        return save_source(session, document, claims)


def _claims(db: Database) -> dict[str, Any]:
    """Stored claims by their text, with what must survive a re-ingest."""
    with db.sessions.begin() as session:
        rows = session.execute(select(Claim).order_by(Claim.id)).scalars().all()
        source_text = session.execute(select(Source.text)).scalar_one()
        return {
            f"{row.text}@{row.start}" if row.text.startswith("Blinken") else row.text: {
                "id": row.id, "status": row.status, "verdict": row.verdict,
                "version": row.version, "span_valid": row.span_valid,
                "in_text": source_text[row.start:row.end] == row.text,
                "quote_ok": source_text[row.quote_start:row.quote_end] == row.quote,
                "speaker_ok": source_text[row.speaker_start:row.speaker_end]
                == row.speaker_mention,
                "quantities_ok": all(
                    source_text[q.start:q.end] == q.surface for q in row.quantities
                ),
            }
            for row in rows
        }


def test_a_new_source_stores_every_claim_with_quantities_and_posts(db: Database) -> None:
    document, claims = liveblog([NOON, MORNING])
    outcome = _save(db, document, claims)
    assert (outcome.status, outcome.claims_added, outcome.claims_skipped) == ("new", 3, 0)
    with db.sessions.begin() as session:
        source = session.get(Source, outcome.source_id)
        assert source is not None
        assert source.text == document.text
        assert source.content_hash == document.content_hash
        assert source.authors == ["Aditi Sangal", "Meg Wagner"]
        assert source.retrieved == document.retrieved
        stored = session.execute(select(Claim).order_by(Claim.start)).scalars().all()
        assert [c.text for c in stored] == [c.text for c in claims]
        assert {c.status for c in stored} == {"new"}
        assert all(c.verdict is None and c.version == 1 for c in stored)
        lavrov = next(c for c in stored if c.speaker == "Lavrov")
        assert [(q.surface, q.low) for q in lavrov.quantities] == [("100,000", 100000.0)]
        posts = session.execute(select(Post).order_by(Post.start)).scalars().all()
        assert [p.time for p in posts] == [NOON[0], MORNING[0]]
        assert posts[0].posted_at is not None and posts[0].posted_at.hour == 17  # 12:56 ET
        assert lavrov.post_id == posts[1].id


def test_the_same_content_again_is_unchanged_and_writes_nothing(db: Database) -> None:
    document, claims = liveblog([MORNING])
    _save(db, document, claims)
    before = _claims(db)
    again = _save(db, document, claims)
    assert (again.status, again.claims_added, again.claims_skipped) == ("unchanged", 0, 2)
    assert _claims(db) == before


def _review(db: Database) -> None:
    """An editor's decisions, which a re-ingest must keep."""
    with db.write() as session:
        lavrov = session.execute(select(Claim).where(Claim.speaker == "Lavrov")).scalar_one()
        lavrov.status, lavrov.verdict, lavrov.rationale = "checked", "false", "satellite images"
        session.add(Change(claim_id=lavrov.id, field="verdict", old_value=None,
                           new_value="false", editor="meg"))
        session.flush()


def test_an_updated_live_blog_adds_only_new_claims_and_keeps_ids_statuses_history(
    db: Database,
) -> None:
    document, claims = liveblog([MORNING])
    first = _save(db, document, claims)
    _review(db)
    before = _claims(db)

    # The blog gained posts above the old one (newest first): every offset moves.
    updated, new_claims = liveblog([EVENING, NOON, MORNING])
    outcome = _save(db, updated, new_claims)
    assert outcome.status == "updated"
    assert outcome.source_id == first.source_id
    assert (outcome.claims_added, outcome.claims_skipped) == (3, 2)
    assert outcome.claims_moved == 2
    after = _claims(db)
    for key, old in before.items():
        new_key = next(k for k in after if k.split("@")[0] == key.split("@")[0]
                       and after[k]["id"] == old["id"])
        kept = after[new_key]
        assert (kept["status"], kept["verdict"], kept["version"]) == (
            old["status"], old["verdict"], old["version"])
    assert all(c["in_text"] and c["quote_ok"] and c["speaker_ok"] and c["quantities_ok"]
               and c["span_valid"] for c in after.values())
    assert len(after) == 5
    with db.sessions.begin() as session:
        assert session.execute(select(Source.text)).scalar_one() == updated.text
        assert session.execute(select(func.count()).select_from(Change)).scalar_one() == 1
        assert session.execute(select(func.count()).select_from(Post)).scalar_one() == 3
        assert session.execute(select(func.count()).select_from(Source)).scalar_one() == 1


def test_a_claim_gone_from_the_new_text_is_kept_but_marked(db: Database) -> None:
    document, claims = liveblog([NOON, MORNING])
    _save(db, document, claims)
    _review(db)
    # Lavrov's quote was removed from the blog; Blinken's is still there but the
    # extractor (say, a newer version) no longer reports it.
    updated, new_claims = liveblog([NOON, (MORNING[0], MORNING[1][:1])])
    outcome = _save(db, updated, [c for c in new_claims if c.speaker != "Blinken"])
    assert (outcome.claims_added, outcome.claims_detached) == (0, 1)
    after = _claims(db)
    lavrov = after["Lavrov said \"100,000 troops are not a threat\"."]
    assert lavrov["status"] == "checked" and lavrov["span_valid"] is False
    blinken = next(v for k, v in after.items() if k.startswith("Blinken"))
    assert blinken["span_valid"] and blinken["in_text"] and blinken["quote_ok"]


def test_a_sentence_said_twice_in_one_source_is_two_claims(db: Database) -> None:
    document, claims = liveblog([EVENING, MORNING])
    outcome = _save(db, document, claims)
    assert outcome.claims_added == 4
    again = _save(db, replace(document, retrieved=document.retrieved), claims)
    assert again.status == "unchanged"


def test_claims_whose_offsets_do_not_hold_their_text_are_refused(db: Database) -> None:
    document, claims = liveblog([MORNING])
    broken = [claims[0], replace(claims[1], start=claims[1].start + 1)]
    with pytest.raises(InvalidClaimError, match=r"claim 2 \(quote\): span"):
        _save(db, document, broken)
    bad_quantity = replace(claims[1], quantities=(replace(claims[1].quantities[0], start=0),))
    with pytest.raises(InvalidClaimError, match="quantity '100,000'"):
        _save(db, document, [bad_quantity])
    with db.sessions.begin() as session:
        assert session.execute(select(func.count()).select_from(Source)).scalar_one() == 0


def test_a_failure_inside_the_transaction_leaves_nothing_half_written(db: Database) -> None:
    document, claims = many(300)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.write() as session:
        save_source(session, document, claims)
        assert session.execute(select(func.count()).select_from(Claim)).scalar_one() == 300
        raise Boom
    with db.sessions.begin() as session:
        for table in ("sources", "posts", "claims", "quantities"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
    assert _save(db, document, claims).claims_added == 300  # and it can be stored after


def test_a_source_without_claims_is_stored(db: Database) -> None:
    document, _ = liveblog([MORNING])
    outcome = _save(db, document, [])
    assert (outcome.status, outcome.claims_added) == ("new", 0)


def test_claim_ids_continue_across_sources(db: Database) -> None:
    a = _save(db, *many(10, location="/a.txt"))
    b = _save(db, *many(10, location="/b.txt"))
    with db.sessions.begin() as session:
        ids = session.execute(select(Claim.source_id, Claim.id).order_by(Claim.id)).all()
        assert [i for _, i in ids] == sorted({i for _, i in ids})
        assert [s for s, _ in ids] == [a.source_id] * 10 + [b.source_id] * 10
        assert session.execute(select(func.count()).select_from(Quantity)).scalar_one() > 10
        # the database's own id sequence still works after our pre-allocated ids
        source = session.execute(select(Source).limit(1)).scalar_one()
        session.add(Claim(source_id=source.id, fingerprint="manual", kind="numeric",
                          start=0, end=1, text="x"))
        session.flush()


def test_a_repeated_quote_in_a_new_post_does_not_take_over_the_reviewed_one(
    db: Database,
) -> None:
    document, claims = liveblog([MORNING])
    _save(db, document, claims)
    with db.write() as session:
        blinken = session.execute(select(Claim).where(Claim.speaker == "Blinken")).scalar_one()
        blinken.status = "dismissed"
        reviewed_id = blinken.id
    updated, new_claims = liveblog([EVENING, MORNING])  # EVENING repeats Blinken, on top
    outcome = _save(db, updated, new_claims)
    assert (outcome.claims_added, outcome.claims_skipped) == (2, 2)
    with db.sessions.begin() as session:
        rows = session.execute(
            select(Claim.id, Claim.status, Post.time)
            .join(Post, Claim.post_id == Post.id)
            .where(Claim.speaker == "Blinken")
        ).all()
    assert {(r.id == reviewed_id, r.status, r.time) for r in rows} == {
        (True, "dismissed", MORNING[0]), (False, "new", EVENING[0])
    }
    assert _save(db, updated, new_claims).status == "unchanged"
    # and once more with yet another post: the fingerprints stay unique and stable
    final, final_claims = liveblog([NOON, EVENING, MORNING])
    again = _save(db, final, final_claims)
    assert (again.claims_added, again.claims_skipped) == (1, 4)
