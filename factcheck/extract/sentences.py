"""Sentence spans inside a paragraph, aware of "Mr.", "U.S.", "p.m." and initials."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import MIDDLE_ABBREVIATIONS, TITLE_ABBREVIATIONS

# A candidate end: terminal punctuation, any closing quotes or brackets, then white space.
# "...Europe." | "...30%.” " | "...know." " | "...right?) "
# Group 1 is the terminal run: its last character decides ("...30%.”": the dot).
# Spelled "[.!?…][.!?…]*", not "[.!?…]+": a pattern that opens with a character class
# lets the regex engine skip to the next candidate character, about twice as fast a scan.
CANDIDATE_END = re.compile(r"([.!?…][.!?…]*)['\"”’)\]]*(?=\s)")
# The word just before a full stop: "Mr" in "Mr.", "U.S" in "U.S.", "p.m" in "p.m.".
# Possessive: giving characters back can never reach the end, so do not try.
WORD_BEFORE_DOT = re.compile(r"([\w.’'-]++)$")
# Words that plainly start a new sentence after an abbreviation like "U.S." or "p.m.".
SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I But And This That These Those In On At There Here".split()
)


def _is_boundary(text: str, end_punct: int, after: int, limit: int) -> bool:
    """Decide whether the punctuation ending at ``after`` ends a sentence."""
    nxt = after
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return True
    following = text[nxt]
    if following.islower() or following in ",;:":
        return False  # '"...?" he asked', 'p.m. on Friday'
    if text[end_punct] != ".":
        return True
    head = WORD_BEFORE_DOT.search(text, max(0, end_punct - 20), end_punct)
    if head is None:
        return True
    word = head.group(1).lower().strip("'’")
    if word in TITLE_ABBREVIATIONS:
        return False  # "Mr. Lavrov"
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "John F. Kennedy"
    if word in MIDDLE_ABBREVIATIONS or ("." in word and len(word) <= 5):
        next_word = re.match(r"[\w’']+", text[nxt : nxt + 20])
        return bool(next_word and next_word.group(0) in SENTENCE_STARTERS)
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]``, trimmed of surrounding white space."""
    limit = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in CANDIDATE_END.finditer(text, start, limit):
        after = match.end()
        if _is_boundary(text, match.end(1) - 1, after, limit):
            _add_trimmed(spans, text, cursor, after)
            cursor = after
    _add_trimmed(spans, text, cursor, limit)
    return spans


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append ``(start, end)`` trimmed of white space, unless nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
