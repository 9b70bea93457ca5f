"""Telling a live blog from an article, and what its page header says.

A live blog is a page of short posts, each headed by a line that is only a time stamp
(``1:02 p.m. ET, January 21, 2022``); an article may mention a time in passing, never on a
line of its own several times over. The extractor's layout analysis already finds those
lines and the page header, so ingestion asks it rather than keeping a grammar of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.documents import Utf8Text
from factcheck.extract import Post
from factcheck.extract.layout import Layout, analyse, window_end
from factcheck.extract.pipeline import WINDOW

MIN_POSTS = 3
# "Aditi Sangal, Melissa Mahtani and Meg Wagner, CNN" -> the names, then the outlet.
_NAME_SEPARATOR = re.compile(r",\s*|\s+and\s+")


@dataclass(frozen=True, slots=True)
class PageHeader:
    """What the text's own header says about it (all optional)."""

    is_liveblog: bool
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None


def read_header(text: str | Utf8Text) -> PageHeader:
    layout = analyse(text) if isinstance(text, str) else _windowed_layout(text)
    names = [n for n in _NAME_SEPARATOR.split(layout.authors or "") if n]
    publisher = None
    if len(names) > 1 and names[-1].isupper():  # "..., CNN": the outlet, not an author
        publisher = names.pop()
    return PageHeader(
        is_liveblog=len(layout.posts) >= MIN_POSTS,
        title=layout.title,
        authors=tuple(names),
        publisher=publisher,
    )


def _windowed_layout(text: Utf8Text) -> Layout:
    """The page header and the number of posts of a big text, read a window at a time
    as extraction reads it (``iter_claims``): no blocks, and the posts only to be counted
    (their offsets are their window's)."""
    title = authors = updated = None
    posts: list[Post] = []
    start = 0
    while start < len(text):
        end = window_end(text, start, WINDOW, in_posts=bool(posts))
        layout = analyse(text[start:end], first=start == 0, more_follows=end < len(text))
        title, authors = title or layout.title, authors or layout.authors
        updated = updated or layout.updated
        posts.extend(layout.posts)
        start = end
    return Layout((), tuple(posts), title, authors, updated)


def looks_like_liveblog(text: str) -> bool:
    """True when at least ``MIN_POSTS`` lines are post time stamps."""
    return read_header(text).is_liveblog
