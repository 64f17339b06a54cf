"""What one line of text may hold, shared by the formats (which refuse the rest) and chat (which flattens it).

A one-line field holds no line break and no control character but tab, no NUL and no lone surrogate
(SQLite cannot store one). The formats refuse a tour field that breaks this with the file and line
(``console.formats.text.clean_field``); text from strangers (chat) is bounded with :func:`one_line` instead.
"""

from __future__ import annotations

import re

NOT_IN_ONE_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(value: str, limit: int) -> str:
    """``value`` fit for one line: every character a one-line field refuses becomes a space, runs of
    spaces one, at most ``limit`` characters (an ellipsis marks a cut)."""
    flat = " ".join(NOT_IN_ONE_LINE.sub(" ", value).split())
    return flat if len(flat) <= limit else flat[: max(0, limit - 1)].rstrip() + "…"
