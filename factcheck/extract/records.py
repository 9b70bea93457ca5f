"""The small frozen records that extraction produces.

Every record carries character offsets into the document text exactly as it was read,
so that ``text[start:end]`` always gives back the reported surface.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ClaimKind = Literal["quote", "indirect", "numeric"]
Qualifier = Literal["exact", "approx", "at_most", "at_least", "more_than", "less_than", "range"]
Role = Literal["from", "to"]
Direction = Literal["up", "down"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure a text asserts: ``more than 3,000`` -> low 3000, high None, ``more_than``."""

    surface: str
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str | None = None
    qualifier: Qualifier = "exact"
    counted: str | None = None
    role: Role | None = None
    direction: Direction | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "counted": self.counted,
            "role": self.role,
            "direction": self.direction,
        }


@dataclass(frozen=True, slots=True)
class Post:
    """A live-blog post: its time stamp line, headline and byline, and its span in the text."""

    start: int
    end: int
    time: str | None = None
    headline: str | None = None
    byline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"time": self.time, "headline": self.headline, "byline": self.byline}


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributable statement: a quote, indirect speech, or a sentence stating figures."""

    document: str
    kind: ClaimKind
    start: int
    end: int
    text: str
    quote: str | None = None
    quote_start: int | None = None
    quote_end: int | None = None
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None
    cue: str | None = None
    cited_source: str | None = None
    quantities: tuple[Quantity, ...] = field(default=())
    post: Post | None = None

    def to_dict(self) -> dict[str, Any]:
        """The claim as the stable JSON object of ``factcheck extract --format jsonl``."""
        return {
            "document": self.document,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "quote": self.quote,
            "quote_start": self.quote_start,
            "quote_end": self.quote_end,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "speaker_role": self.speaker_role,
            "cue": self.cue,
            "cited_source": self.cited_source,
            "quantities": [q.to_dict() for q in self.quantities],
            "post": self.post.to_dict() if self.post else None,
        }
