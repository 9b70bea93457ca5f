"""Claim tracking: people, groups of repeated claims, and the band keys that find them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Adds ``people`` (one row per real speaker), ``claim_groups`` (claims that are one claim
printed in several places) and ``claim_keys`` (the band keys each claim is filed under,
looked up by equality), and ``claims.person_id`` / ``claims.group_id``. Existing claims
are then linked to people and grouped, oldest first, exactly as ingestion would have done
(``factcheck.store.tracking.backfill``).

The two columns are added with ``ALTER TABLE ... ADD COLUMN`` and their foreign keys
inline, not through a batch rebuild: rebuilding ``claims`` on SQLite would copy every
claim and drop the tables' triggers and the rows that cascade from it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (column of claims, table it points at, name of its foreign key)
_NEW_COLUMNS = (
    ("person_id", "people", "fk_claims_person_id_people"),
    ("group_id", "claim_groups", "fk_claims_group_id_claim_groups"),
)


def upgrade() -> None:
    op.create_table(
        "claim_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_groups")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("surname", sa.Text(), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.ForeignKeyConstraint(["merged_into"], ["people.id"],
                                name=op.f("fk_people_merged_into_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_index(op.f("ix_people_key"), "people", ["key"], unique=False)
    op.create_index(op.f("ix_people_surname"), "people", ["surname"], unique=False)
    op.create_table(
        "claim_keys",
        sa.Column("band", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"],
                                name=op.f("fk_claim_keys_claim_id_claims"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band", "claim_id", name=op.f("pk_claim_keys")),
    )
    for column, table, constraint in _NEW_COLUMNS:
        if op.get_context().dialect.name == "sqlite":
            # Alembic would add the foreign key as a separate ALTER, which SQLite lacks;
            # SQLite takes it inline in ADD COLUMN.
            op.execute(f"ALTER TABLE claims ADD COLUMN {column} INTEGER "
                       f"CONSTRAINT {constraint} REFERENCES {table} (id)")
        else:
            op.add_column("claims", sa.Column(
                column, sa.Integer(), sa.ForeignKey(f"{table}.id", name=constraint),
                nullable=True,
            ))
    op.create_index(op.f("ix_claims_group_id"), "claims", ["group_id"], unique=False)
    op.create_index(op.f("ix_claims_person_id"), "claims", ["person_id"], unique=False)

    from factcheck.store.tracking import backfill

    backfill(op.get_bind())


def _index_sql(connection: sa.Connection) -> dict[str, str]:
    """The CREATE INDEX statements of ``claims`` on SQLite, by index name."""
    rows = connection.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' "
        "AND sql IS NOT NULL"
    ))
    return {name: sql for name, sql in rows}


def downgrade() -> None:
    op.drop_index(op.f("ix_claims_person_id"), table_name="claims")
    op.drop_index(op.f("ix_claims_group_id"), table_name="claims")
    if op.get_context().dialect.name == "sqlite":
        # SQLite cannot drop a column that a foreign key uses: the batch rebuilds
        # ``claims`` without both (foreign keys are off while migrating: nothing cascades).
        kept = _index_sql(op.get_bind())
        with op.batch_alter_table("claims") as batch_op:
            for column, _table, _constraint in _NEW_COLUMNS:
                batch_op.drop_column(column)
        # The rebuild carries over only the indexes SQLite can reflect, not those on
        # expressions (0004's sort indexes): create the missing ones again as they were.
        rebuilt = _index_sql(op.get_bind())
        for name, sql in kept.items():
            if name not in rebuilt:
                op.execute(sql)
    else:
        for column, _table, constraint in _NEW_COLUMNS:
            op.drop_constraint(constraint, "claims", type_="foreignkey")
            op.drop_column("claims", column)
    op.drop_table("claim_keys")
    op.drop_index(op.f("ix_people_surname"), table_name="people")
    op.drop_index(op.f("ix_people_key"), table_name="people")
    op.drop_table("people")
    op.drop_table("claim_groups")
