"""Alembic environment for factcheck.

The application passes its own connection in ``config.attributes["connection"]`` (see
``factcheck.store.migrate``), so the URL, SQLite pragmas and transaction handling are the
app's. Run by hand (``alembic -c alembic.ini ...`` from the source tree, e.g. for
``revision --autogenerate``), it opens the database factcheck would use: ``-x db=URL``,
else ``FACTCHECK_DB``, else the default file.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from factcheck.store.database import create_engine_for, resolve_url
from factcheck.store.models import Base

config = context.config
target_metadata = Base.metadata

# Run by hand with alembic.ini: log what runs. Run by factcheck: stay quiet.
if config.config_file_name is not None and "connection" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


# Expression indexes autogenerate cannot compare: PostgreSQL gives a CASE back over several
# lines, and Alembic compares it with the model's one line as text. Left out of the drift
# check only; tests/store/test_sort_indexes.py checks their definition on both backends.
# (On SQLite Alembic skips every expression index, with a warning, by itself.)
UNCOMPARABLE_INDEXES = frozenset({"ix_claims_status_rank"})


def _include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ == "index" and name in UNCOMPARABLE_INDEXES)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=_include_object,
    )


def run_migrations_offline() -> None:
    url = resolve_url(context.get_x_argument(as_dictionary=True).get("db"))
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=url.get_backend_name() == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine_for(resolve_url(context.get_x_argument(as_dictionary=True).get("db")))
    try:
        with engine.connect() as connection:
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
