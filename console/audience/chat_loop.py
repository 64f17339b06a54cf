"""The asyncio loop thread the Twitch chat client runs on, until the shared one (``console.netloop``) lands.

Everything here is what chat_twitch needs of a loop: :meth:`submit` a coroutine from any thread and get a
thread-safe future. When ``console/netloop.py`` is on main, ``network_loop`` becomes its ``shared`` and this
module goes away (one line in chat_twitch).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class LoopRunner(Protocol):
    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]: ...


class _ChatLoop:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(target=self._loop.run_forever, name="chat-loop", daemon=True).start()
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)


_shared = _ChatLoop()


def network_loop() -> LoopRunner:
    return _shared
