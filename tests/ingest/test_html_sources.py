"""HTML files: main text and metadata of real pages, charsets, and broken files."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest.charset import codec_for, declared_charset, decode_html, header_charset
from factcheck.ingest.html import parse_published
from factcheck.ingest.sources import ReadOptions, read_source
from tests.ingest.conftest import article_html

AP_AUTO_SHOW = "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f"
WSJ_GAMING = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"

PARAGRAPHS = [
    "The minister said on Tuesday that the new bridge would cost about 40 million euros.",
    "Critics replied that the same bridge had been promised twice before, in 2015 and 2019.",
    "According to the ministry, work is due to begin next spring and last three years.",
]


def page(body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html><head>{head}<title>Bridge</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>Bridge</h1>{paragraphs}"
            f"<p>{body}</p></article><footer>(c) Example News</footer></body></html>")


def test_real_article_from_html_gz(real_news: Path) -> None:
    path = real_news / "html" / f"{AP_AUTO_SHOW}.html.gz"
    document = read_source(str(path))
    assert document.kind == "html"
    assert document.location == str(path.resolve())
    assert document.name == path.name
    assert document.title == "New SUVs and electric vehicles highlight L.A. Auto Show"
    assert document.authors[0] == "Tom Krisher"
    assert document.publisher == "Connecticut Post"
    assert document.published == datetime(2019, 11, 20, 6, 35, 39, tzinfo=UTC)
    assert document.url is not None and document.url.startswith("https://www.ctpost.com/")
    assert "plug-in version of Toyota’s top-selling vehicle" in document.text
    assert "\n\n" in document.text and "\n\n\n" not in document.text


def test_plain_html_and_htm_files_read_the_same(real_news: Path, tmp_path: Path) -> None:
    data = article_html(real_news, WSJ_GAMING)
    (tmp_path / "a.html").write_bytes(data)
    (tmp_path / "a.htm").write_bytes(data)
    first, second = read_source(str(tmp_path / "a.html")), read_source(str(tmp_path / "a.htm"))
    assert first.text == second.text
    assert first.text.startswith("Gaming used to be so simple.")
    assert first.publisher == "Wall Street Journal"


def test_boilerplate_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(page("One more paragraph that is long enough to be taken as text."))
    text = read_source(str(path)).text
    assert PARAGRAPHS[0] in text and PARAGRAPHS[2] in text
    assert "Home" not in text and "Example News" not in text


CHARSET_CASES = [
    ("meta charset latin-1", '<meta charset="iso-8859-1">', "cp1252", None),
    ("http-equiv windows-1252", '<meta http-equiv="Content-Type" '
     'content="text/html; charset=windows-1252">', "cp1252", None),
    ("http-equiv shift_jis",
     "<meta http-equiv='content-type' content='text/html;charset=Shift_JIS'>", "shift_jis", None),
    ("meta euc-kr", "<meta charset=EUC-KR>", "euc-kr", None),
    ("undeclared cp1251", "", "cp1251", None),
    ("utf-8 declared as latin-1", '<meta charset="iso-8859-1">', "utf-8", None),
    ("header beats meta", '<meta charset="utf-8">', "koi8-r", "text/html; charset=KOI8-R"),
]
WORDS = {
    "cp1252": "Le ministre a déclaré que le pont coûterait 40 millions d’euros — « trop ».",
    "shift_jis": "大臣は火曜日、新しい橋の費用は約四千万ユーロになると述べた。",
    "euc-kr": "장관은 화요일에 새 다리 건설에 약 4천만 유로가 들 것이라고 말했다.",
    "cp1251": "Министр заявил во вторник, что новый мост обойдётся примерно в сорок миллионов.",
    "utf-8": "Le ministre a déclaré que le pont coûterait 40 millions d’euros.",
    "koi8-r": "Министр заявил во вторник, что новый мост обойдётся примерно в сорок миллионов.",
}


@pytest.mark.parametrize(("head", "encoding", "content_type"),
                         [case[1:] for case in CHARSET_CASES], ids=[c[0] for c in CHARSET_CASES])
def test_charsets_are_detected(head: str, encoding: str, content_type: str | None) -> None:
    words = WORDS[encoding]
    data = page(words, head).encode(encoding)
    assert words in decode_html(data, transport_charset=header_charset(content_type))


@pytest.mark.parametrize("bom_encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks_win_and_are_dropped(tmp_path: Path, bom_encoding: str) -> None:
    words = WORDS["cp1252"]
    path = tmp_path / "bom.html"
    path.write_bytes(page(words, '<meta charset="iso-8859-1">').encode(bom_encoding))
    document = read_source(str(path))
    assert words in document.text
    assert "\ufeff" not in document.text


def test_charset_labels_map_as_browsers_map_them() -> None:
    assert codec_for("ISO-8859-1") == "cp1252"
    assert codec_for("us-ascii") == "cp1252"
    assert codec_for("GB2312") == "gb18030"
    assert codec_for("utf-16") == "utf-8"
    assert codec_for("no-such-charset") is None
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1251"?><html>') == (
        "windows-1251")
    assert header_charset('text/html; charset="UTF-8"') == "UTF-8"


def test_truncated_gzip_is_a_clear_error(real_news: Path, tmp_path: Path) -> None:
    data = (real_news / "html" / f"{AP_AUTO_SHOW}.html.gz").read_bytes()
    path = tmp_path / "cut.html.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"cut\.html\.gz: truncated gzip data"):
        read_source(str(path))


def test_gz_that_is_not_gzip(tmp_path: Path) -> None:
    path = tmp_path / "plain.html.gz"
    path.write_text(page(""))
    with pytest.raises(InputError, match=r"named \.gz but not gzip data"):
        read_source(str(path))


def test_gzip_bomb_is_refused_by_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * (5 * 1024 * 1024)))
    with pytest.raises(InputError) as refused:
        read_source(str(path), ReadOptions(max_bytes=1024 * 1024))
    assert str(refused.value) == (
        f"{path}: is over the 1 MB limit once decompressed (raise it with --max-size)")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><head><title>Nothing</title></head><body></body></html>", "no main text found"),
        (b"", "no main text found"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
    ],
    ids=["no-text", "empty", "binary"],
)
def test_html_without_main_text_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_source(str(path))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-20T06:35:39+0000", datetime(2019, 11, 20, 6, 35, 39, tzinfo=UTC)),
        ("2019-11-19T09:01:42+0530", datetime(2019, 11, 19, 3, 31, 42, tzinfo=UTC)),
        ("2019-11-19T00:00:00", datetime(2019, 11, 19, tzinfo=UTC)),
        ("2019-11-19", datetime(2019, 11, 19, tzinfo=UTC)),
        ("not a date", None),
        (None, None),
    ],
)
def test_published_dates_are_utc(value: str | None, expected: datetime | None) -> None:
    assert parse_published(value) == expected
