"""`factcheck extract` as a user runs it: formats, stdin, errors without tracebacks."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.conftest import SAMPLE

KEYS = {
    "document", "kind", "start", "end", "text", "quote", "quote_start", "quote_end",
    "speaker", "speaker_mention", "speaker_start", "speaker_end", "speaker_role", "cue",
    "cited_source", "quantities", "post",
}


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_jsonl_has_every_key_and_offsets_index_the_file() -> None:
    code, out, _ = run("extract", str(SAMPLE), "--format", "jsonl")
    assert code == 0
    text = SAMPLE.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) > 30
    for row in rows:
        assert set(row) == KEYS
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["document"] == SAMPLE.name
    assert any(r["speaker"] == "Jen Psaki" for r in rows)


def test_csv_format() -> None:
    code, out, _ = run("extract", str(SAMPLE), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["kind"] in ("quote", "indirect", "numeric")
    assert "post_time" in rows[0]


def test_table_format() -> None:
    code, out, _ = run("extract", str(SAMPLE), "--format", "table")
    assert code == 0
    assert "Psaki" in out


def test_stdin_with_bom_and_crlf_keeps_offsets() -> None:
    raw = '\ufeffIntro line\r\n\r\n"We are ready," Jen Psaki said.\r\n'.encode()
    code, out, _ = run("extract", "-", "--format", "jsonl", stdin=raw)
    assert code == 0
    (row,) = [json.loads(line) for line in out.splitlines()]
    text = raw.decode("utf-8")[1:]
    assert text[row["quote_start"] : row["quote_end"]] == "We are ready,"
    assert row["document"] == "<stdin>"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"caf\xe9 au lait said nobody", "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run("extract", str(path))
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err and "Traceback" not in err


def test_nothing_is_printed_when_a_later_file_is_bad(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    code, out, _ = run("extract", str(SAMPLE), str(bad), "--format", "jsonl")
    assert code == 2 and out == ""


def test_html_is_read_as_for_ingest_and_offsets_index_its_main_text(tmp_path: Path) -> None:
    from factcheck.ingest.sources import read_source

    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Talks</title></head><body><article><h1>Talks</h1>"
        "<p>The talks went well, the minister said on Friday, after a long week.</p>"
        "<p>“We are ready,” said Jen Psaki, the White House press secretary.</p>"
        "</article></body></html>", encoding="utf-8",
    )
    code, out, _ = run("extract", str(page), "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    text = read_source(str(page)).text
    assert any(r["quote"] == "We are ready," and r["speaker"] == "Jen Psaki" for r in rows)
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]


PAGE = b"""<!doctype html><html><head><title>Talks in Geneva</title></head><body>
<nav>Home | World | Politics</nav><article><h1>Talks in Geneva</h1>
<p>The two ministers met for ninety minutes on Friday morning at a hotel by the lake.</p>
<p>Secretary of State Antony Blinken said "we will respond to any invasion with force".</p>
<p>Foreign Minister Sergey Lavrov said the talks had been useful and would continue.</p>
<p>Officials said 100,000 troops remained near the border at the end of the week.</p>
</article><footer>Contact us</footer></body></html>"""


def _saved_page(tmp_path: Path) -> Path:
    import gzip

    path = tmp_path / "saved-page.html.gz"
    path.write_bytes(gzip.compress(PAGE))
    return path


def test_url_names_the_address_of_a_saved_page(tmp_path: Path) -> None:
    url = "https://example.org/news/story"
    code, out, err = run("extract", str(_saved_page(tmp_path)), "--url", url,
                         "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {row["document"] for row in rows} == {url}
    assert any("Antony Blinken" in (row["speaker"] or "") for row in rows)


URL_MISTAKES = [
    # (arguments after the saved page, what the one error line says)
    (["--url", "example.org/story"], "expected an http(s) URL"),
    (["second.txt", "--url", "https://example.org/story"], "one saved page; got 2 sources"),
]


@pytest.mark.parametrize(("args", "message"), URL_MISTAKES)
def test_url_mistakes_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    code, out, err = run("extract", str(_saved_page(tmp_path)), *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_url_is_not_for_a_url(tmp_path: Path) -> None:
    code, out, err = run("extract", "https://example.org/a", "--url", "https://example.org/b")
    assert code == 2 and out == "" and "is fetched from its own address" in err


def test_max_size_is_an_option_as_the_size_message_says(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The minister said 40 million euros were spent.\n\n"
                   + "Nothing to report in this paragraph.\n\n" * 33_000)  # 1.2 MB
    code, out, err = run("extract", str(big), "--max-size", "1")
    assert (code, out) == (2, "")
    assert err == (f"factcheck: error: {big}: is 1.2 MB, over the 1 MB limit "
                   "(raise it with --max-size)\n")
    code, out, _ = run("extract", str(big), "--max-size", "2", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 1
