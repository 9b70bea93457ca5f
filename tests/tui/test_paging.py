"""The table reads only the pages it shows, however long the listing."""

from __future__ import annotations

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


async def test_end_pressed_as_the_count_arrives_still_reaches_the_last_row(
    tmp_path: Path,
) -> None:
    """The jump happens before the layout knows the new virtual size: it must not be lost."""
    database = open_database(build_claims_db(tmp_path / "many.sqlite3", CLAIMS))
    try:
        app = make_app(database)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(ClaimsTable)
            table._set_total(CLAIMS)  # as set_total does when the count arrives
            table.action_jump(-1)  # no pause in between: the layout has not caught up
            await settle(pilot)
            assert table.scroll_y >= CLAIMS - table.size.height
            assert table.current_row is not None and table.current_row.id == CLAIMS
    finally:
        database.close()
