"""Another application's Alembic database is refused as someone else's, not as a newer
factcheck's, and left untouched."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from factcheck.cli import main
from factcheck.store import DatabaseError, SchemaState, open_database, schema_status
from factcheck.store.database import create_engine_for, resolve_url

ELSEWHERE = "ae1027a6acf"  # an Alembic revision id as another project's would look


def _tables_and_revision(url: str) -> tuple[object, ...]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id FROM invoices")).all()
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    return rows, revision


@pytest.fixture
def invoices(db_url: str) -> str:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
        connection.execute(text("INSERT INTO invoices (id) VALUES (7)"))
        connection.execute(text(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        connection.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": ELSEWHERE})
    engine.dispose()
    return db_url


def test_it_is_said_to_belong_to_another_application(invoices: str) -> None:
    before = _tables_and_revision(invoices)
    engine = create_engine_for(resolve_url(invoices))
    try:
        assert schema_status(engine).state is SchemaState.FOREIGN
    finally:
        engine.dispose()
    with pytest.raises(DatabaseError) as caught:
        open_database(invoices)
    message = str(caught.value)
    assert "belongs to another application" in message and ELSEWHERE in message
    assert "upgrade factcheck" not in message
    assert _tables_and_revision(invoices) == before


@pytest.mark.parametrize("command", ["status", "upgrade"])
def test_the_db_commands_refuse_it_in_one_line(invoices: str, command: str) -> None:
    before = _tables_and_revision(invoices)
    result = CliRunner().invoke(main, ["db", command, "--db", invoices])
    assert result.exit_code == 3
    (line,) = result.stderr.splitlines()
    assert line.startswith("factcheck: error: ") and "belongs to another application" in line
    assert _tables_and_revision(invoices) == before
