"""The detail pane: one claim read in its paragraph, with everything the desk knows of it."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from factcheck.store import ClaimDetail
from factcheck.tui.data import Tracking
from factcheck.tui.text import plain, status_text, verdict_text, when
from factcheck.wording import number

QUOTE_STYLE = "italic #ffd787"
CLAIM_STYLE = "bold"
FIGURE_STYLE = "bold reverse #87d7ff"


def paragraph(detail: ClaimDetail) -> Text:
    """The claim's paragraph: the claim in bold, its quote in italics, figures marked."""
    context, claim = detail.context, detail.claim
    text = plain(context.before)
    text.append_text(plain(context.claim, CLAIM_STYLE))
    text.append_text(plain(context.after))
    if not context.valid:
        return text
    size = len(text)

    def mark(start: int | None, end: int | None, style: str) -> None:
        if start is None or end is None:
            return
        start, end = start - context.offset, end - context.offset
        if 0 <= start < end <= size:
            text.stylize(style, start, end)

    mark(claim.quote_start, claim.quote_end, QUOTE_STYLE)
    for quantity in detail.quantities:
        mark(quantity.start, quantity.end, FIGURE_STYLE)
    return text


def _fields(rows: list[tuple[str, Text | str | None]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold #8a8a8a", no_wrap=True, min_width=10)
    grid.add_column(ratio=1, overflow="fold")
    for label, value in rows:
        if value is None or value == "":
            continue
        grid.add_row(Text(label), value if isinstance(value, Text) else plain(value))
    return grid


NOTE_STYLE = "bold #ffaf00"


def render_appearances(claim_id: int, tracking: Tracking) -> list[RenderableType]:
    """Where else the claim was printed, first appearance first, as ``factcheck show``
    lists them; nothing for a claim seen once."""
    parts: list[RenderableType] = []
    seen = tracking.appearances
    if len(seen) < 2:
        return parts
    parts.append(Text(f"\nseen {len(seen)} times", "bold"))
    places = Table.grid(padding=(0, 1))
    places.add_column(style="#8a8a8a", no_wrap=True)
    places.add_column(no_wrap=True)
    places.add_column(no_wrap=True)
    places.add_column(ratio=1, overflow="fold")
    places.add_column(no_wrap=True)
    for index, place in enumerate(seen):
        label = "first" if index == 0 else "then"
        claim = Text(f"claim {place.claim_id}")
        if place.claim_id == claim_id:
            claim.append(" (this)", "bold")
        where = plain(place.source)
        if place.speaker:
            where.append_text(plain(f" · {place.speaker}"))
        state = status_text(place.status)
        if place.verdict:
            state.append(" ")
            state.append_text(verdict_text(place.verdict))
        places.add_row(Text(label), Text(when(place.when) or "undated"), claim, where, state)
    parts.append(places)
    return parts


def render_detail(detail: ClaimDetail, tracking: Tracking | None = None) -> RenderableType:
    claim, source, post = detail.claim, detail.source, detail.post
    title = Text.assemble(
        (f"Claim {claim.id}", "bold"), " · ", (claim.kind, "bold"), " · ",
        status_text(claim.status), " · ", verdict_text(claim.verdict),
        (f"  v{claim.version}", "#6c6c6c"),
    )
    parts: list[RenderableType] = [title]
    tracking = tracking or Tracking()
    if tracking.already_checked is not None:
        parts.append(plain(str(tracking.already_checked), NOTE_STYLE))
    parts.append(paragraph(detail))
    if not detail.context.valid:
        parts.append(Text("(the source has changed and no longer holds this claim)", "italic"))
    speaker = None
    if claim.speaker:
        speaker = plain(claim.speaker, "bold")
        if claim.speaker_role:
            speaker.append_text(plain(f" ({claim.speaker_role})"))
    byline = (post.byline if post else None) or ", ".join(source.authors or [])
    posted = None
    if post is not None and (post.time or post.headline):
        posted = plain(" · ".join(p for p in (post.time, post.headline) if p))
    parts.append(Text(""))
    parts.append(_fields([
        ("speaker", speaker),
        ("cue", claim.cue),
        ("cited", claim.cited_source),
        ("source", source.title or source.name),
        ("url" if source.url else "location", source.url or source.location),
        ("publisher", source.publisher),
        ("byline", byline),
        ("post", posted),
        ("published", when(source.published)),
        ("assignee", claim.assignee),
        ("rationale", claim.rationale),
        ("updated", f"{when(claim.updated_at)} by {claim.updated_by}" if claim.updated_by
         else None),
    ]))
    if detail.quantities:
        figures = Table(
            "figure", "low", "high", "unit", "qualifier", "counted",
            title=Text("figures", "bold"), title_justify="left", expand=False,
            show_edge=False, pad_edge=False, box=None, header_style="bold #8a8a8a",
        )
        for q in detail.quantities:
            figures.add_row(
                plain(q.surface), number(q.low), number(q.high), plain(q.unit),
                plain(q.qualifier), plain(q.counted),
            )
        parts.extend([Text(""), figures])
    parts.extend(render_appearances(claim.id, tracking))
    if detail.evidence:
        parts.append(Text("\nevidence", "bold"))
        for evidence in detail.evidence:
            line = Text("• ")
            line.append_text(plain(evidence.url or evidence.reference))
            if evidence.url and evidence.reference:
                line.append_text(plain(f" ({evidence.reference})"))
            line.append_text(plain(f"  {evidence.editor}, {when(evidence.created_at)}",
                                   "#8a8a8a"))
            parts.append(line)
    if detail.changes:
        parts.append(Text("\nhistory", "bold"))
        history = Table.grid(padding=(0, 1))
        history.add_column(style="#8a8a8a", no_wrap=True)
        history.add_column(no_wrap=True)
        history.add_column(ratio=1, overflow="fold")
        for change in detail.changes:
            what = plain(f"{change.field}: {change.old_value or '—'} → {change.new_value or '—'}")
            if change.reason:
                what.append_text(plain(f" ({change.reason})", "italic"))
            history.add_row(when(change.changed_at), plain(change.editor), what)
        parts.append(history)
    return Group(*parts)


class DetailPane(VerticalScroll, can_focus=True):
    """Shows the claim under the table's cursor."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Text("No claim selected.", "italic"), id="detail-body")

    def show_detail(self, detail: ClaimDetail | None, *, claim_id: int | None = None,
                    tracking: Tracking | None = None) -> None:
        body = self.query_one("#detail-body", Static)
        if detail is None:
            message = f"Claim {claim_id} is no longer in the database." if claim_id else (
                "No claim selected.")
            body.update(Text(message, "italic"))
        else:
            body.update(render_detail(detail, tracking))
        self.scroll_home(animate=False)
