"""Walking directories, and inputs too big to hold: refused by the cap, or read in time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest.limits import MB
from factcheck.ingest.runner import ingest
from factcheck.ingest.sources import ReadOptions, expand_locations, read_source
from tests.ingest.fakes import MemoryStore, no_claims


def make_tree(root: Path) -> None:
    for name in ("b.txt", "a.md", "c.html", "d.htm", "e.html.gz", "notes.text", "image.png",
                 "data.json", ".hidden.txt", "sub/z.txt", "sub/a.txt", ".git/config.txt",
                 "sub/.cache/x.txt", "sub2/UPPER.HTML"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text")


def test_directories_are_walked_sorted_skipping_hidden(tmp_path: Path) -> None:
    make_tree(tmp_path)
    expanded = expand_locations([str(tmp_path)])
    names = [str(Path(p).relative_to(tmp_path)) for p in expanded.locations]
    assert names == ["a.md", "b.txt", "c.html", "d.htm", "e.html.gz", "notes.text",
                     "sub/a.txt", "sub/z.txt", "sub2/UPPER.HTML"]
    assert sorted(Path(p).name for p in expanded.skipped) == ["data.json", "image.png"]


def test_repeats_are_read_once(tmp_path: Path) -> None:
    make_tree(tmp_path)
    first = str(tmp_path / "b.txt")
    expanded = expand_locations([first, str(tmp_path / "sub" / ".." / "b.txt"), str(tmp_path)])
    assert expanded.locations.count(first) == 1
    assert len(expanded.locations) == 9
    assert len(expanded.skipped) == 2 + 2  # two repeats, two files of other kinds


def test_missing_paths_and_urls_pass_through_to_be_reported() -> None:
    assert expand_locations(["nope.txt", "https://example.org/a", "-"]).locations == (
        "nope.txt", "https://example.org/a", "-")


@pytest.fixture(scope="module")
def fifty_mb_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("huge") / "huge.txt"
    line = b"The ministry said 3,000 people were evacuated on Monday, officials added.\n"
    with path.open("wb") as out:
        out.write(line * (50 * MB // len(line) + 1))
    return path


def test_a_50_mb_text_file_is_refused_by_the_default_cap(fifty_mb_file: Path) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"is 50(\.\d)? MB, over the 20 MB limit \(raise it with"):
        read_source(str(fifty_mb_file))
    assert time.monotonic() - started < 0.5  # refused from its size, before reading


@pytest.mark.slow
def test_a_50_mb_text_file_is_read_in_time_under_a_raised_cap(fifty_mb_file: Path) -> None:
    store = MemoryStore()
    started = time.monotonic()
    summary = ingest([str(fifty_mb_file)], store, options=ReadOptions(max_bytes=64 * MB),
                     extractor=no_claims)
    assert time.monotonic() - started < 15
    assert summary.new == 1 and not summary.failures
    assert len(store.stored[0][0].text) > 50 * MB
