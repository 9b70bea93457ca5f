"""From a location (path, directory, URL or ``-``) to ``SourceDocument`` records.

``read_source`` picks the reader by the location's form and a file's name; every reader
refuses bad input with one ``InputError`` naming the location and the reason.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from factcheck.documents import SourceDocument, SourceKind, Utf8Text
from factcheck.errors import InputError
from factcheck.ingest.charset import codec_for, header_charset
from factcheck.ingest.fetch import DEFAULT_TIMEOUT, USER_AGENT, fetch, is_url
from factcheck.ingest.html import HtmlContent, extract_html
from factcheck.ingest.limits import DEFAULT_MAX_BYTES, gunzip, is_gzip, read_capped, read_file
from factcheck.ingest.liveblog import looks_like_liveblog, read_header
from factcheck.ingest.text import BIG_TEXT, decode_big_text, decode_text

STDIN = "-"
STDIN_LOCATION = "<stdin>"
STDIN_NAMED = "stdin:"  # + the user's --name
STDIN_CONTENT = "stdin:sha256:"  # + the content hash, when the user names nothing
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml")
_HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MEDIA_TYPES = ("application/gzip", "application/x-gzip")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How sources are read; picklable, so worker processes read exactly as the parent would."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    user_agent: str = USER_AGENT
    stdin: StdinIdentity | None = None
    """What standard input is, when the user says (``--name``/``--url``)."""


@dataclass(frozen=True, slots=True)
class StdinIdentity:
    """A name or URL the user gives standard input, making it a source that a later pipe
    with the same name or URL updates. Without one, standard input is known by its content."""

    name: str | None = None
    url: str | None = None

    def location(self) -> str:
        """The URL (the same source as fetching it), else ``stdin:NAME``."""
        return self.url if self.url else f"{STDIN_NAMED}{self.name}"


def is_supported_file(path: Path) -> bool:
    """Whether a file found while walking a directory is one we read."""
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES)


def _is_html_name(name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES)


@dataclass(frozen=True, slots=True)
class Expanded:
    """A batch's locations after walking directories: what to read, what was left out, and
    the places that could not be walked (``(location, reason)``: each is that place's
    failure, the rest of the batch goes on)."""

    locations: tuple[str, ...]
    skipped: tuple[str, ...]
    unreadable: tuple[tuple[str, str], ...] = ()


def expand_locations(locations: list[str] | tuple[str, ...]) -> Expanded:
    """Replace each directory by the files in it that we read, sorted; drop repeats.

    Hidden files and directories (``.git``, ``.DS_Store``) are passed over silently; other
    files of kinds we do not read, links to directories (never followed: see
    ``walk_directory``) and a location named twice are counted as skipped. A missing path,
    a broken link or a loop of links stays in the list so that reading it reports the problem.
    """
    seen: set[str] = set()
    out: list[str] = []
    skipped: list[str] = []
    unreadable: list[tuple[str, str]] = []

    def add(location: str, key: str) -> None:
        if key in seen:
            skipped.append(location)
        else:
            seen.add(key)
            out.append(location)

    for location in locations:
        if location == STDIN or is_url(location):
            add(location, location)
            continue
        path = Path(location)
        if path.is_dir():
            walk = walk_directory(path)
            unreadable.extend(walk.unreadable)
            skipped.extend(str(link) for link in walk.directory_links)
            for found in walk.files:
                if is_supported_file(found):
                    add(str(found), _identity(found))
                else:
                    skipped.append(str(found))
        else:
            add(location, _identity(path))
    return Expanded(tuple(out), tuple(skipped), tuple(unreadable))


def _identity(path: Path) -> str:
    """The file a path names, so that two paths to one file are read once. A loop of links
    has no target (``resolve`` raises): the path itself stands for it, and reading it says
    what is wrong."""
    try:
        return str(path.resolve())
    except (RuntimeError, OSError):
        return os.path.abspath(path)


@dataclass(frozen=True, slots=True)
class Walk:
    """What ``walk_directory`` found: files, links to directories it did not follow, and
    directories it could not list, with the reason."""

    files: tuple[Path, ...]
    directory_links: tuple[Path, ...]
    unreadable: tuple[tuple[str, str], ...]


def walk_directory(root: Path) -> Walk:
    """Every non-hidden file under ``root``, in a stable order (by path, bytewise).

    A link to a file is listed like the file, wherever it points. A link to a directory is
    not followed: it could lead back up the tree (a loop) or out of it (``/``), and a tree
    that wants those files can name them. A directory that cannot be listed (no
    permission) is reported, never passed over in silence.
    """
    files: list[Path] = []
    links: list[Path] = []
    unreadable: list[tuple[str, str]] = []

    def failed(error: OSError) -> None:
        where = str(error.filename) if error.filename is not None else str(root)
        unreadable.append((where, _listing_problem(error)))

    for directory, subdirs, names in os.walk(root, onerror=failed):
        kept = []
        for name in subdirs:
            if name.startswith("."):
                continue
            if os.path.islink(os.path.join(directory, name)):
                links.append(Path(directory, name))
            else:
                kept.append(name)
        subdirs[:] = kept
        files.extend(Path(directory, name) for name in names if not name.startswith("."))
    return Walk(tuple(sorted(files, key=lambda p: p.parts)),
                tuple(sorted(links, key=lambda p: p.parts)),
                tuple(sorted(unreadable)))


def _listing_problem(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied: cannot list this directory"
    return f"cannot list this directory ({error.strerror or error})"


def read_source(location: str, options: ReadOptions | None = None) -> SourceDocument:
    """Read one location into a ``SourceDocument``; ``InputError`` if it cannot be read."""
    options = options or ReadOptions()
    if location == STDIN:
        return read_stdin(options)
    if is_url(location):
        return read_url(location, options)
    return read_file_source(location, options)


def read_stdin(options: ReadOptions) -> SourceDocument:
    """Standard input: plain text, or HTML when it starts like a page (``curl ... | factcheck``).

    A pipe has no location, so two different texts piped in one after the other are two
    sources: the location is made from the content (``stdin:sha256:...``), unless the user
    named it (``--name``: ``stdin:NAME``, ``--url``: the URL), which then identifies it.
    """
    data = read_capped(sys.stdin.buffer, options.max_bytes, name=STDIN_LOCATION)
    retrieved = _now()
    if _sniff_html(data):
        content = extract_html(data, name=STDIN_LOCATION)
        document = _html_document(content, "html", STDIN_LOCATION, STDIN_LOCATION, retrieved)
    else:
        text = decode_text(data, name=STDIN_LOCATION)
        document = _text_document(text, STDIN_LOCATION, STDIN_LOCATION, retrieved,
                                  label=STDIN_LOCATION)
    given = options.stdin
    if given is None:
        return replace(document, location=STDIN_CONTENT + document.content_hash)
    return replace(document, location=given.location(), name=given.name or given.url or "",
                   url=given.url or document.url)


def location_of(item: str) -> str | None:
    """The ``location`` that ``read_source(item)`` gives its document: the absolute path of
    a file, a URL as given. Known before reading, so a caller can look up what is already
    stored there; None for standard input, which may be known only by its content."""
    if item == STDIN:
        return None
    if is_url(item):
        return item
    return _identity(Path(item))


def read_file_source(location: str, options: ReadOptions) -> SourceDocument:
    """A text or HTML file, told apart by its name (``.html``, ``.htm``, ``.html.gz``)."""
    path = Path(location)
    if path.is_dir():
        raise InputError(f"{location}: is a directory")
    data = read_file(path, options.max_bytes, name=location)
    retrieved = _now()
    absolute = _identity(path)
    if location.lower().endswith(".gz"):
        if not is_gzip(data):
            raise InputError(f"{location}: named .gz but not gzip data")
        data = gunzip(data, options.max_bytes, name=location)
    if _is_html_name(location):
        content = extract_html(data, name=location)
        return _html_document(content, "html", absolute, path.name, retrieved)
    text: str | Utf8Text = decode_big_text(data, name=location) if len(data) > BIG_TEXT \
        else decode_text(data, name=location)
    return _text_document(text, absolute, path.name, retrieved, label=location)


def read_url(url: str, options: ReadOptions) -> SourceDocument:
    """An http(s) URL: HTML pages go through the HTML reader, plain text through ``decode_text``."""
    response = fetch(url, timeout=options.timeout, max_bytes=options.max_bytes,
                     user_agent=options.user_agent)
    retrieved = _now()
    body = response.body
    charset = header_charset(response.content_type)
    if response.media_type in _GZIP_MEDIA_TYPES and is_gzip(body):
        body = gunzip(body, options.max_bytes, name=url)
    if response.media_type in _HTML_MEDIA_TYPES or (
        response.media_type not in ("text/plain",) and _sniff_html(body)
    ):
        # The page's canonical URL when it names one, else where the redirects ended.
        content = extract_html(body, name=url, url=response.final_url, transport_charset=charset)
        return _html_document(content, "url", url, url, retrieved)
    if response.media_type.startswith("text/") or not response.media_type:
        text = decode_text(body, name=url, encoding=codec_for(charset) or "utf-8")
        document = _text_document(text, url, url, retrieved, label=url, origin="url")
        return replace(document, url=response.final_url)
    raise InputError(f"{url}: unsupported content type {response.media_type!r} "
                     "(expected HTML or plain text)")


def _sniff_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<!--"))


def _now() -> datetime:
    return datetime.now(UTC)


def _kind(text: str, origin: SourceKind) -> SourceKind:
    """A live blog is a live blog wherever it came from; otherwise the kind names the origin."""
    return "liveblog" if looks_like_liveblog(text) else origin


def _text_document(text: str | Utf8Text, location: str, name: str, retrieved: datetime, *,
                   label: str, origin: SourceKind = "text") -> SourceDocument:
    if not text or text.isspace():  # not text.strip(), a copy of a big text
        raise InputError(f"{label}: empty (no text), nothing to ingest")
    header = read_header(text)
    return SourceDocument(
        kind="liveblog" if header.is_liveblog else origin, location=location, name=name,
        text=text, retrieved=retrieved, title=header.title, authors=header.authors,
        publisher=header.publisher,
    )


def _html_document(content: HtmlContent, origin: SourceKind, location: str, name: str,
                   retrieved: datetime) -> SourceDocument:
    return SourceDocument(
        kind=_kind(content.text, origin), location=location, name=name, text=content.text,
        retrieved=retrieved, title=content.title, publisher=content.publisher,
        authors=content.authors, published=content.published, url=content.url,
    )
