"""The frame watchdog and the decode-size arithmetic: plain Python, a fake clock, no libvlc needed."""

from __future__ import annotations

from itertools import pairwise

from console.camera.frames import fit
from console.camera.watch import BACKOFF_S, LOST_S, Health, SignalWatch


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_fresh_then_stale_then_lost_from_frame_arrival_alone() -> None:
    clock = Clock()
    watch = SignalWatch(clock)
    assert watch.status().health is Health.IDLE
    watch.started()
    assert watch.status().health is Health.CONNECTING
    clock.now += 0.1
    watch.frame(clock.now)
    assert watch.status().health is Health.LIVE
    clock.now += 1.0
    status = watch.status()
    assert status.health is Health.STALE and status.age_s is not None and abs(status.age_s - 1.0) < 1e-9
    clock.now += LOST_S
    assert watch.status().health is Health.LOST


def test_no_first_frame_is_lost_after_the_same_two_seconds() -> None:
    clock = Clock()
    watch = SignalWatch(clock)
    watch.started()
    clock.now += LOST_S - 0.01
    assert watch.status().health is Health.CONNECTING
    clock.now += 0.02
    assert watch.status().health is Health.LOST


def test_reconnects_with_growing_backoff_until_a_frame_arrives() -> None:
    clock = Clock()
    watch = SignalWatch(clock)
    watch.started()
    watch.frame(clock.now)
    clock.now += LOST_S
    assert watch.should_reconnect()
    attempts_at = []
    for _ in range(30 * 8):  # 30 s in ticks of 1/8 s (exact in binary)
        clock.now += 0.125
        if watch.should_reconnect():
            watch.reconnecting()
            attempts_at.append(clock.now)
    gaps = [b - a for a, b in pairwise(attempts_at)]
    assert gaps[: len(BACKOFF_S)] == list(BACKOFF_S)
    assert all(gap == BACKOFF_S[-1] for gap in gaps[len(BACKOFF_S) :])
    watch.frame(clock.now)
    assert watch.attempts == 0 and not watch.should_reconnect()
    assert watch.status().health is Health.LIVE


def test_fit_never_enlarges_and_keeps_the_shape() -> None:
    assert fit(1920, 1080, (640, 640)) == (640, 360)
    assert fit(320, 240, (1280, 720)) == (320, 240)
    assert fit(1920, 1080, (1000, 300)) == (532, 300)
    # a decoder reporting a padded height (720 as 738): the known true shape wins
    assert fit(1280, 738, (640, 640), aspect=16 / 9) == (640, 360)
