"""Plain text sources: strict UTF-8, BOM stripped, line endings kept exactly as read."""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.errors import InputError

BOM = "\ufeff"
# Control characters that never occur in real text; a few of them mean binary data.
_BINARY_MARKERS = frozenset(chr(c) for c in (*range(0x00, 0x08), *range(0x0E, 0x20), 0x7F))


def decode_text(data: bytes, *, name: str = "input") -> str:
    """Decode UTF-8 bytes into the text that every offset indexes.

    The only change made is dropping a leading byte-order mark; CRLF and every other
    character stay, so spans reported later slice the same text a reader sees.
    """
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first"
        ) from None
    if text.startswith(BOM):
        text = text[1:]
    sample = text[:8192]
    if sample and sum(ch in _BINARY_MARKERS for ch in sample) > max(8, len(sample) // 100):
        raise InputError(f"{name}: looks like binary data (control characters), not text")
    return text


def read_text(location: str) -> tuple[str, str]:
    """Read a text file, or standard input for ``-``; returns ``(name, text)``."""
    if location == "-":
        return "<stdin>", decode_text(sys.stdin.buffer.read(), name="<stdin>")
    path = Path(location)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{location}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{location}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{location}: cannot read ({exc.strerror or exc})") from None
    return path.name, decode_text(data, name=location)
