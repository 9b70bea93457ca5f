"""The review TUI. Importing this package does not import Textual; ``run`` does."""

from __future__ import annotations


def run(db: str | None = None, *, editor: str | None = None) -> None:
    """Open the claims database and run the TUI until the user quits."""
    from factcheck.store import open_database
    from factcheck.tui.actions import resolve_editor
    from factcheck.tui.app import FactcheckApp

    with open_database(db) as database:
        FactcheckApp(database, editor=resolve_editor(editor)).run()
