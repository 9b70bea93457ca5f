"""A parallel ingest stopped from outside (SIGTERM, Ctrl-C, kill -9) leaves no process
behind: not its workers, not the forkserver, not the resource tracker. Real processes: the
CLI in a session of its own, its process tree read from /proc."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ingest.conftest import LIVEBLOG

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                       reason="reads the process tree from /proc (Linux)"),
]


def process_table() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, state letter) of every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path("/proc", entry, "stat").read_text()
        except OSError:
            continue
        state, parent = stat[stat.rindex(")") + 2:].split()[:2]
        table[int(entry)] = (int(parent), state)
    return table


def descendants(root: int) -> set[int]:
    table = process_table()
    found: set[int] = set()
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, (ppid, _) in table.items() if ppid == parent]
        found.update(children)
        frontier.extend(children)
    return found


def running(pids: set[int]) -> set[int]:
    """The ones still alive (a zombie has ended; only its entry waits to be reaped)."""
    table = process_table()
    return {pid for pid in pids if pid in table and table[pid][1] not in "ZX"}


def sources(root: Path) -> Path:
    """A dozen sources of a few hundred KB: a second or more each to extract."""
    root.mkdir()
    text = LIVEBLOG.read_text(encoding="utf-8")
    for n in range(12):
        (root / f"{n:02}.txt").write_text((text + "\n\n") * 20 + f"Last post: {n} people.\n")
    return root


@pytest.mark.parametrize(("how", "exit_code"), [
    pytest.param("SIGTERM", 143, id="sigterm"),
    pytest.param("CTRL-C", 130, id="ctrl-c"),  # SIGINT to the whole process group
    pytest.param("SIGKILL", -signal.SIGKILL, id="kill-9"),
])
def test_a_stopped_parallel_ingest_leaves_no_process_behind(
        tmp_path: Path, how: str, exit_code: int) -> None:
    command = [sys.executable, "-m", "factcheck", "ingest", str(sources(tmp_path / "in")),
               "--jobs", "2", "--db", str(tmp_path / "db.sqlite3")]
    ingest = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, start_new_session=True)
    helpers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(helpers) < 4:  # resource tracker, forkserver and two workers
            assert ingest.poll() is None, ingest.communicate()
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.05)
            helpers = running(descendants(ingest.pid))
        time.sleep(0.5)  # the workers are extracting
        if how == "CTRL-C":
            os.killpg(ingest.pid, signal.SIGINT)
        else:
            ingest.send_signal(getattr(signal, how))
        _, err = ingest.communicate(timeout=60)

        assert ingest.returncode == exit_code, err
        if how != "SIGKILL":
            assert err == "factcheck: interrupted; sources already stored stay stored\n"
        deadline = time.monotonic() + 30
        while running(helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = running(helpers)
        assert not left, f"{len(left)} of its processes outlived the ingest: {sorted(left)}"
    finally:  # whatever failed, leave no process to the next test
        if ingest.poll() is None:
            ingest.kill()
            ingest.wait()
        for pid in running(helpers):
            os.kill(pid, signal.SIGKILL)
