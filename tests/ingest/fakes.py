"""Stand-ins for the extractor and the store, importable by worker processes."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from factcheck.documents import SourceDocument
from factcheck.extract import Claim

_FIGURE_SENTENCE = re.compile(r"[^.\n]*\d[^.\n]*\.?")


def figures_extractor(text: str, *, document: str = "") -> list[Claim]:
    """One ``numeric`` claim per sentence holding a digit: deterministic and offset-true."""
    return [
        Claim(document=document, kind="numeric", start=m.start(), end=m.end(), text=m.group())
        for m in _FIGURE_SENTENCE.finditer(text)
    ]


def failing_extractor(text: str, *, document: str = "") -> list[Claim]:
    if "EXPLODE" in text:
        raise ValueError("extractor bug\nsecond line of the message")
    return figures_extractor(text, document=document)


def dying_extractor(text: str, *, document: str = "") -> list[Claim]:
    """Kills its worker process outright, as the OOM killer or a C crash would."""
    if "KILL" in text:
        os._exit(17)
    return figures_extractor(text, document=document)


def dying_on_cue_extractor(text: str, *, document: str = "") -> list[Claim]:
    """``DIE-AFTER <dir>``: waits for ``<dir>/stored`` (the parent stored an earlier source),
    writes its pid to ``<dir>/dying`` and kills its worker. Lets a test put a worker's death
    exactly between two of the parent's submits, where it once went unhandled."""
    if text.startswith("DIE-AFTER "):
        cue = Path(text.split(None, 1)[1].strip())
        deadline = time.monotonic() + 60
        while not (cue / "stored").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        (cue / "dying").write_text(str(os.getpid()))
        os._exit(17)
    return figures_extractor(text, document=document)


def no_claims(text: str, *, document: str = "") -> list[Claim]:
    return []


@dataclass(frozen=True)
class FakeOutcome:
    status: Literal["new", "updated", "unchanged"]
    claims_added: int


@dataclass
class MemoryStore:
    """Remembers what it was given; a location seen with the same text is ``unchanged``."""

    stored: list[tuple[SourceDocument, list[Claim]]] = field(default_factory=list)
    hashes: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None

    def __call__(self, source: SourceDocument, claims: Iterable[Claim]) -> FakeOutcome:
        claims = list(claims)
        if self.fail_on and self.fail_on in source.location:
            raise RuntimeError("database is locked\n[SQL: INSERT INTO sources ...]")
        previous = self.hashes.get(source.location)
        self.hashes[source.location] = source.content_hash
        self.stored.append((source, claims))
        if previous == source.content_hash:
            return FakeOutcome("unchanged", 0)
        return FakeOutcome("new" if previous is None else "updated", len(claims))
