"""Two kinds of failure: the world's (shown to a user) and ours (a bug).

A :class:`KnownError` is a condition of the environment or the input: a bad
file, a missing libvlc, a network outage. It carries a text fit for a user and
the exit code the command line uses. Anything else is a bug.
"""

from __future__ import annotations


class KnownError(Exception):
    """A problem the user can act on; ``text()`` is what we show."""

    exit_code = 2

    def text(self) -> str:
        return str(self)


class InputError(KnownError):
    """Bad input from a file: names the file, the line and the reason."""

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        super().__init__(self.text())

    def text(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}, line {self.line}"
        return f"{where}: {self.reason}"


class DatabaseError(KnownError):
    """The database file cannot be used (not ours, corrupt, newer, unreadable)."""


class NotFound(KnownError):
    """A tour, session or other record named by the user does not exist."""
