"""Several processes racing to change the same claims: no lost update, every refusal reported.

Each worker reads a claim's version in one transaction (as an editor loads a screen), waits
a moment, then writes with that ``expected_version`` in another. Whatever the interleaving,
the claim's final version must be 1 + the number of writes that succeeded, there must be
exactly one audit row per success, and every failure must be a ``StaleClaimError``.
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select

from factcheck.store.models import Change, Claim
from tests.workflow.helpers import seed

WORKERS = 4
ATTEMPTS = 25


def _race(url: str, claim_ids: list[int], name: str, seed_: int, start: Any) -> dict[str, Any]:
    from factcheck import workflow
    from factcheck.store import open_database

    rng = random.Random(seed_)
    won: Counter[int] = Counter()
    stale = 0
    other: list[str] = []
    with open_database(url) as db:
        start.wait()
        for attempt in range(ATTEMPTS):
            claim_id = rng.choice(claim_ids)
            with db.sessions.begin() as session:
                version = session.execute(
                    select(Claim.version).where(Claim.id == claim_id)
                ).scalar_one()
            time.sleep(rng.random() * 0.01)
            try:
                with db.write() as session:
                    workflow.add_note(session, claim_id, f"{name} #{attempt}", editor=name,
                                      expected_version=version)
                won[claim_id] += 1
            except workflow.StaleClaimError as exc:
                if name in (exc.changed_by or "") or not exc.changed_by:
                    other.append(f"refusal names the wrong editor: {exc}")
                stale += 1
            except Exception as exc:  # anything else is a failure of the workflow
                other.append(f"{type(exc).__name__}: {exc}")
    return {"won": dict(won), "stale": stale, "other": other}


def _run(url: str, claim_ids: list[int]) -> list[dict[str, Any]]:
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(WORKERS)
        with context.Pool(WORKERS) as pool:
            results = [
                pool.apply_async(_race, (url, claim_ids, f"editor{i}", i, start))
                for i in range(WORKERS)
            ]
            return [result.get(timeout=240) for result in results]


@pytest.mark.slow
def test_racing_processes_lose_no_update_and_every_refusal_is_reported(db: Any) -> None:
    claim_ids = seed(db)[:2]
    results = _run(str(db.url.render_as_string(hide_password=False)), claim_ids)

    assert [r["other"] for r in results] == [[]] * WORKERS
    won: Counter[int] = Counter()
    for result in results:
        won.update({int(k): v for k, v in result["won"].items()})
    stale = sum(r["stale"] for r in results)
    assert sum(won.values()) + stale == WORKERS * ATTEMPTS
    assert stale > 0, "the workers never collided; the test proves nothing"

    with db.sessions.begin() as session:
        for claim_id in claim_ids:
            version = session.execute(
                select(Claim.version).where(Claim.id == claim_id)
            ).scalar_one()
            notes = session.execute(
                select(func.count()).select_from(Change)
                .where(Change.claim_id == claim_id, Change.field == "note")
            ).scalar_one()
            assert version == 1 + won[claim_id]
            assert notes == won[claim_id]
