"""Scoring extracted claims against the hand-made gold file.

The gold file's rule: every gold string is an exact substring of the document after each run
of Unicode white space is collapsed to one space. A gold quote is found by an emitted quote
whose quote text equals it; a gold indirect statement by an emitted indirect claim whose text
contains it; a speaker is right when it equals the gold speaker or contains one of its
accepted words as whole words (case-insensitive).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.extract.records import Claim

_WS = re.compile(r"\s+")


def squash(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def speaker_ok(speaker: str | None, gold: dict[str, Any]) -> bool:
    if not speaker:
        return False
    said = squash(speaker).lower()
    if said == gold["speaker"].lower():
        return True
    return any(
        re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", said)
        for word in gold.get("speaker_accept", [])
    )


@dataclass
class Score:
    quotes_required: int = 0
    quotes_found: int = 0
    quote_speakers_right: int = 0
    indirect_total: int = 0
    indirect_found: int = 0
    indirect_speakers_right: int = 0
    numeric_required: int = 0
    numeric_found: int = 0
    not_claims_hit: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def score(claims: list[Claim], gold: dict[str, Any]) -> Score:
    result = Score()
    quotes = [c for c in claims if c.kind == "quote"]
    indirect = [c for c in claims if c.kind == "indirect"]
    matched: set[int] = set()

    for entry in gold["quotes"]:
        hits = [c for c in quotes if squash(c.quote) == squash(entry["quote"])]
        matched.update(id(c) for c in hits)
        if not entry.get("required"):
            continue
        result.quotes_required += 1
        if hits:
            result.quotes_found += 1
            if any(speaker_ok(c.speaker, entry) for c in hits):
                result.quote_speakers_right += 1
            else:
                result.misses.append(f"speaker {hits[0].speaker!r} for {entry['quote'][:40]!r}")
        else:
            result.misses.append(f"quote not found: {entry['quote'][:50]!r}")

    for entry in gold["indirect"]:
        result.indirect_total += 1
        hits = [c for c in indirect if squash(entry["text"]) in squash(c.text)]
        right = [c for c in hits if speaker_ok(c.speaker, entry)]
        matched.update(id(c) for c in right)
        if hits:
            result.indirect_found += 1
        if right:
            result.indirect_speakers_right += 1

    for entry in gold["numeric"]:
        if entry.get("required"):
            result.numeric_required += 1
            if any(squash(entry["text"]) in squash(c.text) for c in claims):
                result.numeric_found += 1

    for entry in gold["not_claims"]:
        if any(squash(entry["text"]) in squash(c.text) for c in claims):
            result.not_claims_hit.append(entry["text"])

    result.unmatched = [
        f"{c.kind}: {squash(c.quote or c.text)[:60]!r} ({c.speaker})"
        for c in quotes + indirect
        if id(c) not in matched
    ]
    return result
