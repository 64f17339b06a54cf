"""Durations as producers write them (``90s``, ``6m``, ``1h30m``, ``7m 30s``, ``1:30:00``, ``6:30``)."""

from __future__ import annotations

import re

_UNIT_SECONDS = {"h": 3600, "m": 60, "s": 1}
_UNITS = re.compile(r"(\d+(?:\.\d+)?)\s*(hours?|hrs|hr|h|minutes?|mins|min|m|seconds?|secs|sec|s)", re.I)
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})$")


def parse_duration(text: str) -> int:
    """Return whole seconds, or raise ``ValueError`` with a reason a producer understands.

    ``6:30`` is minutes and seconds; ``1:30:00`` is hours, minutes and seconds.
    A bare number is minutes, the unit a run-sheet uses.
    """
    raw = text.strip()
    if not raw:
        raise ValueError("the duration is empty")
    if raw.isdigit():
        return int(raw) * 60
    clock = _CLOCK.match(raw)
    if clock:
        hours, minutes, seconds = clock.groups()
        if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
            raise ValueError(f"'{raw}' is not a valid time: minutes and seconds go up to 59")
        return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    total = 0.0
    position = 0
    compact = raw.replace(" ", "")
    for match in _UNITS.finditer(compact):
        if match.start() != position:
            break
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2)[0].lower()]
        position = match.end()
    if position != len(compact) or position == 0:
        raise ValueError(f"'{raw}' is not a duration; write it like 90s, 6m, 7m 30s, 1h30m, 6:30 or 1:30:00")
    return round(total)


def parse_positive_duration(text: str) -> int:
    """:func:`parse_duration` for what must take time (a stop, a slot): zero is refused too."""
    seconds = parse_duration(text)
    if seconds <= 0:
        raise ValueError("must be longer than zero")
    return seconds


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
