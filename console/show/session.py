"""One broadcast of a tour, as a log of what happened and when.

The session keeps only events (went live, arrived at a stop, ended, notes) with
wall-clock timestamps in epoch seconds. Visits, the current stop and every figure
of the show clock are derived from them, so a resumed session is exactly the one
that crashed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from console.show.tour import Tour

SessionKind = Literal["live", "rehearsal"]


@dataclass(frozen=True)
class Arrival:
    """The guide arrived at stop ``stop_index`` at ``at``."""

    stop_index: int
    at: float


@dataclass(frozen=True)
class StopVisit:
    """A stretch of time spent at one stop; ``left`` is None while the guide is still there."""

    stop_index: int
    arrived: float
    left: float | None

    def duration(self, now: float) -> float:
        return (self.left if self.left is not None else now) - self.arrived


@dataclass(frozen=True)
class Note:
    """A line the guide or producer wrote (or an empty mark) at a moment of the show."""

    at: float
    text: str
    stop_index: int | None = None
    show_s: float | None = None
    viewers: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class LanguageSwitch:
    """The guide switched the talking points to ``language`` at ``at`` (``show_s`` into the show)."""

    at: float
    language: str
    show_s: float | None = None


@dataclass(frozen=True)
class Adoption:
    """The guide (or producer) adopted the time-rescue advice at ``at``: per stop index, its target and
    whether it is skipped. No targets: the adoption before was reverted."""

    at: float
    targets: tuple[tuple[int, int, bool], ...] = ()
    show_s: float | None = None


@dataclass
class Session:
    """One broadcast (or rehearsal) of ``tour``. The tour is the one as it was at go-live."""

    tour: Tour
    kind: SessionKind = "live"
    created_at: float = 0.0
    went_live_at: float | None = None
    ended_at: float | None = None
    arrivals: list[Arrival] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    language_switches: list[LanguageSwitch] = field(default_factory=list)
    id: int | None = None
    adoptions: list[Adoption] = field(default_factory=list)

    @property
    def adopted(self) -> dict[int, tuple[int, bool]]:
        """The targets in force: the last adoption's, ``{index: (target_s, skip)}`` (empty: none)."""
        if not self.adoptions:
            return {}
        return {index: (target, skip) for index, target, skip in self.adoptions[-1].targets}

    @property
    def talking_points_language(self) -> str:
        """The content language on air now: the last switch, else the tour's main language."""
        return self.language_switches[-1].language if self.language_switches else self.tour.main_language

    @property
    def is_live(self) -> bool:
        return self.went_live_at is not None and self.ended_at is None

    @property
    def current_index(self) -> int | None:
        return self.arrivals[-1].stop_index if self.arrivals else None

    def show_time(self, at: float) -> float | None:
        """Seconds since go-live at wall time ``at``; None before the show starts."""
        return None if self.went_live_at is None else at - self.went_live_at

    def visits(self) -> list[StopVisit]:
        return visits_of(self.arrivals, self.ended_at)


def visits_of(arrivals: list[Arrival], ended_at: float | None) -> list[StopVisit]:
    """Each arrival lasts until the next one, and the last until the end of the show."""
    leaving = [following.at for following in arrivals[1:]] + [ended_at]
    return [
        StopVisit(arrival.stop_index, arrival.at, left)
        for arrival, left in zip(arrivals, leaving, strict=False)
    ]
