"""Layout snapshots (SVG) of the main screen, the detail pane and the modals, at 80x24 and
120x40, over the fixed sample database. Update after a deliberate change of layout with
``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at the SVGs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from factcheck.store import Database
from tests.tui.conftest import make_app, settle
from tests.tui.sample import add_repeats

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


def _keys(*keys: str) -> Callable[..., object]:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot, rounds=1)
        await settle(pilot)

    return run_before


def _snap(snap_compare, db: Database, size: tuple[int, int], keys: Sequence[str]) -> bool:  # type: ignore[no-untyped-def]
    return bool(snap_compare(make_app(db), terminal_size=size, run_before=_keys(*keys)))


@pytest.mark.parametrize("size", SIZES)
def test_main_screen(snap_compare, sample_db: Database, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert _snap(snap_compare, sample_db, size, ["space", "down"])


@pytest.mark.parametrize("size", SIZES)
def test_detail_pane_with_evidence_and_history(snap_compare, sample_db: Database,  # type: ignore[no-untyped-def]
                                               size: tuple[int, int]) -> None:
    assert _snap(snap_compare, sample_db, size, ["down", "down", "tab"])


@pytest.mark.parametrize("size", SIZES)
def test_mark_modal(snap_compare, sample_db: Database, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert _snap(snap_compare, sample_db, size, ["down", "F"])


@pytest.mark.parametrize("size", SIZES)
def test_filter_modal(snap_compare, sample_db: Database, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert _snap(snap_compare, sample_db, size, ["f"])


@pytest.mark.parametrize("size", SIZES)
def test_reopen_prompt(snap_compare, sample_db: Database, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert _snap(snap_compare, sample_db, size, ["down", "o"])


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, sample_db: Database, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert _snap(snap_compare, sample_db, size, ["question_mark"])


def test_hostile_text_shown_literally(snap_compare, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    assert _snap(snap_compare, sample_db, (120, 40), ["end"])


@pytest.mark.parametrize("size", SIZES)
def test_sources_and_summary(snap_compare, sample_db: Database, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert _snap(snap_compare, sample_db, size, ["2"])
    assert _snap(snap_compare, sample_db, size, ["3"])


@pytest.mark.parametrize("size", SIZES)
def test_people(snap_compare, sample_db: Database, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    add_repeats(sample_db)
    assert _snap(snap_compare, sample_db, size, ["4"])


def test_repeated_claim_with_its_appearances(snap_compare, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    add_repeats(sample_db)  # the last claim: a new print of a claim checked false
    assert _snap(snap_compare, sample_db, (120, 40), ["end"])
