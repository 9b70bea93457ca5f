"""Evidence is append-only in the database too, as the audit trail became in 0002.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

A verdict rests on its evidence: ``workflow.add_evidence`` only ever inserts ``evidence``
rows (and an audit row saying so), and nothing in factcheck edits or removes one. These
triggers make the database refuse the rest, whoever asks, with "evidence is append-only":
on SQLite ``BEFORE UPDATE``, ``BEFORE DELETE`` and ``BEFORE INSERT`` over an existing id
(``INSERT OR REPLACE`` deletes without firing delete triggers); on PostgreSQL one plpgsql
function behind ``BEFORE UPDATE OR DELETE`` row triggers and a ``BEFORE TRUNCATE``
statement trigger, raising SQLSTATE 23000 so both backends give an ``IntegrityError``.

``evidence.claim_id`` references ``claims.id`` with no ``ON DELETE`` action, so no cascade
has to get past them. The SQL is written out here rather than shared with 0002: a revision
must produce the same schema for as long as it exists, whatever later code does.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "evidence"
MESSAGE = "evidence is append-only: its rows cannot be"
_REFUSED = {"UPDATE": "updated", "DELETE": "deleted", "REPLACE": "replaced"}

# SQLite: RAISE takes a literal message, so one trigger per operation; the last one refuses
# an insert reusing an existing id, which INSERT OR REPLACE would turn into a silent delete.
_SQLITE_TRIGGERS = {
    f"{TABLE}_append_only_no_{operation.lower()}": (
        f"BEFORE {operation} ON {TABLE}" if operation != "REPLACE" else
        f"BEFORE INSERT ON {TABLE} WHEN EXISTS (SELECT 1 FROM {TABLE} WHERE id = NEW.id)",
        f"{MESSAGE} {refused}",
    )
    for operation, refused in _REFUSED.items()
}

_PG_FUNCTION = f"{TABLE}_append_only"
_PG_TRIGGERS = {
    f"{TABLE}_append_only_no_update_delete": f"BEFORE UPDATE OR DELETE ON {TABLE} FOR EACH ROW",
    f"{TABLE}_append_only_no_truncate": f"BEFORE TRUNCATE ON {TABLE} FOR EACH STATEMENT",
}
# No '%' and no ':name' in the body: SQLAlchemy and the driver would read them as parameters.
_PG_FUNCTION_SQL = f"""
CREATE FUNCTION {_PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = '{MESSAGE} '
            || CASE TG_OP WHEN 'UPDATE' THEN 'updated'
                          WHEN 'DELETE' THEN 'deleted'
                          ELSE 'truncated' END,
        ERRCODE = 'integrity_constraint_violation',
        HINT = 'add the corrected evidence as a new row instead';
END;
$$
"""


def upgrade() -> None:
    dialect = op.get_context().dialect.name  # also in offline (--sql) mode
    if dialect == "sqlite":
        for name, (when, message) in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END")
    elif dialect == "postgresql":
        op.execute(_PG_FUNCTION_SQL)
        for name, when in _PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION {_PG_FUNCTION}()")
    else:  # pragma: no cover - factcheck supports SQLite and PostgreSQL only
        raise NotImplementedError(f"no append-only triggers for {dialect}")


def downgrade() -> None:
    dialect = op.get_context().dialect.name
    if dialect == "sqlite":
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    elif dialect == "postgresql":
        for name in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER {name} ON {TABLE}")
        op.execute(f"DROP FUNCTION {_PG_FUNCTION}()")
    else:  # pragma: no cover
        raise NotImplementedError(f"no append-only triggers for {dialect}")
