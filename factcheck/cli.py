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
