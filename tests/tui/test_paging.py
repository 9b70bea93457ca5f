"""The table reads only the pages it shows, however long the listing."""

from __future__ import annotations

import asyncio
from pathlib import Path

from benchmarks.tui_data import CHECK_EVERY, build_claims_db
from factcheck.store import open_database
from factcheck.tui.data import PAGE_SIZE
from factcheck.tui.widgets.claims_table import ClaimsTable
from tests.tui.conftest import make_app, screen_text, settle

CLAIMS = 5_000


async def test_long_listing_loads_only_visible_pages(tmp_path: Path) -> None:
    database = open_database(build_claims_db(tmp_path / "many.sqlite3", CLAIMS))
    try:
        app = make_app(database)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(ClaimsTable)
            assert table.total == CLAIMS
            assert len(table._pages) == 1
            assert f"{CLAIMS:,} claims match" in screen_text(app)

            await pilot.press("end")
            await settle(pilot)
            assert table.cursor == CLAIMS - 1
            assert table.current_row is not None and table.current_row.id == CLAIMS
            assert f"Claim {CLAIMS} ·" in screen_text(app)
            assert len(table._pages) == 2  # the first page and the last

            await pilot.press("pageup", "pageup")
            await settle(pilot)
            assert table.current_row is not None
            assert table.current_row.id == CLAIMS - 2 * (table.size.height - 1)
            assert len(table._pages) <= 3

            await pilot.press("f", "enter", "down", "down", "down", "enter", "ctrl+s")
            await settle(pilot)
            assert table.total == CLAIMS // CHECK_EVERY
            assert table.cursor == 0
            assert table.current_row is not None
            assert table.current_row.id == CHECK_EVERY
            assert len(table._pages) == 1 and table.total > PAGE_SIZE
    finally:
        database.close()


async def test_end_pressed_as_soon_as_the_count_arrives_reaches_the_last_row(
    tmp_path: Path,
) -> None:
    """A jump made in the same moment the count arrives, before the layout has caught up
    with the new virtual size, must still scroll to the last row."""
    database = open_database(build_claims_db(tmp_path / "many.sqlite3", CLAIMS))
    try:
        app = make_app(database)
        async with app.run_test(size=(120, 40)) as pilot:
            table = app.screen.query_one(ClaimsTable)
            while not table.total_known:
                await asyncio.sleep(0.0005)
            table.action_jump(-1)
            await settle(pilot)
            assert table.cursor == CLAIMS - 1
            assert table.scroll_y >= CLAIMS - table.size.height
            assert table.current_row is not None and table.current_row.id == CLAIMS
    finally:
        database.close()
