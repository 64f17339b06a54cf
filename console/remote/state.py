"""The show's state as the API tells it, made on the GUI thread into bytes no other thread can change.

``GET /api/state`` and every WebSocket update carry this shape (the README documents it; later features add
fields, never rename them)::

    {"on_air", "tour": {"title", "language"}, "stops": [{"title", "planned_s", "actual_s", "done"}],
     "current" (1-based or null), "clock": {"elapsed_s", "remaining_s", "stop_left_s", "projected_end"},
     "viewers": {"total", "state", "stale", "age_s"}, "cue",
     "questions": {"pinned", "new": [{"id", "author", "platform", "text", "count", "at"}]} or null}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from console.audience.tally import TotalView
from console.live.controller import LiveController
from console.live.questions import QuestionDesk
from console.show.clock import StopStatus, StopTiming
from console.show.questions import Question
from console.show.tour import Stop, Tour


@dataclass(frozen=True)
class Snapshot:
    """One moment of the show: the state and its JSON, made once and shared read-only with the server."""

    state: dict[str, Any]
    body: bytes
    current: int | None  # 1-based, for ?from=N checks without parsing


def content_language(controller: LiveController) -> str:
    """The talking points' language: the live show's (the guide's L switch, kept with the session), else the
    one the next show starts in (L off air changes it too)."""
    return controller.language


def viewers_state(view: TotalView | None) -> dict[str, Any]:
    if view is None:
        return {"total": None, "state": "none", "stale": False, "age_s": None}
    if view.viewers is None:
        return {"total": None, "state": "waiting", "stale": False, "age_s": None}
    age = round(view.age_s, 1) if view.age_s is not None else None
    state = "stale" if view.stale else "live"
    return {"total": view.viewers, "state": state, "stale": view.stale, "age_s": age}


QUESTIONS_LISTED = 10  # the newest questions the producer view can pin (question/pin/ID)


def questions_state(desk: QuestionDesk | None) -> dict[str, Any] | None:
    """The pinned question and the newest unanswered ones, or None when no chat source is set."""
    if desk is None:
        return None

    def shown(question: Question) -> dict[str, Any]:
        message = question.message
        return {
            "id": question.id,
            "author": message.author,
            "platform": message.platform,
            "text": message.text,
            "count": question.count,
            "at": round(message.at, 3),
        }

    pinned = desk.pinned
    new = [shown(q) for q in desk.board if q.state == "new"][:QUESTIONS_LISTED]
    return {"pinned": shown(pinned) if pinned is not None else None, "new": new}


def advice_state(controller: LiveController) -> dict[str, Any] | None:
    """The time rescue for the producer's view: the advice (``tour advise --json``'s shape), its line and
    whether it is the one adopted; None while the show is on time or off air."""
    advice = controller.advice()
    if advice is None or advice.late_s == 0:
        return None
    session = controller.session
    adopted = session is not None and bool(session.adopted) and session.adopted == advice.targets()
    return {**advice.as_json(), "line": str(advice.line() or ""), "adopted": adopted}


@dataclass(frozen=True)
class _StopEntry:
    """One stop as the state tells it, and its JSON."""

    state: dict[str, Any]
    json: str


Figures = tuple[float, bool]  # a stop's (actual_s, done) as the state tells them


class SnapshotMaker:
    """Makes the snapshots of one console, keeping each stop's entry (and its JSON) until its figures change.

    A snapshot is made on every change (a language switch too) and every second on air; a 1,000-stop route
    made anew each time costs milliseconds and a thousand dicts. The show clock keeps a stop's timing object
    until an event changes it (console/show/clock_keeper.py), so between events only the current stop's
    entry is made again. Every content language's entries are made when a tour comes in front of the guide
    and kept up to date together (a stop's figures are the same in every language), so a switch (L) only
    picks another language's list.
    """

    def __init__(self) -> None:
        self._tour: Tour | None = None
        self._timings: list[StopTiming | None] = []  # what each stop's figures were last read from
        self._figures: list[Figures] = []
        self._entries: dict[str, list[_StopEntry]] = {}  # content language -> an entry per stop

    def make(
        self, controller: LiveController, view: TotalView | None, desk: QuestionDesk | None = None
    ) -> Snapshot:
        clock = controller.snapshot()
        tour = controller.tour
        language = content_language(controller)
        entries = self._stop_entries(tour, language, clock.stops if clock is not None else ())
        current = clock.current_index + 1 if clock is not None and clock.current_index is not None else None
        title = tour.title_in(language)
        head: dict[str, Any] = {"on_air": controller.on_air, "tour": {"title": title, "language": language}}
        tail: dict[str, Any] = {
            "current": current,
            "clock": {
                "elapsed_s": round(clock.elapsed_s, 1) if clock is not None else 0.0,
                "remaining_s": round(clock.remaining_s, 1) if clock is not None else float(tour.budget_s),
                "stop_left_s": round(clock.current_left_s, 1) if current is not None and clock else None,
                "projected_end": round(clock.projected_end, 1)
                if clock is not None and clock.projected_end is not None
                else None,
            },
            "viewers": viewers_state(view),
            "cue": controller.cue,
            "advice": advice_state(controller),
            "questions": questions_state(desk),
        }
        state = {**head, "stops": [entry.state for entry in entries], **tail}
        # json.dumps(state)'s very bytes, with each stop's JSON as it was kept.
        stops = ",".join(entry.json for entry in entries)
        body = f'{_json(head)[:-1]},"stops":[{stops}],{_json(tail)[1:]}'.encode()
        return Snapshot(state=state, body=body, current=current)

    def _stop_entries(self, tour: Tour, language: str, timings: tuple[StopTiming, ...]) -> list[_StopEntry]:
        stops = tour.stops
        if tour is not self._tour:
            self._tour, self._entries = tour, {}
            self._timings, self._figures = [None] * len(stops), [(0.0, False)] * len(stops)
            for other in tour.content_languages:
                self._entries[other] = self._made_in(other)
        if language not in self._entries:  # a language the tour does not declare: its main one's titles
            self._entries[language] = self._made_in(language)
        for index, stop in enumerate(stops):
            timing = timings[index] if index < len(timings) else None
            if self._timings[index] is timing:
                continue
            self._timings[index] = timing
            figures = _figures(timing)
            if figures != self._figures[index]:
                self._figures[index] = figures
                for code, entries in self._entries.items():
                    entries[index] = _stop_entry(tour, stop, code, figures)
        return self._entries[language]

    def _made_in(self, language: str) -> list[_StopEntry]:
        assert self._tour is not None
        tour = self._tour
        return [_stop_entry(tour, stop, language, self._figures[n]) for n, stop in enumerate(tour.stops)]


def _figures(timing: StopTiming | None) -> Figures:
    if timing is None:
        return 0.0, False
    return round(timing.actual_s, 1), timing.status is StopStatus.DONE


def _stop_entry(tour: Tour, stop: Stop, language: str, figures: Figures) -> _StopEntry:
    """A stop's entry in ``language`` (the main language's title standing in for a missing one)."""
    title, (actual, done) = tour.stop_title(stop, language)[0], figures
    state = {"title": title, "planned_s": stop.duration_s, "actual_s": actual, "done": done}
    return _StopEntry(state, _stop_json(title, stop.duration_s, actual, done))


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json(value: object) -> str:
    return _ENCODER.encode(value)


def _stop_json(title: str, planned_s: int, actual_s: float, done: bool) -> str:
    """``_json`` of a stop's entry, written out: the first snapshot in a language makes a thousand of them,
    and this takes a fifth of the encoder's time (a test holds it to the encoder's bytes)."""
    return (
        f'{{"title":{_ENCODER.encode(title)},"planned_s":{planned_s:d},"actual_s":{actual_s!r},'
        f'"done":{"true" if done else "false"}}}'
    )
