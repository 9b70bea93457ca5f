"""Formula-like cells are made inert on export and restored exactly on import."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.output import neutralise_cell, restore_cell


@pytest.mark.parametrize(
    ("value", "exported"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-5 degrees", "'-5 degrees"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("'=already quoted", "''=already quoted"),
        ("'plain quote", "'plain quote"),
        ("plain", "plain"),
        ("", ""),
        (None, None),
        (42, 42),
        (-1.5, -1.5),
    ],
)
def test_cells_a_spreadsheet_would_run_get_a_leading_quote(value: object, exported: object) -> None:
    assert neutralise_cell(value) == exported
    if isinstance(value, str):
        assert restore_cell(exported) == value  # type: ignore[arg-type]


@given(st.text())
def test_neutralising_is_reversible_and_leaves_nothing_runnable(text: str) -> None:
    cell = neutralise_cell(text)
    assert restore_cell(cell) == text
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
