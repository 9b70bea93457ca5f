"""The claims table: a Line API widget that paints only the rows on screen.

It holds no more than a window of pages of the current listing. Painting a row whose page
is not there yet draws a placeholder and asks for the page (``PagesWanted``); the screen
reads it in a worker and hands it back with ``put_page``. So a listing of a million claims
costs what its visible rows cost, however far one scrolls.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar, Final

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factcheck.store.appearances import CheckedNote
from factcheck.tui.data import PAGE_SIZE, ClaimRow
from factcheck.tui.text import one_line, status_text, verdict_text

# Pages kept in memory; a page is PAGE_SIZE rows, so this is at most some 20,000 rows.
MAX_PAGES: Final = 200


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    width: int  # 0: takes the room left
    sort: str | None  # the store's sort key, None if not sortable


def layout(width: int) -> list[Column]:
    """The columns that fit ``width`` cells, the claim text taking what is left."""
    columns = [
        Column("mark", "", 1, None),
        Column("id", "id", 7, "id"),
        Column("status", "status", 9, "status"),
        Column("verdict", "verdict", 12, "verdict"),
        Column("seen", "seen", 4, None),
    ]
    if width >= 70:
        columns.append(Column("kind", "kind", 8, "kind"))
    columns.append(Column("speaker", "speaker", 14 if width < 140 else 18, "speaker"))
    columns.append(Column("text", "claim", 0, None))
    if width >= 110:
        columns.append(Column("source", "source", 14 if width < 140 else 24, "source"))
    if width >= 100:
        columns.append(Column("post_time", "posted", 11 if width < 140 else 16, "post_time"))
    return columns


def _fit(text: str, width: int) -> str:
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, max(0, width - 1)) + "…" if width else ""


CHECKED_STYLE: Final = "bold #ffaf00"


def checked_label(note: CheckedNote) -> str:
    """The table's short form of a group's verdict: ``already checked: false, 21 Jan, by
    maria`` (the detail pane gives the year and the claim)."""
    parts = [f"already checked: {note.verdict}"]
    if note.at is not None:
        parts.append(f"{note.at.day} {note.at:%b}")
    if note.by:
        parts.append(f"by {one_line(note.by)}")
    return ", ".join(parts)


class ClaimsTable(ScrollView, can_focus=True):
    """A virtual table of claims with a cursor and a multi-row selection."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False, id="table.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="table.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="table.page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="table.page_down"),
        Binding("home", "jump(0)", "First claim", show=False, id="table.first"),
        Binding("end", "jump(-1)", "Last claim", show=False, id="table.last"),
        Binding("space", "toggle_select", "Select",
                tooltip="Select or unselect the claim, and move down", id="table.select"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claims-table--header",
        "claims-table--cursor",
        "claims-table--selected",
        "claims-table--placeholder",
        "claims-table--sorted",
    }

    cursor: reactive[int] = reactive(0, always_update=False)

    class PagesWanted(Message):
        """Pages of the listing ``key`` that are on screen but not loaded."""

        def __init__(self, key: object, offsets: list[int]) -> None:
            super().__init__()
            self.key = key
            self.offsets = offsets

    class RowHighlighted(Message):
        """The cursor is on ``row`` (None while its page loads or the listing is empty)."""

        def __init__(self, row: ClaimRow | None, index: int) -> None:
            super().__init__()
            self.row = row
            self.index = index

    class SortRequested(Message):
        """A column header was clicked."""

        def __init__(self, sort: str) -> None:
            super().__init__()
            self.sort = sort

    class SelectionChanged(Message):
        def __init__(self, count: int) -> None:
            super().__init__()
            self.count = count

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.key: object = None
        self.total = 0
        self.total_known = False
        self.sort = "id"
        self.descending = False
        self._pages: OrderedDict[int, tuple[ClaimRow, ...]] = OrderedDict()
        self._pending: set[int] = set()
        self._wanted: set[int] = set()
        self._selected: dict[int, ClaimRow] = {}

    # --- feeding it -------------------------------------------------------------------

    def reset(self, key: object, *, sort: str, descending: bool, keep_cursor: bool = False
              ) -> None:
        """Show a new listing; its rows and count arrive later."""
        self.key = key
        self.sort, self.descending = sort, descending
        self._pages.clear()
        self._pending.clear()
        self._wanted.clear()
        self.total_known = False
        if not keep_cursor:
            self.cursor = 0
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def put_page(self, key: object, offset: int, rows: Iterable[ClaimRow]) -> None:
        if key != self.key:
            return
        number = offset // PAGE_SIZE
        self._pending.discard(number)
        self._pages[number] = tuple(rows)
        for row in self._pages[number]:
            if row.id in self._selected:
                self._selected[row.id] = row
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        if not self.total_known:
            # Until the count arrives: as many rows as we have seen, and one page more if
            # this page was full.
            seen = offset + len(self._pages[number])
            full = len(self._pages[number]) == PAGE_SIZE
            self._set_total(max(self.total, seen + (1 if full else 0)))
        if number == self.cursor // PAGE_SIZE:
            self._announce()
        self.refresh()

    def set_total(self, key: object, total: int) -> None:
        if key != self.key:
            return
        self.total_known = True
        self._set_total(total)
        if self.cursor >= total:
            self.cursor = max(0, total - 1)
        self.refresh()

    def _set_total(self, total: int) -> None:
        self.total = total
        self.virtual_size = Size(self.size.width, total + 1)

    def replace_rows(self, rows: Iterable[ClaimRow]) -> None:
        """Show fresh copies of rows already on screen (after an action changed them)."""
        fresh = {row.id: row for row in rows}
        for number, page in self._pages.items():
            if any(row.id in fresh for row in page):
                self._pages[number] = tuple(fresh.get(row.id, row) for row in page)
        for claim_id in list(self._selected):
            if claim_id in fresh:
                self._selected[claim_id] = fresh[claim_id]
        self.refresh()
        row = self.current_row
        if row is not None and row.id in fresh:
            self._announce()

    # --- reading it -------------------------------------------------------------------

    def row_at(self, index: int) -> ClaimRow | None:
        page = self._pages.get(index // PAGE_SIZE)
        if page is None:
            return None
        within = index % PAGE_SIZE
        return page[within] if within < len(page) else None

    @property
    def current_row(self) -> ClaimRow | None:
        return self.row_at(self.cursor) if self.total else None

    @property
    def selected(self) -> list[ClaimRow]:
        return list(self._selected.values())

    def targets(self) -> list[ClaimRow]:
        """What an action applies to: the selection, else the row under the cursor."""
        if self._selected:
            return self.selected
        row = self.current_row
        return [row] if row is not None else []

    def clear_selection(self) -> None:
        if self._selected:
            self._selected.clear()
            self.post_message(self.SelectionChanged(0))
            self.refresh()

    def select_loaded(self) -> None:
        """Select every row of the listing that is loaded (at most MAX_PAGES pages)."""
        for page in self._pages.values():
            for row in page:
                self._selected[row.id] = row
        self.post_message(self.SelectionChanged(len(self._selected)))
        self.refresh()

    # --- moving -----------------------------------------------------------------------

    @property
    def _body_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self._announce()

    def _scroll_to_cursor(self) -> None:
        """Bring the cursor's row into view. A scroll past what the layout knows of the
        virtual size (the count has just arrived) is clamped, so try again after the
        next refresh, when the new size is laid out."""
        top = round(self.scroll_y)
        body = self._body_height
        wanted = None
        if self.cursor < top:
            wanted = self.cursor
        elif self.cursor >= top + body:
            wanted = self.cursor - body + 1
        if wanted is not None:
            self.scroll_to(y=wanted, animate=False, immediate=True)
            if round(self.scroll_y) != wanted:
                self.call_after_refresh(self._scroll_to_cursor)

    def _announce(self) -> None:
        self.post_message(self.RowHighlighted(self.current_row, self.cursor))

    def _move_to(self, index: int) -> None:
        if self.total:
            self.cursor = max(0, min(self.total - 1, index))

    def action_cursor(self, step: int) -> None:
        self._move_to(self.cursor + step)

    def action_page(self, step: int) -> None:
        self._move_to(self.cursor + step * self._body_height)

    def action_jump(self, where: int) -> None:
        self._move_to(0 if where == 0 else self.total - 1)

    def action_toggle_select(self) -> None:
        row = self.current_row
        if row is None:
            return
        if row.id in self._selected:
            del self._selected[row.id]
        else:
            self._selected[row.id] = row
        self.post_message(self.SelectionChanged(len(self._selected)))
        self._move_to(self.cursor + 1)
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            x = 0
            for column in self._columns():
                width = column.width or self._text_width()
                if x <= offset.x < x + width + 1 and column.sort:
                    self.post_message(self.SortRequested(column.sort))
                    return
                x += width + 1
            return
        self._move_to(round(self.scroll_y) + offset.y - 1)

    # --- painting ---------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, self.total + 1)

    def _columns(self) -> list[Column]:
        return layout(self.scrollable_content_region.width)

    def _text_width(self) -> int:
        columns = self._columns()
        fixed = sum(c.width for c in columns) + len(columns) - 1
        return max(8, self.scrollable_content_region.width - fixed)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            return self._header(width, base)
        index = round(self.scroll_y) + y - 1
        if index >= self.total:
            return Strip.blank(width, base)
        row = self.row_at(index)
        if row is None:
            self._want(index // PAGE_SIZE)
            style = base + self.get_component_rich_style("claims-table--placeholder")
            return Strip([Segment(_fit("  …", width), style)], width)
        style = base
        if row.id in self._selected:
            style += self.get_component_rich_style("claims-table--selected")
        if index == self.cursor:
            style += self.get_component_rich_style(
                "claims-table--cursor" if self.has_focus else "claims-table--selected"
            )
        return self._row_strip(row, width, style)

    def _header(self, width: int, base: Style) -> Strip:
        style = base + self.get_component_rich_style("claims-table--header")
        sorted_style = style + self.get_component_rich_style("claims-table--sorted")
        segments: list[Segment] = []
        text_width = self._text_width()
        for column in self._columns():
            label = column.label
            if column.sort == self.sort and column.sort:
                label += " ▼" if self.descending else " ▲"
            cell = _fit(label, column.width or text_width)
            segments.append(Segment(cell, sorted_style if column.sort == self.sort else style))
            segments.append(Segment(" ", style))
        return Strip(segments).adjust_cell_length(width, style)

    def _row_strip(self, row: ClaimRow, width: int, style: Style) -> Strip:
        segments: list[Segment] = []
        text_width = self._text_width()
        for column in self._columns():
            cell_width = column.width or text_width
            cell = self._cell(row, column.key)
            own = cell.style if isinstance(cell.style, Style) else Style.parse(cell.style)
            cell_style = style + own if cell.style else style
            fitted = _fit(cell.plain, cell_width)
            done = 0
            for span in sorted(cell.spans, key=lambda span: span.start):
                # Spans start at the text's beginning here (the already-checked marker);
                # the fitted text keeps the characters before the cut where they were.
                start, end = max(done, span.start), min(span.end, len(fitted))
                if start >= end:
                    continue
                if start > done:
                    segments.append(Segment(fitted[done:start], cell_style))
                span_style = span.style if isinstance(span.style, Style) else Style.parse(
                    span.style)
                segments.append(Segment(fitted[start:end], cell_style + span_style))
                done = end
            segments.append(Segment(fitted[done:], cell_style))
            segments.append(Segment(" ", style))
        return Strip(segments).adjust_cell_length(width, style)

    def _cell(self, row: ClaimRow, key: str) -> Text:
        if key == "mark":
            return Text("●" if row.id in self._selected else " ", style="bold #ffaf00")
        if key == "id":
            return Text(str(row.id))
        if key == "status":
            return status_text(row.status)
        if key == "verdict":
            return verdict_text(row.verdict)
        if key == "seen":
            return Text(f"{row.seen:>4}", style="bold" if row.seen > 1 else "#6c6c6c")
        if key == "kind":
            return Text(row.kind)
        if key == "speaker":
            return Text(one_line(row.speaker) or "—")
        if key == "text":
            # A quote says it best; the speaker is in the column before.
            said = Text(one_line(f"“{row.quote}”" if row.quote else row.text))
            if row.already_checked is None:
                return said
            marked = Text(checked_label(row.already_checked) + " · ")
            marked.stylize(CHECKED_STYLE, 0, len(marked))
            return marked.append_text(said)
        if key == "source":
            return Text(one_line(row.source))
        if key == "post_time":
            if row.post_time is None:
                return Text("")
            short = self.scrollable_content_region.width < 140
            return Text(row.post_time.strftime("%m-%d %H:%M" if short else "%Y-%m-%d %H:%M"))
        return Text("")

    def _want(self, page: int) -> None:
        if page in self._pending or page in self._wanted:
            return
        if not self._wanted:
            self.call_later(self._ask_for_pages)
        self._wanted.add(page)

    def _ask_for_pages(self) -> None:
        wanted = sorted(self._wanted - self._pending)
        self._wanted.clear()
        if wanted:
            self._pending.update(wanted)
            self.post_message(self.PagesWanted(self.key, [p * PAGE_SIZE for p in wanted]))

    def forget_pending(self, key: object, offsets: Iterable[int]) -> None:
        """A page request failed or was dropped: let painting ask for it again."""
        if key == self.key:
            for offset in offsets:
                self._pending.discard(offset // PAGE_SIZE)
