"""The one size cap every source is read under, so no input can exhaust memory.

News articles are kilobytes and a long live blog a few megabytes; anything near the cap is
almost certainly a mistake (a log file, a dump, a gzip bomb), so it is refused with a message
naming the cap rather than read. ``factcheck ingest --max-size`` raises it when needed.
"""

from __future__ import annotations

import errno
import zlib
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import InputError

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MB
_CHUNK = 1024 * 1024


def describe_size(size: int) -> str:
    """``20 MB``, ``1.5 MB``, ``812 bytes``: sizes as a person reads them in an error."""
    if size < MB:
        return f"{size} bytes"
    return f"{size / MB:.1f}".removesuffix(".0") + " MB"


def too_large(name: str, max_bytes: int, size: int | None = None, *,
              decompressed: bool = False) -> InputError:
    """``NAME: is 50 MB, over the 20 MB limit ...``; the name is said once, by the caller."""
    what = f"is {describe_size(size)}, over" if size is not None else "is over"
    after = " once decompressed" if decompressed else ""
    return InputError(
        f"{name}: {what} the {describe_size(max_bytes)} limit{after} (raise it with --max-size)"
    )


def read_capped(stream: BinaryIO, max_bytes: int, *, name: str) -> bytes:
    """Read a whole stream, refusing it once it passes ``max_bytes`` (never holds more)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(name, max_bytes)
    return data


def read_file(path: Path, max_bytes: int, *, name: str) -> bytes:
    """A file's bytes, with the size checked before reading and the usual OS errors made clear."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(name, max_bytes, size)
        with path.open("rb") as stream:
            return read_capped(stream, max_bytes, name=name)  # the file may grow meanwhile
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{name}: broken link (it points to nothing)") from None
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        problem = "a loop of symbolic links (it never reaches a file)" \
            if exc.errno == errno.ELOOP else f"cannot read ({exc.strerror or exc})"
        raise InputError(f"{name}: {problem}") from None


def gunzip(data: bytes, max_bytes: int, *, name: str) -> bytes:
    """Decompress gzip data (all members) without ever inflating past ``max_bytes``.

    A truncated download or a corrupt file becomes an ``InputError``, not an ``EOFError``
    from deep inside :mod:`gzip`.
    """
    out = bytearray()
    rest = data
    try:
        while rest:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while True:
                out += inflater.decompress(rest, max_bytes + 1 - len(out))
                if len(out) > max_bytes:
                    raise too_large(name, max_bytes, decompressed=True)
                rest = inflater.unconsumed_tail
                if inflater.eof or not rest:
                    break
            if not inflater.eof:
                raise InputError(f"{name}: truncated gzip data (the file ends mid-stream)")
            rest = inflater.unused_data.lstrip(b"\x00")  # padding after the last member
    except zlib.error as exc:
        raise InputError(f"{name}: not valid gzip data ({exc})") from None
    return bytes(out)


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"

