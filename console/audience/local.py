"""Sources without network: a number in a text file another tool rewrites, and the rehearsal simulator."""

from __future__ import annotations

import math
import os
import random
import stat

from console.audience.platforms import BadAnswer, Reading, failure, sample, viewer_count
from console.audience.specs import SourceSpec
from console.errors import InputError
from console.files import NotARegularFile, not_a_file_reason, read_regular_file
from console.messages import QT_TRANSLATE_NOOP
from console.show.viewers import ViewerState

FILE_CAP_BYTES = 64 * 1024
_WORD_STATES: dict[str, ViewerState] = {"hidden": "hidden", "ended": "ended", "offline": "offline"}


def read_file(spec: SourceSpec, at: float) -> Reading:
    """The number in the file (``12345``, ``12,345``), or a state word (hidden, ended, offline)."""
    try:
        raw = read_regular_file(spec.target, FILE_CAP_BYTES)
    except NotARegularFile as error:
        return failure(
            spec,
            at,
            QT_TRANSLATE_NOOP("ViewerSource", "cannot read the file: {reason}, not a regular file").format(
                reason=error.reason
            ),
        )
    except OverflowError:
        return failure(
            spec,
            at,
            QT_TRANSLATE_NOOP("ViewerSource", "bad answer: the file is larger than {kilobytes} KB").format(
                kilobytes=FILE_CAP_BYTES // 1024
            ),
        )
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        return failure(
            spec,
            at,
            QT_TRANSLATE_NOOP("ViewerSource", "cannot read the file ({reason})").format(
                reason=getattr(error, "strerror", None) or error
            ),
        )
    text = raw.decode("utf-8", errors="replace").strip()
    if not text:
        return failure(spec, at, QT_TRANSLATE_NOOP("ViewerSource", "bad answer: the file is empty"))
    word = text.lower()
    if word in _WORD_STATES:
        return Reading(sample(spec, at, _WORD_STATES[word]))
    try:
        return Reading(sample(spec, at, "live", viewer_count(text, "the file")))
    except BadAnswer as error:
        return failure(spec, at, QT_TRANSLATE_NOOP("ViewerSource", "bad answer: {error}").format(error=error))


def refuse_special_file(path: str, where: str) -> None:
    """An :class:`InputError` if ``path`` exists and is not a regular file (``stat`` opens nothing)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return  # missing or unreadable: the read says so, as it would in the window
    if not stat.S_ISREG(mode):
        raise InputError(
            QT_TRANSLATE_NOOP("ViewerSource", "{reason}, not a regular file holding the viewer count").format(
                reason=not_a_file_reason(mode)
            ),
            path=where,
        )


class DemoSimulator:
    """A believable audience for rehearsals: rises to about 380,000 in the first minute, then drifts.

    The drift is a mean-reverting random walk, so the number wanders (and crosses the default milestones)
    the way a real audience does, without running away. Seeded, so a test can replay it.
    """

    TARGET = 380_000

    def __init__(self, start: float, seed: int | None = None) -> None:
        self.start = start
        self._random = random.Random(seed)
        self._drift = 0.0
        self._last_at = start

    def value(self, at: float) -> int:
        elapsed = max(0.0, at - self.start)
        step = max(0.0, at - self._last_at)
        self._last_at = max(self._last_at, at)
        # Mean-reverting noise: pulled back towards 0 while the kicks add up with time.
        self._drift += -self._drift * min(1.0, step / 120.0) + self._random.gauss(
            0.0, 1.0
        ) * 900.0 * math.sqrt(step)
        rise = 1.0 - math.exp(-elapsed / 14.0)  # 98% of the way by the first minute
        jitter = self._random.gauss(0.0, 1.0) * 250.0
        return max(0, round(self.TARGET * rise + self._drift * rise + jitter * rise))

    def read(self, spec: SourceSpec, at: float) -> Reading:
        return Reading(sample(spec, at, "live", self.value(at)))
