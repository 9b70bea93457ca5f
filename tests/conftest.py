"""Fixtures shared by the test suite: the shared data beside the project, and databases.

``db_url`` runs a test on a real SQLite file and, when ``FACTCHECK_TEST_POSTGRES_URL`` is
set, on PostgreSQL too. Each PostgreSQL run gets a schema of its own (named in the URL's
``search_path``), dropped afterwards, so tests never see each other's rows, whichever
other processes use the same server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The read-only shared data sets beside the project (FACTCHECK_SHARED may point elsewhere).
SHARED = Path(os.environ.get("FACTCHECK_SHARED") or ROOT.parent / "shared")
SAMPLE = ROOT / "data" / "cnn-ukraine-liveblog-2022-01-21.txt"
POSTGRES_ENV = "FACTCHECK_TEST_POSTGRES_URL"
POSTGRES_SKIP = f"set {POSTGRES_ENV} to run PostgreSQL tests (see DEVELOPERS.md)"


def shared_path(*parts: str) -> Path:
    """A file in ../shared, or skip the test with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (the project expects ../shared beside it)")
    return path


@pytest.fixture(autouse=True)
def _isolated_user_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads FACTCHECK_DB from the environment or touches the real data directory."""
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(POSTGRES_SKIP)
    return url


def _postgres_schema_url(base: str) -> Iterator[str]:
    from sqlalchemy import create_engine, make_url, text

    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a new SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'claims.sqlite3'}"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(POSTGRES_SKIP)
    yield from _postgres_schema_url(base)


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    """The database of ``db_url``, opened (so created and migrated)."""
    from factcheck.store import open_database

    database = open_database(db_url)
    try:
        yield database
    finally:
        database.close()
