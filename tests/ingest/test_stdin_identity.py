"""Standard input is not a location: two different texts piped in are two sources, the
same text piped twice is one; a ``--name`` or ``--url`` the user gives identifies it."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.ingest.test_cli_ingest import run

A = b"The mayor said 3,000 homes were built in May.\n\nCrime fell 12% last year, police said.\n"
B = b"Prices rose 4% in June, the statistics office said.\n"


def sources(db_url: str) -> list[dict[str, object]]:
    """Each stored claim's source (name, location, text) and claim text, via the CLI."""
    listed = CliRunner().invoke(main, ["claims", "--db", db_url, "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    return [json.loads(line) for line in listed.stdout.splitlines()]


def counts(out: str) -> tuple[int, int, int]:
    found = re.match(r"\d+ sources? \((\d+) new, (\d+) updated, (\d+) unchanged\)", out)
    assert found, out
    new, updated, unchanged = found.groups()
    return int(new), int(updated), int(unchanged)


def test_two_different_texts_from_stdin_are_two_sources(db_url: str) -> None:
    code, out, _ = run("-", "--db", db_url, stdin=A)
    assert code == 0 and counts(out) == (1, 0, 0)
    first = sources(db_url)
    code, out, _ = run("-", "--db", db_url, stdin=B)
    assert code == 0 and counts(out) == (1, 0, 0)
    code, out, _ = run("-", "--db", db_url, stdin=A)
    assert code == 0 and counts(out) == (0, 0, 1)  # the same text again: known by content

    after = sources(db_url)
    assert [row for row in after if row["source_id"] == first[0]["source_id"]] == first
    assert len({row["source_id"] for row in after}) == 2
    assert all(row["span_valid"] for row in after)


def test_a_named_stdin_source_is_updated_by_the_same_name(db_url: str) -> None:
    code, out, _ = run("-", "--name", "council-notes", "--db", db_url, stdin=A)
    assert code == 0 and counts(out) == (1, 0, 0)
    code, out, _ = run("-", "--name", "other", "--db", db_url, stdin=B)
    assert code == 0 and counts(out) == (1, 0, 0)
    code, out, _ = run("-", "--name", "council-notes", "--db", db_url, stdin=A + B)
    assert code == 0 and counts(out) == (0, 1, 0)
    rows = sources(db_url)
    assert {row["source_name"] for row in rows} == {"council-notes", "other"}
    assert all(row["span_valid"] for row in rows)


def test_stdin_given_a_url_is_that_page(db_url: str) -> None:
    url = "https://example.org/news/story"
    code, out, _ = run("-", "--url", url, "--db", db_url, stdin=A)
    assert code == 0 and counts(out) == (1, 0, 0)
    code, out, _ = run("-", "--url", url, "--db", db_url, stdin=A)
    assert code == 0 and counts(out) == (0, 0, 1)
    assert {row["source_url"] for row in sources(db_url)} == {url}


@pytest.mark.parametrize(("args", "message"), [
    (["a.txt", "--name", "x"], "--name and --url name standard input: give - as a location"),
    (["-", "--url", "example.org/story"], "must be an http(s) URL"),
    (["-", "--name", "  "], "must not be empty"),
])
def test_name_and_url_are_checked(args: list[str], message: str) -> None:
    code, out, err = run(*args, stdin=A)
    assert code == 2 and out == ""
    assert message in err
