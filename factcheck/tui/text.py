"""Showing source text safely, and the words and colours of statuses and verdicts.

Text from sources and editors is data, never markup: it goes on screen as ``rich.Text``
built from plain strings (which Rich never parses for ``[tags]``), and its control
characters are replaced by visible stand-ins first, so that an escape sequence in a
scraped page cannot move the cursor or recolour the terminal.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from rich.style import Style
from rich.text import Text

from factcheck.output import visible

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\t\u2028\u2029]")


def one_line(value: str | None) -> str:
    """``value`` fit for a table cell: line breaks and tabs become spaces, controls visible."""
    if not value:
        return ""
    return visible(_LINE_BREAKS.sub(" ", value))


def plain(value: str | None, style: str | Style = "") -> Text:
    """A ``Text`` that shows ``value`` literally (no markup, controls visible)."""
    if not value:
        return Text("", style=style)
    return Text(visible(value.replace("\r", " ").replace("\t", " ")), style=style)


STATUS_WORDS: Final = {
    "new": "new", "in_review": "in review", "checked": "checked", "dismissed": "dismissed",
}
STATUS_STYLES: Final = {
    "new": "bold #5fafff", "in_review": "bold #ffd75f", "checked": "bold #87d787",
    "dismissed": "#8a8a8a",
}
VERDICT_STYLES: Final = {
    "accurate": "bold #5fd75f", "misleading": "bold #ffaf00", "false": "bold #ff5f5f",
    "unverifiable": "bold #d787ff",
}


def status_text(status: str) -> Text:
    return Text(STATUS_WORDS.get(status, status), style=STATUS_STYLES.get(status, ""))


def verdict_text(verdict: str | None) -> Text:
    if not verdict:
        return Text("—", style="#6c6c6c")
    return Text(verdict, style=VERDICT_STYLES.get(verdict, ""))


def when(value: datetime | None, *, seconds: bool = False) -> str:
    """A stored time as shown: UTC, to the minute (or second)."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M:%S UTC" if seconds else "%Y-%m-%d %H:%M")


def cut(title: str, width: int) -> Text:
    """A title in ``width`` cells, ending in an ellipsis when it is longer, so that a cut
    title never reads as a whole one."""
    text = Text(one_line(title), no_wrap=True)
    text.truncate(width, overflow="ellipsis")
    return text
