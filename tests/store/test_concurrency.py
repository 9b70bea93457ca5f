"""Several processes writing to one database at once: each either succeeds or fails with
a clear message, and the database stays consistent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from factcheck.store import open_database

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import json, sys, time
from tests.store.builders import many
from factcheck.store import open_database, save_source
from factcheck.errors import FactcheckError

url, location, start_at = sys.argv[1], sys.argv[2], float(sys.argv[3])
document, claims = many(4000, location=location)
db = open_database(url)
while time.time() < start_at:
    time.sleep(0.001)
try:
    with db.write() as session:
        outcome = save_source(session, document, claims)
    print(json.dumps({"status": outcome.status, "added": outcome.claims_added}))
except FactcheckError as exc:
    print(json.dumps({"error": str(exc)}))
"""


def _run_together(db_url: str, locations: list[str]) -> list[dict[str, object]]:
    open_database(db_url).close()  # created and migrated before the race
    start_at = time.time() + 1.5  # every process is up and waiting by then
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db_url, location, str(start_at)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
        )
        for location in locations
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        results.append(json.loads(out))
    return results


def _count(db_url: str, table: str) -> int:
    with open_database(db_url) as db, db.sessions.begin() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_processes_storing_different_sources_at_once_all_succeed(db_url: str) -> None:
    results = _run_together(db_url, ["/news/a.txt", "/news/b.txt", "/news/c.txt"])
    assert results == [{"status": "new", "added": 4000}] * 3
    assert _count(db_url, "claims") == 12000
    assert _count(db_url, "sources") == 3


def test_processes_storing_the_same_source_at_once_store_it_once(db_url: str) -> None:
    results = _run_together(db_url, ["/news/same.txt", "/news/same.txt"])
    assert sorted(r["status"] for r in results) == ["new", "unchanged"]  # type: ignore[type-var]
    assert _count(db_url, "claims") == 4000
    assert _count(db_url, "sources") == 1


def test_processes_creating_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    script = (
        "import sys, time\n"
        "from factcheck.store import open_database\n"
        "while time.time() < float(sys.argv[2]): time.sleep(0.001)\n"
        "open_database(sys.argv[1]).close(); print('ok')\n"
    )
    start_at = str(time.time() + 1.0)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen([sys.executable, "-c", script, url, start_at], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        for _ in range(3)
    ]
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert (process.returncode, out.strip()) == (0, "ok"), err


def test_a_writer_that_waits_too_long_fails_cleanly_and_writes_nothing(tmp_path: Path) -> None:
    import sqlite3

    import pytest

    from factcheck.store import DatabaseError, save_source
    from tests.store.builders import many

    path = tmp_path / "busy.sqlite3"
    open_database(str(path)).close()
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a long ingest
    document, claims = many(50)
    with open_database(str(path), busy_timeout_ms=200) as db:
        busy = pytest.raises(DatabaseError, match=r"stayed busy.*nothing was written")
        with busy, db.write() as session:
            save_source(session, document, claims)
        holder.execute("ROLLBACK")
        holder.close()
        with db.sessions.begin() as session:
            assert session.execute(text("SELECT count(*) FROM sources")).scalar_one() == 0
