"""An index on ``claim_keys.claim_id``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

``claim_keys``' primary key is (band, claim_id): it finds the claims under a band, not the
bands of a claim. A claim deleted (by hand, or with its source through the cascades) had
its keys found by scanning the whole table, 8 rows per stored claim, for each one. New
claims take the highest ids, so this index grows at its end and costs ingestion little.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_claim_keys_claim_id", "claim_keys", ["claim_id"])


def downgrade() -> None:
    op.drop_index("ix_claim_keys_claim_id", table_name="claim_keys")
