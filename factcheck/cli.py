"""Thin command-line layer over extract, store, workflow, ingest and export."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any, TypeVar

import click

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.output import FORMATS, write_rows

F = TypeVar("F", bound=Callable[..., Any])

CLAIM_CSV_COLUMNS = (
    "document", "kind", "start", "end", "text", "quote", "quote_start", "quote_end",
    "speaker", "speaker_mention", "speaker_start", "speaker_end", "speaker_role", "cue",
    "cited_source", "quantities", "post_time", "post_headline", "post_byline",
)
CLAIM_TABLE_COLUMNS = ("kind", "speaker", "text")


def format_option(func: F) -> F:
    """``--format table|jsonl|csv``; the default is a table on a terminal, JSON lines otherwise."""
    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default=None,
        help="Output format (default: table on a terminal, jsonl otherwise).",
    )(func)


def resolve_format(fmt: str | None) -> str:
    if fmt:
        return fmt
    return "table" if sys.stdout.isatty() else "jsonl"


def clear_errors(func: F) -> F:
    """Turn a ``FactcheckError`` into one line on stderr and its exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FactcheckError as exc:
            click.echo(f"factcheck: error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="factcheck")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Find, attribute, store and review checkable claims in news text.

    With no command on a terminal, opens the review TUI on the default database."""
    if ctx.invoked_subcommand is None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            ctx.invoke(tui)
        else:
            click.echo(ctx.get_help())


def _claim_rows(claims: Any) -> Iterator[dict[str, Any]]:
    for claim in claims:
        row = claim.to_dict()
        yield row


def _flat_claim_row(row: dict[str, Any]) -> dict[str, Any]:
    post = row.get("post") or {}
    flat = dict(row)
    flat["post_time"] = post.get("time")
    flat["post_headline"] = post.get("headline")
    flat["post_byline"] = post.get("byline")
    return flat


@main.command()
@click.argument("paths", nargs=-1, required=True)
@format_option
@clear_errors
def extract(paths: tuple[str, ...], fmt: str | None) -> None:
    """Extract claims from text files (or ``-`` for standard input) and print them."""
    from factcheck.extract import extract as extract_claims
    from factcheck.ingest.text import read_text

    fmt = resolve_format(fmt)
    documents = [read_text(path) for path in paths]  # read all first: fail before printing

    def rows() -> Iterator[dict[str, Any]]:
        for name, text in documents:
            for row in _claim_rows(extract_claims(text, document=name)):
                yield _flat_claim_row(row) if fmt == "csv" else row

    write_rows(
        rows(), fmt, sys.stdout,
        csv_columns=CLAIM_CSV_COLUMNS, table_columns=CLAIM_TABLE_COLUMNS,
    )


# --- the claims database -------------------------------------------------------------

LISTING_CSV_COLUMNS = (
    "id", "status", "verdict", "kind", "text", "quote", "speaker", "speaker_role", "cue",
    "cited_source", "start", "end", "span_valid", "assignee", "rationale", "version",
    "updated_at", "source_id", "source_name", "source_title", "source_url", "post_time",
    "post_headline", "post_byline", "quantities",
)
LISTING_TABLE_COLUMNS = ("id", "status", "verdict", "kind", "speaker", "text", "source")


def db_option(func: F) -> F:
    """``--db URL``: the claims database (a URL, or a path to an SQLite file)."""
    return click.option(
        "--db", "db", metavar="URL", default=None,
        help="Database URL or SQLite file path (default: $FACTCHECK_DB, else an SQLite "
             "file in your data directory; see `factcheck db path`).",
    )(func)


@main.group()
def db() -> None:
    """Where the claims database is, its schema version, and upgrading it."""


@db.command("path")
@db_option
@clear_errors
def db_path(db: str | None) -> None:
    """Print which database the other commands would use (the password hidden)."""
    from factcheck.store.database import describe, resolve_url

    click.echo(describe(resolve_url(db)))


@db.command("upgrade")
@db_option
@clear_errors
def db_upgrade(db: str | None) -> None:
    """Create the database or upgrade its schema to this version of factcheck."""
    from factcheck.store.database import (
        create_engine_for,
        describe,
        resolve_url,
        sqlite_path,
        upgrade_database,
    )

    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            from factcheck.store.database import DatabaseError

            raise DatabaseError(f"{path}: is a directory, not a database file")
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine_for(url)
    try:
        before, after = upgrade_database(engine)
    finally:
        engine.dispose()
    where = describe(url)
    if before == after:
        click.echo(f"{where}: already at schema revision {after}")
    else:
        click.echo(f"{where}: upgraded from {before or 'an empty database'} to revision {after}")


@db.command("status")
@db_option
@clear_errors
def db_status(db: str | None) -> None:
    """Show the database's location, schema revision and claim counts; changes nothing."""
    from factcheck.store.database import (
        DatabaseError,
        SchemaState,
        create_engine_for,
        describe,
        resolve_url,
        schema_status,
    )

    url = resolve_url(db)
    where = describe(url)
    engine = create_engine_for(url)
    try:
        status = schema_status(engine)
        click.echo(f"database: {where}")
        click.echo(f"backend:  {url.get_backend_name()}")
        click.echo(f"schema:   {status.revision or 'none'} (this factcheck: {status.head})")
        click.echo(f"state:    {status.state.value}")
        if problem := status.problem(where):
            raise DatabaseError(problem)
        if status.state in (SchemaState.CURRENT, SchemaState.BEHIND):
            _echo_counts(engine)
    finally:
        engine.dispose()


def _echo_counts(engine: Any) -> None:
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from factcheck.store.models import Source
    from factcheck.store.queries import counts_by_status

    with Session(engine) as session:
        sources = session.execute(select(func.count()).select_from(Source)).scalar_one()
        counts = counts_by_status(session)
    by_status: dict[str, int] = {}
    for (status, _verdict), count in counts.items():
        by_status[status] = by_status.get(status, 0) + count
    detail = ", ".join(f"{status} {count}" for status, count in sorted(by_status.items()))
    click.echo(f"sources:  {sources}")
    click.echo(f"claims:   {sum(counts.values())}" + (f" ({detail})" if detail else ""))


@main.command()
@db_option
@click.option("--status", type=click.Choice(("new", "in_review", "checked", "dismissed")))
@click.option("--verdict", type=click.Choice(("accurate", "misleading", "false", "unverifiable")))
@click.option("--kind", type=click.Choice(("quote", "indirect", "numeric")))
@click.option("--speaker", metavar="TEXT", help="Speaker contains TEXT (any case).")
@click.option("--source", metavar="TEXT", help="Source title, name, path or URL contains TEXT.")
@click.option("--search", metavar="TEXT", help="Claim text, quote or speaker contains TEXT.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N claims.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip the first N.")
@click.option(
    "--sort", type=click.Choice(("id", "status", "verdict", "kind", "speaker", "source",
                                 "post_time", "updated", "position")),
    default="id", show_default=True,
)
@click.option("--desc", "descending", is_flag=True, help="Sort in descending order.")
@format_option
@clear_errors
def claims(
    db: str | None, status: str | None, verdict: str | None, kind: str | None,
    speaker: str | None, source: str | None, search: str | None, limit: int | None,
    offset: int, sort: str, descending: bool, fmt: str | None,
) -> None:
    """List stored claims, filtered."""
    from factcheck.store.database import open_database
    from factcheck.store.queries import ClaimFilter, claims_select, quantities_for

    fmt = resolve_format(fmt)
    filters = ClaimFilter(
        status=status, verdict=verdict, kind=kind, speaker=speaker, source=source, search=search
    )
    with open_database(db) as database, database.sessions.begin() as session:
        statement = claims_select(filters, sort=sort, descending=descending)
        statement = statement.limit(limit).offset(offset or None)

        def rows() -> Iterator[dict[str, Any]]:
            from factcheck.store.queries import ClaimListing

            result = session.execute(statement, execution_options={"yield_per": 500})
            for chunk in result.partitions():
                listings = [ClaimListing(**row._mapping) for row in chunk]
                quantities = (
                    quantities_for(session, [c.id for c in listings]) if fmt != "table" else {}
                )
                for listing in listings:
                    row = listing.to_dict()
                    row["source"] = listing.source_title or listing.source_name
                    if fmt != "table":
                        row["quantities"] = [q.to_dict() for q in quantities[listing.id]]
                    yield row

        write_rows(
            rows(), fmt, sys.stdout,
            csv_columns=LISTING_CSV_COLUMNS, table_columns=LISTING_TABLE_COLUMNS,
        )


@main.command()
@click.argument("claim_id", metavar="ID", type=int)
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True,
    help="Readable text, or one JSON object.",
)
@clear_errors
def show(claim_id: int, db: str | None, fmt: str) -> None:
    """Show one claim in its context, with its source, post and quantities."""
    import json

    from factcheck.store.database import open_database
    from factcheck.store.queries import get_claim

    with open_database(db) as database, database.sessions.begin() as session:
        detail = get_claim(session, claim_id)
        if detail is None:
            raise FactcheckError(f"no claim with id {claim_id} in {database.where}")
        if fmt == "json":
            click.echo(json.dumps(detail.to_dict(), ensure_ascii=False))
        else:
            _print_claim(detail)


def _print_claim(detail: Any) -> None:
    """The claim as a reader wants it: its paragraph with the claim in bold (source text is
    never read as markup), then who said it, the figures and where it comes from."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    claim, source, post, context = detail.claim, detail.source, detail.post, detail.context
    console = Console(file=sys.stdout, markup=False, highlight=False, emoji=False)
    state = claim.status + (f", {claim.verdict}" if claim.verdict else "")
    console.print(Text(f"Claim {claim.id} · {claim.kind} · {state}", style="bold"))
    paragraph = Text(context.before)
    paragraph.append(context.claim, style="bold")
    paragraph.append(context.after)
    if claim.quote_start is not None and context.valid:
        paragraph.stylize(
            "italic", claim.quote_start - context.offset, claim.quote_end - context.offset
        )
    console.print(paragraph)
    if not context.valid:
        console.print(Text("(the source has changed and no longer contains this claim)"))
    fields = [
        ("speaker", claim.speaker
         and claim.speaker + (f" ({claim.speaker_role})" if claim.speaker_role else "")),
        ("cue", claim.cue),
        ("cited source", claim.cited_source),
        ("quote", claim.quote),
        ("source", source.title or source.name),
        ("url", source.url or source.location),
        ("publisher", source.publisher),
        ("published", source.published and source.published.isoformat()),
        ("post", post and " · ".join(p for p in (post.time, post.headline, post.byline) if p)),
        ("assignee", claim.assignee),
        ("rationale", claim.rationale),
    ]
    for label, value in fields:
        if value:
            console.print(Text(f"{label + ':':<14}{value}"))
    if detail.quantities:
        table = Table("surface", "low", "high", "unit", "qualifier", "counted", title="figures")
        for q in detail.quantities:
            table.add_row(*(Text("" if v is None else str(v)) for v in (
                q.surface, q.low, q.high, q.unit, q.qualifier, q.counted)))
        console.print(table)
    for evidence in detail.evidence:
        console.print(Text(f"evidence:     {evidence.url or evidence.reference}"))
    if detail.changes:
        console.print(Text(f"history:      {len(detail.changes)} change(s)"))


@main.command()
@db_option
@click.option("--editor", metavar="NAME", default=None,
              help="Who is deciding (default: $FACTCHECK_EDITOR, else your login name).")
@clear_errors
def tui(db: str | None, editor: str | None) -> None:
    """Review claims in the terminal: browse, filter, read in context, decide."""
    from factcheck.tui import run  # Textual is imported only here, not by other commands

    run(db, editor=editor)
