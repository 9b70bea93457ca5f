"""Tracking as a desk uses it: repeats marked at ingest, group verdicts, editors' group
and people fixes (audited, kept across re-ingest), speakers, claims --person, show."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import main

BLOG = (
    "Live updates\n\n"
    'Jen Psaki said "we counted 1,000 trucks near the border on Friday".\n\n'
    'Antony Blinken said "the talks in Geneva will go on next week".\n\n'
    'Donald Trump said "the wall will be paid for by next year".\n'
)
REPRINT = (
    "Elsewhere\n\n"
    "White House Press Secretary Jen Psaki said \u201cWe counted 1,000 trucks near the "
    "border on Friday\u201d.\n\n"
    'Ivanka Trump said "childcare will cost 20,000 dollars a year".\n\n'
    'Psaki said "we counted 2,000 trucks near the border on Friday".\n'
)


def run(*args: Any) -> Any:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def jsonl(*args: Any) -> list[dict[str, Any]]:
    result = run(*args, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def desk(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Path]:
    monkeypatch.setenv("FACTCHECK_EDITOR", "maria")
    monkeypatch.setenv("FACTCHECK_REQUIRE_EVIDENCE", "0")
    (tmp_path / "blog.txt").write_text(BLOG, encoding="utf-8")
    (tmp_path / "reprint.txt").write_text(REPRINT, encoding="utf-8")
    assert run("ingest", tmp_path / "blog.txt", "--db", db_url).exit_code == 0
    return db_url, tmp_path


def _claim(url: str, words: str, source: str | None = None) -> dict[str, Any]:
    args = ["claims", "--db", url, "--search", words]
    if source:
        args += ["--source", source]
    (found,) = jsonl(*args)
    return found


def _with_reprint(desk: tuple[str, Path]) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """The reprint ingested too: the database, the first print and its repeat."""
    url, folder = desk
    run("ingest", folder / "reprint.txt", "--db", url)
    return url, _claim(url, "1,000 trucks", "blog"), _claim(url, "1,000 trucks", "reprint")


def test_a_repeat_of_a_checked_claim_is_marked_at_ingest_and_keeps_status_new(
    desk: tuple[str, Path],
) -> None:
    url, folder = desk
    first = _claim(url, "1,000 trucks")
    assert run("mark", first["id"], "false", "--note", "No trucks.", "--db", url).exit_code == 0
    result = run("ingest", folder / "reprint.txt", "--db", url)
    assert result.exit_code == 0, result.output
    assert "was seen before" in result.stdout and "already checked: false" in result.stdout
    assert "by maria" in result.stdout
    repeat = _claim(url, "1,000 trucks", "reprint")
    first = _claim(url, "1,000 trucks", "blog")
    assert repeat["status"] == "new" and repeat["verdict"] is None
    assert repeat["seen"] == 2 and repeat["group_id"] == first["group_id"] is not None
    assert repeat["already_checked"]["verdict"] == "false"
    assert repeat["already_checked"]["by"] == "maria"
    assert repeat["person_id"] == first["person_id"]  # "White House ... Jen Psaki" is Psaki
    other = _claim(url, "2,000 trucks")
    assert other["group_id"] is None and other["already_checked"] is None  # other figure
    shown = run("show", repeat["id"], "--db", url)
    assert "already checked: false" in shown.stdout and "seen 2 times:" in shown.stdout
    assert f"claim {first['id']} ·" in shown.stdout
    document = json.loads(run("show", repeat["id"], "--db", url, "--format", "json").stdout)
    assert [a["claim_id"] for a in document["appearances"]] == [first["id"], repeat["id"]]


def test_mark_group_gives_the_verdict_to_the_whole_group_one_audit_row_each(
    desk: tuple[str, Path],
) -> None:
    url, first, repeat = _with_reprint(desk)
    result = run("mark", first["id"], "false", "--note", "No trucks.", "--group", "--db", url)
    assert result.exit_code == 0, result.output
    assert f"with 1 more of the group: {repeat['id']}" in result.stdout
    for claim in (first, repeat):
        history = jsonl("history", claim["id"], "--db", url)
        assert [h["field"] for h in history] == ["status", "verdict", "rationale"]
        assert history[1]["new"] == "false" and history[1]["editor"] == "maria"
    assert _claim(url, "2,000 trucks")["status"] == "new"  # not in the group


def test_editors_take_a_claim_out_and_join_groups_audited_and_kept_on_reingest(
    desk: tuple[str, Path],
) -> None:
    url, first, repeat = _with_reprint(desk)
    folder = desk[1]
    result = run("group", "leave", repeat["id"], "--reason", "another count", "--db", url)
    assert result.exit_code == 0, result.output
    assert _claim(url, "1,000 trucks", "reprint")["group_id"] is None
    assert _claim(url, "1,000 trucks", "blog")["group_id"] is None  # one left: dissolved
    history = jsonl("history", repeat["id"], "--db", url)
    assert (history[-1]["field"], history[-1]["reason"]) == ("group", "another count")
    # the reprint changes and is ingested again: the editor's decision stands
    (folder / "reprint.txt").write_text(REPRINT + "\nMore later.\n", encoding="utf-8")
    assert run("ingest", folder / "reprint.txt", "--db", url).exit_code == 0
    assert _claim(url, "1,000 trucks", "reprint")["group_id"] is None
    other = _claim(url, "2,000 trucks")
    result = run("group", "join", first["id"], other["id"], "--db", url)
    assert result.exit_code == 0, result.output
    assert _claim(url, "2,000 trucks")["group_id"] == _claim(url, "1,000", "blog")["group_id"]
    assert jsonl("history", other["id"], "--db", url)[-1]["field"] == "group"
    again = run("group", "join", first["id"], other["id"], "--db", url)
    assert again.exit_code != 0 and "already in one group" in again.stderr
    assert "Traceback" not in again.output


def test_speakers_lists_merges_and_splits_people(desk: tuple[str, Path]) -> None:
    url, folder = desk
    run("ingest", folder / "reprint.txt", "--db", url)
    people = {p["name"]: p for p in jsonl("speakers", "--db", url)}
    assert set(people) == {"Jen Psaki", "Antony Blinken", "Donald Trump", "Ivanka Trump"}
    psaki = people["Jen Psaki"]
    assert psaki["claims"] == 3 and psaki["roles"] == ["White House Press Secretary"]
    assert "Psaki" in psaki["names"]
    assert people["Donald Trump"]["id"] != people["Ivanka Trump"]["id"]  # never joined
    mine = jsonl("claims", "--db", url, "--person", psaki["id"])
    assert len(mine) == 3 and {c["speaker"] for c in mine} <= {"Jen Psaki", "Psaki"}
    csv_out = run("speakers", "--db", url, "--format", "csv").stdout
    assert csv_out.splitlines()[0] == "id,name,claims,first_seen,last_seen,roles,names"
    # an editor splits one claim off, then merges it back
    claim = mine[-1]["id"]
    result = run("speakers", "split", psaki["id"], claim, "--db", url)
    assert result.exit_code == 0, result.output
    new = {p["name"]: p for p in jsonl("speakers", "--db", url) if p["id"] != psaki["id"]
           and p["name"] in ("Psaki", "Jen Psaki")}
    (split,) = new.values()
    assert jsonl("history", claim, "--db", url)[-1]["field"] == "person"
    result = run("speakers", "merge", psaki["id"], split["id"], "--db", url)
    assert result.exit_code == 0 and "1 claim moved" in result.stdout
    assert len(jsonl("claims", "--db", url, "--person", psaki["id"])) == 3
    bad = run("speakers", "merge", psaki["id"], psaki["id"], "--db", url)
    assert bad.exit_code != 0 and bad.stderr.startswith("factcheck: error: ")
    assert len(bad.stderr.strip().splitlines()) == 1
    gone = run("speakers", "merge", psaki["id"], 9999, "--db", url)
    assert gone.exit_code != 0 and "no person with id 9999" in gone.stderr
