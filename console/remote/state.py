"""The show's state as the API tells it, made on the GUI thread into bytes no other thread can change.

``GET /api/state`` and every WebSocket update carry this shape (the README documents it; later features add
fields, never rename them)::

    {"on_air", "tour": {"title", "language"}, "stops": [{"title", "planned_s", "actual_s", "done"}],
     "current" (1-based or null), "clock": {"elapsed_s", "remaining_s", "stop_left_s", "projected_end"},
     "viewers": {"total", "state", "stale", "age_s"}, "cue"}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from console.audience.tally import TotalView
from console.live.controller import LiveController
from console.show.clock import StopStatus, StopTiming
from console.show.tour import Tour


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


@dataclass
class _StopEntry:
    """One stop as the state tells it, and its JSON, with the timing they were made from."""

    timing: StopTiming | None
    state: dict[str, Any]
    json: str


class SnapshotMaker:
    """Makes the snapshots of one console, keeping each stop's entry (and its JSON) until its figures change.

    A snapshot is made on every change (a language switch too) and every second on air; a 1,000-stop route
    made anew each time costs milliseconds and a thousand dicts. The show clock keeps a stop's timing object
    until an event changes it (console/show/clock_keeper.py), so between events only the current stop's entry
    is made again; each content language keeps its entries, so switching back reuses them.
    """

    def __init__(self) -> None:
        self._tour: Tour | None = None
        self._entries: dict[str, list[_StopEntry]] = {}  # content language -> an entry per stop

    def make(self, controller: LiveController, view: TotalView | None) -> Snapshot:
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
        }
        state = {**head, "stops": [entry.state for entry in entries], **tail}
        # json.dumps(state)'s very bytes, with each stop's JSON as it was kept.
        stops = ",".join(entry.json for entry in entries)
        body = f'{_json(head)[:-1]},"stops":[{stops}],{_json(tail)[1:]}'.encode()
        return Snapshot(state=state, body=body, current=current)

    def _stop_entries(self, tour: Tour, language: str, timings: tuple[StopTiming, ...]) -> list[_StopEntry]:
        if tour is not self._tour:
            self._tour, self._entries = tour, {}
        entries = self._entries.setdefault(language, [])
        for index, stop in enumerate(tour.stops):
            timing = timings[index] if index < len(timings) else None
            if index < len(entries) and entries[index].timing is timing:
                continue
            actual = round(timing.actual_s, 1) if timing is not None else 0.0
            done = timing is not None and timing.status is StopStatus.DONE
            if index < len(entries) and (entries[index].state["actual_s"], entries[index].state["done"]) == (
                actual,
                done,
            ):
                entries[index].timing = timing  # a new timing with the same figures: the entry stands
                continue
            title = tour.stop_title(stop, language)[0]  # the language on air, the main one standing in
            entry_state = {"title": title, "planned_s": stop.duration_s, "actual_s": actual, "done": done}
            entry = _StopEntry(timing, entry_state, _stop_json(title, stop.duration_s, actual, done))
            if index < len(entries):
                entries[index] = entry
            else:
                entries.append(entry)
        return entries


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
