"""YouTube chapters from the stop arrivals (Twitch takes the same list).

YouTube's rules: the first chapter starts at 0:00, there are at least three, each lasts at least 10 seconds,
and they go up in time, all on the whole seconds the lines show (so the rules are checked on what YouTube
reads, not on fractions it never sees). Times count from the stream's start, which may differ from the
go-live. What came before the stream started belongs to the first chapter. A visit shorter than 10 seconds
merges into the chapter before it (the first one into the one after it), and two neighbours with the same
title become one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from console.show.durations import format_clock
from console.show.session import Session

MIN_CHAPTER_S = 10.0
MIN_CHAPTERS = 3


@dataclass(frozen=True)
class Chapter:
    start_s: int  # whole seconds from the stream's start
    title: str

    def line(self) -> str:
        """``0:00 Title``, the way YouTube reads it from a description."""
        return f"{format_clock(self.start_s)} {' '.join(self.title.split())}"


def chapters(session: Session, stream_start: float, end: float | None) -> list[Chapter]:
    """The chapters, following the rules above; ``end`` is the show's end (None: unknown, a crash)."""
    titles = session.tour.stops
    marks = [
        Chapter(math.floor(arrival.at - stream_start), titles[arrival.stop_index].title)
        for arrival in session.arrivals
        if 0 <= arrival.stop_index < len(titles)
    ]
    started = [mark for mark in marks if mark.start_s <= 0]
    later = [mark for mark in marks if mark.start_s > 0]
    opening = started[-1] if started else (later.pop(0) if later else None)
    found = ([Chapter(0, opening.title)] if opening else []) + later
    last_s = math.inf if end is None else math.floor(end - stream_start)
    while True:
        found = _same_titles_joined(found)
        short = next(
            (
                index
                for index, chapter in enumerate(found)
                if _following(found, index, last_s) - chapter.start_s < MIN_CHAPTER_S
            ),
            None,
        )
        if short is None or len(found) < 2:
            return found
        if short == 0:
            found = [Chapter(0, found[1].title), *found[2:]]
        else:
            del found[short]


def _following(found: list[Chapter], index: int, last_s: float) -> float:
    return found[index + 1].start_s if index + 1 < len(found) else last_s


def _same_titles_joined(found: list[Chapter]) -> list[Chapter]:
    joined: list[Chapter] = []
    for chapter in found:
        if not joined or joined[-1].title != chapter.title:
            joined.append(chapter)
    return joined
