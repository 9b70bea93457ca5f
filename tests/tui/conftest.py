"""Fixtures for driving the TUI: a fixed sample database, the workflow, a settled pilot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.store import Database
from tests.tui.sample import open_sample

EDITOR = "carol"


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    database = open_sample(f"sqlite:///{tmp_path / 'claims.sqlite3'}")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def any_db(db_url: str) -> Iterator[Database]:
    """The sample on SQLite and, when configured, on PostgreSQL."""
    database = open_sample(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def workflow() -> ModuleType:
    """The workflow the TUI's actions go through (the real one, as in the CLI)."""
    from factcheck import workflow

    return workflow


def make_app(database: Database, *, editor: str = EDITOR,  # type: ignore[no-untyped-def]
             poll_seconds: float | None = None):
    """The app on ``database``; it does not poll for other editors' changes unless asked,
    so that a test's view changes only when the test changes it."""
    from factcheck.tui.app import FactcheckApp

    app = FactcheckApp(database, editor=editor, poll_seconds=poll_seconds)
    app.sub_title = f"claims.sqlite3 · editor {editor}"  # the temporary path varies
    return app


async def settle(pilot, rounds: int = 8) -> None:  # type: ignore[no-untyped-def]
    """Let workers finish and their messages be handled: a page arriving can ask for the
    detail, which is another worker, so go on until a pause starts no new worker and the
    row under the cursor is loaded."""
    from textual.worker import WorkerCancelled, WorkerState

    app = pilot.app
    for _ in range(rounds):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            # A newer worker of an exclusive group (the poll's next read) replaced one
            # being waited for; that is the app working as meant: wait again.
            continue
        await pilot.pause()
        busy = any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers)
        main = app.main_screen
        shown = main is not None and main.is_mounted
        # The cursor's page is asked for when it is painted, which can be a refresh after
        # a jump (the scroll waits for the new virtual size): not loaded yet is not done.
        unpainted = shown and main.table.total > 0 and main.table.current_row is None
        if not busy and not unpainted and not (shown and main.detail_pending) \
                and not _tables_unmeasured(app):
            break


def _tables_unmeasured(app) -> bool:  # type: ignore[no-untyped-def]
    """A DataTable sizes its columns to rows just added when it is next idle: until then
    a cell is drawn cut to its header's width (the people view's dates, on a busy machine)."""
    from textual.widgets import DataTable

    return any(table._require_update_dimensions for table in app.screen.query(DataTable))


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """What the terminal shows, as plain text lines."""
    import html
    import re

    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    for match in re.finditer(
        r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', svg, re.S
    ):
        x, y, text = float(match[1]), float(match[2]), html.unescape(match[3])
        rows.setdefault(y, []).append((x, text))
    lines = []
    for y in sorted(rows):
        line = ""
        for x, text in sorted(rows[y]):
            column = round(x / 12.2)  # Textual's SVG puts one cell every 12.2 units
            line = line.ljust(column)[:column] + text
        lines.append(line.replace("\xa0", " "))
    return "\n".join(lines)
