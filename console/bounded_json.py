"""JSON from a source we do not control, read with a depth limit (``json.loads`` recurses once a level).

A server answering ``[[[[…`` 100,000 deep makes Python's parser raise ``RecursionError`` (or, on a thread with
a small stack, crash): not a ``ValueError``, so it escaped every ``except ValueError`` around it. Here the
nesting is measured first, outside strings and at C speed, and refused past ``max_depth``.

Plain Python, no Qt: one small loader that any reader of untrusted JSON can share.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from console.messages import QT_TRANSLATE_NOOP

MAX_DEPTH = 64  # no answer a viewer source sends nests deeper than a handful of levels
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_OPEN_CLOSE = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))


class JsonRefused(ValueError):
    """The text is not JSON we read: malformed, nested too deep, or a number too long. ``str()`` says why."""


def nesting_depth(data: bytes, limit: int = MAX_DEPTH) -> int:
    """How deep arrays and objects nest in ``data`` (not counting brackets in strings), up to ``limit + 1``.

    Each pass removes the innermost pairs (``[]`` once strings, everything but brackets, and braces are gone),
    so a tree as deep as ``limit`` is gone after ``limit`` passes, each at C speed; a run of openings deeper
    than what is left of ``limit`` ends it at once. Brackets that never close (malformed text) count too:
    they deepen everything after them.
    """
    brackets = _STRING.sub(b"", data).translate(_OPEN_CLOSE, _NOT_BRACKETS)
    depth = 0
    while brackets and depth <= limit:
        if b"[" * (limit + 1 - depth) in brackets:  # a run of openings that deep: no need to peel it
            return limit + 1
        shorter = brackets.replace(b"[]", b"")
        if len(shorter) == len(brackets):  # unbalanced: what is left is "]]]...[[["
            return depth + brackets.count(b"[")
        brackets, depth = shorter, depth + 1
    return depth


def load_json_bounded(data: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads(data)``, or :class:`JsonRefused` with the reason: malformed, deeper than ``max_depth``,
    or a number past Python's digit limit. Never ``RecursionError``."""
    raw = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data
    if nesting_depth(raw, max_depth) > max_depth:
        raise JsonRefused(
            QT_TRANSLATE_NOOP("Json", "JSON nested deeper than {depth} levels").format(depth=max_depth)
        )
    try:
        return json.loads(raw)
    except UnicodeDecodeError:
        raise JsonRefused(QT_TRANSLATE_NOOP("Json", "not JSON (not UTF-8 text)")) from None
    except json.JSONDecodeError as error:
        raise JsonRefused(
            QT_TRANSLATE_NOOP("Json", "not JSON ({msg} at line {line} column {column})").format(
                msg=error.msg, line=error.lineno, column=error.colno
            )
        ) from None
    except (ValueError, RecursionError):  # an integer past Python's digit limit (or the depth check's net)
        limit = sys.get_int_max_str_digits()
        raise JsonRefused(
            QT_TRANSLATE_NOOP(
                "Json", "not JSON we read (a number over {limit} digits, or nested too deep)"
            ).format(limit=limit)
        ) from None
