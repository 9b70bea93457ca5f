"""Telling a live blog from an article by its post time stamps.

A live blog is a page of short posts, each headed by a line that is only a time stamp;
the sample CNN blog heads its posts with ``1:02 p.m. ET, January 21, 2022``. An article
may mention a time in passing, never on a line of its own several times over.
"""

from __future__ import annotations

import re

# A line that is only a clock time, as live blogs stamp their posts:
#   "1:02 p.m. ET, January 21, 2022"   "9:41 AM GMT"   "14:05 CET"   "10:30 a.m."
# "Updated 9:06 p.m. ET, ..." is the page's own stamp, not a post's, so it does not count.
POST_TIME_STAMP = re.compile(
    r"""^[ \t]*
    \d{1,2}:\d{2}                                   # 1:02, 14:05
    (?:[ \t]*(?:[ap]\.m\.|[ap]m|[AP]M|[AP]\.M\.))?  # p.m., AM
    (?:[ \t]+[A-Z]{2,5})?                           # ET, GMT, CEST
    (?:,?[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4})?  # , January 21, 2022
    [ \t]*\r?$""",
    re.MULTILINE | re.VERBOSE,
)
_CLOCK_ONLY = re.compile(r"^[ \t]*\d{1,2}:\d{2}[ \t]*\r?$", re.MULTILINE)

MIN_POSTS = 3


def looks_like_liveblog(text: str) -> bool:
    """True when at least ``MIN_POSTS`` lines are post time stamps.

    A bare ``12:30`` must carry an am/pm, a time zone or a date to count: on its own it is
    as likely a score or a verse reference as a post time.
    """
    count = 0
    for match in POST_TIME_STAMP.finditer(text):
        if _CLOCK_ONLY.fullmatch(match.group()):
            continue
        count += 1
        if count >= MIN_POSTS:
            return True
    return False
