"""HTML sources: the main text of the page (what claim offsets index) and its metadata.

trafilatura finds the article body and drops navigation, adverts and reader comments; on
the 181 hand-checked articles of ``shared/data/real-news`` its text scores a token F1 of
about 0.96 against the ground truth with the options below (``tests/ingest/test_html_quality.py``
holds the floor). Reader comments are left out on purpose: they are not the publisher's claims.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from factcheck.errors import InputError
from factcheck.ingest.charset import decode_html

# trafilatura's helpers log through the root logger's last-resort handler when nothing is
# configured; a warning from deep inside them must not break our one-line-per-failure stderr.
for _name in ("htmldate", "justext", "courlan", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# htmldate keeps the time and offset when the page gives them (many do, in JSON-LD or meta).
_DATE_PARAMS = {
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "original_date": True,
    "extensive_search": True,
}
_BLANK_LINES = re.compile(r"[ \t]*\n\s*")


@dataclass(frozen=True, slots=True)
class HtmlContent:
    """What a page yields: its main text and whatever metadata it declares."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    publisher: str | None = None
    url: str | None = None


def extract_html(data: bytes, *, name: str, url: str | None = None,
                 transport_charset: str | None = None) -> HtmlContent:
    """Main text and metadata of an HTML page given as bytes.

    ``url`` (where the page was fetched) helps trafilatura resolve the site; the page's own
    canonical URL, when it has one, wins in the result.
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like binary data (NUL bytes), not HTML")
    # Imported here, not with the module: trafilatura and lxml take about 12 MB, which
    # ingesting plain text need not spend.
    import trafilatura
    from trafilatura.settings import Document

    markup = decode_html(data, transport_charset=transport_charset)
    try:
        document = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False,
            favor_precision=True, include_tables=True, date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # malformed beyond lxml's repair
        raise InputError(f"{name}: cannot parse the HTML ({type(exc).__name__}: {exc})") from None
    text = _paragraphs(document.text or "") if isinstance(document, Document) else ""
    if not text or not isinstance(document, Document):
        raise InputError(f"{name}: no main text found in the HTML (empty page, or not an article)")
    return HtmlContent(
        text=text,
        title=_clean(document.title),
        authors=_authors(document.author),
        published=parse_published(document.date),
        publisher=_clean(document.sitename) or _clean(document.hostname),
        url=_clean(document.url) or url,
    )


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs, as in the text files and live blogs we read.

    trafilatura separates blocks with a single newline; a blank line is what the claim
    extractor and a person reading the stored text both take as a paragraph break.
    """
    return _BLANK_LINES.sub("\n\n", text.strip())


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _authors(value: str | None) -> tuple[str, ...]:
    """trafilatura joins authors with ``; ``."""
    return tuple(name for part in (value or "").split(";") if (name := part.strip()))


def parse_published(value: str | None) -> datetime | None:
    """A publication date as an aware UTC datetime.

    A page that gives no offset is taken to mean UTC, and a bare date means midnight UTC:
    the stored value stays comparable, at the cost of being off by the site's zone.
    """
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
