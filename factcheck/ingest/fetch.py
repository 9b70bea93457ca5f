"""Fetching http(s) URLs with the standard library: a deadline, a size cap, one clear error.

urllib is enough for one GET per source (redirects, proxies from the environment, TLS with
the system's certificates) and adds no dependency; what it lacks, a deadline for the whole
transfer and a size cap, is added here. Every failure becomes one ``InputError`` line.

The socket timeout does not cover the host-name lookup (``getaddrinfo`` blocks for as long
as the system resolver likes), so the request runs in a daemon thread that the caller
stops waiting for at the deadline; a lookup that hangs is abandoned, not waited out.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from factcheck import __version__
from factcheck.errors import InputError
from factcheck.ingest.limits import DEFAULT_MAX_BYTES, gunzip, too_large

USER_AGENT = f"factcheck/{__version__} (claim tracker for fact-checkers; Python urllib)"
DEFAULT_TIMEOUT = 30.0
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """A 2xx response read in full: the URL after redirects, its content type and body."""

    url: str
    final_url: str
    content_type: str
    body: bytes

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()


def is_url(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
          user_agent: str = USER_AGENT) -> Fetched:
    """GET ``url``, following redirects; the whole transfer, host-name lookup included,
    must finish within ``timeout``."""
    outcome: list[Fetched | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_fetch(url, timeout, max_bytes, user_agent))
        except BaseException as exc:  # handed to the caller's thread as it is
            outcome.append(exc)

    worker = threading.Thread(target=run, name=f"factcheck fetch {url}", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise InputError(f"{url}: timed out after {timeout:g} s")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _fetch(url: str, timeout: float, max_bytes: int, user_agent: str) -> Fetched:
    request = urllib.request.Request(url, headers={
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, identity",
    })
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise too_large(url, max_bytes, int(length))
            body = _read_until(response, deadline, timeout, max_bytes, url)
            if response.headers.get("Content-Encoding", "").lower() in ("gzip", "x-gzip"):
                body = gunzip(body, max_bytes, name=url)
            return Fetched(url=url, final_url=response.geturl(),
                           content_type=response.headers.get("Content-Type", ""), body=body)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:  # urllib gives up on a redirect loop with the last 30x
            raise InputError(f"{url}: too many redirects (last: HTTP {exc.code})") from None
        reason = " ".join(str(exc.reason).split())
        raise InputError(f"{url}: HTTP {exc.code} {reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: {_reason(exc.reason, timeout)}") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise InputError(f"{url}: {_reason(exc, timeout)}") from None


def _read_until(response: http.client.HTTPResponse, deadline: float, timeout: float,
                max_bytes: int, url: str) -> bytes:
    """Read the body as it arrives so a trickling server cannot outlast the deadline.

    ``read1`` returns what is there instead of waiting for a full chunk; the socket timeout
    still bounds each wait, so a transfer ends at most one ``timeout`` past the deadline.
    """
    body = bytearray()
    while chunk := response.read1(_CHUNK):
        body += chunk
        if len(body) > max_bytes:
            raise too_large(url, max_bytes)
        if time.monotonic() > deadline:
            raise InputError(f"{url}: timed out after {timeout:g} s")
    return bytes(body)


def _reason(error: object, timeout: float) -> str:
    """Why a request failed, in the words a user would search for."""
    if isinstance(error, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(error, socket.gaierror):
        return "cannot resolve the host name (DNS lookup failed)"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"TLS certificate not trusted ({error.verify_message})"
    if isinstance(error, ssl.SSLError):
        return f"TLS error ({error.reason or error})"
    if isinstance(error, http.client.IncompleteRead):
        return "the server closed the connection before sending the whole body"
    if isinstance(error, http.client.HTTPException):
        return f"bad HTTP response ({type(error).__name__})"
    if isinstance(error, OSError) and error.strerror:
        return f"cannot connect ({error.strerror})"
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
