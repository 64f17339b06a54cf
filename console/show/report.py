"""The figures of a show afterwards: each stop's times and audience, the whole show, the notes.

Pure functions of a :class:`~console.show.session.Session` and its viewer readings (the README's "After the
show" defines each figure in a sentence). The audience figures are read from the *complete* total only
(:mod:`console.show.audience_curve`): a stretch where one of the counted sources was missing is partial, and
a partial total would make a stop look emptier than it was. ``counted_s`` says how much of a stop's time the
figures rest on.

A revisited stop adds up its visits: its actual time is the sum of the visits, its arrival figure is the
first visit's and its departure figure the last one's, its peak and average cover every visit, and its
change is the sum of each visit's change (only what happened while the guide was there), its hold the
product of each visit's hold.

A show that never ended (a crash) ends at its last recorded event (arrival, note or reading).

The audience's questions ride along, oldest first, each at the stop that was on air when it was first asked
(already anonymised when the report is to be shared).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence
from dataclasses import dataclass

from console.show.audience_curve import Curve, build_curve
from console.show.encoder import EncoderRecord
from console.show.questions import Question
from console.show.session import Session, StopVisit
from console.show.viewers import ViewerSample


@dataclass(frozen=True)
class Audience:
    """The complete total over some stretches of the show (None where it never was complete)."""

    at_arrival: int | None
    at_departure: int | None
    peak: int | None
    peak_at: float | None
    average: float | None
    counted_s: float
    change: int | None
    hold: float | None


@dataclass(frozen=True)
class StopFigures:
    index: int
    title: str
    visits: int
    arrived: float | None  # the first arrival (epoch seconds)
    left: float | None  # the last departure
    arrived_show_s: float | None
    left_show_s: float | None
    planned_s: int
    actual_s: float | None
    difference_s: float | None  # actual − planned: positive is over
    audience: Audience
    share_of_peak: float | None  # this stop's peak ÷ the show's peak

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass(frozen=True)
class ShowFigures:
    went_live_at: float | None
    ended_at: float | None  # None: the show never ended (crash)
    end: float | None  # the end the figures use: the recorded one, else the last event
    length_s: float
    slot_s: int
    over_s: float  # length − slot: positive is over
    audience: Audience  # over the whole show: first and last complete totals, peak and when, average


@dataclass(frozen=True)
class NoteLine:
    at: float
    show_s: float | None
    stop_index: int | None
    text: str
    viewers: int | None  # stamped when written, else the complete total then

    @property
    def mark(self) -> bool:
        """A mark is a note with no text: the guide pressed the key to find the moment again."""
        return not self.text.strip()


@dataclass(frozen=True)
class Report:
    session: Session
    show: ShowFigures
    stops: tuple[StopFigures, ...]
    gained_most: int | None  # the stop index with the largest positive change
    lost_most: int | None  # the stop index with the largest fall
    notes: tuple[NoteLine, ...]
    curve: Curve
    questions: tuple[Question, ...] = ()  # oldest first
    encoder: tuple[EncoderRecord, ...] = ()  # what the encoder said, when one was configured (else none)

    def questions_at(self, stop_index: int | None) -> list[Question]:
        """The questions first asked while stop ``stop_index`` was on air (None: before the first stop)."""
        return [question for question in self.questions if question.stop_index == stop_index]


def build_report(
    session: Session,
    samples: Sequence[ViewerSample],
    questions: Sequence[Question] = (),
    encoder: Sequence[EncoderRecord] = (),
) -> Report:
    start = session.went_live_at if session.went_live_at is not None else session.created_at
    end = session.ended_at if session.ended_at is not None else _last_event(session, samples, start)
    curve = build_curve(samples, start, end)
    counted = _Complete(curve)
    whole = counted.audience([(start, end)])
    by_stop: dict[int, list[StopVisit]] = {}  # grouped once: a filter per stop was quadratic in the stops
    for visit in _clipped_visits(session, end):
        by_stop.setdefault(visit.stop_index, []).append(visit)
    stops = tuple(
        _stop_figures(session, index, by_stop.get(index, []), counted, whole.peak)
        for index in range(len(session.tour.stops))
    )
    changes = [(stop.audience.change, stop.index) for stop in stops if stop.audience.change is not None]
    gained = max(((c, -i) for c, i in changes if c > 0), default=None)
    lost = min(((c, i) for c, i in changes if c < 0), default=None)
    length = 0.0 if session.went_live_at is None else max(0.0, end - session.went_live_at)
    show = ShowFigures(
        went_live_at=session.went_live_at,
        ended_at=session.ended_at,
        end=end if session.went_live_at is not None else None,
        length_s=length,
        slot_s=session.tour.budget_s,
        over_s=length - session.tour.budget_s,
        audience=whole,
    )
    notes = tuple(
        NoteLine(
            at=note.at,
            show_s=note.show_s if note.show_s is not None else session.show_time(note.at),
            stop_index=note.stop_index,
            text=note.text,
            viewers=note.viewers if note.viewers is not None else counted.at(note.at),
        )
        for note in session.notes
    )
    return Report(
        session=session,
        show=show,
        stops=stops,
        gained_most=None if gained is None else -gained[1],
        lost_most=None if lost is None else lost[1],
        notes=notes,
        curve=curve,
        questions=tuple(sorted(questions, key=lambda q: (q.message.at, q.id))),
        encoder=tuple(sorted(encoder, key=lambda record: record.at)),
    )


def _last_event(session: Session, samples: Sequence[ViewerSample], start: float) -> float:
    moments = [start]
    moments += [arrival.at for arrival in session.arrivals[-1:]]
    moments += [note.at for note in session.notes[-1:]]
    moments += [max(sample.at for sample in samples)] if samples else []  # whatever order they came in
    return max(moments)


def _clipped_visits(session: Session, end: float) -> list[StopVisit]:
    return [
        StopVisit(visit.stop_index, visit.arrived, visit.left if visit.left is not None else end)
        for visit in session.visits()
        if 0 <= visit.stop_index < len(session.tour.stops)
    ]


def _stop_figures(
    session: Session, index: int, own: list[StopVisit], counted: _Complete, show_peak: int | None
) -> StopFigures:
    """The figures of stop ``index`` from ``own``, its visits in show order."""
    planned = session.tour.stops[index].duration_s
    title = session.tour.stops[index].title
    stretches = [(visit.arrived, visit.left if visit.left is not None else visit.arrived) for visit in own]
    audience = counted.audience(stretches)
    if not own:
        return StopFigures(index, title, 0, None, None, None, None, planned, None, None, audience, None)
    actual = sum(b - a for a, b in stretches)
    first, last = own[0].arrived, stretches[-1][1]
    share = None if audience.peak is None or not show_peak else audience.peak / show_peak
    return StopFigures(
        index=index,
        title=title,
        visits=len(own),
        arrived=first,
        left=last,
        arrived_show_s=session.show_time(first),
        left_show_s=session.show_time(last),
        planned_s=planned,
        actual_s=actual,
        difference_s=actual - planned,
        audience=audience,
        share_of_peak=share,
    )


class _Complete:
    """The complete stretches of the total with running sums, so a stop's figures cost two searches and a
    slice, not a walk over the tens of thousands of steps of a long show."""

    def __init__(self, curve: Curve) -> None:
        ends = [*curve.starts[1:], curve.end]
        columns = zip(curve.counts, curve.missing, strict=True)
        complete = [count is not None and not missing for count, missing in columns]
        self.starts = list(itertools.compress(curve.starts, complete))
        self.ends = list(itertools.compress(ends, complete))
        self.values: list[int] = list(itertools.compress(curve.counts, complete))  # type: ignore[arg-type]
        seconds = list(map(operator.sub, self.ends, self.starts))
        self.seconds = [0.0, *itertools.accumulate(seconds)]
        self.weighted = [0.0, *itertools.accumulate(map(operator.mul, seconds, self.values))]

    def at(self, moment: float) -> int | None:
        position = bisect.bisect_right(self.starts, moment) - 1
        if position >= 0 and self.ends[position] > moment:
            return self.values[position]
        return None

    def span(self, a: float, b: float) -> tuple[int, int]:
        """The steps ``first`` to ``last - 1`` that overlap ``[a, b)``."""
        return bisect.bisect_right(self.ends, a), bisect.bisect_left(self.starts, b)

    def audience(self, stretches: Sequence[tuple[float, float]]) -> Audience:
        """The figures over ``stretches`` (visits, in time order): see the module's docstring."""
        spans = [(a, b, *self.span(a, b)) for a, b in stretches]
        known = [(a, b, first, last) for a, b, first, last in spans if last > first]
        if not known:
            return Audience(None, None, None, None, None, 0.0, None, None)
        counted_s = weighted = 0.0
        peak, peak_at = -1, 0.0
        change, hold = 0, 1.0
        hold_known = True
        for a, b, first, last in known:
            head = max(0.0, a - self.starts[first])  # the parts of the edge steps outside the visit
            tail = max(0.0, self.ends[last - 1] - b)
            counted_s += self.seconds[last] - self.seconds[first] - head - (tail if last - 1 >= first else 0)
            weighted += self.weighted[last] - self.weighted[first]
            weighted -= head * self.values[first] + tail * self.values[last - 1]
            top = max(self.values[first:last])
            if top > peak:
                peak, peak_at = top, max(a, self.starts[self.values.index(top, first, last)])
            arrival, departure = self.values[first], self.values[last - 1]
            change += departure - arrival
            hold_known = hold_known and arrival != 0
            hold = hold * departure / arrival if hold_known else hold
        return Audience(
            at_arrival=self.values[known[0][2]],
            at_departure=self.values[known[-1][3] - 1],
            peak=peak,
            peak_at=peak_at,
            average=weighted / counted_s if counted_s > 0 else None,
            counted_s=counted_s,
            change=change,
            hold=hold if hold_known else None,
        )
