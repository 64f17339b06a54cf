"""The figures after the show (issue 17), against values worked out by hand on made sessions.

Each session is stored in a real SQLite file and read back the way the command reads it (``get`` and
``samples``): a steady audience, a rising one, a source failing in the middle, hidden counts, a revisited
stop, a stop shorter than one poll interval, a crashed show, a stale source and a rehearsal with no viewers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from console.show.audience_curve import SourceStep, TotalStep
from console.show.report import Report, build_report
from console.show.session import Note
from console.show.tour import Stop, Tour
from console.show.viewers import ViewerSample, ViewerState
from console.store import SessionRepository, TourRepository, open_database

T0 = 1000.0
Reading = tuple[float, str, ViewerState, int | None]


def made(
    db_path: Path,
    stops: Sequence[tuple[str, int]],
    arrivals: Sequence[tuple[int, float]],
    readings: Sequence[Reading],
    *,
    end: float | None,
    notes: Sequence[Note] = (),
    kind: str = "live",
) -> Report:
    """Store the session (go-live at T0) in a real database, read it back, and build its report."""
    db = open_database(db_path)
    tours = TourRepository(db)
    tour = tours.get(tours.add(Tour("Made", tuple(Stop(t, s) for t, s in stops), slot_s=120)))
    sessions = SessionRepository(db)
    session = sessions.create(tour, "rehearsal" if kind == "rehearsal" else "live", at=T0)
    sessions.go_live(session, T0)
    for index, at in arrivals:
        sessions.arrive(session, index, at)
    for note in notes:
        sessions.add_note(session, note)
    for at, source, state, viewers in readings:
        sessions.add_sample(session.id or 0, ViewerSample(at, source, state, viewers))
    if end is not None:
        sessions.end(session, end)
    assert session.id is not None
    report = build_report(sessions.get(session.id), sessions.samples(session.id))
    db.close()
    return report


def every_10s(source: str, values: Sequence[int | None], state: ViewerState = "live") -> list[Reading]:
    return [(T0 + 10 * k, source, state, value) for k, value in enumerate(values)]


def test_steady(db_path: Path) -> None:
    report = made(
        db_path, [("A", 60), ("B", 60)], [(0, T0), (1, T0 + 60)], every_10s("yt", [100] * 12), end=T0 + 120
    )
    a, b = report.stops
    assert (a.arrived, a.left, a.arrived_show_s, a.left_show_s) == (T0, T0 + 60, 0, 60)
    assert (a.planned_s, a.actual_s, a.difference_s) == (60, 60, 0)
    for stop in (a, b):
        audience = stop.audience
        assert (audience.at_arrival, audience.at_departure, audience.peak, audience.average) == (
            100,
            100,
            100,
            100,
        )
        assert (audience.change, audience.hold, stop.share_of_peak, audience.counted_s) == (0, 1.0, 1.0, 60)
    assert report.gained_most is None and report.lost_most is None
    show = report.show
    assert (show.length_s, show.slot_s, show.over_s, show.ended_at) == (120, 120, 0, T0 + 120)
    assert (show.audience.peak, show.audience.peak_at, show.audience.average, show.audience.change) == (
        100,
        T0,
        100,
        0,
    )
    assert report.curve.total == (TotalStep(T0, T0 + 120, 100),)


def test_rising(db_path: Path) -> None:
    values = [100 + 10 * k for k in range(12)]  # 100 at go-live, 210 at 1:50
    report = made(
        db_path, [("A", 60), ("B", 60)], [(0, T0), (1, T0 + 60)], every_10s("yt", values), end=T0 + 120
    )
    a, b = (stop.audience for stop in report.stops)
    assert (a.at_arrival, a.at_departure, a.peak, a.peak_at, a.average) == (100, 150, 150, T0 + 50, 125)
    assert (a.change, a.hold) == (50, 1.5)
    assert (b.at_arrival, b.at_departure, b.peak, b.average, b.change) == (160, 210, 210, 185, 50)
    assert b.hold == pytest.approx(210 / 160)
    assert report.stops[0].share_of_peak == pytest.approx(150 / 210)
    assert report.stops[1].share_of_peak == 1.0
    assert report.gained_most == 0  # a tie goes to the earlier stop
    whole = report.show.audience
    assert (whole.at_arrival, whole.at_departure, whole.change, whole.peak, whole.peak_at) == (
        100,
        210,
        110,
        210,
        T0 + 110,
    )
    assert whole.average == pytest.approx(155)


def test_a_failing_source_in_the_middle_is_a_gap_and_the_total_partial_not_lower(db_path: Path) -> None:
    fb: list[Reading] = every_10s("fb", [50] * 12)
    fb[3] = (T0 + 30, "fb", "error", None)
    fb[4] = (T0 + 40, "fb", "error", None)
    report = made(
        db_path,
        [("A", 60), ("B", 60)],
        [(0, T0), (1, T0 + 60)],
        every_10s("yt", [100] * 12) + fb,
        end=T0 + 120,
    )
    assert report.curve.total == (
        TotalStep(T0, T0 + 30, 150),
        TotalStep(T0 + 30, T0 + 50, 100, ("fb",)),
        TotalStep(T0 + 50, T0 + 120, 150),
    )
    assert report.curve.total[1].partial and not report.curve.total[0].partial
    assert report.curve.source_steps("fb") == (
        SourceStep(T0, T0 + 30, "live", 50),
        SourceStep(T0 + 30, T0 + 50, "failing", None),
        SourceStep(T0 + 50, T0 + 120, "live", 50),
    )
    a = report.stops[0].audience
    assert (a.at_arrival, a.at_departure, a.peak, a.average, a.counted_s) == (150, 150, 150, 150, 40)
    assert report.show.audience.average == 150


def test_hidden_counts(db_path: Path) -> None:
    """A source hidden all along is left out of the total; one hidden for a while makes it partial then."""
    yt = every_10s("yt", [100] * 12)
    yt[2] = (T0 + 20, "yt", "hidden", None)
    tw = every_10s("tw", [None] * 12, state="hidden")
    report = made(
        db_path,
        [("A", 60), ("B", 60)],
        [(0, T0), (1, T0 + 60)],
        yt + tw + every_10s("fb", [50] * 12),
        end=T0 + 120,
    )
    assert report.curve.counted == ("yt", "fb")
    assert report.curve.total == (
        TotalStep(T0, T0 + 20, 150),
        TotalStep(T0 + 20, T0 + 30, 50, ("yt",)),
        TotalStep(T0 + 30, T0 + 120, 150),
    )
    assert report.curve.source_steps("tw") == (SourceStep(T0, T0 + 120, "hidden", None),)
    assert report.stops[0].audience.counted_s == 50
    assert report.stops[0].audience.average == 150


def test_a_revisited_stop_adds_up_its_visits(db_path: Path) -> None:
    values = [100, 110, 120, 120, 100, 90, 90, 100, 80]
    report = made(
        db_path,
        [("A", 60), ("B", 60)],
        [(0, T0), (1, T0 + 30), (0, T0 + 60)],
        every_10s("yt", values),
        end=T0 + 90,
    )
    a_stop, b_stop = report.stops
    assert (a_stop.visits, a_stop.actual_s, a_stop.difference_s, a_stop.arrived, a_stop.left) == (
        2,
        60,
        0,
        T0,
        T0 + 90,
    )
    a = a_stop.audience
    assert (a.at_arrival, a.at_departure, a.peak, a.peak_at, a.average) == (100, 80, 120, T0 + 20, 100)
    assert a.change == 20 - 10  # each visit's own change, added
    assert a.hold == pytest.approx(1.2 * 80 / 90)  # each visit's hold, multiplied
    assert (b_stop.audience.change, b_stop.audience.hold) == (-30, 0.75)
    assert (report.gained_most, report.lost_most) == (0, 1)


def test_a_stop_shorter_than_one_poll_interval_reads_the_count_in_force(db_path: Path) -> None:
    readings: list[Reading] = [(T0 + 30 * k, "yt", "live", 100 + 30 * k) for k in range(4)]  # 100 130 160 190
    report = made(
        db_path,
        [("A", 40), ("B", 5), ("C", 60)],
        [(0, T0), (1, T0 + 40), (2, T0 + 45)],
        readings,
        end=T0 + 100,
    )
    a, b, c = report.stops
    assert (b.actual_s, b.difference_s) == (5, 0)
    assert (b.audience.at_arrival, b.audience.at_departure, b.audience.peak, b.audience.average) == (
        130,
        130,
        130,
        130,
    )
    assert (b.audience.change, b.audience.hold) == (0, 1.0)
    assert a.audience.average == pytest.approx((30 * 100 + 10 * 130) / 40)
    assert c.audience.average == pytest.approx((15 * 130 + 30 * 160 + 10 * 190) / 55)
    assert (c.audience.at_arrival, c.audience.at_departure) == (130, 190)


def test_a_stale_source_is_a_gap_after_two_intervals(db_path: Path) -> None:
    readings = [*every_10s("yt", [100] * 4), (T0 + 90, "yt", "live", 100), (T0 + 100, "yt", "live", 100)]
    report = made(db_path, [("A", 120)], [(0, T0)], readings, end=T0 + 110)
    # The reading at 0:30 holds two intervals (20 s), then nothing until 1:30.
    assert report.curve.total == (
        TotalStep(T0, T0 + 50, 100),
        TotalStep(T0 + 50, T0 + 90, None),
        TotalStep(T0 + 90, T0 + 110, 100),
    )
    assert SourceStep(T0 + 50, T0 + 90, "stale", None) in report.curve.source_steps("yt")
    assert report.stops[0].audience.counted_s == 70


def test_a_crashed_show_ends_at_its_last_event(db_path: Path) -> None:
    report = made(
        db_path,
        [("A", 60), ("B", 60)],
        [(0, T0), (1, T0 + 60)],
        every_10s("yt", [100] * 11),
        end=None,
        notes=[Note(at=T0 + 70, text="lights", stop_index=1, show_s=70.0)],
    )
    assert (report.show.ended_at, report.show.end, report.show.length_s) == (None, T0 + 100, 100)
    assert (report.stops[1].left, report.stops[1].actual_s) == (T0 + 100, 40)
    assert report.notes[0].viewers == 100  # no stamp: the complete total then


def test_a_rehearsal_without_viewers_still_has_its_times(db_path: Path) -> None:
    notes = [
        Note(at=T0 + 5, text="", stop_index=0, show_s=5.0),
        Note(at=T0 + 70, text="too long", stop_index=1, show_s=70.0, viewers=None),
    ]
    report = made(
        db_path,
        [("A", 60), ("B", 60)],
        [(0, T0), (1, T0 + 50)],
        [],
        end=T0 + 130,
        notes=notes,
        kind="rehearsal",
    )
    assert [(s.actual_s, s.difference_s) for s in report.stops] == [(50, -10), (80, 20)]
    assert all(s.audience.peak is None and s.share_of_peak is None for s in report.stops)
    assert report.show.audience.average is None and report.show.over_s == 10
    assert report.curve.total == (TotalStep(T0, T0 + 130, None),)
    assert [(n.mark, n.stop_index, n.show_s, n.viewers) for n in report.notes] == [
        (True, 0, 5, None),
        (False, 1, 70, None),
    ]


def test_a_stop_never_reached_has_its_plan_and_no_figures(db_path: Path) -> None:
    report = made(db_path, [("A", 60), ("B", 60)], [(0, T0)], every_10s("yt", [100] * 6), end=T0 + 60)
    b = report.stops[1]
    assert (b.visits, b.planned_s, b.actual_s, b.arrived, b.audience.peak) == (0, 60, None, None, None)


def test_a_source_not_yet_read_makes_the_first_seconds_partial(db_path: Path) -> None:
    fb: list[Reading] = [(T0 + 3 + 10 * k, "fb", "live", 50) for k in range(6)]
    report = made(db_path, [("A", 60)], [(0, T0)], every_10s("yt", [100] * 6) + fb, end=T0 + 60)
    assert report.curve.total == (TotalStep(T0, T0 + 3, 100, ("fb",)), TotalStep(T0 + 3, T0 + 60, 150))
    assert report.curve.source_steps("fb")[0] == SourceStep(T0, T0 + 3, "unread", None)
    a = report.stops[0].audience
    assert (a.at_arrival, a.counted_s, a.average) == (150, 57, 150)
