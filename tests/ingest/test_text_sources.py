"""Text files and standard input: kinds, exact text, and every way a file can be wrong."""

from __future__ import annotations

import io
import sys
from datetime import UTC
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest.sources import ReadOptions, read_source
from tests.ingest.conftest import LIVEBLOG


def test_the_sample_live_blog_is_a_liveblog_with_its_text_exactly_as_read() -> None:
    document = read_source(str(LIVEBLOG))
    assert document.kind == "liveblog"
    assert document.text == LIVEBLOG.read_text(encoding="utf-8")
    assert document.location == str(LIVEBLOG.resolve())
    assert document.name == LIVEBLOG.name
    assert document.retrieved.tzinfo == UTC
    assert document.url is None


def test_an_article_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The mayor said 3,000 homes were built at 10:30 a.m. on Monday.\n")
    document = read_source(str(path))
    assert document.kind == "text"
    assert document.location == str(path)


def test_relative_paths_become_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text("Some text.")
    monkeypatch.chdir(tmp_path)
    assert read_source("a.md").location == str((tmp_path / "a.md").resolve())


def test_bom_is_dropped_and_crlf_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond line.\r\n")
    assert read_source(str(path)).text == "First line.\r\nSecond line.\r\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 cr\u00e8me".encode("latin-1"), r"not valid UTF-8 \(byte 0xe9 at offset 3\)"),
    ],
    ids=["empty", "white-space", "binary", "latin-1"],
)
def test_bad_text_files_are_refused_with_the_reason(tmp_path: Path, content: bytes,
                                                     message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        read_source(str(path))
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_missing_file_and_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_source(str(tmp_path))


def _feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _feed_stdin(monkeypatch, LIVEBLOG.read_bytes())
    document = read_source("-")
    assert (document.kind, document.name) == ("liveblog", "<stdin>")
    assert document.location == f"stdin:sha256:{document.content_hash}"


def test_stdin_html_is_recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    body = "<p>The council said on Tuesday that 4,000 new homes would be built by 2030.</p>" * 3
    _feed_stdin(monkeypatch, f"<!DOCTYPE html><html><body><article>{body}</article>"
                             "</body></html>".encode())
    document = read_source("-")
    assert document.kind == "html"
    assert "4,000 new homes" in document.text


def test_stdin_over_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _feed_stdin(monkeypatch, b"x" * 2000)
    with pytest.raises(InputError, match=r"<stdin>: .*over the 1000 bytes limit"):
        read_source("-", ReadOptions(max_bytes=1000))
