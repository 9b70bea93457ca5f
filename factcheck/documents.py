"""A source as ingested: its text (which every claim offset indexes) and its metadata.

Shared by ingest (which makes these) and store (which saves them); it depends on neither.
"""

from __future__ import annotations

import hashlib
from array import array
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

SourceKind = Literal["text", "liveblog", "html", "url"]


_HASH_CHUNK = 1 << 20  # characters encoded at a time


class Utf8Text:
    """A big text kept as its UTF-8 bytes, sliced by character offset into ``str``.

    A ``str`` takes one to four bytes a character, by its widest character (one emoji
    makes a 50 MB text a 196 MB string); the bytes take what the file did, and a window
    of the text is decoded when it is read. A sparse index (the byte offset of every
    ``STEP``-th character) finds where a character starts; an ASCII text needs none.
    The last window decoded is kept, so that reading along the text, as extraction and
    the store's checks do, decodes each part about once.
    """

    __slots__ = ("_cached", "_cached_at", "_index", "_length", "data")

    STEP = 256  # characters between two entries of the index
    _CACHE = 1 << 18  # characters decoded at least, at a time

    def __init__(self, data: bytes) -> None:
        """``data`` must be valid UTF-8 (``UnicodeDecodeError`` otherwise, with the
        position in the whole of ``data``)."""
        self.data = data
        self._cached_at = 0
        self._cached = ""
        if data.isascii():
            self._length = len(data)
            self._index: array[int] | None = None
            return
        index = array("q")
        length = at = 0
        while at < len(data):
            stop = min(len(data), at + (1 << 20))
            while stop < len(data) and data[stop] & 0xC0 == 0x80:
                stop -= 1  # not inside a character
            try:
                chunk = data[at:stop].decode("utf-8")
            except UnicodeDecodeError as exc:
                raise UnicodeDecodeError(exc.encoding, data, at + exc.start, at + exc.end,
                                         exc.reason) from None
            # The index continues from the characters the chunk's first entry is past.
            first = -length % self.STEP
            position = at + len(chunk[:first].encode("utf-8"))
            for entry in range(first, len(chunk), self.STEP):
                index.append(position)
                position += len(chunk[entry : entry + self.STEP].encode("utf-8"))
            length += len(chunk)
            at = stop
        index.append(len(data))  # the end, past the last entry
        self._length = length
        self._index = index

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, span: slice, /) -> str:
        start, stop, step = span.indices(self._length)
        if step != 1:
            raise ValueError("Utf8Text slices take no step")
        if stop <= start:
            return ""
        if self._index is None:
            return self.data[start:stop].decode("ascii")
        cached_at = self._cached_at
        if cached_at <= start and stop <= cached_at + len(self._cached):
            return self._cached[start - cached_at : stop - cached_at]
        first = start // self.STEP
        last = min(len(self._index) - 1,
                   -(-max(stop, start + self._CACHE) // self.STEP))
        self._cached_at = first * self.STEP
        self._cached = self.data[self._index[first] : self._index[last]].decode("utf-8")
        return self._cached[start - self._cached_at : stop - self._cached_at]

    def isspace(self) -> bool:
        """``str.isspace``, a window at a time."""
        step = 1 << 20
        return len(self) > 0 and all(
            self[at : at + step].isspace() for at in range(0, len(self), step))

    def __str__(self) -> str:
        return self[0 : len(self)]


def content_hash(text: str | Utf8Text) -> str:
    """The identity of a text's content: SHA-256 of its UTF-8 bytes, hex. The bytes are
    made a chunk at a time: a 50 MB source is not encoded into a second 50 MB at once."""
    if isinstance(text, Utf8Text):
        return hashlib.sha256(text.data).hexdigest()
    digest = hashlib.sha256()
    for at in range(0, len(text), _HASH_CHUNK):
        digest.update(text[at : at + _HASH_CHUNK].encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One ingested source. ``location`` (absolute path, URL; for standard input
    ``stdin:sha256:HASH`` or ``stdin:NAME``) identifies it across re-ingests;
    ``content_hash`` tells whether its text changed."""

    kind: SourceKind
    location: str
    name: str
    text: str | Utf8Text  # a big file's text is kept as its bytes (see ``Utf8Text``)
    retrieved: datetime
    title: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = field(default=())
    published: datetime | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)
