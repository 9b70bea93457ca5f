"""The audit trail is append-only in the database itself: triggers refuse to change it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

``workflow`` only ever inserts ``changes`` rows; these triggers make the database refuse
anything else, whoever asks (a bug, a script, someone at the ``sqlite3`` or ``psql``
prompt), with an error saying "the audit trail is append-only":

- SQLite: ``BEFORE UPDATE`` and ``BEFORE DELETE`` triggers, plus a ``BEFORE INSERT`` one
  that refuses an insert reusing an existing row's id, because ``INSERT OR REPLACE``
  deletes the old row without firing delete triggers (unless ``recursive_triggers`` is
  on, which nobody can count on for a connection we do not open).
- PostgreSQL: one plpgsql function behind ``BEFORE UPDATE OR DELETE`` row triggers and a
  ``BEFORE TRUNCATE`` statement trigger. It raises SQLSTATE 23000
  (integrity_constraint_violation), so both backends surface it as an ``IntegrityError``.

Deletes cascading from claims or sources: there are none to allow. ``changes.claim_id``
references ``claims.id`` with no ``ON DELETE`` action (NO ACTION), and ``claims.source_id``
has none either; the cascades in the schema (sources -> posts, claims -> quantities,
posts -> claims.post_id SET NULL) never reach ``changes``. So deleting a claim that has
history is already refused by its foreign key, and the triggers refuse every update and
delete with no exception. That is deliberate: the application never deletes claims, and
a decision's history should not disappear with the claim it was about. If erasing claims
is ever needed, it deserves its own migration and its own decision about the history,
not a cascade; a cascade added later would be refused by these triggers anyway.

What this does not stop: anyone who may run DDL can drop the triggers (or, on PostgreSQL,
disable them). It guards against mistakes, not against the database's owner.

On SQLite, a later batch migration that rebuilds ``changes`` (copy and rename) drops these
triggers with the old table; such a migration must create them again
(``tests/store/test_audit_append_only.py`` checks that they exist at head).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "the audit trail is append-only"

# SQLite: RAISE takes a literal message, so one trigger per operation.
_SQLITE_TRIGGERS = {
    "changes_append_only_no_update": (
        "BEFORE UPDATE ON changes",
        f"{MESSAGE}: its rows cannot be updated",
    ),
    "changes_append_only_no_delete": (
        "BEFORE DELETE ON changes",
        f"{MESSAGE}: its rows cannot be deleted",
    ),
    # INSERT OR REPLACE would delete the row it collides with, silently.
    "changes_append_only_no_replace": (
        "BEFORE INSERT ON changes "
        "WHEN EXISTS (SELECT 1 FROM changes WHERE id = NEW.id)",
        f"{MESSAGE}: its rows cannot be replaced",
    ),
}

_PG_FUNCTION = "changes_append_only"
_PG_TRIGGERS = {
    "changes_append_only_no_update_delete": "BEFORE UPDATE OR DELETE ON changes FOR EACH ROW",
    "changes_append_only_no_truncate": "BEFORE TRUNCATE ON changes FOR EACH STATEMENT",
}
# No '%' (format placeholders) and no ':name' in the body: SQLAlchemy and the driver would
# read them as parameters.
_PG_FUNCTION_SQL = f"""
CREATE FUNCTION {_PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = '{MESSAGE}: its rows cannot be '
            || CASE TG_OP WHEN 'UPDATE' THEN 'updated'
                          WHEN 'DELETE' THEN 'deleted'
                          ELSE 'truncated' END,
        ERRCODE = 'integrity_constraint_violation',
        HINT = 'record a correction as a new change instead';
END;
$$
"""


def upgrade() -> None:
    dialect = op.get_context().dialect.name  # also in offline (--sql) mode
    if dialect == "sqlite":
        for name, (when, message) in _SQLITE_TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    elif dialect == "postgresql":
        op.execute(_PG_FUNCTION_SQL)
        for name, when in _PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION {_PG_FUNCTION}()")
    else:  # pragma: no cover - factcheck supports SQLite and PostgreSQL only
        raise NotImplementedError(f"no append-only triggers for {dialect}")


def downgrade() -> None:
    dialect = op.get_context().dialect.name  # also in offline (--sql) mode
    if dialect == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    elif dialect == "postgresql":
        for name in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER {name} ON changes")
        op.execute(f"DROP FUNCTION {_PG_FUNCTION}()")
    else:  # pragma: no cover
        raise NotImplementedError(f"no append-only triggers for {dialect}")
