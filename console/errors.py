"""Two kinds of failure: the world's (shown to a user) and ours (a bug).

A :class:`KnownError` is a condition of the environment or the input: a bad
file, a missing libvlc, a network outage. It carries a text fit for a user and
the exit code the command line uses. Anything else is a bug. Its reason may be a
:class:`~console.messages.Message`: the command line prints it in English, the
window translates it (``console.translation.error_text``).
"""

from __future__ import annotations

from console.messages import QT_TRANSLATE_NOOP, Message, Text


class KnownError(Exception):
    """A problem the user can act on; ``text()`` is what we show, ``said()`` what the window translates."""

    exit_code = 2

    def __init__(self, message: Text = "", *args: object) -> None:
        super().__init__(str(message), *args)
        self.message = message

    def said(self) -> Text:
        """The problem as a translatable message (a plain string where nobody translates it)."""
        return self.message if isinstance(self.message, Message) else self.text()

    def text(self) -> str:
        return str(self)


class InputError(KnownError):
    """Bad input from a file: names the file, the line and the reason."""

    def __init__(self, reason: Text, *, path: Text | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        super().__init__(self.said())

    def said(self) -> Message:
        where = self.path or "<input>"
        if self.line is None:
            return QT_TRANSLATE_NOOP("InputError", "{path}: {reason}").format(path=where, reason=self.reason)
        return QT_TRANSLATE_NOOP("InputError", "{path}, line {line}: {reason}").format(
            path=where, line=self.line, reason=self.reason
        )

    def text(self) -> str:
        return str(self.said())


class DatabaseError(KnownError):
    """The database file cannot be used (not ours, corrupt, newer, unreadable)."""


class NotFound(KnownError):
    """A tour, session or other record named by the user does not exist."""
