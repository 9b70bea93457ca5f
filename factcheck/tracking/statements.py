"""What a claim says, folded so that reprints compare equal, and the decision "same claim?".

A claim is reprinted with other quote marks, an ellipsis where words were cut, another
case, or as a shorter partial quote ("Biden called it "a total disaster""); a rewrite keeps
its speaker and figures and most of its words. ``Statement`` is the folded form of one
claim; ``index_keys`` gives the few integers under which a claim is filed, so that finding
candidates is an equality look-up in a B-tree, never a scan; ``same_claim`` decides.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from hashlib import blake2b
from typing import Final, Literal

from factcheck.extract.number_words import CARDINALS, SCALES

# How many band keys a claim is filed under: the lowest hashes of its word 3-grams (a
# bottom-k sketch). Two statements sharing most words share most of their lowest hashes,
# and a partial quote's lowest hashes are mostly among the full quote's.
KEYS_PER_CLAIM: Final = 8
SHINGLE: Final = 3
# A shorter quote found whole inside a longer one joins it when it has this many words:
# "a total disaster" alone is a phrase many people use.
MIN_PARTIAL_WORDS: Final = 5
# A reworded statement: the share of the larger word set that both share.
MIN_SHARED: Final = 0.75
MIN_REWORDED_WORDS: Final = 5
# A rewrite that neither side attributes is pinned down by its figures only: it must keep
# more of a longer sentence ("Portion Fix Containers: 1 Purple" is not "...: 1 tsp.").
MIN_SHARED_UNATTRIBUTED: Final = 0.85
MIN_UNATTRIBUTED_WORDS: Final = 8

# Ellipses mark words cut out of a quote: "we will ... defend" is two runs of words.
_ELLIPSIS: Final = re.compile(r"\.\s*\.\s*\.|\u2026|\[\s*\.\.\.\s*\]")
# A number with its separators ("127,000", "3.5") or a word ("don't", "Kyiv's").
_TOKEN: Final = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*")
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# Number words are figures too: "three people" and "four people" are different claims.
_NUMBER_WORDS: Final = frozenset(CARDINALS) | frozenset(SCALES) | {"half", "dozen", "dozens"}
# 3-grams made only of these say nothing about which claim it is ("he said that").
_STOPWORDS: Final = frozenset(
    """a an the of to and or in on at for from by with as is are was were be been it its
    he she they we i you this that these those said says say told has have had will would
    not but there their his her our""".split()
)

Match = Literal["same", "partial", "reworded"]


@dataclass(frozen=True, slots=True)
class Statement:
    """One claim as compared: its words in runs (split at ellipses), figures, and who said
    it. ``speaker`` is the person's identity (a stored person id, or a name key) and
    ``cited`` the folded cited source; either may be unknown (None). ``tag`` tells apart
    the claims an extractor finds in one sentence when the sentence is what is compared
    (its kind, and a short quote's words): "Star Wars" and "Mary Poppins" quoted in one
    sentence are two claims."""

    runs: tuple[tuple[str, ...], ...]
    figures: tuple[str, ...]
    speaker: Hashable | None = None
    cited: str | None = None
    tag: str | None = None
    words: tuple[str, ...] = ()  # the runs' words in one tuple (``statement`` fills it)


def fold(text: str) -> str:
    """``“Kyiv’s Troops”`` -> ``"kyiv's troops"``: compatibility forms, apostrophes, case."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return text.casefold()


def tokens(text: str) -> tuple[str, ...]:
    """``'"127,000 troops," he said'`` -> ``('127,000', 'troops', 'he', 'said')``."""
    return tuple(_TOKEN.findall(fold(text)))


def statement(
    text: str, quote: str | None = None, *, speaker: Hashable | None = None,
    cited: str | None = None, kind: str | None = None,
) -> Statement:
    """What a claim says: its quote when it has one (the words that travel between
    outlets), else its sentence. A quote of a few words is a phrase or a title ("Wild
    Rose", "phase one"), not a claim of its own: its sentence says what was claimed."""
    quoted = tokens(quote) if quote else ()
    said = quote if quote and len(quoted) >= MIN_PARTIAL_WORDS else text
    tag = None if said is quote else f"{kind or ''}:{' '.join(quoted)}"
    runs = tuple(run for run in (tokens(part) for part in _ELLIPSIS.split(said)) if run)
    # A multiset: "1 cup, 1 tsp" and "1 cup" state different figures.
    words = tuple(word for run in runs for word in run)
    # The figures the words state, thousands separators dropped ('127,000' -> '127000').
    figures = tuple(sorted(
        word.replace(",", "") if word[0].isdigit() else word
        for word in words if word[0].isdigit() or word in _NUMBER_WORDS
    ))
    cited_key = " ".join(tokens(cited)) if cited else None
    return Statement(runs, figures, speaker, cited_key or None, tag, words)


def index_keys(said: Statement, *, count: int = KEYS_PER_CLAIM) -> list[int]:
    """The band keys a claim is filed and looked up under: the ``count`` lowest hashes of
    its word 3-grams that hold at least one word other than a stopword. A statement shorter
    than a 3-gram is filed under its words whole."""
    # Per word, the least work: the 3-grams by zip, the stopword test in C (issuperset).
    only_stopwords = _STOPWORDS.issuperset
    shingles = {
        " ".join(gram)
        for run in said.runs if len(run) >= SHINGLE
        for gram in zip(*(run[i:] for i in range(SHINGLE)), strict=False)  # shifted runs
        if not only_stopwords(gram)
    }
    if not shingles:
        words = said.words
        if not words:
            return []
        shingles.add(" ".join(words))
    # Each hash a stable signed 64-bit integer (fits a BIGINT on both backends).
    return sorted({
        int.from_bytes(blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big",
                       signed=True)
        for shingle in shingles
    })[:count]


def _contains(longer: Sequence[str], runs: Sequence[Sequence[str]]) -> bool:
    """Every run found whole in ``longer``, in order (a quote cut with ellipses)."""
    position = 0
    for run in runs:
        size = len(run)
        found = next(
            (i for i in range(position, len(longer) - size + 1)
             if tuple(longer[i:i + size]) == tuple(run)),
            None,
        )
        if found is None:
            return False
        position = found + size
    return True


def _speakers_differ(a: Statement, b: Statement) -> bool:
    return a.speaker is not None and b.speaker is not None and a.speaker != b.speaker


def _reworded(a: Statement, b: Statement) -> bool:
    """Same speaker or same cited source and most words shared; a statement of figures
    that neither side attributes counts too, its figures pinning it down ("Prices rose 7.5%
    in January, the fastest pace in four decades"), when it keeps more of its words."""
    words = min(len(set(a.words)), len(set(b.words)))
    share = shared_share(a, b)
    if (a.speaker is not None and a.speaker == b.speaker) or (
        a.cited is not None and a.cited == b.cited
    ):
        return words >= MIN_REWORDED_WORDS and share >= MIN_SHARED
    nobody = a.speaker is None and b.speaker is None and a.cited is None and b.cited is None
    return (nobody and bool(a.figures) and words >= MIN_UNATTRIBUTED_WORDS
            and share >= MIN_SHARED_UNATTRIBUTED)


def shared_share(a: Statement, b: Statement) -> float:
    """The share of the larger word set that both statements use."""
    wa, wb = set(a.words), set(b.words)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def same_claim(a: Statement, b: Statement) -> Match | None:
    """Whether two statements are one claim, and how: the same words (``same``), one a
    cut-down quote of the other (``partial``), or lightly reworded (``reworded``, which
    needs the same speaker or cited source). Different figures, different speakers or
    different cited sources never match."""
    if a.figures != b.figures or _speakers_differ(a, b):
        return None
    if a.tag is not None and b.tag is not None and a.tag != b.tag:
        return None
    if a.cited is not None and b.cited is not None and a.cited != b.cited:
        return None
    wa, wb = a.words, b.words
    if not wa or not wb:
        return None
    if wa == wb:
        return "same"
    short, long_ = (a, wb) if len(wa) <= len(wb) else (b, wa)
    quoted = a.tag is None and b.tag is None  # a partial quote is of a quote, not a sentence
    if quoted and len(short.words) >= MIN_PARTIAL_WORDS and _contains(long_, short.runs):
        return "partial"
    return "reworded" if _reworded(a, b) else None
