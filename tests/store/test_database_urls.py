"""Database URLs and libpq connection strings: read as libpq reads them, never shown with
a secret in them, and refused in one line when malformed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import make_url

from factcheck.cli import main
from factcheck.store import DatabaseError, open_database, resolve_url
from factcheck.store.database import describe
from factcheck.store.urls import scrub
from tests.conftest import _postgres_schema_url

SECRET = "Hunter2secret"


def _db(*args: Any) -> Any:
    return CliRunner().invoke(main, ["db", *map(str, args)], catch_exceptions=False)


# (what the user writes, how factcheck shows it)
SHOWN = [
    ("postgresql://desk@127.0.0.1:5433/c?password=Secret",
     "postgresql+psycopg://desk@127.0.0.1:5433/c?password=***"),
    ("postgresql://desk:p@ssW0rd@host/c", "postgresql+psycopg://desk:***@host/c"),
    ("postgresql://desk:p%40ss@host/c", "postgresql+psycopg://desk:***@host/c"),
    ("postgresql://desk:a/b?c@host:5433/c", "postgresql+psycopg://desk:***@host:5433/c"),
    ("postgresql://u:pw@[::1]:5433/c", "postgresql+psycopg://u:***@[::1]:5433/c"),
    ("postgresql://u@h/c?sslmode=require&sslpassword=key",
     "postgresql+psycopg://u@h/c?sslmode=require&sslpassword=***"),
    ("postgresql://u:Secret1@h/c?application_name=Secret1",
     "postgresql+psycopg://u:***@h/c?application_name=***"),
    ("host=db.example port=5433 user=desk password=Secret dbname=claims",
     "postgresql+psycopg://desk:***@db.example:5433/claims"),
    ("host=db.example password='a b c' dbname=claims",
     "postgresql+psycopg://:***@db.example/claims"),
    ("host=/var/run/postgresql dbname=claims sslmode=disable",
     "postgresql+psycopg:///claims?host=%2Fvar%2Frun%2Fpostgresql&sslmode=disable"),
]


@pytest.mark.parametrize(("value", "shown"), SHOWN)
def test_urls_are_shown_with_every_secret_masked(value: str, shown: str) -> None:
    assert describe(resolve_url(value, environ={})) == shown
    result = _db("path", "--db", value)
    assert (result.exit_code, result.stdout) == (0, shown + "\n")


# (what the user writes, user, password, host, port, database)
PARSED = [
    ("postgresql://desk:p@ssW0rd@host/c", "desk", "p@ssW0rd", "host", None, "c"),
    ("postgresql://a@b@host:5433/db", "a@b", None, "host", 5433, "db"),
    ("postgresql://desk:p%40ss%2Fw@host/c", "desk", "p@ss/w", "host", None, "c"),
    ("postgresql://desk:pw@host/db?options=-c%20a%3Db@c", "desk", "pw", "host", None, "db"),
    ("postgresql://u:pw@[::1]:5433/c", "u", "pw", "::1", 5433, "c"),
    ("postgresql://host/c", None, None, "host", None, "c"),
    (r"host=h port=6000 user=desk password='it\'s' dbname=claims",
     "desk", "it's", "h", 6000, "claims"),
]


@pytest.mark.parametrize(("value", "user", "password", "host", "port", "database"), PARSED)
def test_the_last_at_before_the_host_ends_the_user_part(
    value: str, user: str | None, password: str | None, host: str, port: int | None,
    database: str,
) -> None:
    url = resolve_url(value, environ={})
    assert (url.drivername, url.username, url.password, url.host, url.port, url.database) == (
        "postgresql+psycopg", user, password, host, port, database)


# (what the user writes, the one line that refuses it)
REFUSED = [
    (f"postgresql://u:{SECRET}@127.0.0.1:notaport/c",
     "--db: not a usable database URL: the port 'notaport' is not a number from 1 to 65535"),
    (f"postgresql://u:{SECRET}@127.0.0.1:70000/c",
     "--db: not a usable database URL: the port '70000' is not a number from 1 to 65535"),
    (f"postgresql://u:{SECRET}@[::1/c",
     "--db: not a usable database URL: the host's '[' is not closed (an IPv6 host is "
     "written [::1])"),
    (f"postgresql://u:{SECRET}@h1:5432,h2:5432/c",
     "--db: not a usable database URL: several hosts are written in the query: "
     "?host=db1:5432&host=db2:5432"),
    (f"post gres://u:{SECRET}@h/c",
     "--db: not a usable database URL: it does not start with a scheme such as postgresql://"),
    (f"host=h password={SECRET} x",
     "--db: not a usable connection string: cannot read the key=value connection string "
     "(quote a value that has spaces or quotes: password='a b')"),
    (f"host=h password=a {SECRET}",
     "--db: not a usable connection string: cannot read the key=value connection string "
     "(quote a value that has spaces or quotes: password='a b')"),
    (f"HOST=h PASSWORD={SECRET}",
     "--db: not a usable connection string: 'HOST' is not a PostgreSQL connection "
     "keyword (an SQLite file whose name has an '=' is written ./NAME)"),
    (f"host=h passwrd={SECRET}",
     "--db: not a usable connection string: 'passwrd' is not a PostgreSQL connection "
     "keyword (an SQLite file whose name has an '=' is written ./NAME)"),
]


@pytest.mark.parametrize(("value", "message"), REFUSED)
def test_a_malformed_url_is_one_line_without_the_secret(
    value: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseError) as caught:
        resolve_url(value, environ={})
    assert str(caught.value) == message
    for command in ("path", "status", "upgrade"):
        result = _db(command, "--db", value)
        assert result.exit_code == 3
        assert result.stderr == f"factcheck: error: {message}\n"
        assert SECRET not in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []  # no SQLite file named after the string


def test_the_environment_variable_is_named_when_it_is_the_bad_one() -> None:
    with pytest.raises(DatabaseError, match=r"^\$FACTCHECK_DB: not a usable database URL"):
        resolve_url(None, environ={"FACTCHECK_DB": "postgresql://u@h:x/c"})


def test_a_file_named_like_a_connection_string_is_reachable(tmp_path: Path) -> None:
    url = resolve_url(str(tmp_path / "host=x password=y.sqlite3"), environ={})
    assert url.get_backend_name() == "sqlite"
    assert resolve_url("./a=b.sqlite3", environ={}).get_backend_name() == "sqlite"


@pytest.mark.parametrize(
    ("url", "message", "scrubbed"),
    [
        ("postgresql://u:Secret1@h/c", 'password "Secret1" refused', 'password "***" refused'),
        ("postgresql://u:Secret1@h/c", "Secret12 is another word", "Secret12 is another word"),
        ("postgresql://u:a@h/c", "a server at a port", "*** server at *** port"),
        ("postgresql://u@h/c?password=p%26w", "p&w and p%26w", "*** and ***"),
        ("postgresql://u:!x!@h/c", "was!x!here", "was***here"),
    ],
)
def test_scrub_masks_each_secret_as_written_or_encoded(
    url: str, message: str, scrubbed: str
) -> None:
    assert scrub(message, make_url(url)) == scrubbed


@pytest.mark.parametrize(
    "value",
    [
        f"postgresql://desk@127.0.0.1:1/c?password={SECRET}",
        f"postgresql://desk:{SECRET}@127.0.0.1:1/c?sslmode={SECRET}",  # psycopg quotes it
        f"host=127.0.0.1 port=1 user=desk password={SECRET} dbname=c",
    ],
)
def test_connection_errors_carry_no_secret(value: str) -> None:
    result = _db("status", "--db", value)
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: cannot use the database")
    assert SECRET not in result.output and "***" in lines[0]


@pytest.fixture
def postgres_schema_url(postgres_url: str) -> Iterator[str]:
    """A new schema on the PostgreSQL test server (skipped without one)."""
    yield from _postgres_schema_url(postgres_url)


@pytest.mark.postgres
def test_a_connection_string_opens_postgresql(postgres_schema_url: str) -> None:
    url = make_url(postgres_schema_url)
    options = url.query["options"]
    conninfo = (f"host={url.host} port={url.port or 5432} user={url.username} "
                f"dbname={url.database} options='{options}' password={SECRET}")
    with open_database(conninfo) as database:  # trust authentication ignores the password
        assert database.engine.dialect.name == "postgresql"
        assert SECRET not in database.where
    result = _db("status", "--db", conninfo)
    assert result.exit_code == 0, result.output
    assert "state:    up to date" in result.stdout and SECRET not in result.output
