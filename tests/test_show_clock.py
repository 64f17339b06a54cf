"""The show clock, against cases computed by hand."""

from console.show.clock import StopStatus, show_clock
from console.show.session import Arrival, Session
from console.show.tour import Stop, Tour

T0 = 1_700_000_000.0  # go-live, epoch seconds


def tour(slot_s: int | None = 1800) -> Tour:
    # Planned: A 10m, B 5m, C 10m = 25m in a 30m slot.
    return Tour(
        title="Test",
        slot_s=slot_s,
        stops=(Stop("A", 600), Stop("B", 300), Stop("C", 600)),
    )


def session(*arrivals: tuple[int, float], ended: float | None = None, slot_s: int | None = 1800) -> Session:
    return Session(
        tour=tour(slot_s),
        went_live_at=T0,
        ended_at=ended,
        arrivals=[Arrival(index, T0 + at) for index, at in arrivals],
    )


def test_before_go_live_nothing_runs() -> None:
    clock = show_clock(Session(tour=tour()), T0)
    assert clock.elapsed_s == 0
    assert clock.projected_end is None
    assert [t.status for t in clock.stops] == [StopStatus.NEXT, StopStatus.AHEAD, StopStatus.AHEAD]


def test_on_time_first_stop() -> None:
    # 4 minutes into stop A (planned 10m).
    clock = show_clock(session((0, 0)), T0 + 240)
    assert clock.elapsed_s == 240
    assert clock.remaining_s == 1800 - 240
    assert clock.current_index == 0
    assert clock.current_actual_s == 240
    assert clock.current_left_s == 360
    # Projected end: now + 6m left of A + 5m B + 10m C = T0 + 4m + 21m = T0 + 25m.
    assert clock.projected_end == T0 + 1500
    # 5 minutes under the 30-minute slot.
    assert clock.show_delta_s == -300
    assert [t.status for t in clock.stops] == [StopStatus.CURRENT, StopStatus.NEXT, StopStatus.AHEAD]


def test_stop_running_over_pushes_the_projected_end() -> None:
    # A took 12m (2 over), now 7m into B (planned 5m): B is 2m over.
    clock = show_clock(session((0, 0), (1, 720)), T0 + 720 + 420)
    assert clock.current_delta_s == 120
    assert clock.stops[0].status == StopStatus.DONE
    assert clock.stops[0].delta_s == 120
    # Nothing left of B's plan; C still 10m: end = T0 + 19m + 10m = T0 + 29m, 1m under the slot.
    assert clock.projected_end == T0 + 1740
    assert clock.show_delta_s == -60


def test_show_that_runs_over_the_slot() -> None:
    # A 20m, B 10m, now 6m into C: elapsed 36m, 6m past the slot, C has 4m left.
    now = T0 + 36 * 60
    clock = show_clock(session((0, 0), (1, 1200), (2, 1800)), now)
    assert clock.remaining_s == -360
    assert clock.projected_end == now + 240
    assert clock.show_delta_s == 600  # ends at 40m: 10 minutes over
    assert clock.current_left_s == 240


def test_revisited_stop_adds_up_its_visits() -> None:
    # A 0-5m, B 5-8m, back to A 8-10m, then B again from 10m; now 11m.
    clock = show_clock(session((0, 0), (1, 300), (0, 480), (1, 600)), T0 + 660)
    assert clock.stops[0].actual_s == 300 + 120
    assert clock.stops[1].actual_s == 180 + 60
    assert clock.stops[1].first_arrival == T0 + 300
    assert clock.current_index == 1
    assert clock.stops[0].status == StopStatus.DONE
    assert clock.stops[2].status == StopStatus.NEXT
    # B planned 5m, had 4m: 1m left, then C 10m: end = 11m + 11m = 22m.
    assert clock.projected_end == T0 + 1320


def test_going_back_does_not_count_visited_stops_again() -> None:
    # A 0-10m, B 10-15m, C 15-16m, back to B at 16m; now 17m.
    clock = show_clock(session((0, 0), (1, 600), (2, 900), (1, 960)), T0 + 1020)
    assert clock.current_index == 1
    assert clock.stops[2].status == StopStatus.DONE
    # B has had 6m of 5m: nothing left. C was visited: not counted again. End = now.
    assert clock.projected_end == T0 + 1020


def test_ended_show_freezes_the_clock() -> None:
    s = session((0, 0), (1, 600), (2, 900), ended=T0 + 1500)
    clock = show_clock(s, T0 + 9999)
    assert clock.on_air is False
    assert clock.elapsed_s == 1500
    assert clock.stops[2].actual_s == 600
    assert clock.projected_end == T0 + 1500
    assert clock.show_delta_s == -300


def test_without_a_slot_the_plan_is_the_budget() -> None:
    clock = show_clock(session((0, 0), slot_s=None), T0 + 60)
    assert clock.budget_s == 1500
    assert clock.remaining_s == 1440
    assert clock.show_delta_s == 0
