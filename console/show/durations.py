"""Durations as producers write them (``90s``, ``6m``, ``1h30m``, ``7m 30s``, ``1:30:00``, ``6:30``)."""

from __future__ import annotations

import math
import re

from console.messages import QT_TRANSLATE_NOOP, Text
from console.show.limits import MAX_SLOT_S, MAX_STOP_S

_UNIT_SECONDS = {"h": 3600, "m": 60, "s": 1}
# ASCII digits only, as for a bare number: "٣m" and "٣:٠٠" were durations while "٣" was not.
_UNITS = re.compile(
    r"(\d+(?:\.\d+)?)\s*(hours?|hrs|hr|h|minutes?|mins|min|m|seconds?|secs|sec|s)", re.I | re.ASCII
)
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})$", re.ASCII)
# "1h 30m 15s" and "168:00:00" are short: a longer text is no duration, and is never turned into a number.
_LONGEST_TEXT = 40


def parse_duration(text: str) -> int:
    """Return whole seconds, or raise ``ValueError`` with a reason a producer understands.

    ``6:30`` is minutes and seconds; ``1:30:00`` is hours, minutes and seconds.
    A bare number is minutes, the unit a run-sheet uses. Nothing longer than the longest slot
    (:data:`~console.show.limits.MAX_SLOT_S`) is a duration: ``100000000000000000`` or ``1e400``-sized
    digit runs are refused here, before they can become a number no database holds.
    """
    raw = text.strip()
    if not raw:
        raise ValueError(QT_TRANSLATE_NOOP("Durations", "the duration is empty"))
    if len(raw) > _LONGEST_TEXT:
        raise ValueError(
            QT_TRANSLATE_NOOP("Durations", "'{text}…' is not a duration: far too long").format(text=raw[:20])
        )
    if raw.isascii() and raw.isdigit():  # "²" is a digit to isdigit(), and no number to int()
        return _within(int(raw) * 60, raw)
    clock = _CLOCK.match(raw)
    if clock:
        hours, minutes, seconds = clock.groups()
        if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Durations", "'{text}' is not a valid time: minutes and seconds go up to 59"
                ).format(text=raw)
            )
        return _within(int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds), raw)
    total = 0.0
    position = 0
    compact = raw.replace(" ", "")
    for match in _UNITS.finditer(compact):
        if match.start() != position:
            break
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2)[0].lower()]
        position = match.end()
    if position != len(compact) or position == 0:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Durations",
                "'{text}' is not a duration; write it like 90s, 6m, 7m 30s, 1h30m, 6:30 or 1:30:00",
            ).format(text=raw)
        )
    return _within(total, raw)


def _within(seconds: float, raw: str) -> int:
    if not math.isfinite(seconds) or seconds > MAX_SLOT_S:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Durations", "'{text}' is too long: nothing in a show lasts more than {limit}"
            ).format(text=raw, limit=spoken_limit(MAX_SLOT_S))
        )
    return round(seconds)


def parse_positive_duration(text: str, *, at_most_s: int = MAX_STOP_S) -> int:
    """:func:`parse_duration` for what must take time: zero is refused, and so is anything above
    ``at_most_s`` (a stop's limit unless told otherwise: pass ``MAX_SLOT_S`` for a slot)."""
    seconds = parse_duration(text)
    if seconds <= 0:
        raise ValueError(QT_TRANSLATE_NOOP("Durations", "must be longer than zero"))
    if seconds > at_most_s:
        raise ValueError(
            QT_TRANSLATE_NOOP("Durations", "{duration} is too long: at most {limit}").format(
                duration=format_duration(seconds), limit=spoken_limit(at_most_s)
            )
        )
    return seconds


def spoken_limit(seconds: int) -> Text:
    """A limit as the README says it: ``24h``, ``7 days`` (``str()`` it for English)."""
    days, rest = divmod(seconds, 86400)
    if days > 1 and not rest:
        return QT_TRANSLATE_NOOP("Durations", "{days} days").format(days=days)
    return format_duration(seconds)


def format_duration(seconds: float) -> str:
    """A duration for a run-sheet and for re-import: ``6m``, ``7m 30s``, ``1h 30m``."""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h"] if hours else []
    if minutes:
        parts.append(f"{minutes}m")
    if secs or not parts:
        parts.append(f"{secs}s")
    return " ".join(parts)


def format_clock(seconds: float) -> str:
    """A clock face: ``0:07``, ``12:05``, ``1:02:09`` (no sign)."""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_signed(seconds: float) -> str:
    """Over/under as the clock shows it: ``+1:30`` over, ``−0:45`` under."""
    sign = "+" if seconds > 0.5 else "−" if seconds < -0.5 else "±"
    return f"{sign}{format_clock(seconds)}"
