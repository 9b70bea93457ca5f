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
    # Keyed by the fingerprint's 128 bits as an int: about 40 bytes less a claim than the
    # hex string, for a source of a million claims.
    seen: dict[int, int] = {}
    for claim in claims:
        key = claim_key(claim)
        number = int(key, 16)
        count = seen.get(number, 0) + 1
        seen[number] = count
        yield key if count == 1 else f"{key}#{count}"
