"""Decoding HTML bytes: real pages declare their charset in several places, and sometimes lie.

Order of evidence, strongest first:

1. a byte-order mark (no page carries one by accident);
2. valid UTF-8 containing non-ASCII bytes: legacy text is practically never valid UTF-8
   by chance, while pages that *declare* ``iso-8859-1`` but serve UTF-8 are common;
3. the declared charset: the HTTP ``Content-Type`` header, then ``<meta charset>``,
   ``<meta http-equiv="Content-Type">`` or an XML declaration;
4. a statistical guess (charset-normalizer);
5. the declared charset or UTF-8 with undecodable bytes replaced, so one bad byte in a long
   article does not cost the whole article.

Labels are mapped as browsers map them (WHATWG Encoding Standard): ``iso-8859-1`` and
``ascii`` mean windows-1252, ``gb2312`` means GB18030, and so on.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Where browsers look for a declaration; real pages put it after long <script> blocks.
_HEAD_SCAN = 64 * 1024

# <meta charset="utf-8">  <meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE
)
# <?xml version="1.0" encoding="windows-1251"?>
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._\-]+)""")
# text/html; charset="Shift_JIS"
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# WHATWG label -> the Python codec a browser would effectively use.
_WHATWG = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "iso-ir-100": "cp1252",
    "cp819": "cp1252", "ibm819": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "chinese": "gb18030",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "korean": "cp949",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "windows-31j": "cp932",
    "big5": "big5hkscs", "x-mac-roman": "mac-roman", "macintosh": "mac-roman",
    # A declaration readable as ASCII cannot be in UTF-16: browsers read it as UTF-8.
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label, or None for a label nobody knows."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _WHATWG.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a ``Content-Type`` header value, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def declared_charset(data: bytes) -> str | None:
    """The charset the markup declares for itself (meta or XML declaration), if any."""
    head = data[:_HEAD_SCAN]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def decode_html(data: bytes, *, transport_charset: str | None = None) -> str:
    """The text of an HTML document's bytes, with the BOM dropped (see the module docstring)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = codec_for(transport_charset) or codec_for(declared_charset(data))
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    guess = from_bytes(data[:_HEAD_SCAN * 4]).best()
    if guess is not None:
        try:
            return data.decode(guess.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode(declared or "utf-8", errors="replace")
