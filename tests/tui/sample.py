"""A small, fixed claims database for the TUI tests and snapshots: no clock, no chance.

Two sources: a live blog with posts and figures, and an article whose sentences hold
things a terminal might take for markup or control codes, which must show literally.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from factcheck.documents import SourceDocument
from factcheck.extract.records import Claim, Post, Quantity
from factcheck.store import Database, open_database, save_source
from factcheck.store.models import Change, Evidence, Source
from factcheck.store.models import Claim as ClaimRow

FIXED = datetime(2022, 1, 21, 22, 0, tzinfo=UTC)
HOSTILE_QUOTE = "[bold]free[/bold] [link=http://evil.example]click[/link] \x1b[31mred\x1b[0m"


def _quote_claim(text: str, start: int, sentence: str, speaker: str, words: str, *,
                 location: str, role: str | None = None, post: Post | None = None,
                 figures: tuple[str, ...] = ()) -> Claim:
    assert text[start:start + len(sentence)] == sentence
    quote_start = start + sentence.index('"') + 1
    quantities = []
    for figure in figures:
        at = text.index(figure, quote_start)
        value = float(figure.replace(",", "").split()[0])
        quantities.append(Quantity(figure, at, at + len(figure), value, None, counted="troops"))
    return Claim(
        document=location, kind="quote", start=start, end=start + len(sentence), text=sentence,
        quote=words, quote_start=quote_start, quote_end=quote_start + len(words),
        speaker=speaker, speaker_mention=speaker, speaker_start=start,
        speaker_end=start + len(speaker), speaker_role=role, cue="said",
        quantities=tuple(quantities), post=post,
    )


def _document(location: str, text: str, title: str, url: str | None) -> SourceDocument:
    return SourceDocument(
        kind="liveblog", location=location, name=location.rsplit("/", 1)[-1], text=text,
        retrieved=FIXED, title=title, url=url, publisher="CNN",
        authors=("Aditi Sangal", "Meg Wagner"), published=FIXED,
    )


SAID = [
    ("Jen Psaki", "White House Press Secretary",
     "Russia has amassed 100,000 troops on the border", ("100,000",)),
    ("Antony Blinken", "Secretary of State", "we will respond to any invasion", ()),
    ("Sergey Lavrov", "Foreign Minister", "Russia never threatened anyone", ()),
    ("Volodymyr Zelensky", None, "there are 127,000 troops near our border", ("127,000",)),
    ("NATO official", None, "allies sent 4 ships and 3 jets", ("4", "3")),
    ("Dmitry Peskov", "Kremlin spokesman", "the troop movements are routine", ()),
    ("Boris Johnson", "Prime Minister", "an invasion would be a disaster", ()),
    ("Olaf Scholz", "Chancellor", "all options are on the table", ()),
]


def _say(parts: list[str], said: list[tuple[str, str | None, str, tuple[str, ...]]]
         ) -> list[tuple[int, str]]:
    """Append one paragraph ``X said "..."`` per line of ``said``; (start, sentence) of each."""
    pending = []
    for speaker, _role, words, _figures in said:
        start = sum(len(p) for p in parts)
        sentence = f'{speaker} said "{words}".'
        parts.append(sentence + "\n\n")
        pending.append((start, sentence))
    return pending


def build(db: Database) -> None:
    """Fill ``db`` (empty) with the sample and some desk decisions, at fixed times."""
    location = "/news/ukraine-liveblog.txt"
    parts = ["Russia-Ukraine crisis: live updates\n\n"]
    claims: list[Claim] = []
    time_line = "1:02 p.m. ET, January 21, 2022"
    parts.append(f"{time_line}\n\nBlinken and Lavrov meet in Geneva\n\nBy Jennifer Hansler\n\n")
    post_start = len(parts[0])
    pending = _say(parts, SAID)
    text = "".join(parts)
    post = Post(post_start, len(text), time_line, "Blinken and Lavrov meet in Geneva",
                "By Jennifer Hansler")
    for (start, sentence), (speaker, role, words, figures) in zip(pending, SAID, strict=True):
        claims.append(_quote_claim(text, start, sentence, speaker, words, location=location,
                                   role=role, post=post, figures=figures))

    hostile_location = "/news/odd-article.txt"
    hostile_sentence = f'Markup Tester said "{HOSTILE_QUOTE}".'
    hostile_text = f"An [italic]odd[/italic] article\n\n{hostile_sentence}\n"
    hostile = _quote_claim(
        hostile_text, hostile_text.index(hostile_sentence), hostile_sentence, "Markup Tester",
        HOSTILE_QUOTE, location=hostile_location)

    with db.write() as session:
        save_source(session, _document(location, text, "Russia-Ukraine crisis: live updates",
                                       "https://edition.cnn.com/europe/live-news/ukraine"),
                    claims)
        save_source(session, _document(hostile_location, hostile_text,
                                       "An [italic]odd[/italic] article", None), [hostile])
    with db.write() as session:
        _decide(session)


def _decide(session: object) -> None:
    """Some claims decided already (written directly, as a fixed past), all at FIXED."""
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    session.execute(update(Source).values(created_at=FIXED, updated_at=FIXED))
    session.execute(update(ClaimRow).values(created_at=FIXED, updated_at=FIXED))
    session.execute(
        update(ClaimRow).where(ClaimRow.id == 2).values(
            status="checked", verdict="accurate", rationale="State Department transcript.",
            updated_by="alice", version=3)
    )
    session.execute(
        update(ClaimRow).where(ClaimRow.id == 3).values(
            status="checked", verdict="false", rationale="Contradicted by the record.",
            updated_by="alice", version=3)
    )
    session.execute(
        update(ClaimRow).where(ClaimRow.id == 4).values(
            status="in_review", assignee="bob", updated_by="bob", version=2)
    )
    session.execute(update(ClaimRow).where(ClaimRow.id == 6).values(status="dismissed",
                                                                    updated_by="bob"))
    session.add_all([
        Evidence(claim_id=2, url="https://www.state.gov/transcript", editor="alice",
                 created_at=FIXED),
        Evidence(claim_id=3, reference="Call with the ministry press office", editor="alice",
                 created_at=FIXED),
        Change(claim_id=2, field="status", old_value="new", new_value="checked",
               editor="alice", changed_at=FIXED),
        Change(claim_id=2, field="verdict", old_value=None, new_value="accurate",
               editor="alice", changed_at=FIXED),
        Change(claim_id=3, field="verdict", old_value=None, new_value="false", editor="alice",
               reason="[red]not markup[/red]", changed_at=FIXED),
        Change(claim_id=4, field="status", old_value="new", new_value="in_review",
               editor="bob", changed_at=FIXED),
    ])


def open_sample(url: str) -> Database:
    database = open_database(url)
    build(database)
    return database


REPEATED_AT = datetime(2022, 1, 22, 9, 30, tzinfo=UTC)
REPEATS = [SAID[0], SAID[2]]  # Psaki's figure (new) and Lavrov's denial (checked false)


def add_repeats(db: Database) -> list[int]:
    """A wire copy, a day later, that prints two of the live blog's quotes again: each new
    claim joins the group of the one it repeats. Returns the new claims' ids."""
    location = "/news/wire-copy.txt"
    parts = ["Wire: Ukraine tensions\n\n"]
    pending = _say(parts, REPEATS)
    text = "".join(parts)
    claims = [
        _quote_claim(text, start, sentence, speaker, words, location=location, role=role,
                     figures=figures)
        for (start, sentence), (speaker, role, words, figures) in zip(pending, REPEATS,
                                                                       strict=True)
    ]
    document = SourceDocument(
        kind="article", location=location, name="wire-copy.txt", text=text,
        retrieved=REPEATED_AT, title="Wire: Ukraine tensions", url=None, publisher="Wire",
        published=REPEATED_AT,
    )
    with db.write() as session:
        save_source(session, document, claims)
    with db.write() as session:
        session.execute(update(Source).where(Source.location == location).values(
            created_at=REPEATED_AT, updated_at=REPEATED_AT))
        new = session.execute(
            select(ClaimRow.id).join(Source, ClaimRow.source_id == Source.id)
            .where(Source.location == location).order_by(ClaimRow.id)
        ).scalars().all()
        session.execute(update(ClaimRow).where(ClaimRow.id.in_(new)).values(
            created_at=REPEATED_AT, updated_at=REPEATED_AT))
    return list(new)
