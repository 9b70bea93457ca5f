"""Claim records built by hand, with offsets that really point into their text.

The extractor is written elsewhere; these stand in for its output so the store can be
tested on records of exactly the shape it will receive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from factcheck.documents import SourceDocument
from factcheck.extract.records import Claim, Post, Quantity

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

Said = tuple[str, str]  # (speaker, words): 'Speaker said "words".'
Section = tuple[str | None, Sequence[Said]]  # (post time line or None, what was said)


def liveblog(
    sections: Sequence[Section],
    *,
    location: str = "/news/liveblog.txt",
    title: str | None = "The latest on the border",
    url: str | None = None,
) -> tuple[SourceDocument, list[Claim]]:
    """A live blog whose posts each hold paragraphs of the form ``X said "..."``, and the
    quote claims (with their figures) an extractor would find in it."""
    parts: list[str] = []
    claims: list[Claim] = []
    position = 0

    def add(chunk: str) -> int:
        nonlocal position
        start = position
        parts.append(chunk)
        position += len(chunk)
        return start

    add(f"{title or 'Live'}\n\n")
    for time_line, said in sections:
        post_start = position
        if time_line:
            add(f"{time_line}\n\nA headline for {time_line}\n\nBy A Reporter\n\n")
        pending: list[tuple[int, str, str, str]] = []
        for speaker, words in said:
            sentence = f'{speaker} said "{words}".'
            pending.append((add(sentence), sentence, speaker, words))
            add("\n\n")
        post = None
        if time_line:
            post = Post(post_start, position, time_line, f"A headline for {time_line}",
                        "By A Reporter")
        for start, sentence, speaker, words in pending:
            quote_start = start + sentence.index('"') + 1
            quantities = tuple(
                Quantity(m.group(), quote_start + m.start(), quote_start + m.end(),
                         float(m.group().replace(",", "")), None)
                for m in _NUMBER.finditer(words)
            )
            claims.append(Claim(
                document=location, kind="quote", start=start, end=start + len(sentence),
                text=sentence, quote=words, quote_start=quote_start,
                quote_end=quote_start + len(words), speaker=speaker, speaker_mention=speaker,
                speaker_start=start, speaker_end=start + len(speaker), cue="said",
                quantities=quantities, post=post,
            ))
    text = "".join(parts)
    document = SourceDocument(
        kind="liveblog", location=location, name=location.rsplit("/", 1)[-1], text=text,
        retrieved=datetime(2022, 1, 21, 22, 0, tzinfo=UTC), title=title, url=url,
        publisher="CNN", authors=("Aditi Sangal", "Meg Wagner"),
    )
    return document, claims


def many(count: int, *, location: str = "/news/many.txt", quantities: bool = True
         ) -> tuple[SourceDocument, list[Claim]]:
    """One post with ``count`` distinct quote claims, each stating a figure or two."""
    said = [
        (f"Official {i % 50}",
         f"we counted {i * 7 + 3} trucks near the border" if quantities and i % 2 == 0
         else f"statement number {'x' * (i % 5)} {i} stands")
        for i in range(count)
    ]
    return liveblog([("1:02 p.m. ET, January 21, 2022", said)], location=location)
