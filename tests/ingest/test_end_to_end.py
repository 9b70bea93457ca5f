"""`factcheck ingest` end to end on real data: a real SQLite file, real processes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select

from factcheck.cli import main
from factcheck.store import open_database
from factcheck.store.models import Claim, Source
from tests.conftest import ROOT, SAMPLE, shared_path


def _counts(db: str) -> tuple[int, int]:
    with open_database(db) as database, database.sessions.begin() as session:
        sources = session.execute(select(func.count()).select_from(Source)).scalar_one()
        claims = session.execute(select(func.count()).select_from(Claim)).scalar_one()
    return sources, claims


def _added(summary: str) -> int:
    match = re.search(r"(\d+) claims? added", summary)
    assert match, summary
    return int(match.group(1))


def test_all_181_real_articles_are_stored_nothing_lost(tmp_path: Path) -> None:
    html = shared_path("data", "real-news", "html")
    db = str(tmp_path / "desk.sqlite3")
    result = CliRunner().invoke(main, ["ingest", str(html), "--db", db, "--jobs", "2"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("181 sources (181 new, 0 updated, 0 unchanged)")
    assert "0 skipped, 0 failed" in result.stdout
    assert _counts(db) == (181, _added(result.stdout))


def test_two_processes_ingesting_into_one_sqlite_file(tmp_path: Path) -> None:
    files = sorted(shared_path("data", "real-news", "html").glob("*.html.gz"))[:40]
    halves = [tmp_path / "a", tmp_path / "b"]
    for half, chunk in zip(halves, (files[::2], files[1::2]), strict=True):
        half.mkdir()
        for file in chunk:
            (half / file.name).write_bytes(file.read_bytes())
    db = str(tmp_path / "shared.sqlite3")
    CliRunner().invoke(main, ["db", "upgrade", "--db", db])
    runs = [
        subprocess.Popen([sys.executable, "-m", "factcheck", "ingest", str(half), "--db", db],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for half in halves
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "Traceback" not in err
        assert out.startswith("20 sources (20 new")
    assert _counts(db) == (40, sum(_added(out) for out, _ in outputs))


def test_a_live_blog_that_gained_posts_adds_only_the_new_claims(tmp_path: Path) -> None:
    """Posts come newest first: the earlier version lacks the first posts of the page."""
    full = SAMPLE.read_text(encoding="utf-8")
    posts_start = full.index("1:02 p.m. ET, January 21, 2022")
    older_start = full.index("12:56 p.m. ET, January 21, 2022")
    blog = tmp_path / "live.txt"
    blog.write_text(full[:posts_start] + full[older_start:], encoding="utf-8")
    db = str(tmp_path / "desk.sqlite3")

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, [*args, "--db", db])
        assert result.exit_code == 0, result.stderr
        return result.stdout

    first = _added(run("ingest", str(blog)))
    listed = [json.loads(line) for line in
              run("claims", "--format", "jsonl", "--limit", "1000").splitlines()]
    psaki = next(c for c in listed if c["quote"] and c["quote"].startswith("It may or may"))
    run("mark", str(psaki["id"]), "accurate", "--note", "Matches the briefing transcript",
        "--evidence", "https://www.whitehouse.gov/briefing-room/", "--editor", "ana")

    blog.write_text(full, encoding="utf-8")
    summary = run("ingest", str(blog))
    assert summary.startswith("1 source (0 new, 1 updated, 0 unchanged)")
    assert _added(summary) > 0
    after = [json.loads(line) for line in
             run("claims", "--format", "jsonl", "--limit", "1000").splitlines()]
    assert len(after) == first + _added(summary)
    kept = next(c for c in after if c["id"] == psaki["id"])
    assert kept["verdict"] == "accurate" and kept["status"] == "checked"
    assert full[kept["start"] : kept["end"]] == kept["text"]  # offsets moved with the text
    assert "Matches the briefing transcript" in run("history", str(psaki["id"]))
