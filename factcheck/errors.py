"""Errors that end a command with one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations


class FactcheckError(Exception):
    """A problem the user can act on. ``exit_code`` follows the CLI's conventions."""

    exit_code = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(FactcheckError):
    """Input that cannot be read as text: binary data, a wrong encoding, a missing file."""

    exit_code = 2
