"""The one network loop thread: lazy start, work from any thread, a stop that cancels and a restart."""

from __future__ import annotations

import asyncio
import threading

from console.netloop import NetLoop


def test_the_loop_starts_on_first_use_runs_work_and_starts_again_after_a_stop() -> None:
    netloop = NetLoop(name="test-loop")
    assert not netloop.running

    async def where() -> str:
        return threading.current_thread().name

    assert netloop.submit(where()).result(2) == "test-loop"
    first = netloop.loop()
    netloop.stop()
    assert not netloop.running
    assert netloop.submit(where()).result(2) == "test-loop"
    assert netloop.loop() is not first
    netloop.stop()


def test_a_stop_cancels_what_still_runs_and_lets_it_tidy_up() -> None:
    netloop = NetLoop()
    tidied = threading.Event()
    started = threading.Event()

    async def forever() -> None:
        try:
            started.set()
            await asyncio.sleep(3600)
        finally:
            tidied.set()

    netloop.submit(forever())
    assert started.wait(2)
    netloop.stop(timeout_s=2)
    assert tidied.is_set()
    assert not netloop.running
    netloop.call_soon(print, "dropped quietly")  # a stopped loop takes calls without raising
