"""The claims database: models, connection set-up, migrations, writes and queries.

Knows nothing of Textual; everything that touches the database takes a ``Session``.
The names below are the API that ingestion, the workflow, exports and the TUI use.
"""

from factcheck.store.database import (
    Database,
    DatabaseError,
    SchemaState,
    SchemaStatus,
    describe,
    open_database,
    resolve_url,
    schema_status,
    upgrade_database,
)
from factcheck.store.queries import (
    ClaimDetail,
    ClaimFilter,
    ClaimListing,
    Context,
    claim_context,
    claims_select,
    count_claims,
    counts_by_status,
    get_claim,
    iter_claims,
    list_claims,
    quantities_for,
)
from factcheck.store.writes import (
    InvalidClaimError,
    SaveOutcome,
    find_source,
    save_source,
)

__all__ = [
    "ClaimDetail",
    "ClaimFilter",
    "ClaimListing",
    "Context",
    "Database",
    "DatabaseError",
    "InvalidClaimError",
    "SaveOutcome",
    "SchemaState",
    "SchemaStatus",
    "claim_context",
    "claims_select",
    "count_claims",
    "counts_by_status",
    "describe",
    "find_source",
    "get_claim",
    "iter_claims",
    "list_claims",
    "open_database",
    "quantities_for",
    "resolve_url",
    "save_source",
    "schema_status",
    "upgrade_database",
]
