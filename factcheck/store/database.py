"""Where the database is, how to connect to it, and opening it safely.

``open_database`` is the one way in: it resolves the URL (``--db`` > ``FACTCHECK_DB`` >
an SQLite file in the user's data directory), connects with the SQLite settings a
multi-process desk needs, creates and migrates a new database, and refuses, without
writing anything, a database it does not understand.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event, inspect
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from factcheck.errors import FactcheckError
from factcheck.store import migrate
from factcheck.store.models import Claim, Source
from factcheck.store.urls import BadDatabaseURL, conninfo_url, describe_url, is_conninfo, scrub
from factcheck.store.urls import parse_url as _parse_url

ENV_VAR = "FACTCHECK_DB"
DEFAULT_FILENAME = "claims.sqlite3"
# How long an SQLite writer waits for another process's transaction before giving up.
# Ingesting a big batch holds the write lock for seconds, not minutes.
BUSY_TIMEOUT_MS = 30_000


class DatabaseError(FactcheckError):
    """The database cannot be used as it is: unreachable, not a database, unknown schema."""

    exit_code = 3


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir("factcheck", appauthor=False)) / DEFAULT_FILENAME


def resolve_url(value: str | None = None, *, environ: Mapping[str, str] | None = None) -> URL:
    """The database URL: ``value`` (from ``--db``), else ``$FACTCHECK_DB``, else the default
    SQLite file. A URL has ``://``; a libpq ``key=value`` connection string means
    PostgreSQL; anything else is a file path. ``postgresql://`` and ``postgres://`` mean
    the psycopg 3 driver, the one factcheck installs."""
    environ = os.environ if environ is None else environ
    origin = "--db" if value and value.strip() else f"${ENV_VAR}"
    raw = (value if value and value.strip() else environ.get(ENV_VAR) or "").strip()
    if not raw:
        return _sqlite_url(default_database_path())
    if is_conninfo(raw):
        try:
            return conninfo_url(raw)
        except BadDatabaseURL as exc:
            raise DatabaseError(f"{origin}: not a usable connection string: {exc}") from None
    if "://" not in raw:
        return _sqlite_url(Path(raw).expanduser())
    try:
        url = _parse_url(raw)
    except BadDatabaseURL as exc:
        raise DatabaseError(f"{origin}: not a usable database URL: {exc}") from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _sqlite_url(path: Path) -> URL:
    return URL.create("sqlite", database=str(path.absolute()))


def sqlite_path(url: URL) -> Path | None:
    """The file of an SQLite URL, or None for other backends and in-memory databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or url.query.get("mode") == "memory":
        return None
    return Path(database)


def describe(url: URL) -> str:
    """How to show a database to a user: the file path for SQLite, else the URL without
    its password (in the user part or the query)."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return describe_url(url)


def _sqlite_on_connect(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Python's sqlite3 would otherwise open transactions on its own, too late for
        # reads; we emit BEGIN ourselves (_on_sqlite_begin), as SQLAlchemy's docs advise.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # WAL: readers (the TUI) never block the writer (an ingest), nor the reverse.
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    return on_connect


def _on_sqlite_begin(connection: Any) -> None:
    # A transaction that reads and then writes must hold the write lock from the start:
    # in WAL mode a deferred transaction whose snapshot went stale while it waited for the
    # lock fails at once with "database is locked" instead of waiting out busy_timeout.
    immediate = connection.get_execution_options().get("factcheck_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_engine_for(url: URL, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine with factcheck's connection settings; connects lazily."""
    try:
        if url.get_backend_name() == "sqlite":
            engine = create_engine(url)
            event.listen(engine, "connect", _sqlite_on_connect(busy_timeout_ms))
            event.listen(engine, "begin", _on_sqlite_begin)
            return engine
        connect_args: dict[str, Any] = {}
        if url.get_backend_name() == "postgresql":
            connect_args["connect_timeout"] = 10
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise DatabaseError(
            f"{describe(url)}: unsupported database URL ({scrub(str(exc), url)})"
        ) from None


class SchemaState(enum.Enum):
    MISSING = "no database yet"
    EMPTY = "empty"
    CURRENT = "up to date"
    BEHIND = "needs an upgrade"
    NEWER = "newer than this factcheck"
    FOREIGN = "not a factcheck database"


# The tables every factcheck schema has had, newer ones included: a database with an Alembic
# revision factcheck does not know is a newer factcheck's only if it has these.
_OWN_TABLES = frozenset({Source.__tablename__, Claim.__tablename__})


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    state: SchemaState
    revision: str | None
    head: str

    def problem(self, where: str) -> str | None:
        """The message refusing this database, or None if factcheck can use it."""
        if self.state is SchemaState.NEWER:
            return (
                f"{where}: the database is at schema revision {self.revision}, which this "
                f"version of factcheck does not know (it knows up to {self.head}); "
                "upgrade factcheck to use it. Nothing was changed"
            )
        if self.state is SchemaState.FOREIGN and self.revision is not None:
            return (
                f"{where}: the database belongs to another application (its schema revision "
                f"{self.revision} is not one of factcheck's and it has no factcheck tables); "
                "refusing to touch it. Point --db at a new or factcheck database"
            )
        if self.state is SchemaState.FOREIGN:
            return (
                f"{where}: the database has tables but no factcheck schema version; "
                "refusing to touch it. Point --db at a new or factcheck database"
            )
        return None


def _reason(url: URL, exc: DBAPIError) -> str:
    """The first line of the driver's message, without any secret of ``url`` in it."""
    text = str(exc.orig if exc.orig is not None else exc).strip()
    return scrub((text.splitlines() or [""])[0], url)


def _busy_or_gone(url: URL, exc: OperationalError) -> DatabaseError:
    reason = _reason(url, exc)
    if "locked" in reason or "busy" in reason:
        return DatabaseError(
            f"{describe(url)}: the database stayed busy (another process was writing to it); "
            "nothing was written, try again"
        )
    return DatabaseError(f"{describe(url)}: the database failed ({reason}); nothing was written")


def _connection_failure(url: URL, exc: DBAPIError) -> DatabaseError:
    reason = _reason(url, exc)
    where = describe(url)
    if url.get_backend_name() == "sqlite":
        if "not a database" in reason or "malformed" in reason:
            return DatabaseError(f"{where}: not an SQLite database ({reason})")
        return DatabaseError(f"{where}: cannot open the SQLite database ({reason})")
    return DatabaseError(f"cannot use the database at {where}: {reason}")


def schema_status(engine: Engine) -> SchemaStatus:
    """What is in the database, read without writing anything."""
    head = migrate.head_revision()
    path = sqlite_path(engine.url)
    if path is not None and not path.exists():
        return SchemaStatus(SchemaState.MISSING, None, head)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
            connection.rollback()
    except DBAPIError as exc:
        raise _connection_failure(engine.url, exc) from None
    if revision is None:
        state = SchemaState.FOREIGN if tables else SchemaState.EMPTY
    elif revision == head:
        state = SchemaState.CURRENT
    elif migrate.is_known_revision(revision):
        state = SchemaState.BEHIND
    elif tables >= _OWN_TABLES:
        state = SchemaState.NEWER
    else:
        state = SchemaState.FOREIGN
    return SchemaStatus(state, revision, head)


@dataclass(frozen=True, slots=True)
class Database:
    """An open claims database: one engine, one ``sessionmaker``.

    Units of work are ``with db.sessions.begin() as session:`` for reading and
    ``with db.write() as session:`` for anything that reads and then writes.
    """

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def where(self) -> str:
        return describe(self.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that holds the write lock from its start on SQLite (no stale
        snapshot, waits for other writers up to the busy timeout); plain on PostgreSQL.
        Committed at the end, rolled back on any error; a database that stays busy or
        goes away becomes a ``DatabaseError`` with one clear line."""
        try:
            with self.sessions.begin() as session:
                session.connection(execution_options={"factcheck_write": True})
                yield session
        except OperationalError as exc:
            raise _busy_or_gone(self.url, exc) from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_database(
    value: str | URL | None = None,
    *,
    create: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Database:
    """Open the claims database, creating and migrating it if it is new.

    An empty or missing database is created at the head revision (unless ``create`` is
    false). A database at an older revision is upgraded if it is an SQLite file (one
    user's own file); a shared PostgreSQL database is left to ``factcheck db upgrade``, so
    that colleagues on older versions are not locked out by surprise. A database at a
    revision this code does not know, or with tables of something else, is refused with
    nothing written.
    """
    url = value if isinstance(value, URL) else resolve_url(value)
    path = sqlite_path(url)
    if path is not None and path.is_dir():
        raise DatabaseError(f"{path}: is a directory, not a database file")
    if path is not None and not path.exists() and not create:
        raise DatabaseError(f"{path}: no database there yet (it is created on first use)")
    engine = create_engine_for(url, busy_timeout_ms=busy_timeout_ms)
    try:
        status = schema_status(engine) if path is None or path.exists() else None
        if status is not None and (problem := status.problem(describe(url))):
            raise DatabaseError(problem)
        needs = status is None or status.state in (SchemaState.MISSING, SchemaState.EMPTY)
        if status is not None and status.state is SchemaState.BEHIND:
            if path is None:
                raise DatabaseError(
                    f"{describe(url)}: the database is at schema revision {status.revision}; "
                    f"this factcheck needs {status.head}: run `factcheck db upgrade`"
                )
            needs = True
        if needs:
            if not create:
                raise DatabaseError(f"{describe(url)}: the database has no factcheck schema yet")
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            upgrade_database(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def upgrade_database(engine: Engine) -> tuple[str | None, str]:
    """Upgrade to the head revision; returns (revision before, revision after).
    Refuses a database it does not understand."""
    status = schema_status(engine)
    if problem := status.problem(describe(engine.url)):
        raise DatabaseError(problem)
    if status.state is not SchemaState.CURRENT:
        try:
            migrate.upgrade(engine)
        except DBAPIError as exc:
            raise _connection_failure(engine.url, exc) from None
    return status.revision, status.head
