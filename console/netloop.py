"""The one asyncio loop for the console's network clients and servers, in one daemon thread.

The show-control server, the OBS encoder client and the chat sources all speak aiohttp; one loop thread
serves them all (the GUI thread never waits on a socket, and two cores are not spent on three idle loops).
It starts on first use and stops at the window's shutdown; a later use starts it again (tests, the CLI).
Work arrives with :func:`submit` (a coroutine, from any thread) and results go back the caller's way (a
queued Qt signal on the GUI side): nothing here knows about Qt, the store or the widgets.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
STOP_TIMEOUT_S = 3.0  # what the tasks get to close their sockets at shutdown


class NetLoop:
    """An asyncio loop in a daemon thread, started lazily; :meth:`stop` cancels what still runs."""

    def __init__(self, name: str = "network-loop") -> None:
        self._name = name
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def loop(self) -> asyncio.AbstractEventLoop:
        """The running loop, started here if need be (any thread)."""
        with self._lock:
            if self._loop is None or self._thread is None or not self._thread.is_alive():
                ready = threading.Event()
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=self._run, args=(loop, ready), name=self._name, daemon=True)
                thread.start()
                ready.wait()
                self._loop, self._thread = loop, thread
            return self._loop

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run ``coroutine`` on the loop; a thread-safe future (never waited on from the loop)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop())

    def call_soon(self, callback: Callable[..., object], *args: object) -> None:
        """``callback(*args)`` on the loop's thread; dropped quietly when the loop is shutting down."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # closed between the check and the call
                loop.call_soon_threadsafe(callback, *args)

    def in_loop_thread(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """Cancel the tasks still running (they close their sockets in ``finally``), stop, join."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None or not thread.is_alive():
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(lambda: loop.create_task(_wind_down(loop)))
        thread.join(timeout_s)
        if thread.is_alive():
            log.warning("the network loop did not stop within %.1f s", timeout_s)

    @staticmethod
    def _run(loop: asyncio.AbstractEventLoop, ready: threading.Event) -> None:
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        try:
            loop.run_forever()
        finally:
            with contextlib.suppress(RuntimeError):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            log.info("network loop stopped")


async def _wind_down(loop: asyncio.AbstractEventLoop) -> None:
    current = asyncio.current_task()
    tasks = [task for task in asyncio.all_tasks(loop) if task is not current]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=STOP_TIMEOUT_S - 0.5)
    loop.stop()


_shared = NetLoop()


def shared() -> NetLoop:
    """The process's one network loop (the window stops it at shutdown)."""
    return _shared
