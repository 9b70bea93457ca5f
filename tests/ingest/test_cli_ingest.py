"""``factcheck ingest`` in-process: exit codes, the summary line, one line per failure."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.conftest import SAMPLE
from tests.ingest.conftest import LIVEBLOG


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["ingest", *args], input=stdin)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stdout, result.stderr


def test_good_sources_exit_zero_with_the_summary_on_stdout(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text("Prices rose 4% in May, the office said.\n")
    code, out, err = run(str(LIVEBLOG), str(folder))
    assert code == 0
    assert re.match(r"2 sources \(2 new, 0 updated, 0 unchanged\), [1-9]\d* claims added, "
                    r"0 skipped, 0 failed in \d+\.\d s\n$", out), out
    assert "failed:" not in err


def test_claims_are_stored_once_and_listed(tmp_path: Path) -> None:
    db = str(tmp_path / "desk.sqlite3")
    code, out, _ = run(str(SAMPLE), "--db", db)
    added = int(re.search(r"(\d+) claims added", out).group(1))  # type: ignore[union-attr]
    assert code == 0 and added > 30
    listed = CliRunner().invoke(main, ["claims", "--db", db, "--format", "jsonl", "--limit",
                                       "1000"])
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == added
    assert any(row["speaker"] == "Jen Psaki" for row in rows)
    code, out, _ = run(str(SAMPLE), "--db", db)
    assert code == 0 and out.startswith("1 source (0 new, 0 updated, 1 unchanged), 0 claims")


def test_a_bad_database_is_refused_before_reading(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("just some notes, not a database\n" * 100)
    code, out, err = run(str(SAMPLE), "--db", str(not_a_db))
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert not_a_db.read_text().startswith("just some notes")


def test_failures_are_one_line_each_on_stderr_and_exit_one(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(b"<html>" * 1000)[:40])
    code, out, err = run(str(tmp_path / "missing.txt"), str(LIVEBLOG), str(tmp_path))
    assert code == 1
    assert "1 source (1 new, 0 updated, 0 unchanged)" in out and "3 failed" in out
    failures = [line for line in err.splitlines() if line.startswith("factcheck: failed: ")]
    assert failures == [
        f"factcheck: failed: {tmp_path / 'missing.txt'}: no such file",
        f"factcheck: failed: {tmp_path / 'bin.txt'}: looks like binary data (NUL bytes), not text",
        f"factcheck: failed: {tmp_path / 'cut.html.gz'}: truncated gzip data "
        "(the file ends mid-stream)",
    ]


def test_stdin(tmp_path: Path) -> None:
    code, out, _ = run("-", stdin=b"The minister said 40 million euros.\n")
    assert code == 0 and out.startswith("1 source (1 new")


def test_max_size_and_jobs_options(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x" * 2 * 1024 * 1024)
    (tmp_path / "b.txt").write_text("Small: 1 figure.\n")
    code, out, err = run(str(tmp_path), "--max-size", "1", "--jobs", "2")
    assert code == 1
    assert "1 source (1 new" in out
    assert "a.txt: is 2 MB, over the 1 MB limit (raise it with --max-size)" in err
    assert run(str(tmp_path), "--max-size", "3")[0] == 0


def test_a_gzip_bomb_is_one_line_naming_the_file_once(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * (3 * 1024 * 1024)))
    code, _, err = run(str(bomb), "--max-size", "1")
    assert code == 1
    assert err == (f"factcheck: failed: {bomb}: is over the 1 MB limit once decompressed "
                   "(raise it with --max-size)\n")


@pytest.mark.parametrize("args", [["--jobs", "0", "x"], ["--max-size", "-1", "x"], []])
def test_usage_errors_exit_two(args: list[str]) -> None:
    assert run(*args)[0] == 2
