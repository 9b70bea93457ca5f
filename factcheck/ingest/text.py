"""Plain text sources: strict UTF-8, BOM stripped, line endings kept exactly as read."""

from __future__ import annotations

from factcheck.documents import Utf8Text
from factcheck.errors import InputError

BOM = "\ufeff"
# Control characters that never occur in real text; a few of them mean binary data.
_BINARY_MARKERS = frozenset(chr(c) for c in (*range(0x00, 0x08), *range(0x0E, 0x20), 0x7F))


def decode_text(data: bytes, *, name: str = "input", encoding: str = "utf-8") -> str:
    """Decode UTF-8 bytes into the text that every offset indexes.

    The only change made is dropping a leading byte-order mark; CRLF and every other
    character stay, so spans reported later slice the same text a reader sees.
    ``encoding`` is for text whose charset was declared out of band (an HTTP header);
    files carry no such declaration, so they must be UTF-8.
    """
    wide = encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32"))
    if not wide:
        _refuse_nul(data, name)
    try:
        text = data.decode(encoding)
    except LookupError:
        raise InputError(f"{name}: unknown character encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        label = "UTF-8" if encoding == "utf-8" else encoding
        raise _not_valid(name, label, data, exc.start) from None
    if text.startswith(BOM):
        text = text[1:]
    _refuse_binary(text[:8192], name)
    return text


BIG_TEXT = 2 * 1024 * 1024
"""A file of more bytes than this is kept as its UTF-8 bytes (``decode_big_text``)."""


def decode_big_text(data: bytes, *, name: str = "input") -> Utf8Text:
    """``decode_text`` for a big file: the same checks and the same text, kept as its
    UTF-8 bytes (``Utf8Text``), never decoded whole into a ``str``."""
    _refuse_nul(data, name)
    bom = BOM.encode("utf-8")
    skipped = len(bom) if data.startswith(bom) else 0
    try:
        text = Utf8Text(data[skipped:] if skipped else data)
    except UnicodeDecodeError as exc:
        raise _not_valid(name, "UTF-8", data, exc.start + skipped) from None
    _refuse_binary(text[:8192], name)
    return text


def _refuse_nul(data: bytes, name: str) -> None:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like binary data (NUL bytes), not text")


def _not_valid(name: str, label: str, data: bytes, at: int) -> InputError:
    return InputError(
        f"{name}: not valid {label} (byte 0x{data[at]:02x} at offset {at}); "
        "convert it to UTF-8 first"
    )


def _refuse_binary(sample: str, name: str) -> None:
    if sample and sum(ch in _BINARY_MARKERS for ch in sample) > max(8, len(sample) // 100):
        raise InputError(f"{name}: looks like binary data (control characters), not text")
