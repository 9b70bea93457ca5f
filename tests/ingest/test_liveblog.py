"""Which texts count as live blogs: golden cases."""

from __future__ import annotations

import pytest

from factcheck.ingest.liveblog import looks_like_liveblog

STAMPS = "1:02 p.m. ET, January 21, 2022\n\nPost.\n\n1:33 p.m. ET, January 21, 2022\n\nPost.\n\n"

CASES = [
    (STAMPS + "2:10 p.m. ET, January 21, 2022\n\nPost.\n", True),
    (STAMPS, False),  # two posts are not yet a live blog
    ("9:41 AM GMT\nA.\n10:02 AM GMT\nB.\n10:30 AM GMT\nC.\n", True),
    ("14:05 CET\r\nA.\r\n15:10 CET\r\nB.\r\n16:00 CET\r\nC.\r\n", True),
    ("12:30\n13:30\n14:30\n", False),  # bare clock times: scores, verses, anything
    ("Updated 9:06 p.m. ET, January 21, 2022\n" * 5, False),  # the page's own stamp
    ("The meeting began at 1:02 p.m. ET and ended at 3:15 p.m. ET, at 4:00 p.m. ET.\n", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_looks_like_liveblog(text: str, expected: bool) -> None:
    assert looks_like_liveblog(text) is expected


def test_the_sample_page_header_gives_title_authors_and_outlet() -> None:
    from factcheck.ingest.liveblog import read_header
    from tests.conftest import SAMPLE

    header = read_header(SAMPLE.read_text(encoding="utf-8"))
    assert header.is_liveblog
    assert header.title == "The latest on tensions at the Ukraine-Russia border"
    assert header.authors == ("Aditi Sangal", "Melissa Mahtani", "Meg Wagner")
    assert header.publisher == "CNN"
