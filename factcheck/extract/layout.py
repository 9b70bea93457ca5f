"""Document layout: which spans are body text, headlines, captions, tables or page chrome.

A live blog is a page header (title, authors, "Updated ..." time, post count), then posts:
a time stamp line, a headline, an optional byline, paragraphs and photo captions (a caption
line printed twice, the second time with a photo credit). Plain articles are a title, maybe
a byline, and paragraphs. Only body paragraphs and headlines can carry claims; the rest is
metadata.

Stats tables (standings, box scores, snap counts, share prices) come as one row per line,
and a row is data, not an assertion: ``1 Kyle Busch 5040 5 1 17 27`` states no claim, so
table rows are not body text either. Rows are found line by line, before hard-wrapped lines
are joined: a row has numeric cells side by side and no more lower-case words than bare
numbers; a table is two or more rows one after the other (adjacent lines or consecutive
paragraphs), one of them with at least three cells side by side. The short line right
above the first row, in the same run of lines, is its header. Prose full of figures ("The
Dow fell 1.2%, the S&P 500 0.9% and the Nasdaq 1.5%.") has more words than bare numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import chain, islice
from typing import Literal, Protocol

from factcheck.extract.records import Post

BlockKind = Literal[
    "title", "meta", "timestamp", "headline", "byline", "caption", "table", "body"
]

# Post time stamp line: "1:02 p.m. ET, January 21, 2022", "10:55 a.m. ET, Jan 21, 2022",
# "21 January 2022 14:05", and without a date "9:41 AM GMT" or "14:05 CET", a colon after it
# too ("4:40 p.m.:", as AP's "The Latest" prints some). A bare "12:30"
# is not one: on its own it is as likely a score or a verse.
_CLOCK = r"\d{1,2}:\d{2}"
_MERIDIEM = r"(?:[ap]\.\s?m\.|[ap]m|[AP]M|[AP]\.M\.)"
_ZONE = r"(?:[A-Z]{2,5})"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+\d{4}"
TIMESTAMP_LINE = re.compile(
    rf"^[ \t]*(?:{_CLOCK}[ \t]*(?:{_MERIDIEM}[ \t]*{_ZONE}?|{_ZONE})(?:,?[ \t]+{_DATE})?"
    rf"|{_CLOCK}[ \t]*{_MERIDIEM}?[ \t]*{_ZONE}?,?[ \t]+{_DATE}"
    rf"|{_DATE},?[ \t]+{_CLOCK}[ \t]*{_MERIDIEM}?[ \t]*{_ZONE}?)[ \t]*:?[ \t]*$"
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

# A numeric table cell: "5040", "85%", "225.86", "-12.99", "-5.44%", "$1,200"; not "9," (the
# day of "November 9, 2019") nor "2." (an item number). _FIGURE is the cell from its digit.
_FIGURE = r"[0-9](?:[0-9,.]*[0-9])?%?"
NUMERIC_CELL = re.compile(rf"[-+]?\$?{_FIGURE}")
# Two or more numeric cells side by side, apart only by spaces or tabs: "5040 5 1 17 27",
# "14 11 6 15" (of "Rockledge 14 11 6 15 — 44"), "63 85% 1", "28 38%". It starts at the
# first digit, so that the scan of the whole text only stops at digits (a pattern that may
# start with a sign is tried at every character); ``_cells_from`` looks behind it.
CELL_RUN = re.compile(rf"{_FIGURE}(?:[ \t]+{NUMERIC_CELL.pattern})+(?!\S)")
# The UTF-8 bytes of a text mapped to "0" where a numeric cell may start or end (digits,
# "%", signs and "$"), " " for spaces and tabs, and "x" for the rest: "225.86 -12.99" ->
# "000x00 000x00". Cells side by side map to "0 0" (MAPPED_CELL_PAIR), which most texts
# lack. A pattern that starts with a literal is scanned for fast, stopping only at the few
# "0"s, where CELL_RUN over the text itself tests every character: mapping the bytes and
# scanning them is about three times as fast, and spares the scan of most texts.
_CELL_BYTES = bytes(
    ord("0") if chr(byte) in "0123456789%-+$" else ord(" ") if chr(byte) in " \t" else ord("x")
    for byte in range(256)
)
MAPPED_CELL_PAIR = re.compile(rb"0 +0")
_MAP_CHUNK = 1 << 20  # characters mapped at a time
# A row needs this many cells side by side ("5040 5 1 17 27", "63 85% 1"); in a table that
# has one, a row with two ("DL Devaroe Lawrence 28 38% No stats registered.") is one too.
ROW_CELLS = 3
# A table header is a short line: "Pos. Piloto Pontos Vitórias Poles Top 5 Top 10",
# "Pos Player Plays % Stats", "Ticker Security Last Change Change %".
HEADER_MAX = 80
# A post's headline has no full stop at its end; a first paragraph ending in one is the
# post's opening sentence, body text (AP's "The Latest": '6:01 p.m.' then 'Ted Cruz is
# protesting Obama's executive actions by giving away an engraved shotgun.').
POST_OPENING_SENTENCE = re.compile(r"[.…][\"'”’)\]]*\s*$")
# How a sentence or a lead-in ends; a header does not ("... after 36 stages:").
SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")

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


def _runs(text: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of adjacent non-blank lines, each line trimmed of surrounding white space
    (CR and NBSP too); blank lines separate runs. One run at a time: a big text's lines
    are never all held."""
    run: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    while start <= length:  # line by line: text.split("\n") would copy the whole text
        stop = text.find("\n", start)
        if stop < 0:
            stop = length
        line = text[start:stop]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            run.append((start + lead, start + lead + len(stripped)))
        elif run:
            yield run
            run = []
        start = stop + 1
    if run:
        yield run


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _paragraphs(text: str) -> Iterator[tuple[int, int, BlockKind | None]]:
    """Group lines into paragraphs: ``(start, end, kind)``, where the lines alone tell the
    kind ("caption", "table") or None when ``analyse`` decides it from the context.

    Lines separated by blank lines are paragraphs, and so is every line of a table. Inside a
    run of adjacent lines, a line followed by a copy of itself (plus a credit) is a photo
    caption pair. Other adjacent lines are joined when they look hard-wrapped, else each is
    its own paragraph.
    """
    table = _table_lines(text)
    for run in _runs(text):
        if len(run) == 1:
            start, end = run[0]  # a paragraph on its own line
            yield start, end, "table" if start in table else None
            continue
        i = 0
        pending: list[tuple[int, int]] = []
        while i < len(run):
            start, end = run[i]
            if start in table:
                yield from _flush(pending, text)
                pending = []
                yield start, end, "table"
                i += 1
                continue
            if i + 1 < len(run):
                this = _squash(text[start:end])
                following = _squash(text[run[i + 1][0] : run[i + 1][1]])
                if len(this) > 20 and following.startswith(this):
                    yield from _flush(pending, text)
                    pending = []
                    yield start, end, "caption"
                    yield run[i + 1][0], run[i + 1][1], "caption"
                    i += 2
                    continue
            pending.append((start, end))
            i += 1
        yield from _flush(pending, text)


def _table_lines(text: str) -> frozenset[int]:
    """The start offsets of the lines that are table rows or headers.

    Rows are lines (see ``_is_row``) next to each other in the document, blank lines aside;
    two or more of them, one with ``ROW_CELLS`` cells side by side, make a table."""
    if not _may_have_cell_runs(text):
        return frozenset()
    found = list(CELL_RUN.finditer(text))
    if len(found) < 2:  # a table has two rows
        return frozenset()
    lines = [(start, end, number) for number, run in enumerate(_runs(text)) for start, end in run]
    starts = [start for start, _, _ in lines]
    widest: dict[int, int] = {}  # line index -> most numeric cells side by side
    for match in found:
        at = bisect_right(starts, match.start()) - 1
        cells = _cells_from(text, match, starts[at])
        if cells > widest.get(at, 1):
            widest[at] = cells
    rows = sorted(at for at in widest if _is_row(text[lines[at][0] : lines[at][1]]))
    table: set[int] = set()
    first = 0
    for k in range(1, len(rows) + 1):
        if k < len(rows) and rows[k] == rows[k - 1] + 1:
            continue  # the table goes on
        group = rows[first:k]
        first = k
        if len(group) < 2 or max(widest[at] for at in group) < ROW_CELLS:
            continue
        table.update(starts[at] for at in group)
        above = group[0] - 1
        if above >= 0 and lines[above][2] == lines[group[0]][2] \
                and _is_header(text[lines[above][0] : lines[above][1]]):
            table.add(starts[above])
    return frozenset(table)


def _may_have_cell_runs(text: str) -> bool:
    """False when no two numeric cells stand side by side in ``text`` (most texts): one
    cheap test before ``CELL_RUN`` looks for them."""
    start = 0
    while start < len(text):
        # A chunk at a time, not a copy of the whole text; chunks end at a line end, which
        # no run of cells crosses.
        stop = text.find("\n", start + _MAP_CHUNK)
        stop = len(text) if stop < 0 else stop + 1
        mapped = text[start:stop].encode("utf-8", "surrogatepass").translate(_CELL_BYTES)
        if MAPPED_CELL_PAIR.search(mapped) is not None:
            return True
        start = stop
    return False


def _cells_from(text: str, match: re.Match[str], line_start: int) -> int:
    """How many cells a ``CELL_RUN`` match holds: its first one only when white space (or
    the line start) stands before it, past a sign or dollar sign ("-5.44%", "$1,200");
    "x12 3 4" has two, the 12 being part of a word."""
    cells = len(match.group().split())
    start = match.start()
    while start > line_start and text[start - 1] in "-+$":
        start -= 1
    glued = start > line_start and not text[start - 1].isspace()
    return cells - 1 if glued else cells


def _is_row(line: str) -> bool:
    """A line of data: its bare numbers are not outnumbered by its lower-case words, as
    they are in prose ("Some 1 234 567 euros were spent on the programme last year.")."""
    numbers = words = 0
    for token in line.split():
        if NUMERIC_CELL.fullmatch(token):
            numbers += 1
        elif token[0].islower():
            words += 1
    return numbers >= words


def _is_header(line: str) -> bool:
    """The line above a table's first row heads its columns when it is short, does not end
    like a sentence or a lead-in, and is not mostly lower-case words ("Here are the ...")."""
    if len(line) > HEADER_MAX or SENTENCE_END.search(line):
        return False
    tokens = line.split()
    return 2 * sum(1 for token in tokens if token[0].islower()) <= len(tokens)


def _flush(lines: list[tuple[int, int]], text: str) -> list[tuple[int, int, BlockKind | None]]:
    if not lines:
        return []
    if len(lines) > 1 and _looks_wrapped(lines):
        return [(lines[0][0], lines[-1][1], None)]
    return [(start, end, None) for start, end in lines]


def _looks_wrapped(lines: list[tuple[int, int]]) -> bool:
    """Hard-wrapped prose: every line but the last is about as long as the wrap width."""
    widths = [end - start for start, end in lines[:-1]]
    return min(widths) >= 40 and max(widths) - min(widths) <= 30 and max(widths) <= 110


def analyse(text: str, *, first: bool = True, more_follows: bool = False) -> Layout:
    """Classify every paragraph of ``text`` and collect the posts of a live blog.

    ``text`` may be one window of a bigger text (see ``window_end``): ``first`` says
    whether it opens the document (only the first paragraph can be its title), and
    ``more_follows`` that paragraphs come after it (a title needs a paragraph after it).
    """
    paragraphs = _paragraphs(text)  # one at a time; the title needs to know of a second
    head = list(islice(paragraphs, 2))
    several = len(head) > 1 or more_follows
    blocks: list[Block] = []
    posts: list[Post] = []
    title = authors = updated = None
    expect_headline = expect_byline = False
    for index, (start, end, known) in enumerate(chain(head, paragraphs), start=0 if first else 1):
        line = text[start:end]
        post = len(posts) - 1 if posts else None
        if known is not None:  # a caption or a table row, whatever comes around it
            blocks.append(Block(known, start, end, post))
            continue
        if TIMESTAMP_LINE.match(line):
            posts.append(Post(start=start, end=end, time=_squash(line)))
            blocks.append(Block("timestamp", start, end, len(posts) - 1))
            expect_headline, expect_byline = True, False
            continue
        if post is None:
            kind, title, authors, updated = _header_kind(
                line, index, title, authors, updated, several=several
            )
            blocks.append(Block(kind, start, end, None))
            continue
        if CHROME_LINE.match(line):
            blocks.append(Block("meta", start, end, post))
        elif expect_headline and not POST_OPENING_SENTENCE.search(line):
            blocks.append(Block("headline", start, end, post))
            expect_headline, expect_byline = False, True
            continue
        elif expect_byline and (match := POST_BYLINE.match(line)) and len(line) < 160:
            blocks.append(Block("byline", start, end, post))
            posts[post] = replace(posts[post], byline=_squash(match.group("who")))
        else:
            blocks.append(Block("body", start, end, post))
            expect_headline = False  # the post opened with a sentence: it has no headline
        expect_byline = False
    # Headlines and spans of posts, now that every block is known: the blocks of each post
    # gathered in one pass (a live blog of thousands of posts is no slower a post).
    owned: list[list[Block]] = [[] for _ in posts]
    for block in blocks:
        if block.post is not None:
            owned[block.post].append(block)
    for number, post_record in enumerate(posts):
        own = owned[number]
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
    *,
    several: bool,
) -> tuple[BlockKind, str | None, str | None, str | None]:
    """Kind of a paragraph before the first post: title, byline, time, chrome or body.
    (``analyse`` has already taken time stamp lines.)"""
    if CHROME_LINE.match(line):
        return "meta", title, authors, updated
    if UPDATED_LINE.match(line):
        return "meta", title, authors, updated or _squash(line)
    if HEADER_BYLINE.match(line) and len(line) < 200:
        return "byline", title, authors or _squash(line[line.index("By") + 2 :]), updated
    if index == 0 and several and len(line) < 200 and not line.rstrip().endswith((".", ":")):
        return "title", _squash(line), authors, updated
    return "body", title, authors, updated



_PROBE = 1 << 16  # characters read at a time while looking for where a window may end


class Sliceable(Protocol):
    """A text that gives ``str`` slices by character offset: a ``str``, or a big source
    kept as its UTF-8 bytes (``documents.Utf8Text``)."""

    def __len__(self) -> int: ...

    def __getitem__(self, span: slice, /) -> str: ...


def window_end(text: Sliceable, start: int, size: int, *, in_posts: bool) -> int:
    """Where a window of ``text`` that begins at ``start`` ends: at the first paragraph
    boundary (the start of a blank line) ``size`` characters on or later, such that
    analysing the windows one by one classifies every paragraph as analysing the whole
    text would. A boundary is not taken right after a line with numeric cells side by
    side (a table may go on past the blank line), nor, once posts have begun
    (``in_posts``), unless a time stamp line follows, so that every post lies whole in
    one window. ``len(text)`` when no paragraph follows.

    Past ``4 * size`` characters (at least 256 kB) without such a boundary, any boundary
    will do, and past twice that without a blank line at all, the end of a line: memory
    stays bounded, for the price of a post, a table or a paragraph cut in two in such a
    text (a transcript with no blank line) where it is cut."""
    length = len(text)
    target = start + max(size, 1)
    if target >= length:
        return length
    if not in_posts:
        # The window's own lines may begin the posts; the last may run on past target.
        head = text[start:target] + text[target : min(length, target + _PROBE)].partition(
            "\n")[0]
        in_posts = _has_time_stamp_line(head, 0, len(head))
    reach = 4 * max(size, _PROBE)
    give_up = target + reach
    # From the start of the line that holds ``target``, when it is near enough to find.
    back = text[max(start, target - _PROBE) : target]
    newline = back.rfind("\n")
    whole = newline >= 0 or target - _PROBE <= start
    origin = target - len(back) + newline + 1 if newline >= 0 else start if whole else target
    probe_size = _PROBE
    while True:
        probe_end = min(length, origin + probe_size)
        cut = _boundary_in(text[origin:probe_end], in_posts=in_posts, first_whole=whole,
                           any_boundary=probe_end > give_up, complete=probe_end == length)
        if cut is not None:
            return length if cut < 0 else origin + cut
        if probe_end == length:
            return length
        if probe_end > give_up + reach:  # no blank line for so long: a line end
            line_end = text[give_up : give_up + _PROBE].find("\n")
            return length if line_end < 0 else give_up + line_end + 1
        probe_size *= 2


_CLOCK_LINE = re.compile(rf"^.*{_CLOCK}.*$", re.MULTILINE)  # every time stamp line has one


def _has_time_stamp_line(text: str, start: int, end: int) -> bool:
    """Whether a line of ``text[start:end]`` is a post's time stamp (posts begin there)."""
    return any(TIMESTAMP_LINE.match(line.group().strip())
               for line in _CLOCK_LINE.finditer(text, start, end))


_BLANK_LINE = re.compile(r"\n[^\S\n]*(?=\n|\Z)")
_NON_BLANK = re.compile(r"\S")


def _boundary_in(probe: str, *, in_posts: bool, first_whole: bool, any_boundary: bool,
                 complete: bool) -> int | None:
    """The offset in ``probe`` of a boundary ``window_end`` may take; -1 when no paragraph
    follows it and ``probe`` reaches the end of the text; None to read further. Unless
    ``first_whole``, the probe's first line is the tail of a longer one: it never counts
    as the line before a boundary."""
    earliest = 0 if first_whole else probe.find("\n") + 1
    if not first_whole and earliest == 0:
        return -1 if complete else None
    scanned = earliest  # time stamp lines looked for up to here
    for blank in _BLANK_LINE.finditer(probe, max(earliest - 1, 0)):
        cut = blank.start() + 1
        line_start = probe.rfind("\n", 0, blank.start()) + 1
        if line_start < earliest:
            continue  # the line before is the probe's partial first line
        previous = probe[line_start : blank.start()]
        if not previous.strip() or CELL_RUN.search(previous) is not None:
            continue  # blank (a later blank line of the same gap) or maybe a table row
        following = _NON_BLANK.search(probe, cut)
        if following is None:
            return -1 if complete else None
        line_end = probe.find("\n", following.start())
        if line_end < 0 and not complete:
            return None  # the line may go on past the probe
        next_start = probe.rfind("\n", 0, following.start()) + 1
        line = probe[next_start : line_end if line_end >= 0 else len(probe)].strip()
        if not in_posts:  # posts may begin on any line before the boundary
            in_posts = _has_time_stamp_line(probe, scanned, cut)
            scanned = cut
        if not in_posts or any_boundary or TIMESTAMP_LINE.match(line):
            return cut
    return -1 if complete else None
