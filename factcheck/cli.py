"""Thin command-line layer over extract, store, workflow, ingest and export."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import wraps
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import click

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.output import FORMATS, write_rows

if TYPE_CHECKING:
    from factcheck.documents import SourceDocument
    from factcheck.extract import Claim
    from factcheck.ingest.runner import Progress

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
    """Find, attribute, store and review checkable claims in news text."""
    if ctx.invoked_subcommand is None:
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


@dataclass(frozen=True, slots=True)
class _NotStored:
    status: Literal["new", "updated", "unchanged"]
    claims_added: int


def _store_not_wired(source: SourceDocument, claims: list[Claim]) -> _NotStored:
    """Placeholder store: counts the source and its claims, writes nothing.

    TODO(store merge): replace with ``factcheck.store.save_source`` in its own session and
    transaction per source, e.g. ``lambda s, c: save_source(session, s, c)`` inside
    ``with Session.begin() as session:``, and drop the "nothing was stored" note below.
    """
    return _NotStored(status="new", claims_added=len(claims))


def _progress_bar() -> tuple[Progress | None, Callable[[], None]]:
    """A progress bar on standard error, only when it is a terminal (never in logs or pipes)."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    bar = Bar(TextColumn("ingesting"), BarColumn(bar_width=30), MofNCompleteColumn(),
              TimeRemainingColumn(), TextColumn("{task.description}"),
              console=Console(stderr=True), transient=True)
    task = bar.add_task("", total=None)
    bar.start()

    def advance(done: int, total: int, location: str) -> None:
        name = location.rstrip("/").rsplit("/", 1)[-1]
        bar.update(task, completed=done, total=total, description=name[:30])

    return advance, bar.stop


@main.command()
@click.argument("locations", nargs=-1, required=True, metavar="PATH|URL|- ...")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Read and extract in this many parallel processes.")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=20.0,
              show_default=True, metavar="MB",
              help="Refuse any source (file, download, decompressed .gz) larger than this.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0,
              show_default=True, metavar="SECONDS", help="Give up on a URL after this long.")
def ingest(locations: tuple[str, ...], jobs: int, max_size: float, timeout: float) -> None:
    """Read sources, extract their claims and store both.

    Sources are text files, HTML files (also .html.gz), directories (walked for .txt, .text,
    .md, .html, .htm, .html.gz), http(s) URLs, or - for standard input. A bad source is
    reported at the end and the others are still ingested; the exit code is 1 if any failed.
    """
    from factcheck.ingest.limits import MB
    from factcheck.ingest.runner import ingest as run_ingest
    from factcheck.ingest.sources import ReadOptions

    options = ReadOptions(max_bytes=int(max_size * MB), timeout=timeout)
    progress, stop_progress = _progress_bar()
    try:
        summary = run_ingest(list(locations), _store_not_wired, jobs=jobs, options=options,
                             progress=progress)
    except KeyboardInterrupt:
        stop_progress()
        click.echo("factcheck: interrupted; sources already stored stay stored", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug of ours: still one line, never a traceback
        stop_progress()
        first = (str(exc).splitlines() or [""])[0]
        click.echo(f"factcheck: internal error: {type(exc).__name__}: {first}", err=True)
        sys.exit(70)
    stop_progress()
    for failure in summary.failures:
        click.echo(f"factcheck: failed: {failure}", err=True)
    click.echo(summary.line())
    click.echo("factcheck: note: the database is not wired in yet; nothing was stored", err=True)
    sys.exit(1 if summary.failures else 0)
