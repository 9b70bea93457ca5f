"""Extraction a window at a time (``iter_claims(window=...)``) gives exactly the claims of
extraction over the whole text: layout, speakers, the carried speaker and the current
post go on from window to window. Checked at the smallest window (one paragraph, or one
post once posts begin) and at 500 characters."""

from __future__ import annotations

import gzip

import pytest

from factcheck.extract import extract, iter_claims
from factcheck.extract.layout import window_end
from factcheck.ingest.html import extract_html
from tests.conftest import shared_path

WINDOWS = (1, 500)


def _same_windowed(text: str, name: str) -> None:
    whole = extract(text, document=name)
    for window in WINDOWS:
        assert list(iter_claims(text, document=name, window=window)) == whole, (name, window)


def test_sample_liveblog() -> None:
    path = shared_path("data", "cnn-ukraine-liveblog-2022-01-21.txt")
    _same_windowed(path.read_text(encoding="utf-8"), path.name)


def test_real_news() -> None:
    directory = shared_path("data", "real-news", "html")
    for path in sorted(directory.glob("*.html.gz")):
        text = extract_html(gzip.decompress(path.read_bytes()), name=path.name).text
        _same_windowed(text, path.name)


def test_polnear_subset() -> None:
    directory = shared_path("eval", "polnear-train", "text")
    for path in sorted(directory.glob("*.txt"))[::12]:  # 70 of 840
        _same_windowed(path.read_text(encoding="utf-8"), path.name)


def test_window_bigger_than_the_text_is_the_whole_text() -> None:
    text = 'Ms. Jane Doe said the tax rose 5%.\n\n"It is too much," she said.\n'
    assert list(iter_claims(text, window=10_000)) == extract(text)


@pytest.mark.parametrize(("text", "cuts"), [
    # (text, where windows of one character end)
    ("One.\n\nTwo.\n\nThree.", [5, 11, 18]),
    # Numeric cells before a blank line: a table may go on, no boundary there.
    ("One.\n\n1 2 3\n\n4 5 6\n\nEnd.", [5, 24]),
    # Once posts have begun, windows end only before a time stamp line.
    ("Head.\n\n9:41 AM GMT\n\nA post.\n\nMore.\n\n10:02 AM GMT\n\nNext.",
     [6, 35, 55]),
    ("Only one paragraph.\n\n\n", [22]),
])
def test_window_ends(text: str, cuts: list[int]) -> None:
    found, start, in_posts = [], 0, False
    while start < len(text):
        start = window_end(text, start, 1, in_posts=in_posts)
        in_posts = in_posts or "AM GMT" in text[:start]
        found.append(start)
    assert found == cuts
