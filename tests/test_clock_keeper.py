"""The kept show clock (console/show/clock_keeper.py) equals show_clock, with an event's work only."""

import random

import pytest

from console.show.clock import show_clock
from console.show.clock_keeper import ClockKeeper
from console.show.session import Arrival, LanguageSwitch, Session
from console.show.tour import Stop, Tour

T0 = 1_700_000_000.0


def random_tour(rng: random.Random) -> Tour:
    stops = tuple(Stop(f"Stop {n}", rng.randint(0, 900)) for n in range(rng.randint(1, 9)))
    return Tour(title="Random", stops=stops, slot_s=rng.choice([None, rng.randint(0, 5000)]))


@pytest.mark.parametrize("seed", range(60))
def test_equals_the_full_computation_through_random_shows(seed: int) -> None:
    rng = random.Random(seed)
    keeper = ClockKeeper()
    sessions = [Session(tour=random_tour(rng)) for _ in range(2)]
    at = T0
    for _ in range(120):
        session = rng.choice(sessions)  # one keeper asked about two sessions in turn starts over each time
        move = rng.random()
        at += rng.choice([0.0, 0.1, rng.uniform(0, 400)])
        if session.ended_at is None:
            if session.went_live_at is None and move < 0.3:
                session.went_live_at = at
            elif session.went_live_at is not None and move < 0.6:
                session.arrivals.append(Arrival(rng.randrange(len(session.tour.stops)), at))
            elif move < 0.7:
                session.language_switches.append(LanguageSwitch(at, rng.choice(["fr", "zh"])))
            elif session.went_live_at is not None and move < 0.73:
                session.ended_at = at
        for now in (at, at + rng.uniform(0, 2000), at - rng.uniform(0, 50)):
            assert keeper.at(session, now) == show_clock(session, now)


def test_equals_the_full_computation_when_asked_once_per_event_or_less() -> None:
    """Arrivals between two questions (a burst written behind a busy database) are worked out anew."""
    rng = random.Random(7)
    session = Session(tour=random_tour(rng), went_live_at=T0)
    keeper, at = ClockKeeper(), T0
    for step in range(200):
        for _ in range(step % 4):
            at += rng.uniform(0, 300)
            session.arrivals.append(Arrival(rng.randrange(len(session.tour.stops)), at))
        assert keeper.at(session, at + 5) == show_clock(session, at + 5)


def test_a_session_given_another_tour_or_rewritten_arrivals_is_worked_out_anew() -> None:
    tour = Tour(title="T", stops=(Stop("A", 600), Stop("B", 300), Stop("C", 600)), slot_s=1800)
    session = Session(tour=tour, went_live_at=T0, arrivals=[Arrival(0, T0), Arrival(1, T0 + 500)])
    keeper = ClockKeeper()
    assert keeper.at(session, T0 + 600) == show_clock(session, T0 + 600)
    session.tour = Tour(title="T", stops=(Stop("A", 60), Stop("B", 30), Stop("C", 60)))
    assert keeper.at(session, T0 + 600) == show_clock(session, T0 + 600)
    session.arrivals = [Arrival(0, T0), Arrival(2, T0 + 100)]  # same count, another history
    assert keeper.at(session, T0 + 600) == show_clock(session, T0 + 600)


def test_an_arrival_off_the_route_answers_as_the_full_computation() -> None:
    tour = Tour(title="T", stops=(Stop("A", 600), Stop("B", 300)))
    session = Session(tour=tour, went_live_at=T0, arrivals=[Arrival(0, T0), Arrival(-1, T0 + 60)])
    assert ClockKeeper().at(session, T0 + 90) == show_clock(session, T0 + 90)
    session.arrivals.append(Arrival(5, T0 + 100))
    with pytest.raises(IndexError):
        show_clock(session, T0 + 120)
    with pytest.raises(IndexError):
        ClockKeeper().at(session, T0 + 120)


def test_between_events_only_the_current_stop_is_timed_anew() -> None:
    """What the show-control state and the route reuse: a stop's timing object lives until an event
    changes it, so a language switch or a tick rebuilds nothing but the current stop's."""
    tour = Tour(title="T", stops=tuple(Stop(f"S{n}", 60) for n in range(1000)))
    session = Session(tour=tour, went_live_at=T0, arrivals=[Arrival(n, T0 + 60 * n) for n in range(500)])
    keeper = ClockKeeper()
    first = keeper.at(session, T0 + 30_000)
    session.language_switches.append(LanguageSwitch(T0 + 30_001, "fr"))
    second = keeper.at(session, T0 + 30_002)
    assert second.stops[499] != first.stops[499]  # the current stop's time ran on
    assert all(a is b for n, (a, b) in enumerate(zip(first.stops, second.stops, strict=True)) if n != 499)
    session.arrivals.append(Arrival(500, T0 + 30_010))
    third = keeper.at(session, T0 + 30_020)
    renewed = {n for n, (a, b) in enumerate(zip(second.stops, third.stops, strict=True)) if a is not b}
    assert renewed == {499, 500, 501}  # the stop left, the one arrived at, the new next one
    assert third == show_clock(session, T0 + 30_020)
