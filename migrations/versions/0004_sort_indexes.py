"""Indexes for sorting claims by status in workflow order and by speaker in any case.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Sorting by status meant alphabetical order (checked, dismissed, in_review, new); the desk
reads it in the order claims move (new, in review, checked, dismissed). Sorting by speaker
put "de Gaulle" after "Zelensky". Both sorts are now expressions (``models.status_rank``,
``models.folded``), and each has an index of its own, so that the first page of a million
claims sorted either way is read from an index instead of sorting them all.

The expressions are written out here rather than taken from the models: a revision must
create the same index for as long as it exists. A query's ORDER BY uses the index only if
it is the same expression, which ``tests/store/test_sort_indexes.py`` checks on both
backends.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# In parentheses: PostgreSQL takes an index expression that is not a function call only so.
STATUS_RANK = (
    "(CASE status WHEN 'new' THEN 0 WHEN 'in_review' THEN 1 WHEN 'checked' THEN 2 "
    "WHEN 'dismissed' THEN 3 ELSE NULL END)"
)


def upgrade() -> None:
    # Each with the id that breaks ties, so PostgreSQL need not sort a status's claims.
    op.create_index("ix_claims_status_rank", "claims", [sa.text(STATUS_RANK), "id"])
    op.create_index("ix_claims_speaker_folded", "claims", [sa.text("lower(speaker)"), "id"])


def downgrade() -> None:
    op.drop_index("ix_claims_speaker_folded", table_name="claims")
    op.drop_index("ix_claims_status_rank", table_name="claims")
