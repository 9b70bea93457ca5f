"""What workers send back to the screens: small messages, posted from worker threads."""

from __future__ import annotations

from textual.message import Message

from factcheck.store import ClaimDetail
from factcheck.store.appearances import PersonSummary
from factcheck.tui.data import ClaimRow, Marker, SourceCounts, Summary, Tracking


class PageLoaded(Message):
    def __init__(self, key: object, offset: int, rows: list[ClaimRow]) -> None:
        super().__init__()
        self.key, self.offset, self.rows = key, offset, rows


class PagesDropped(Message):
    """Pages asked for but not delivered (the worker failed); they may be asked again."""

    def __init__(self, key: object, offsets: list[int]) -> None:
        super().__init__()
        self.key, self.offsets = key, offsets


class ListingCounted(Message):
    def __init__(self, key: object, total: int) -> None:
        super().__init__()
        self.key, self.total = key, total


class DetailLoaded(Message):
    def __init__(self, claim_id: int, detail: ClaimDetail | None,
                 tracking: Tracking | None = None) -> None:
        super().__init__()
        self.claim_id, self.detail = claim_id, detail
        self.tracking = tracking or Tracking()


class ActionDone(Message):
    """An action changed ``rows`` (fresh copies for the table); ``summary`` says what;
    ``marker`` is the database's change marker just after it; ``related`` are the other
    claims of the changed claims' groups, whose already-checked markers may have changed."""

    def __init__(self, summary: str, rows: list[ClaimRow], marker: Marker,
                 related: list[ClaimRow] | None = None) -> None:
        super().__init__()
        self.summary, self.rows, self.marker = summary, rows, marker
        self.related = related or []  # other claims of their groups, also read again


class ActionFailed(Message):
    """An action's worker failed (the app has said why); nothing of it is in flight now."""


class MarkerRead(Message):
    """The database's change marker (``data.change_marker``), read on the poll."""

    def __init__(self, marker: Marker) -> None:
        super().__init__()
        self.marker = marker


class RowsRefreshed(Message):
    """Fresh copies of rows the view holds outside its pages (the selection)."""

    def __init__(self, rows: list[ClaimRow]) -> None:
        super().__init__()
        self.rows = rows


class RefreshNeeded(Message):
    """The database changed under the view (a stale write was refused): read it again."""


class SourcesLoaded(Message):
    def __init__(self, sources: list[SourceCounts]) -> None:
        super().__init__()
        self.sources = sources


class PeopleLoaded(Message):
    def __init__(self, people: list[PersonSummary]) -> None:
        super().__init__()
        self.people = people


class PeopleNamed(Message):
    """People by id, for the filter form's person choice."""

    def __init__(self, names: dict[int, str]) -> None:
        super().__init__()
        self.names = names


class SummaryLoaded(Message):
    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary


class SpeakersLoaded(Message):
    def __init__(self, speakers: list[str]) -> None:
        super().__init__()
        self.speakers = speakers


class IngestProgress(Message):
    def __init__(self, done: int, total: int, location: str) -> None:
        super().__init__()
        self.done, self.total, self.location = done, total, location


class IngestFinished(Message):
    def __init__(self, summary: str) -> None:
        super().__init__()
        self.summary = summary
