"""Every command's --help reads as plain text: no reST markup, no option offered that does
nothing, nothing said twice."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from factcheck.cli import main


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = [prefix]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found.extend(_commands(command, (*prefix, name)))
        else:
            found.append((*prefix, name))
    return found


COMMANDS = _commands(main)


def _help(*command: str) -> str:
    result = CliRunner().invoke(main, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return result.output


def test_every_command_is_checked() -> None:
    assert {("extract",), ("history",), ("mark",), ("db", "status")} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "factcheck")
def test_help_has_no_rest_markup_and_says_required_once(command: tuple[str, ...]) -> None:
    text = _help(*command)
    assert "``" not in text
    assert "(required)" not in text or "[required]" not in text


def test_extract_help_names_ingest_plainly() -> None:
    assert "as by `factcheck ingest`:" in " ".join(_help("extract").split())


def test_history_does_not_offer_editor_but_still_accepts_it(tmp_path: object) -> None:
    assert "--editor" not in _help("history")
    # A script that passes --editor to every command still gets its answer.
    result = CliRunner().invoke(main, ["history", "1", "--editor", "ann", "--db",
                                       f"{tmp_path}/claims.sqlite3"])
    assert "no such option" not in result.output
    assert result.exit_code != 2, result.output
