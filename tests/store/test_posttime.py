"""Live-blog time lines that become a sortable time, and those that do not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.store.posttime import parse_post_time


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1:02 p.m. ET, January 21, 2022", datetime(2022, 1, 21, 18, 2, tzinfo=UTC)),
        ("Updated 9:06 p.m. ET, January 21, 2022", datetime(2022, 1, 22, 2, 6, tzinfo=UTC)),
        ("12:56 p.m. ET, January 21, 2022", datetime(2022, 1, 21, 17, 56, tzinfo=UTC)),
        ("12:05 a.m. ET, January 21, 2022", datetime(2022, 1, 21, 5, 5, tzinfo=UTC)),
        ("10:55 a.m. ET, July 4, 2022", datetime(2022, 7, 4, 14, 55, tzinfo=UTC)),  # EDT
        ("9:37 am GMT, Sept 1, 2023", datetime(2023, 9, 1, 8, 37, tzinfo=UTC)),  # BST
    ],
)
def test_known_formats(line: str, expected: datetime) -> None:
    parsed = parse_post_time(line)
    assert parsed is not None
    assert parsed.astimezone(UTC) == expected


@pytest.mark.parametrize(
    "line",
    [None, "", "Yesterday", "1:02 p.m. XYZ, January 21, 2022", "1:02 p.m. ET, Smarch 1, 2022",
     "1:02 p.m. ET, February 30, 2022"],
)
def test_unknown_formats_give_none(line: str | None) -> None:
    assert parse_post_time(line) is None
