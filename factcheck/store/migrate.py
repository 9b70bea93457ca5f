"""Alembic, driven from the application: where the migrations are and how to run them.

The migrations live in ``migrations/`` at the top of the source tree; the wheel carries
the same directory as ``factcheck/migrations`` (see ``pyproject.toml``), so a normal
``pip install .`` can create and upgrade databases without the source tree.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

# Any fixed 64-bit number: PostgreSQL sessions that migrate take this advisory lock, so two
# processes opening a new database at once migrate it one after the other.
_PG_MIGRATION_LOCK = 0x46_43_4B_4D_49_47  # "FCKMIG"


def migrations_dir() -> Path:
    """The Alembic script directory: inside the installed package, else the source tree."""
    packaged = Path(str(resources.files("factcheck") / "migrations"))
    if (packaged / "env.py").is_file():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / "migrations"
    if (source_tree / "env.py").is_file():
        return source_tree
    raise RuntimeError(
        f"factcheck's database migrations are missing (looked in {packaged} and {source_tree}); "
        "reinstall factcheck"
    )


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic ``Config`` without an ini file; ``env.py`` uses ``connection`` if given."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this version of factcheck knows."""
    head = _script().get_current_head()
    if head is None:  # pragma: no cover - the package always ships a first revision
        raise RuntimeError("factcheck's migrations have no revision")
    return head


def is_known_revision(revision: str) -> bool:
    return any(script.revision == revision for script in _script().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None if it has no version table. Reads only."""
    return MigrationContext.configure(connection).get_current_revision()


def _migrate(engine: Engine, run: str, revision: str) -> None:
    """Run ``alembic upgrade|downgrade`` in one transaction, serialised against other
    processes doing the same (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: an advisory lock).

    On SQLite, foreign keys are off while the migration runs, because batch migrations
    rebuild tables by copy-and-rename; ``PRAGMA foreign_key_check`` afterwards makes sure
    the result is still consistent before it is committed.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.execution_options(factcheck_write=True)
            connection.connection.dbapi_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys=OFF"
            )
        try:
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
                    )
                config = alembic_config(connection)
                if run == "upgrade":
                    command.upgrade(config, revision)
                else:
                    command.downgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute(  # type: ignore[union-attr]
                    "PRAGMA foreign_keys=ON"
                )


def upgrade(engine: Engine, revision: str = "head") -> None:
    _migrate(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    _migrate(engine, "downgrade", revision)
