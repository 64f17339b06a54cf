"""The boundary where the domain's messages become the window's language.

The domain (show, formats, store, audience, camera) says things as :class:`~console.messages.Message` (an
English ``str`` that knows its template); the
services and widgets that put them on screen pass them through :func:`translated`, which looks the template
up in Qt's installed translators and fills in the arguments, themselves translated. A plain string (a file
name, SQLite's own words) passes through as it is.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from console.messages import Message, reason_of

log = logging.getLogger(__name__)


def translated(said: str) -> str:
    """``said`` in the window's language when it is a Message (English where no translator knows it)."""
    if not isinstance(said, Message):
        return str(said)
    template = QCoreApplication.translate(said.context, said.template)
    args = {name: translated(value) if isinstance(value, Message) else value for name, value in said.args}
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost or misspelt a placeholder
        log.warning("the translation of %r does not fit its arguments", said.template)
        return str(said)


def error_text(error: BaseException) -> str:
    """What ``error`` says, in the window's language: a KnownError's message, or a ValueError's when the
    domain raised it with one (``ValueError(Message)``: a duration a producer typed); else its own text."""
    return translated(reason_of(error))
