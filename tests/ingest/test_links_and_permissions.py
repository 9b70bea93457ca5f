"""Links and unreadable directories met while walking: each bad place is one failure line
naming it, the rest of the tree is ingested, the exit code is 1."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.ingest.runner import ingest
from factcheck.ingest.sources import expand_locations
from tests.ingest.conftest import LIVEBLOG
from tests.ingest.fakes import MemoryStore, figures_extractor
from tests.ingest.test_cli_ingest import run

ARTICLE = "The mayor said 3,000 homes were built.\n"
NOBODY = 65534


def test_a_loop_of_links_is_one_failure_and_the_rest_is_ingested(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "loopA.txt").symlink_to("loopB.txt")
    (tmp_path / "loopB.txt").symlink_to("loopA.txt")
    code, out, err = run(str(tmp_path), "--db", str(tmp_path / "db.sqlite3"))
    assert code == 1
    assert out.startswith("1 source (1 new, 0 updated, 0 unchanged)")
    assert "3 failed" in out
    loop = "a loop of symbolic links (it never reaches a file)"
    assert err.splitlines() == [f"factcheck: failed: {tmp_path / name}: {loop}"
                                for name in ("loopA.txt", "loopB.txt", "self.txt")]


def test_a_loop_of_links_named_on_the_command_line_is_one_failure(tmp_path: Path) -> None:
    (tmp_path / "self.txt").symlink_to("self.txt")
    code, _, err = run(str(tmp_path / "self.txt"), "--db", str(tmp_path / "db.sqlite3"))
    assert code == 1
    assert err == f"factcheck: failed: {tmp_path / 'self.txt'}: a loop of symbolic links " \
                  "(it never reaches a file)\n"


def test_links_to_files_are_read_links_to_directories_are_skipped(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text(ARTICLE)
    (tree / "outside.txt").symlink_to(LIVEBLOG)  # a file outside the tree: read
    (tree / "again.txt").symlink_to("a.txt")  # the same file twice: read once
    (tree / "sub" / "up").symlink_to("..")  # a loop through a directory: not followed
    (tree / "root").symlink_to("/")  # out of the tree: not followed
    (tree / "broken.txt").symlink_to("nothing.txt")
    expanded = expand_locations([str(tree)])
    assert [Path(p).name for p in expanded.locations] == ["a.txt", "broken.txt", "outside.txt"]
    assert sorted(Path(p).name for p in expanded.skipped) == ["again.txt", "root", "up"]

    store = MemoryStore()
    summary = ingest([str(tree)], store, extractor=figures_extractor)
    assert [doc.location for doc, _ in store.stored] == [str(tree / "a.txt"), str(LIVEBLOG)]
    assert [(Path(f.location).name, f.reason) for f in summary.failures] == [
        ("broken.txt", "broken link (it points to nothing)")]
    assert summary.skipped == 3


# --- directories that cannot be listed ---------------------------------------------------
# Root reads a mode 000 directory anyway. As root, the ingest runs in a forked child that
# first ingests a readable tree (so every module it needs is imported while it still can
# read them: the interpreter lives under /root), then gives up root for user "nobody" and
# ingests the tree under test in-process. Where that cannot be done the tests skip, saying so.


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A scratch directory any user can reach (``tmp_path`` is private to its owner)."""
    path = Path(tempfile.mkdtemp(prefix="factcheck-perm-"))
    path.chmod(0o777)
    try:
        yield path
    finally:
        for directory, subdirs, _ in os.walk(path):
            for name in subdirs:
                Path(directory, name).chmod(0o755)
        shutil.rmtree(path)


def ingest_unprivileged(scratch: Path, *args: str) -> tuple[int, str, str]:
    """``factcheck ingest ARGS`` (exit code, stdout, stderr) as a user for whom mode 000
    means what it says."""
    if os.geteuid() != 0:
        return run(*args)
    if not hasattr(os, "fork") or not hasattr(os, "setuid"):
        pytest.skip("running as root, and cannot drop to an unprivileged user here")
    warm = scratch / "warm"
    warm.mkdir()
    (warm / "a.txt").write_text(ARTICLE)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(reader)
            run(str(warm), "--db", str(warm / "db.sqlite3"))
            os.setgid(NOBODY)
            os.setgroups([])
            os.setuid(NOBODY)
            outcome = run(*args)
            with os.fdopen(writer, "w") as out:
                json.dump(outcome, out)
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    with os.fdopen(reader) as answer:
        received = answer.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0 and received, "the unprivileged run failed"
    code, out, err = json.loads(received)
    return int(code), str(out), str(err)


def locked_tree(root: Path) -> Path:
    tree = root / "d"
    (tree / "locked").mkdir(parents=True)
    (tree / "a.txt").write_text(ARTICLE)
    (tree / "locked" / "inside.txt").write_text(ARTICLE)
    (tree / "locked").chmod(0)
    return tree


def test_an_unreadable_directory_inside_a_walk_is_a_failure(open_tmp: Path) -> None:
    tree = locked_tree(open_tmp)
    code, out, err = ingest_unprivileged(open_tmp, str(tree), "--db", str(open_tmp / "db"))
    assert code == 1, err
    assert err == (f"factcheck: failed: {tree / 'locked'}: permission denied: "
                   "cannot list this directory\n")
    assert out.startswith("1 source (1 new, 0 updated, 0 unchanged)")
    assert "1 failed" in out


def test_an_unreadable_directory_named_on_the_command_line_is_a_failure(
        open_tmp: Path) -> None:
    locked = locked_tree(open_tmp) / "locked"
    code, out, err = ingest_unprivileged(open_tmp, str(locked), "--db", str(open_tmp / "db"))
    assert code == 1, err
    assert err == (f"factcheck: failed: {locked}: permission denied: "
                   "cannot list this directory\n")
    assert out.startswith("0 sources (0 new, 0 updated, 0 unchanged)")
    assert "1 failed" in out
