"""Turning a live-blog time line into a sortable point in time, when its format is known.

The line as printed is always kept (``posts.time``); this only fills ``posts.posted_at``
so that the TUI can sort posts by time across sources. Unknown formats give None.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Abbreviations seen on English-language live blogs, mapped to the zone they stand for.
_ZONES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "GMT": "Europe/London", "BST": "Europe/London", "UTC": "UTC",
    "CET": "Europe/Paris", "CEST": "Europe/Paris",
}

# "1:02 p.m. ET, January 21, 2022" (CNN); "Updated 9:06 p.m. ET, January 21, 2022"
_CNN = re.compile(
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>[ap])\.?\s*m\.?\s+(?P<zone>[A-Z]{2,4}),?\s+"
    r"(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
}


def parse_post_time(line: str | None) -> datetime | None:
    """``"1:02 p.m. ET, January 21, 2022"`` -> 2022-01-21 18:02 UTC; None if unknown."""
    if not line:
        return None
    match = _CNN.search(line)
    if match is None:
        return None
    month = _MONTHS.get(match["month"].lower())
    zone_name = _ZONES.get(match["zone"])
    if month is None or zone_name is None:
        return None
    hour = int(match["hour"]) % 12 + (12 if match["ampm"] == "p" else 0)
    try:
        zone = ZoneInfo(zone_name)
        return datetime(
            int(match["year"]), month, int(match["day"]), hour, int(match["minute"]), tzinfo=zone
        )
    except (ValueError, ZoneInfoNotFoundError):
        return None
