"""Command palette entries for every action of the current screen.

Each screen lists its commands as ``(title, help, action)`` in ``PALETTE``; the action is
the same action string its key binding runs, so a key and its palette entry cannot drift
apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

PaletteEntry = tuple[str, str, str]


def palette_entries(screen: Any) -> Iterator[tuple[str, str, Any]]:
    """(title, help, callback) of the screen's commands."""
    entries: list[PaletteEntry] = list(getattr(screen, "PALETTE", ()))
    for title, help_text, action in entries:
        yield title, help_text, partial(screen.run_action, action)


class FactcheckCommands(Provider):
    """The current screen's actions, by name."""

    async def discover(self) -> Hits:
        for title, help_text, callback in palette_entries(self.screen):
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in palette_entries(self.screen):
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
