"""Thin command-line layer over extract, store, workflow, ingest and export."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.output import FORMATS, replace_when_done, visible, write_rows
from factcheck.vocabulary import KINDS, STATUSES, VERDICTS
from factcheck.wording import count_of, number

if TYPE_CHECKING:
    from factcheck.documents import SourceDocument
    from factcheck.extract import Claim
    from factcheck.ingest.runner import Progress
    from factcheck.ingest.sources import StdinIdentity

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


def say(message: str, *, err: bool = False) -> None:
    """Print a message for a person. Messages quote file names, URLs, names and cells from
    outside, so their control characters are made visible (``factcheck.output.visible``)."""
    click.echo(visible(message), err=err)


def clear_errors(func: F) -> F:
    """Turn a ``FactcheckError`` into one line on stderr and its exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FactcheckError as exc:
            say(f"factcheck: error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


class _UnknownClaimArgument(click.ClickException):
    """An unknown claim found while click reads the arguments, shown (and exiting 1) as
    ``clear_errors`` shows one found by the command itself."""

    def show(self, file: Any = None) -> None:
        say(f"factcheck: error: {self.message}", err=True)


def parse_claim_id(raw: str) -> int:
    """A claim id as typed. A whole number too large (or small) for any database is an
    unknown claim, exactly as an id that is merely absent: ``UnknownClaimError``, never an
    overflow in the driver. Raises ``ValueError`` for anything but a whole number."""
    from factcheck.store.models import is_storable_id
    from factcheck.workflow import UnknownClaimError

    number = int(raw.strip())
    if not is_storable_id(number):
        raise UnknownClaimError(number)
    return number


class ClaimId(click.types.IntParamType):
    """A claim id argument: a whole number, checked by ``parse_claim_id``."""

    name = "claim id"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        number = super().convert(value, param, ctx)
        try:
            return parse_claim_id(str(number))
        except FactcheckError as exc:
            raise _UnknownClaimArgument(str(exc)) from None


CLAIM_ID = ClaimId()


class PersonId(click.types.IntParamType):
    """A person id argument (``factcheck speakers``): one no database can hold is no person."""

    name = "person id"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        from factcheck.store.models import is_storable_id

        number = super().convert(value, param, ctx)
        if not is_storable_id(number):
            raise _UnknownClaimArgument(f"no person with id {number}")
        return number


PERSON_ID = PersonId()


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


def max_size_option(func: F) -> F:
    """``--max-size MB``: the size cap every source is read under (ingest and extract)."""
    return click.option(
        "--max-size", type=click.FloatRange(min=0, min_open=True), default=20.0,
        show_default=True, metavar="MB",
        help="Refuse any source (file, download, decompressed .gz) larger than this.",
    )(func)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--url", metavar="URL", default=None,
              help="The address a saved page (the one source) was fetched from; its claims "
                   "name it as their document.")
@format_option
@max_size_option
@clear_errors
def extract(paths: tuple[str, ...], url: str | None, fmt: str | None, max_size: float) -> None:
    """Extract claims from sources and print them, without storing anything.

    Sources are read as by `factcheck ingest`: text files, HTML files (also .html.gz),
    http(s) URLs, or - for standard input. For HTML the offsets index its main text."""
    from factcheck.extract import iter_claims as extract_claims
    from factcheck.ingest.limits import MB
    from factcheck.ingest.sources import ReadOptions, read_source

    fmt = resolve_format(fmt)
    if url is not None:
        _check_page_url(url, paths)
    options = ReadOptions(max_bytes=int(max_size * MB))
    # Read all first: fail before printing.
    documents = [read_source(path, options) for path in paths]
    if url is not None:
        from dataclasses import replace

        # The page's own canonical address, when it names one, stays its url.
        documents = [replace(documents[0], name=url, url=documents[0].url or url)]

    def rows() -> Iterator[dict[str, Any]]:
        for document in documents:
            for row in _claim_rows(extract_claims(document.text, document=document.name)):
                yield _flat_claim_row(row) if fmt == "csv" else row

    write_rows(
        rows(), fmt, sys.stdout,
        csv_columns=CLAIM_CSV_COLUMNS, table_columns=CLAIM_TABLE_COLUMNS,
    )


def _check_page_url(url: str, paths: tuple[str, ...]) -> None:
    """``--url`` names where one saved page came from: one source, not itself a URL."""
    from factcheck.ingest.fetch import is_url

    if not is_url(url):
        raise FactcheckError(f"--url {url!r}: expected an http(s) URL", exit_code=2)
    if len(paths) != 1:
        raise FactcheckError(f"--url names the address of one saved page; got "
                             f"{count_of(len(paths), 'source')}", exit_code=2)
    if is_url(paths[0]):
        raise FactcheckError(f"--url is for a saved page; {paths[0]} is fetched from its own "
                             "address", exit_code=2)


# --- the claims database -------------------------------------------------------------

LISTING_CSV_COLUMNS = (
    "id", "status", "verdict", "kind", "text", "quote", "speaker", "speaker_role", "cue",
    "cited_source", "start", "end", "span_valid", "assignee", "rationale", "version",
    "updated_at", "source_id", "source_name", "source_title", "source_url", "post_time",
    "post_headline", "post_byline", "quantities", "person_id", "group_id", "seen",
    "already_checked",
)
LISTING_TABLE_COLUMNS = (
    "id", "status", "verdict", "kind", "speaker", "text", "source", "seen", "already_checked",
)
# LIMIT and OFFSET are 64-bit on both backends; beyond this the driver would overflow.
MAX_ROWS = 2**63 - 1


def db_option(func: F) -> F:
    """``--db URL``: the claims database (a URL, or a path to an SQLite file)."""
    return click.option(
        "--db", "db", metavar="URL", default=None,
        help="Database URL or SQLite file path (default: $FACTCHECK_DB, else an SQLite "
             "file in your data directory; see `factcheck db path`).",
    )(func)


def claim_filter_options(func: F) -> F:
    """The claim filters shared by every command that selects claims (claims, export)."""
    options = [
        click.option("--status", type=click.Choice(STATUSES)),
        click.option("--verdict", type=click.Choice(VERDICTS)),
        click.option("--kind", type=click.Choice(KINDS)),
        click.option("--speaker", metavar="TEXT", help="Speaker contains TEXT (any case)."),
        click.option("--source", metavar="TEXT",
                     help="Source title, name, path or URL contains TEXT."),
        click.option("--search", metavar="TEXT",
                     help="Claim text, quote or speaker contains TEXT."),
        click.option("--assignee", metavar="NAME", help="Assigned to NAME."),
    ]
    for option in reversed(options):
        func = option(func)
    return func



@main.group()
def db() -> None:
    """Where the claims database is, its schema version, and upgrading it."""


@db.command("path")
@db_option
@clear_errors
def db_path(db: str | None) -> None:
    """Print which database the other commands would use (the password hidden)."""
    from factcheck.store.database import describe, resolve_url

    say(describe(resolve_url(db)))


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
        say(f"{where}: already at schema revision {after}")
    else:
        say(f"{where}: upgraded from {before or 'an empty database'} to revision {after}")


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
        say(f"database: {where}")
        click.echo(f"backend:  {url.get_backend_name()}")
        say(f"schema:   {status.revision or 'none'} (this factcheck: {status.head})")
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
@claim_filter_options
@click.option("--limit", type=click.IntRange(min=0, max=MAX_ROWS), default=None,
              help="At most N claims.")
@click.option("--offset", type=click.IntRange(min=0, max=MAX_ROWS), default=0,
              help="Skip the first N.")
@click.option(
    "--sort", type=click.Choice(("id", "status", "verdict", "kind", "speaker", "source",
                                 "post_time", "updated", "position")),
    default="id", show_default=True,
)
@click.option("--desc", "descending", is_flag=True, help="Sort in descending order.")
@click.option("--person", "person_id", metavar="ID", type=PERSON_ID, default=None,
              help="Claims of this person (see `factcheck speakers`).")
@format_option
@click.option("--wrap/--no-wrap", default=True, show_default=True,
              help="As a table: wrap long cells, or give each claim one line, cut to fit the "
                   "width ($COLUMNS, else 80, when not on a terminal).")
@clear_errors
def claims(
    db: str | None, status: str | None, verdict: str | None, kind: str | None,
    speaker: str | None, source: str | None, search: str | None, assignee: str | None,
    limit: int | None, offset: int, sort: str, descending: bool, person_id: int | None,
    fmt: str | None, wrap: bool,
) -> None:
    """List stored claims, filtered. The seen column is how many times the claim was
    printed (its group); already_checked is the verdict another print of it got."""
    from factcheck.store.appearances import group_info
    from factcheck.store.database import open_database
    from factcheck.store.queries import ClaimFilter, claims_select, quantities_for

    fmt = resolve_format(fmt)
    filters = ClaimFilter(status=status, verdict=verdict, kind=kind, speaker=speaker,
                          source=source, search=search, assignee=assignee,
                          person_id=person_id)
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
                groups = group_info(session, [(c.id, c.group_id, c.status) for c in listings])
                for listing in listings:
                    row = listing.to_dict()
                    row["source"] = listing.source_title or listing.source_name
                    info = groups[listing.id]
                    row["seen"] = info.seen
                    note = info.already_checked
                    row["already_checked"] = (
                        None if note is None else str(note) if fmt != "jsonl" else note.to_dict()
                    )
                    if fmt != "table":
                        row["quantities"] = [q.to_dict() for q in quantities[listing.id]]
                    yield row

        write_rows(
            rows(), fmt, sys.stdout,
            csv_columns=LISTING_CSV_COLUMNS, table_columns=LISTING_TABLE_COLUMNS, wrap=wrap,
        )


@main.command()
@click.argument("claim_id", metavar="ID", type=CLAIM_ID)
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True,
    help="Readable text, or one JSON object.",
)
@clear_errors
def show(claim_id: int, db: str | None, fmt: str) -> None:
    """Show one claim in its context, with its source, post and quantities."""
    import json

    from factcheck.store.appearances import appearances, group_info
    from factcheck.store.database import open_database
    from factcheck.store.queries import get_claim

    with open_database(db) as database, database.sessions.begin() as session:
        detail = get_claim(session, claim_id)
        if detail is None:
            raise FactcheckError(f"no claim with id {claim_id} in {database.where}")
        claim = detail.claim
        seen = appearances(session, claim.group_id, claim.id)
        note = group_info(session, [(claim.id, claim.group_id, claim.status)])[claim.id]
        if fmt == "json":
            document = detail.to_dict()
            document["appearances"] = [a.to_dict() for a in seen]
            document["already_checked"] = (
                None if note.already_checked is None else note.already_checked.to_dict()
            )
            click.echo(json.dumps(document, ensure_ascii=False))
        else:
            _print_claim(detail)
            _print_appearances(claim.id, seen, note.already_checked)


def _print_claim(detail: Any) -> None:
    """The claim as a reader wants it: its paragraph with the claim in bold, then who said
    it, the figures and where it comes from. Source text is never read as markup, and its
    control characters are made visible (one for one, so the claim's offsets still hold)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    claim, source, post, context = detail.claim, detail.source, detail.post, detail.context
    console = Console(file=sys.stdout, markup=False, highlight=False, emoji=False)
    state = claim.status + (f", {claim.verdict}" if claim.verdict else "")
    console.print(Text(visible(f"Claim {claim.id} · {claim.kind} · {state}"), style="bold"))
    paragraph = Text(visible(context.before))
    paragraph.append(visible(context.claim), style="bold")
    paragraph.append(visible(context.after))
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
        ("url" if source.url else "location", source.url or source.location),
        ("publisher", source.publisher),
        ("published", source.published and source.published.isoformat()),
        ("post", post and " · ".join(p for p in (post.time, post.headline, post.byline) if p)),
        ("assignee", claim.assignee),
        ("rationale", claim.rationale),
    ]
    for label, value in fields:
        if value:
            console.print(Text(visible(f"{label + ':':<14}{value}")))
    if detail.quantities:
        table = Table("surface", "low", "high", "unit", "qualifier", "counted", title="figures")
        for q in detail.quantities:
            table.add_row(Text(visible(q.surface)), Text(number(q.low)), Text(number(q.high)),
                          *(Text(visible(v or "")) for v in (q.unit, q.qualifier, q.counted)))
        console.print(table)
    for evidence in detail.evidence:
        console.print(Text(visible(f"evidence:     {evidence.url or evidence.reference}")))
    if detail.changes:
        console.print(Text(f"history:      {count_of(len(detail.changes), 'change')}"))


def _print_appearances(claim_id: int, seen: list[Any], note: Any) -> None:
    """Where else the claim was printed, first appearance first (plain text, no markup)."""
    if note is not None:
        say(str(note))
    if len(seen) < 2:
        return
    say(f"seen {len(seen)} times:")
    for index, place in enumerate(seen):
        when = place.when.strftime("%Y-%m-%d %H:%M") if place.when else "undated"
        label = "first" if index == 0 else "then "
        this = " (this claim)" if place.claim_id == claim_id else ""
        state = place.status + (f", {place.verdict}" if place.verdict else "")
        by = f" · {place.speaker}" if place.speaker else ""
        say(f"  {label} {when}  claim {place.claim_id}{this} · {place.source}{by} · {state}")


def _progress_bar() -> tuple[Progress | None, Callable[[], None]]:
    """A progress bar on standard error, only when it is a terminal (never in logs or pipes)."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    bar = Bar(TextColumn("ingesting"), BarColumn(bar_width=30), MofNCompleteColumn(),
              TimeRemainingColumn(), TextColumn("{task.description}", markup=False),
              console=Console(stderr=True), transient=True)
    task = bar.add_task("", total=None)
    bar.start()

    def advance(done: int, total: int, location: str) -> None:
        name = location.rstrip("/").rsplit("/", 1)[-1]
        bar.update(task, completed=done, total=total, description=visible(name[:30]))

    return advance, bar.stop


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so it unwinds as Ctrl-C does."""


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """While an ingest runs, SIGTERM stops it as Ctrl-C does: the source being stored is
    rolled back, the worker pool shut down and its processes stopped, the exit code 143."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread
        return

    def interrupt(signum: int, frame: object) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stdin_identity(locations: tuple[str, ...], name: str | None,
                    url: str | None) -> StdinIdentity | None:
    """``--name``/``--url`` checked: they name standard input, so ``-`` must be given."""
    from factcheck.ingest.fetch import is_url
    from factcheck.ingest.sources import STDIN, StdinIdentity

    if name is None and url is None:
        return None
    if STDIN not in locations:
        raise click.UsageError("--name and --url name standard input: give - as a location")
    if name is not None and not name.strip():
        raise click.BadParameter("must not be empty", param_hint="--name")
    if url is not None and not is_url(url):
        raise click.BadParameter("must be an http(s) URL", param_hint="--url")
    return StdinIdentity(name=name.strip() if name else None, url=url)


@main.command()
@click.argument("locations", nargs=-1, required=True, metavar="PATH|URL|- ...")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Read and extract in this many parallel processes.")
@max_size_option
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0,
              show_default=True, metavar="SECONDS", help="Give up on a URL after this long.")
@click.option("--name", "stdin_name", metavar="NAME", default=None,
              help="Standard input's name: piping a text with the same name again updates "
              "it (without --name or --url, standard input is known by its content).")
@click.option("--url", "stdin_url", metavar="URL", default=None,
              help="Standard input's URL: it is stored as that page, as if fetched.")
@db_option
@clear_errors
def ingest(
    locations: tuple[str, ...], jobs: int, max_size: float, timeout: float,
    stdin_name: str | None, stdin_url: str | None, db: str | None,
) -> None:
    """Read sources, extract their claims and store both.

    Sources are text files, HTML files (also .html.gz), directories (walked for .txt, .text,
    .md, .html, .htm, .html.gz), http(s) URLs, or - for standard input. A bad source is
    reported at the end and the others are still ingested; the exit code is 1 if any failed.
    """
    from factcheck.ingest.limits import MB
    from factcheck.ingest.runner import ingest as run_ingest
    from factcheck.ingest.sources import ReadOptions
    from factcheck.store import find_source, open_database, save_source
    from factcheck.store.writes import SaveOutcome

    options = ReadOptions(max_bytes=int(max_size * MB), timeout=timeout,
                          stdin=_stdin_identity(locations, stdin_name, stdin_url))
    database = open_database(db)  # refuse a bad database before reading anything

    def store(source: SourceDocument, claims: Iterable[Claim]) -> SaveOutcome:
        with database.write() as session:  # one transaction per source: all or nothing
            outcome = save_source(session, source, claims)
            _echo_repeats(session, source.name, outcome.repeats)
            return outcome

    def stored_hash(location: str) -> str | None:
        with database.sessions.begin() as session:
            found = find_source(session, location)
        return found[1] if found else None

    progress, stop_progress = _progress_bar()
    try:
        with _terminate_as_interrupt():
            try:
                summary = run_ingest(list(locations), store, jobs=jobs, options=options,
                                     progress=progress, stored_hash=stored_hash)
            finally:
                stop_progress()
    except KeyboardInterrupt as exc:
        say("factcheck: interrupted; sources already stored stay stored", err=True)
        sys.exit(143 if isinstance(exc, _Terminated) else 130)
    except Exception as exc:  # a bug of ours: still one line, never a traceback
        first = (str(exc).splitlines() or [""])[0]
        say(f"factcheck: internal error: {type(exc).__name__}: {first}", err=True)
        sys.exit(70)
    finally:
        database.close()
    for failure in summary.failures:
        say(f"factcheck: failed: {failure}", err=True)
    say(summary.line())
    sys.exit(1 if summary.failures else 0)


def _echo_repeats(session: Any, name: str, repeats: tuple[tuple[int, int], ...]) -> None:
    """One line per new claim that repeats a claim the desk has already checked (it stays
    new: an editor decides whether the verdict holds for it)."""
    if not repeats:
        return
    from factcheck.store.appearances import already_checked

    checked = already_checked(session, [group for _, group in repeats])
    for claim_id, group in repeats:
        if (note := checked.get(group)) is not None:
            say(f"{name}: claim {claim_id} was seen before; {note}")


# --- the editor workflow ---------------------------------------------------------------

def editor_option(func: F) -> F:
    """``--editor NAME``: who makes the change, recorded in the audit trail."""
    return click.option(
        "--editor", metavar="NAME", default=None,
        help="Who is making the change (default: $FACTCHECK_EDITOR, else your login name).",
    )(func)


def _ids_then(args: tuple[str, ...], what: str) -> tuple[list[int], str]:
    """``ID [ID...] WORD`` -> (sorted unique ids, word). Sorted, so that two bulk commands
    on overlapping claims take their row locks in the same order."""
    if len(args) < 2:
        raise FactcheckError(f"expected ID [ID...] {what}", exit_code=2)
    *raw_ids, word = args
    ids: set[int] = set()
    for raw in raw_ids:
        try:
            ids.add(parse_claim_id(raw))
        except ValueError:
            raise FactcheckError(f"not a claim id: {raw!r} (expected ID [ID...] {what})",
                                 exit_code=2) from None
    return sorted(ids), word


def _in_one_transaction(db: str | None, editor: str | None, ids: list[int],
                        change: Callable[..., None]) -> str:
    """Apply ``change(session, claim_id, editor=...)`` to every claim, all or nothing."""
    from factcheck.store.database import open_database
    from factcheck.workflow import resolve_editor

    name = resolve_editor(editor)
    with open_database(db) as database, database.write() as session:
        for claim_id in ids:
            change(session, claim_id, editor=name)
    return name


def _claims_word(ids: list[int]) -> str:
    return f"claim {ids[0]}" if len(ids) == 1 else f"{len(ids)} claims"


@main.command()
@click.argument("args", metavar="ID [ID...] VERDICT", nargs=-1, required=True)
@click.option("--note", "rationale", metavar="TEXT", required=True,
              help="The rationale for the verdict.")
@click.option("--evidence", metavar="URL_OR_TEXT", multiple=True,
              help="Evidence to attach (repeatable); a verdict needs at least one unless "
                   "FACTCHECK_REQUIRE_EVIDENCE=0.")
@click.option("--group", "whole_group", is_flag=True,
              help="Also give the verdict to every other claim of each claim's group that is "
                   "new or in review (one audit row each).")
@db_option
@editor_option
@clear_errors
def mark(args: tuple[str, ...], rationale: str, evidence: tuple[str, ...], whole_group: bool,
         db: str | None, editor: str | None) -> None:
    """Give claims a verdict (accurate, misleading, false, unverifiable): they become checked."""
    from factcheck import workflow

    ids, verdict = _ids_then(args, "VERDICT")
    policy = workflow.Policy.from_env()
    if not whole_group:
        _in_one_transaction(db, editor, ids, lambda session, claim_id, editor: workflow.mark(
            session, claim_id, verdict, editor=editor, rationale=rationale, evidence=evidence,
            policy=policy))
        click.echo(f"{_claims_word(ids)}: checked, {verdict}")
        return
    marked: set[int] = set()
    left: set[int] = set()

    def mark_group(session: Any, claim_id: int, editor: str) -> None:
        if claim_id in marked:
            return  # already marked with an earlier claim's group
        done = workflow.mark_group(session, claim_id, verdict, editor=editor,
                                   rationale=rationale, evidence=evidence, policy=policy)
        marked.update(done.marked)
        left.update(done.left)

    _in_one_transaction(db, editor, ids, mark_group)
    others = sorted(marked - set(ids))
    line = f"{_claims_word(ids)}: checked, {verdict}"
    if others:
        line += f"; with {len(others)} more of the group: {', '.join(map(str, others))}"
    if left - marked:
        line += f"; left as they were (checked or dismissed): " \
                f"{', '.join(map(str, sorted(left - marked)))}"
    click.echo(line)


@main.command()
@click.argument("args", metavar="ID [ID...] STATUS", nargs=-1, required=True)
@click.option("--reason", metavar="TEXT", help="Why (required to reopen a checked or "
                                                "dismissed claim).")
@db_option
@editor_option
@clear_errors
def status(args: tuple[str, ...], reason: str | None, db: str | None,
           editor: str | None) -> None:
    """Move claims to in_review or dismissed, or reopen them (in_review, with --reason)."""
    from factcheck import workflow

    ids, new_status = _ids_then(args, "STATUS")
    _in_one_transaction(db, editor, ids, lambda session, claim_id, editor: workflow.set_status(
        session, claim_id, new_status, editor=editor, reason=reason))
    click.echo(f"{_claims_word(ids)}: {new_status}")


@main.command()
@click.argument("args", metavar="ID [ID...] NAME", nargs=-1, required=True)
@db_option
@editor_option
@clear_errors
def assign(args: tuple[str, ...], db: str | None, editor: str | None) -> None:
    """Assign claims to an editor (an empty NAME, "", unassigns them)."""
    from factcheck import workflow

    ids, name = _ids_then(args, "NAME")
    _in_one_transaction(db, editor, ids, lambda session, claim_id, editor: workflow.assign(
        session, claim_id, name, editor=editor))
    say(f"{_claims_word(ids)}: " + (f"assigned to {name.strip()}" if name.strip()
                                          else "unassigned"))


@main.command()
@click.argument("claim_id", metavar="ID", type=CLAIM_ID)
@click.argument("text")
@db_option
@editor_option
@clear_errors
def note(claim_id: int, text: str, db: str | None, editor: str | None) -> None:
    """Add a note to a claim's history."""
    from factcheck import workflow

    _in_one_transaction(db, editor, [claim_id], lambda session, claim_id, editor:
                        workflow.add_note(session, claim_id, text, editor=editor))
    click.echo(f"claim {claim_id}: note added")


@main.command()
@click.argument("claim_id", metavar="ID", type=CLAIM_ID)
@click.argument("reference", metavar="URL_OR_TEXT")
@db_option
@editor_option
@clear_errors
def evidence(claim_id: int, reference: str, db: str | None, editor: str | None) -> None:
    """Attach evidence (a URL or a free-text reference) to a claim."""
    from factcheck import workflow

    _in_one_transaction(db, editor, [claim_id], lambda session, claim_id, editor:
                        workflow.add_evidence(session, claim_id, reference, editor=editor))
    click.echo(f"claim {claim_id}: evidence added")


HISTORY_COLUMNS = ("at", "editor", "field", "old", "new", "reason")


@main.command()
@click.argument("claim_id", metavar="ID", type=CLAIM_ID)
@db_option
@click.option("--editor", hidden=True, default=None)  # still accepted, so scripts that pass
# it everywhere keep working; not offered, since reading the history changes nothing
@format_option
@clear_errors
def history(claim_id: int, db: str | None, editor: str | None, fmt: str | None) -> None:
    """Every change made to a claim, oldest first: who, when, what, and why."""
    from factcheck import workflow
    from factcheck.store.database import open_database

    del editor
    fmt = resolve_format(fmt)
    with open_database(db) as database, database.sessions.begin() as session:
        records = workflow.history(session, claim_id)
    rows = [
        {"at": r.at.isoformat(timespec="seconds"), "editor": r.editor, "field": r.field,
         "old": r.old, "new": r.new, "reason": r.reason}
        for r in records
    ]
    write_rows(rows, fmt, sys.stdout, csv_columns=HISTORY_COLUMNS,
               table_columns=HISTORY_COLUMNS, title=f"claim {claim_id}")


# --- exports and import ----------------------------------------------------------------

@main.command("export")
@click.option("--format", "fmt", type=click.Choice(("csv", "jsonl", "claimreview")),
              default="csv", show_default=True, help="CSV, JSON lines, or ClaimReview JSON-LD.")
@claim_filter_options
@click.option("-o", "--output", metavar="FILE", default=None,
              help="Write to FILE (replaced only when the export is complete); default stdout.")
@click.option("--excel", is_flag=True, help="Start the CSV with a byte-order mark for Excel.")
@click.option("--org", metavar="NAME", help="ClaimReview author (default: $FACTCHECK_ORG).")
@click.option("--review-url", metavar="TEMPLATE",
              help="ClaimReview url, with {id} (default: $FACTCHECK_REVIEW_URL).")
@db_option
@clear_errors
def export_command(
    fmt: str, status: str | None, verdict: str | None, kind: str | None, speaker: str | None,
    source: str | None, search: str | None, assignee: str | None, output: str | None,
    excel: bool, org: str | None, review_url: str | None, db: str | None,
) -> None:
    """Export claims as CSV (the columns are in README.md), JSON lines, or ClaimReview."""
    from pathlib import Path

    from factcheck.export import Publisher, export_claims
    from factcheck.store.database import open_database
    from factcheck.store.queries import ClaimFilter

    if excel and fmt != "csv":
        raise FactcheckError("--excel applies to CSV only", exit_code=2)
    publisher = Publisher.resolve(org, review_url) if fmt == "claimreview" else None
    filters = ClaimFilter(status=status, verdict=verdict, kind=kind, speaker=speaker,
                          source=source, search=search, assignee=assignee)
    with open_database(db) as database, database.sessions.begin() as session:
        if output is None:
            count = export_claims(session, sys.stdout, fmt=fmt, filters=filters, excel=excel,
                                  publisher=publisher)
        else:
            with replace_when_done(Path(output)) as out:
                count = export_claims(session, out, fmt=fmt, filters=filters, excel=excel,
                                      publisher=publisher)
    if output is not None:
        say(f"exported {count_of(count, 'claim')} to {output}", err=True)


@main.command("import")
@click.argument("path", metavar="FILE.csv", type=click.Path(dir_okay=False))
@click.option("--reason", metavar="TEXT",
              help="Why, for rows that reopen a checked or dismissed claim.")
@click.option("--dry-run", is_flag=True, help="Check the file and report; write nothing.")
@db_option
@editor_option
@clear_errors
def import_command(path: str, reason: str | None, dry_run: bool, db: str | None,
                   editor: str | None) -> None:
    """Apply the edits made to an exported CSV: status, verdict, assignee, rationale and
    added evidence, through the workflow rules. All rows or none."""
    from pathlib import Path

    from factcheck import workflow
    from factcheck.export import import_claims
    from factcheck.store.database import open_database

    name = workflow.resolve_editor(editor)
    with open_database(db) as database, database.write() as session:
        summary = import_claims(session, Path(path), editor=name, reason=reason,
                                policy=workflow.Policy.from_env(), dry_run=dry_run)
    changed = len(summary.planned)
    if dry_run:
        say(f"{path}: {count_of(summary.rows, 'row')} checked; "
            f"{count_of(changed, 'claim')} would change (dry run, nothing written)")
    else:
        say(f"{path}: {count_of(summary.rows, 'row')}; {count_of(changed, 'claim')} "
            f"changed, {count_of(summary.changes, 'change')} recorded")


# --- claim tracking: people and groups ------------------------------------------------

SPEAKER_COLUMNS = ("id", "name", "claims", "first_seen", "last_seen", "roles", "names")


@main.group(invoke_without_command=True)
@click.option("--search", metavar="TEXT", help="Name contains TEXT (any case).")
@db_option
@format_option
@click.pass_context
@clear_errors
def speakers(ctx: click.Context, search: str | None, db: str | None, fmt: str | None) -> None:
    """People who said the stored claims: claim counts, first and last seen, roles and the
    name forms the sources used. `speakers merge` and `speakers split` fix the machine's
    choices."""
    if ctx.invoked_subcommand is not None:
        return
    from factcheck.store.appearances import list_people
    from factcheck.store.database import open_database

    fmt = resolve_format(fmt)
    with open_database(db) as database, database.sessions.begin() as session:
        people = list_people(session, search=search)

    def rows() -> Iterator[dict[str, Any]]:
        for person in people:
            row = person.to_dict()
            if fmt != "jsonl":
                row["roles"] = "; ".join(person.roles)
                row["names"] = "; ".join(person.names)
            yield row

    write_rows(rows(), fmt, sys.stdout, csv_columns=SPEAKER_COLUMNS,
               table_columns=SPEAKER_COLUMNS)


@speakers.command("merge")
@click.argument("keep_id", metavar="A", type=PERSON_ID)
@click.argument("other_id", metavar="B", type=PERSON_ID)
@db_option
@editor_option
@clear_errors
def speakers_merge(keep_id: int, other_id: int, db: str | None, editor: str | None) -> None:
    """B is the same person as A: B's claims become A's (audited), and B's name forms will
    be A's in later ingests."""
    from factcheck import workflow
    from factcheck.store.database import open_database

    name = workflow.resolve_editor(editor)
    with open_database(db) as database, database.write() as session:
        moved = workflow.merge_people(session, keep_id, other_id, editor=name)
    say(f"person {other_id} merged into person {keep_id}: {count_of(moved, 'claim')} moved")


@speakers.command("split")
@click.argument("person_id", metavar="PERSON", type=PERSON_ID)
@click.argument("claim_ids", metavar="CLAIM_ID...", type=CLAIM_ID, nargs=-1, required=True)
@db_option
@editor_option
@clear_errors
def speakers_split(person_id: int, claim_ids: tuple[int, ...], db: str | None,
                   editor: str | None) -> None:
    """These claims of PERSON are another person's (two people who share a name): they move
    to a new person (audited)."""
    from factcheck import workflow
    from factcheck.store.database import open_database

    name = workflow.resolve_editor(editor)
    with open_database(db) as database, database.write() as session:
        new_id = workflow.split_person(session, person_id, list(claim_ids), editor=name)
    moved = count_of(len(set(claim_ids)), "claim")
    say(f"{moved} of person {person_id} moved to new person {new_id}")


@main.group("group")
def group_command() -> None:
    """Groups of repeated claims: take a claim out of its group, or join two groups."""


@group_command.command("leave")
@click.argument("claim_id", metavar="ID", type=CLAIM_ID)
@click.option("--reason", metavar="TEXT", help="Why it is not the same claim.")
@db_option
@editor_option
@clear_errors
def group_leave(claim_id: int, reason: str | None, db: str | None, editor: str | None) -> None:
    """Take a claim out of its group: it is not the same claim as the others."""
    from factcheck import workflow

    _in_one_transaction(db, editor, [claim_id], lambda session, claim_id, editor:
                        workflow.leave_group(session, claim_id, editor=editor, reason=reason))
    click.echo(f"claim {claim_id}: out of its group")


@group_command.command("join")
@click.argument("claim_id", metavar="ID", type=CLAIM_ID)
@click.argument("other_id", metavar="OTHER", type=CLAIM_ID)
@click.option("--reason", metavar="TEXT", help="Why they are the same claim.")
@db_option
@editor_option
@clear_errors
def group_join(claim_id: int, other_id: int, reason: str | None, db: str | None,
               editor: str | None) -> None:
    """OTHER (with its whole group) is the same claim as ID: one group."""
    from factcheck import workflow

    joined: list[int] = []
    _in_one_transaction(db, editor, [claim_id], lambda session, claim_id, editor:
                        joined.append(workflow.join_groups(session, claim_id, other_id,
                                                           editor=editor, reason=reason)))
    click.echo(f"claims {claim_id} and {other_id}: one group ({joined[0]})")


@main.command()
@db_option
@editor_option
@clear_errors
def tui(db: str | None, editor: str | None) -> None:
    """Review claims in the terminal: browse, filter, read in context, decide."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise FactcheckError(
            "the review screen needs a terminal; use `factcheck claims` to list claims",
            exit_code=2,
        )
    from factcheck.tui import run  # Textual is imported only here, not by other commands

    run(db, editor=editor)
