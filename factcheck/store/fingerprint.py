"""The identity of a claim across re-ingests of its source.

A live blog that gains posts is ingested again; each claim found again must be
recognised as the one already stored, whose status and history the desk owns. Offsets
move as posts are added, so identity rests on what was said, by whom, and how: the kind,
the normalised sentence, the quote and the speaker. Normalising folds the differences a
re-publication typically introduces (curly vs straight quotes, dashes, spacing, case)
and nothing else.
"""

from __future__ import annotations

import hashlib
import unicodedata
from array import array
from collections.abc import Iterable, Iterator

from factcheck.extract.records import Claim

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00ad": None, "\u200b": None,
})


def normalise(text: str | None) -> str:
    """``"“Hello,”  he said"`` -> ``'"hello," he said'``."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return " ".join(text.casefold().split())


def claim_key(claim: Claim) -> str:
    """The fingerprint of one claim, before telling repeated claims apart."""
    # \x1f (unit separator) cannot occur in normalised text, so fields never run together.
    joined = "\x1f".join((
        claim.kind, normalise(claim.text), normalise(claim.quote), normalise(claim.speaker)
    ))
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=16).hexdigest()


def fingerprints(claims: Iterable[Claim]) -> Iterator[str]:
    """Fingerprints for the claims of one source, in document order.

    The same sentence can occur twice in one source (a live blog repeating a quote in a
    later post); the second occurrence gets ``#2`` appended so that both are kept. On
    re-ingest, occurrences are counted in the same order, so they match again.
    """
    seen = Occurrences()
    for claim in claims:
        key = claim_key(claim)
        count = seen.add(int(key, 16))
        yield key if count == 1 else f"{key}#{count}"


_LOW = (1 << 64) - 1


class Occurrences:
    """How many times each 128-bit fingerprint was seen: an open-addressing table (linear
    probing) of its two 64-bit halves in two ``array("Q")``, 16 bytes a slot, kept at
    most two thirds full; the few fingerprints seen more than once keep their count in a
    dict. About 35 bytes a distinct claim, where a dict of ints takes about 85: a source
    of a million claims holds them all until its last claim is stored."""

    __slots__ = ("_high", "_low", "_mask", "_repeated", "_used")

    def __init__(self) -> None:
        self._high, self._low = _slots(1 << 10), _slots(1 << 10)
        self._mask = (1 << 10) - 1
        self._used = 0
        self._repeated: dict[int, int] = {}

    def add(self, fingerprint: int) -> int:
        """Count one more occurrence of ``fingerprint``; how many there are now."""
        high, low = fingerprint >> 64, fingerprint & _LOW
        if not (high or low):  # the empty slot's value: counted in the dict alone
            count = self._repeated.get(fingerprint, 0) + 1
            self._repeated[fingerprint] = count
            return count
        slot = self._find(high, low)
        if self._high[slot] or self._low[slot]:
            count = self._repeated.get(fingerprint, 1) + 1
            self._repeated[fingerprint] = count
            return count
        self._high[slot], self._low[slot] = high, low
        self._used += 1
        if 3 * self._used > 2 * (self._mask + 1):
            self._grow()
        return 1

    def _find(self, high: int, low: int) -> int:
        """The slot holding the fingerprint, or the empty slot where it goes."""
        mask, highs, lows = self._mask, self._high, self._low
        slot = low & mask  # the low bits of a BLAKE2 digest are as good as any
        while True:
            here_high, here_low = highs[slot], lows[slot]
            if (here_high == high and here_low == low) or not (here_high or here_low):
                return slot
            slot = (slot + 1) & mask

    def _grow(self) -> None:
        highs, lows = self._high, self._low
        size = 2 * (self._mask + 1)
        self._high, self._low, self._mask = _slots(size), _slots(size), size - 1
        for high, low in zip(highs, lows, strict=True):
            if high or low:
                slot = self._find(high, low)
                self._high[slot], self._low[slot] = high, low


def _slots(size: int) -> array[int]:
    return array("Q", bytes(8 * size))
