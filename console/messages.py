"""Sentences the domain says to a person, kept translatable without Qt.

The formats, the store and the show assemble reasons ("notes.md, line 12: unknown field 'durée'") far below
the window, where Qt may not be imported. Rather than a bare English string they build a :class:`Message`:
a ``str`` whose value is the English sentence (so the command line, the logs, the database and every caller
that reads it as text see exactly what they saw before) and which also carries the context and template
Qt's translators know it by, and its arguments: plain values or nested messages, such as the reason inside
"FILE, line N: REASON". The window translates it at the boundary (``console.translation.translated``).

Write every template as ``QT_TRANSLATE_NOOP("Context", "a literal template with {names}")`` and fill it with
``.format(name=value)``: ``pyside6-lupdate`` finds such calls by name in any Python file (one literal, or
adjacent literals; never an f-string, and the call takes exactly these two arguments). Editing the string
(``+``, ``%``, ``.replace``) gives a plain ``str``: English, no longer translatable.
"""

from __future__ import annotations

Arg = str | int | float  # a Message is a str


class Message(str):
    """A translatable sentence: its value is the English text; ``context``, ``template`` and ``args`` are
    what the window translates (see the module's docstring)."""

    context: str
    template: str
    args: tuple[tuple[str, Arg], ...]

    def __new__(cls, context: str, template: str, args: tuple[tuple[str, Arg], ...] = ()) -> Message:
        try:
            english = template.format(**dict(args))
        except (KeyError, IndexError):  # a template whose arguments are still to come (.format)
            english = template
        said = super().__new__(cls, english)
        said.context, said.template, said.args = context, template, args
        return said

    def format(self, **args: object) -> Message:  # type: ignore[override]  # names only, and a Message back
        """This message with ``args`` filled in: in English as a ``str``, translated by the window.

        Numbers and messages are kept as they are; an exception gives its message (:func:`reason_of`);
        anything else (a path, None) its ``str()``, exactly what an f-string would have shown.
        """
        filled = tuple((name, _arg(value)) for name, value in args.items())
        return Message(self.context, self.template, self.args + filled)

    def __reduce__(self) -> tuple[type[Message], tuple[str, str, tuple[tuple[str, Arg], ...]]]:
        return Message, (self.context, self.template, self.args)


Text = str  # where a Message is welcome: any str, translated by the window when it is a Message


def reason_of(error: BaseException) -> str:
    """What ``error`` says, a Message where it has one: a KnownError's ``said()``, the Message a ValueError
    was raised with (a duration a producer typed), else its English text."""
    said = getattr(error, "said", None)
    if callable(said):
        found = said()
        if isinstance(found, str):
            return found
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)


def _arg(value: object) -> Arg:
    if isinstance(value, str | float) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, BaseException):
        return reason_of(value)
    return str(value)


# Named as Qt names it: pyside6-lupdate looks for this name.
def QT_TRANSLATE_NOOP(context: str, template: str) -> Message:
    """Mark ``template`` for translation in ``context`` (read by pyside6-lupdate) and make it a Message."""
    return Message(context, template)
