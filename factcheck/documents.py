"""A source as ingested: its text (which every claim offset indexes) and its metadata.

Shared by ingest (which makes these) and store (which saves them); it depends on neither.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

SourceKind = Literal["text", "liveblog", "html", "url"]


_HASH_CHUNK = 1 << 20  # characters encoded at a time


def content_hash(text: str) -> str:
    """The identity of a text's content: SHA-256 of its UTF-8 bytes, hex. The bytes are
    made a chunk at a time: a 50 MB source is not encoded into a second 50 MB at once."""
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
    text: str
    retrieved: datetime
    title: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = field(default=())
    published: datetime | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)
