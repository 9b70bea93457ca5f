"""Document layout: which spans are body text, headlines, captions or page chrome.

A live blog is a page header (title, authors, "Updated ..." time, post count), then posts:
a time stamp line, a headline, an optional byline, paragraphs and photo captions (a caption
line printed twice, the second time with a photo credit). Plain articles are a title, maybe
a byline, and paragraphs. Only body paragraphs and headlines can carry claims; the rest is
metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from factcheck.extract.records import Post

BlockKind = Literal["title", "meta", "timestamp", "headline", "byline", "caption", "body"]

# Post time stamp line: "1:02 p.m. ET, January 21, 2022", "10:55 a.m. ET, Jan 21, 2022",
# "21 January 2022 14:05", and without a date "9:41 AM GMT" or "14:05 CET". A bare "12:30"
# is not one: on its own it is as likely a score or a verse.
_CLOCK = r"\d{1,2}:\d{2}"
_MERIDIEM = r"(?:[ap]\.\s?m\.|[ap]m|[AP]M|[AP]\.M\.)"
_ZONE = r"(?:[A-Z]{2,5})"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+\d{4}"
TIMESTAMP_LINE = re.compile(
    rf"^[ \t]*(?:{_CLOCK}[ \t]*(?:{_MERIDIEM}[ \t]*{_ZONE}?|{_ZONE})(?:,?[ \t]+{_DATE})?"
    rf"|{_CLOCK}[ \t]*{_MERIDIEM}?[ \t]*{_ZONE}?,?[ \t]+{_DATE}"
    rf"|{_DATE},?[ \t]+{_CLOCK}[ \t]*{_MERIDIEM}?[ \t]*{_ZONE}?)[ \t]*$"
)
# Page header byline: "By Aditi Sangal, Melissa Mahtani and Meg Wagner, CNN".
HEADER_BYLINE = re.compile(r"^\s*By\s+[A-Z][^.!?]{2,200}$")
# Post byline: "From CNN's Barbara Starr", "Analysis by CNN's Luke McGee".
POST_BYLINE = re.compile(
    r"^\s*(?:From|By|Analysis\s+by|Reporting\s+by|Written\s+by)\s+(?P<who>[A-Z][^.!?]{2,160})$"
)
# Header time: "Updated 9:06 p.m. ET, January 21, 2022", "Published 6:00 AM EST, Fri ...".
UPDATED_LINE = re.compile(r"^\s*(?:Updated|Published|Posted|Last\s+updated)\b.{0,80}\d{4}\s*$")
# Page chrome of live blogs and article pages, one pattern so a paragraph is one test.
CHROME_LINE = re.compile(
    r"^\s*(?:"
    r"\d+\s+(?:Posts?|Updates?|Comments?)\s*$"  # "19 Posts"
    r"|(?i:Sort\s*by)"  # "Sort byDropdown arrow"
    r"|(?i:Share|Advertisement|Skip to content|Read more|See all)\s*$"  # "Share"
    r")"
)

_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like unit with its kind; ``post`` indexes ``Layout.posts`` or is None."""

    kind: BlockKind
    start: int
    end: int
    post: int | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    blocks: tuple[Block, ...]
    posts: tuple[Post, ...]
    title: str | None = None
    authors: str | None = None
    updated: str | None = None


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of adjacent non-blank lines, each line trimmed of surrounding white space
    (CR and NBSP too); blank lines separate runs."""
    runs: list[list[tuple[int, int]]] = [[]]
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            runs[-1].append((start + lead, start + lead + len(stripped)))
        elif runs[-1]:
            runs.append([])
        start += len(line) + 1
    return runs


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _paragraphs(text: str) -> list[tuple[int, int, bool]]:
    """Group lines into paragraphs: ``(start, end, is_caption)``.

    Lines separated by blank lines are paragraphs. Inside a run of adjacent lines, a line
    followed by a copy of itself (plus a credit) is a photo caption pair. Other adjacent
    lines are joined when they look hard-wrapped, else each is its own paragraph.
    """
    result: list[tuple[int, int, bool]] = []
    for run in _runs(text):
        if len(run) == 1:
            result.append((*run[0], False))  # a paragraph on its own line
            continue
        i = 0
        pending: list[tuple[int, int]] = []
        while i < len(run):
            start, end = run[i]
            if i + 1 < len(run):
                this = _squash(text[start:end])
                following = _squash(text[run[i + 1][0] : run[i + 1][1]])
                if len(this) > 20 and following.startswith(this):
                    result.extend(_flush(pending, text))
                    pending = []
                    result.append((start, end, True))
                    result.append((run[i + 1][0], run[i + 1][1], True))
                    i += 2
                    continue
            pending.append((start, end))
            i += 1
        result.extend(_flush(pending, text))
    return result


def _flush(lines: list[tuple[int, int]], text: str) -> list[tuple[int, int, bool]]:
    if not lines:
        return []
    if len(lines) > 1 and _looks_wrapped(lines):
        return [(lines[0][0], lines[-1][1], False)]
    return [(start, end, False) for start, end in lines]


def _looks_wrapped(lines: list[tuple[int, int]]) -> bool:
    """Hard-wrapped prose: every line but the last is about as long as the wrap width."""
    widths = [end - start for start, end in lines[:-1]]
    return min(widths) >= 40 and max(widths) - min(widths) <= 30 and max(widths) <= 110


def analyse(text: str) -> Layout:
    """Classify every paragraph of ``text`` and collect the posts of a live blog."""
    paragraphs = _paragraphs(text)
    blocks: list[Block] = []
    posts: list[Post] = []
    title = authors = updated = None
    expect_headline = expect_byline = False
    for index, (start, end, is_caption) in enumerate(paragraphs):
        line = text[start:end]
        post = len(posts) - 1 if posts else None
        if is_caption:
            blocks.append(Block("caption", start, end, post))
            continue
        if TIMESTAMP_LINE.match(line):
            posts.append(Post(start=start, end=end, time=_squash(line)))
            blocks.append(Block("timestamp", start, end, len(posts) - 1))
            expect_headline, expect_byline = True, False
            continue
        if post is None:
            kind, title, authors, updated = _header_kind(
                line, index, title, authors, updated, len(paragraphs)
            )
            blocks.append(Block(kind, start, end, None))
            continue
        if CHROME_LINE.match(line):
            blocks.append(Block("meta", start, end, post))
        elif expect_headline:
            blocks.append(Block("headline", start, end, post))
            expect_headline, expect_byline = False, True
            continue
        elif expect_byline and (match := POST_BYLINE.match(line)) and len(line) < 160:
            blocks.append(Block("byline", start, end, post))
            posts[post] = replace(posts[post], byline=_squash(match.group("who")))
        else:
            blocks.append(Block("body", start, end, post))
        expect_byline = False
    # Headlines and spans of posts, now that every block is known.
    for number, post_record in enumerate(posts):
        own = [b for b in blocks if b.post == number]
        headline = next((b for b in own if b.kind == "headline"), None)
        posts[number] = replace(
            post_record,
            end=max(b.end for b in own),
            headline=_squash(text[headline.start : headline.end]) if headline else None,
        )
    return Layout(tuple(blocks), tuple(posts), title, authors, updated)


def _header_kind(
    line: str,
    index: int,
    title: str | None,
    authors: str | None,
    updated: str | None,
    total: int,
) -> tuple[BlockKind, str | None, str | None, str | None]:
    """Kind of a paragraph before the first post: title, byline, time, chrome or body.
    (``analyse`` has already taken time stamp lines.)"""
    if CHROME_LINE.match(line):
        return "meta", title, authors, updated
    if UPDATED_LINE.match(line):
        return "meta", title, authors, updated or _squash(line)
    if HEADER_BYLINE.match(line) and len(line) < 200:
        return "byline", title, authors or _squash(line[line.index("By") + 2 :]), updated
    if index == 0 and total > 1 and len(line) < 200 and not line.rstrip().endswith((".", ":")):
        return "title", _squash(line), authors, updated
    return "body", title, authors, updated

