"""``factcheck tui`` and ``factcheck`` alone: how the TUI is reached from the command line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck import cli


def test_tui_command_opens_the_chosen_database(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr("factcheck.tui.run", lambda db, editor=None: calls.append((db, editor)))
    result = CliRunner().invoke(cli.main, ["tui", "--db", "x.sqlite3", "--editor", "dana"])
    assert result.exit_code == 0, result.output
    assert calls == [("x.sqlite3", "dana")]


def test_no_command_off_a_terminal_prints_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.tui.run", lambda *a, **k: pytest.fail("TUI started"))
    result = CliRunner().invoke(cli.main, [])
    assert result.exit_code == 0
    assert "Usage:" in result.output and "tui" in result.output


def test_no_command_on_a_terminal_opens_the_tui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr("factcheck.tui.run", lambda db, editor=None: calls.append((db, editor)))
    tty = type("Tty", (), {"isatty": staticmethod(lambda: True),
                           "write": staticmethod(len), "flush": staticmethod(lambda: None)})
    monkeypatch.setattr(cli.sys, "stdin", tty)
    monkeypatch.setattr(cli.sys, "stdout", tty)
    cli.main.main([], standalone_mode=False)
    assert calls == [(None, None)]
