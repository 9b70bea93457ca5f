"""URLs against a real HTTP server on 127.0.0.1, started here on a free port."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest.fetch import USER_AGENT
from factcheck.ingest.sources import ReadOptions, read_source
from tests.ingest.conftest import LIVEBLOG

ARTICLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bridge costs</title>"
    "<meta name='author' content='Ana Lopez'></head><body><nav>Home | World</nav><article>"
    + "".join(
        f"<p>The minister said on day {n} that the bridge would cost {n * 10} million euros, "
        "and critics said the figure was far too low for a bridge of that size.</p>"
        for n in range(1, 6)
    )
    + "</article></body></html>"
).encode()
LATIN1_ARTICLE = ARTICLE.replace(b"charset='utf-8'", b"charset='iso-8859-1'").replace(
    b"critics", "critiques déçus".encode("latin-1"))
CAP = 64 * 1024
SEEN_AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    """One route per case the fetcher must handle."""

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def handle(self) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            super().handle()

    def send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        route = self.path
        if route == "/article.html":
            self.send(200, ARTICLE, "text/html; charset=utf-8")
        elif route == "/latin1.html":
            self.send(200, LATIN1_ARTICLE, "text/html")
        elif route == "/liveblog.txt":
            self.send(200, LIVEBLOG.read_bytes(), "text/plain; charset=utf-8")
        elif route == "/cp1252.txt":
            self.send(200, "Caf\u00e9 prices rose 3%.".encode("cp1252"),
                      "text/plain; charset=windows-1252")
        elif route == "/gzipped.html":
            self.send(200, gzip.compress(ARTICLE), "text/html", Content_Encoding="gzip")
        elif route == "/untyped":
            self.send(200, ARTICLE, "")
        elif route == "/report.pdf":
            self.send(200, b"%PDF-1.7\n", "application/pdf")
        elif route == "/missing":
            self.send(404, b"not here", "text/plain")
        elif route == "/error":
            self.send(503, b"busy", "text/plain")
        elif route == "/moved":
            self.send(302, b"", "text/plain", Location="/article.html")
        elif route == "/loop":
            self.send(302, b"", "text/plain", Location="/loop")
        elif route == "/big-declared":
            self.send(200, b"x" * (CAP + 1), "text/plain")
        elif route == "/big-undeclared":  # no Content-Length: only counting catches it
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(CAP // 1024 + 2):
                self.wfile.write(b"y" * 1024)
        elif route == "/slow":
            time.sleep(1.5)
            self.send(200, ARTICLE, "text/html")
        elif route == "/trickle":  # each byte in time, the whole far too late
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"z")
                self.wfile.flush()
                time.sleep(0.1)
        else:
            self.send(404, b"", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy configured on the machine must not route 127.0.0.1 elsewhere."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


OPTIONS = ReadOptions(max_bytes=CAP, timeout=0.5)


def test_html_page(server: str) -> None:
    document = read_source(f"{server}/article.html", OPTIONS)
    assert document.kind == "url"
    assert document.location == document.name == f"{server}/article.html"
    assert document.title == "Bridge costs"
    assert document.authors == ("Ana Lopez",)
    assert "cost 30 million euros" in document.text
    assert "Home | World" not in document.text
    assert SEEN_AGENTS[-1] == USER_AGENT


def test_charset_from_the_markup_when_the_header_has_none(server: str) -> None:
    assert "critiques déçus" in read_source(f"{server}/latin1.html", OPTIONS).text


def test_plain_text_live_blog(server: str) -> None:
    document = read_source(f"{server}/liveblog.txt", ReadOptions(timeout=5))
    assert document.kind == "liveblog"
    assert document.text == LIVEBLOG.read_text(encoding="utf-8")
    assert document.url == f"{server}/liveblog.txt"


def test_plain_text_in_a_declared_charset(server: str) -> None:
    assert read_source(f"{server}/cp1252.txt", OPTIONS).text == "Café prices rose 3%."


def test_gzip_content_encoding_and_missing_content_type(server: str) -> None:
    assert "cost 50 million" in read_source(f"{server}/gzipped.html", OPTIONS).text
    assert "cost 50 million" in read_source(f"{server}/untyped", OPTIONS).text


def test_redirect_is_followed_and_the_requested_url_stays_the_location(server: str) -> None:
    document = read_source(f"{server}/moved", OPTIONS)
    assert document.location == f"{server}/moved"
    assert "cost 10 million euros" in document.text


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/error", "HTTP 503 Service Unavailable"),
        ("/loop", r"too many redirects \(last: HTTP 302\)"),
        ("/report.pdf", "unsupported content type 'application/pdf'"),
        ("/big-declared", "is 65537 bytes, over the 65536 bytes limit"),
        ("/big-undeclared", "over the .* limit"),
        ("/slow", r"timed out after 0\.5 s"),
        ("/trickle", r"timed out after 0\.5 s"),
    ],
)
def test_failures_are_one_clear_input_error(server: str, route: str, message: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=message) as caught:
        read_source(f"{server}{route}", OPTIONS)
    assert str(caught.value).startswith(f"{server}{route}: ")
    assert "\n" not in str(caught.value)
    assert time.monotonic() - started < 3


def test_connection_refused() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago, now closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="connection refused"):
        read_source(f"http://127.0.0.1:{port}/", OPTIONS)


def test_unresolvable_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(InputError, match="cannot resolve the host name"):
        read_source("http://no-such-host.invalid/article", OPTIONS)


def test_urls_are_recognised_by_scheme_only(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "http:" / "x.txt"))


def test_a_hanging_host_name_lookup_ends_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The socket timeout does not cover ``getaddrinfo``; the deadline still does."""
    release = threading.Event()

    def hang(*args: object, **kwargs: object) -> None:
        release.wait(30)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", hang)
    started = time.monotonic()
    try:
        with pytest.raises(InputError, match=r"timed out after 0\.5 s") as caught:
            read_source("http://slow-dns.invalid/article", ReadOptions(timeout=0.5))
    finally:
        release.set()
    assert time.monotonic() - started < 2
    assert str(caught.value).startswith("http://slow-dns.invalid/article: ")
