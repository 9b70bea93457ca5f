"""Database URLs as people write them: read the way libpq reads them, shown without secrets.

Two forms besides an SQLite file path reach ``--db``: a URL
(``postgresql://desk:pw@db.example/claims``) and a libpq connection string
(``host=db.example dbname=claims user=desk``), which is read as PostgreSQL. A password
can sit in the URL's user part, in a ``password=`` query parameter or in the connection
string; ``describe_url`` shows each as ``***`` and ``scrub`` takes them out of any
message, a driver's error included.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import parse_qsl, quote, quote_plus, unquote

from sqlalchemy import URL

# The libpq keywords that carry a secret (libpq docs, "Parameter Key Words").
SECRET_KEYS: Final = frozenset({"password", "sslpassword"})
MASK: Final = "***"

# "postgresql+psycopg://..." -> the scheme, and the rest after "://".
_SCHEME = re.compile(r"(?P<scheme>[\w+]+)://(?P<rest>.*)\Z", re.DOTALL)
# The user part as SQLAlchemy reads it, up to the first "@": "desk:p@" of "desk:p@ss@host/c".
_USERINFO = re.compile(r"[^:/?@]*(?::[^@]*)?@")
# The host and port, before the database ("/claims") or the query ("?sslmode=require").
_HOST_PART = re.compile(r"[^/?]*")
# A libpq connection string starts with a keyword and "=": "host=db.example dbname=claims".
# Any case, so that "HOST=x PASSWORD=y" is refused as a bad keyword, not made a file name.
_CONNINFO = re.compile(r"\s*[a-z_]+\s*=", re.IGNORECASE)
# psycopg's words for a keyword libpq does not know: 'invalid connection option "hots"'.
_UNKNOWN_KEYWORD = re.compile(r'invalid connection option "(\w+)"')


class BadDatabaseURL(ValueError):
    """The text cannot be a database URL; the message says what is wrong, never a secret."""


def parse_url(text: str) -> URL:
    """Read ``scheme://user:password@host:port/database?query`` as SQLAlchemy does, except
    that the *last* ``@`` before the host ends the user part, as in libpq and browsers:
    ``desk:p@ssW0rd@db.example`` is user ``desk``, password ``p@ssW0rd``. The user and
    password may be percent-encoded (``p%40ss``)."""
    match = _SCHEME.match(text)
    if match is None:
        raise BadDatabaseURL("it does not start with a scheme such as postgresql://")
    scheme, rest = match["scheme"], match["rest"]
    username = password = None
    if userinfo_match := _USERINFO.match(rest):
        userinfo, rest = rest[: userinfo_match.end() - 1], rest[userinfo_match.end():]
        host_part = _HOST_PART.match(rest).group()  # type: ignore[union-attr]
        if "@" in host_part:  # "p@ssW0rd@db.example": the password held an "@"
            at = host_part.rindex("@")
            userinfo, rest = f"{userinfo}@{rest[:at]}", rest[at + 1:]
        user, colon, secret = userinfo.partition(":")
        username = unquote(user)
        password = unquote(secret) if colon else None
    host_part = _HOST_PART.match(rest).group()  # type: ignore[union-attr]
    host, port = _host_and_port(host_part)
    tail = rest[len(host_part):]
    database_part, question, query_text = tail.partition("?")
    database = unquote(database_part[1:]) if database_part.startswith("/") else None
    query: dict[str, str | list[str]] = {}
    for key, value in parse_qsl(query_text) if question else ():
        existing = query.get(key)
        if existing is None:
            query[key] = value
        else:
            query[key] = [*([existing] if isinstance(existing, str) else existing), value]
    return URL.create(scheme, username=username or None, password=password, host=host,
                      port=port, database=database, query=query)


def _host_and_port(text: str) -> tuple[str | None, int | None]:
    """``db.example:5433`` -> (host, port); ``[::1]:5433`` for an IPv6 address."""
    if "," in text:
        raise BadDatabaseURL(
            "several hosts are written in the query: ?host=db1:5432&host=db2:5432"
        )
    if text.startswith("["):
        close = text.find("]")
        if close < 0:
            raise BadDatabaseURL("the host's '[' is not closed (an IPv6 host is written [::1])")
        host, after = text[1:close], text[close + 1:]
        if after and not after.startswith(":"):
            raise BadDatabaseURL(f"unexpected {after!r} after the IPv6 host [{host}]")
        port = after[1:]
    else:
        host, _, port = text.partition(":")
        if "[" in host or "]" in host:
            raise BadDatabaseURL(f"the host {host!r} has a stray bracket "
                                 "(an IPv6 host is written [::1])")
    if not port:
        return host or None, None
    if not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        raise BadDatabaseURL(f"the port {port!r} is not a number from 1 to 65535")
    return host or None, int(port)


def is_conninfo(text: str) -> bool:
    """Whether ``text`` is a libpq ``key=value`` connection string rather than a file path.
    A file whose name starts like one is still reachable as ``./host=x``."""
    return "://" not in text and _CONNINFO.match(text) is not None


def conninfo_url(text: str, *, drivername: str = "postgresql+psycopg") -> URL:
    """A libpq connection string as the URL it stands for: user, password, a single host
    and port and dbname go where a URL has them, every other keyword into the query (the
    psycopg dialect hands the query to libpq as it is)."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = {key: str(value) for key, value in conninfo_to_dict(text).items()}
    except ProgrammingError as exc:  # its words can quote a password: never shown as such
        if unknown := _UNKNOWN_KEYWORD.search(str(exc)):
            raise BadDatabaseURL(
                f"{unknown.group(1)!r} is not a PostgreSQL connection keyword (an SQLite "
                "file whose name has an '=' is written ./NAME)"
            ) from None
        raise BadDatabaseURL(
            "cannot read the key=value connection string (quote a value that has spaces "
            "or quotes: password='a b')"
        ) from None
    host = params.get("host", "")
    port = params.get("port", "")
    single = "," not in host + port and not host.startswith("/") and (not port or port.isdigit())
    if single:
        params.pop("host", None)
        params.pop("port", None)
    return URL.create(
        drivername,
        username=params.pop("user", None), password=params.pop("password", None),
        host=(host or None) if single else None, port=int(port) if single and port else None,
        database=params.pop("dbname", None), query=params,
    )


def describe_url(url: URL) -> str:
    """The URL as it may be shown: its password and secret query parameters as ``***``."""
    bare = url.set(query={})
    if bare.password is not None and bare.username is None:
        bare = bare.set(username="")  # SQLAlchemy would leave the password out unsaid
    shown = bare.render_as_string(hide_password=True)
    pairs = []
    for key in sorted(url.query):
        values = url.query[key]
        for value in (values,) if isinstance(values, str) else values:
            shown_value = MASK if key.lower() in SECRET_KEYS else quote_plus(value)
            pairs.append(f"{quote_plus(key)}={shown_value}")
    # A secret repeated elsewhere (a database named like the password) is masked there too.
    return scrub(shown + ("?" + "&".join(pairs) if pairs else ""), url)


def secrets(url: URL) -> list[str]:
    """Every secret the URL carries, longest first."""
    found = [url.password] if url.password else []
    for key, values in url.query.items():
        if key.lower() in SECRET_KEYS:
            found += [v for v in ((values,) if isinstance(values, str) else values) if v]
    return sorted({str(secret) for secret in found}, key=len, reverse=True)


def scrub(message: str, url: URL) -> str:
    """``message`` with each secret of ``url`` (as written, or percent-encoded) replaced by
    ``***``; only whole words, so that a short password does not garble the message."""
    for secret in secrets(url):
        for form in dict.fromkeys((secret, quote(secret, safe=""), quote_plus(secret))):
            before = r"(?<!\w)" if re.match(r"\w", form) else ""
            after = r"(?!\w)" if re.search(r"\w\Z", form) else ""
            message = re.sub(before + re.escape(form) + after, MASK, message)
    return message
