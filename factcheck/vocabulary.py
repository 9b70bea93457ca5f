"""The desk's words, defined once: claim kinds, workflow statuses and verdicts.

Kept apart from the models so that the command line can offer them as choices without
importing SQLAlchemy.
"""

from __future__ import annotations

from typing import Final

KINDS: Final = ("quote", "indirect", "numeric")
STATUSES: Final = ("new", "in_review", "checked", "dismissed")
VERDICTS: Final = ("accurate", "misleading", "false", "unverifiable")
