"""Reprints of a real article, as another outlet would run it: the test helper that the
tracking acceptance tests ingest next to the original.

A reprint reorders (two paragraphs swap), cuts (a paragraph dropped), restyles (straight
quote marks become curly ones, or the other way) and edits (one word of one paragraph
replaced). ``with_figure_changed`` makes the one edit that must split a group: a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\b[a-z]{7,}\b")
_DIGIT = re.compile(r"\d")
REPLACEMENT = "reworded"


@dataclass(frozen=True, slots=True)
class Variant:
    text: str
    dropped: str | None  # the paragraph left out
    changed: tuple[str, str] | None  # (word, its replacement) in one paragraph


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _restyle_quotes(paragraph: str) -> str:
    if "\u201c" in paragraph or "\u201d" in paragraph:
        return paragraph.replace("\u201c", '"').replace("\u201d", '"')
    out: list[str] = []
    opened = False
    for ch in paragraph:
        if ch == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


def reprint(text: str) -> Variant:
    """The article as a second outlet runs it (deterministic: the same text, the same
    variant)."""
    paragraphs = _paragraphs(text)
    dropped: str | None = None
    if len(paragraphs) >= 6:
        dropped = paragraphs.pop(len(paragraphs) // 2)
    if len(paragraphs) >= 4:
        i = len(paragraphs) // 3
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    changed: tuple[str, str] | None = None
    for index, paragraph in enumerate(paragraphs[1:], start=1):
        match = _WORD.search(paragraph)
        if match:
            changed = (match.group(), REPLACEMENT)
            paragraphs[index] = paragraph[:match.start()] + REPLACEMENT + paragraph[match.end():]
            break
    paragraphs = [_restyle_quotes(p) for p in paragraphs]
    return Variant("\n\n".join(paragraphs) + "\n", dropped, changed)


def with_figure_changed(text: str, sentence: str) -> str:
    """``text`` with the first digit of ``sentence`` (found in it) raised by one."""
    at = text.index(sentence)
    digit = _DIGIT.search(sentence)
    if digit is None:
        raise ValueError(f"no figure in {sentence!r}")
    position = at + digit.start()
    raised = str((int(text[position]) + 1) % 10)
    return text[:position] + raised + text[position + 1:]
