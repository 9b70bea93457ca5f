"""``factcheck tui`` and ``factcheck`` alone: how the TUI is reached from the command line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck import cli


def _on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    tty = type("Tty", (), {"isatty": staticmethod(lambda: True),
                           "write": staticmethod(len), "flush": staticmethod(lambda: None)})
    monkeypatch.setattr(cli.sys, "stdin", tty)
    monkeypatch.setattr(cli.sys, "stdout", tty)


def test_tui_command_opens_the_chosen_database(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr("factcheck.tui.run", lambda db, editor=None: calls.append((db, editor)))
    _on_a_terminal(monkeypatch)
    cli.main.main(["tui", "--db", "x.sqlite3", "--editor", "dana"], standalone_mode=False)
    assert calls == [("x.sqlite3", "dana")]


def test_tui_off_a_terminal_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.tui.run", lambda *a, **k: pytest.fail("TUI started"))
    result = CliRunner().invoke(cli.main, ["tui", "--db", "x.sqlite3"])
    assert result.exit_code == 2
    assert "needs a terminal" in result.stderr and "Traceback" not in result.output


def test_no_command_off_a_terminal_prints_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.tui.run", lambda *a, **k: pytest.fail("TUI started"))
    result = CliRunner().invoke(cli.main, [])
    assert result.exit_code == 0
    assert "Usage:" in result.output and "tui" in result.output


def test_no_command_on_a_terminal_opens_the_tui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr("factcheck.tui.run", lambda db, editor=None: calls.append((db, editor)))
    _on_a_terminal(monkeypatch)
    cli.main.main([], standalone_mode=False)
    assert calls == [(None, None)]
