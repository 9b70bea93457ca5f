"""The one set of output formats every listing command shares: table, jsonl, csv; and
``visible``, which every human-readable output (tables, ``show``, messages, the TUI) passes
text from sources and editors through, so that no escape sequence in it reaches the
terminal. JSON escapes control characters itself; CSV is for spreadsheets, kept verbatim.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from factcheck.errors import FactcheckError

FORMATS = ("table", "jsonl", "csv")

# C0 and C1 control characters and DEL: "\x1b]0;title\x07" would retitle the window,
# "\x1b[2J" clear the screen. Tab and newline are left to the callers.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# The first characters worth a closer look: the prefixes and the quote that escapes them.
_FIRST_CHARS = frozenset("=+-@\t\r'")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture": ␛ for ESC
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls: one character for one, so offsets still line up


def visible(value: str | None) -> str:
    """``value`` with every control character (but tab and newline) made visible, one
    character for one, so that spans into the original still index the result."""
    if not value:
        return ""
    return _CONTROL.sub(_visible, value)


def _formula_like(text: str) -> bool:
    # Leading quotes are looked through, so that text which already starts with ``'=`` also
    # gets a quote: exporting is then reversible (``restore_cell``) for every string.
    return text.lstrip("'").startswith(_FORMULA_PREFIXES)


def neutralise_cell(value: Any) -> Any:
    """Make a cell inert for spreadsheets by prefixing a quote to formula-like text:
    ``=SUM(A1)`` -> ``'=SUM(A1)``, ``'=x`` -> ``''=x``; anything else is left alone."""
    if isinstance(value, str) and value and value[0] in _FIRST_CHARS and _formula_like(value):
        return "'" + value
    return value


def restore_cell(text: str) -> str:
    """Undo ``neutralise_cell``: the text as it was before it was exported."""
    if text.startswith("'") and _formula_like(text):
        return text[1:]
    return text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return neutralise_cell(value)


@contextmanager
def replace_when_done(path: Path) -> Iterator[TextIO]:
    """Write to a file beside ``path`` and move it into place only once complete, so a
    failed or interrupted export never leaves a half-written file under the real name."""
    if path.is_dir():
        raise FactcheckError(f"{path}: is a directory")
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="", buffering=1 << 20) as out:
            yield out
        partial.replace(path)
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    finally:
        partial.unlink(missing_ok=True)


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """RFC 4180 CSV, streamed row by row, formula-like cells neutralised."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
        count += 1
    return count


def write_table(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    out: TextIO,
    *,
    title: str | None = None,
    wrap: bool = True,
) -> int:
    """A Rich table; cells are plain ``Text`` so source text is never read as markup, and
    control characters are made visible. ``wrap=False``: one line a row that fits the
    width (see ``_one_line_table``)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if not wrap:
        table, count = _one_line_table(rows, columns, title=title)
    else:
        table = Table(title=title, show_lines=False, expand=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        count = 0
        for row in rows:
            table.add_row(*(Text(visible(None if row.get(c) is None else str(row.get(c))))
                            for c in columns))
            count += 1
    Console(file=out, soft_wrap=False, markup=False, highlight=False).print(table)
    return count


# A column whose longest cell is at most this wide is shown whole in a one-line table.
_WHOLE_WIDTH = 12


def _one_line_table(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], *, title: str | None
) -> tuple[Any, int]:
    """A borderless table of one line a row: short columns (ids, statuses, kinds) whole,
    the long ones sharing the rest of the width, the longest twice as much, each cut with
    an ellipsis; columns empty in every row are left out. For a listing in a log or a
    narrow pipe, where a wrapped table would give a claim ten lines."""
    from rich.table import Table
    from rich.text import Text

    cells = [[visible(" ".join(str(row.get(c) or "").split())) for c in columns] for row in rows]
    # A column empty in every row (no verdict yet, nothing already checked) is left out,
    # so that its width goes to the columns that say something.
    kept = [i for i in range(len(columns)) if any(line[i] for line in cells)] if cells \
        else list(range(len(columns)))
    columns = [columns[i] for i in kept]
    cells = [[line[i] for i in kept] for line in cells]
    widest = [max([len(c), *(len(line[i]) for line in cells)]) for i, c in enumerate(columns)]
    longest = max(range(len(columns)), key=lambda i: widest[i], default=0)
    table = Table(title=title, box=None, show_lines=False, expand=True, padding=(0, 1),
                  header_style="bold")
    for i, column in enumerate(columns):
        if widest[i] <= _WHOLE_WIDTH:
            table.add_column(column, no_wrap=True, min_width=widest[i])
        else:
            table.add_column(column, no_wrap=True, overflow="ellipsis",
                             ratio=2 if i == longest else 1)
    for line in cells:
        table.add_row(*(Text(cell) for cell in line))
    return table, len(cells)


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    out: TextIO,
    *,
    csv_columns: Sequence[str],
    table_columns: Sequence[str],
    title: str | None = None,
    wrap: bool = True,
) -> int:
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    if fmt == "csv":
        return write_csv(rows, csv_columns, out)
    return write_table(rows, table_columns, out, title=title, wrap=wrap)
