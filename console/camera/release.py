"""Stopping and releasing libvlc players on worker threads: never on the GUI thread nor in its callbacks.

libvlc 3 has no asynchronous stop. ``libvlc_media_player_stop`` (and ``release``, which stops) joins the
player's input thread, and an input still opening a network source that accepted the connection and never
answers cannot be interrupted: VLC's SAT>IP module, tried first for every ``rtsp://``, waits 5 s for an
answer. On the GUI thread that froze the window at every reconnect. So a player that is done with is handed
here: a daemon thread per player stops and releases it, holding on to everything libvlc's threads may still
call into (the ctypes callbacks, the frame buffers) until libvlc has let go of them.

Callers hand players over from their own thread (the GUI thread, or the probe's), never from a libvlc event
callback (libvlc is not reentrant). :func:`wait_released` waits for every hand-over; the process-exit hook
calls it, so libvlc never runs into Python's finalizer.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from typing import Any

log = logging.getLogger(__name__)

_pending: set[threading.Thread] = set()
_lock = threading.Lock()


def release_later(player: Any, *, instance: Any = None, keep: tuple[object, ...] = ()) -> None:
    """Stop and release ``player`` (if not None), then ``instance`` (if given), on a worker thread.

    ``keep`` is whatever ``player``'s threads may still call (frame rings, audio callbacks, the event
    manager): referenced until the player is released, so no callback outlives its Python object.
    """

    def stop_and_release() -> None:
        try:
            if player is not None:
                player.stop()
                player.release()
            if instance is not None:
                instance.release()
        except Exception:  # nobody is left to tell: the player was already given up on
            log.warning("camera: releasing a libvlc player failed", exc_info=True)
        finally:
            with _lock:
                _pending.discard(threading.current_thread())

    worker = threading.Thread(target=stop_and_release, name="camera-release", daemon=True)
    worker.keep = (player, instance, keep)  # type: ignore[attr-defined]
    with _lock:
        _pending.add(worker)
    worker.start()


def releasing() -> int:
    """How many players are still being stopped."""
    with _lock:
        return len(_pending)


def wait_released(timeout_s: float | None = None) -> bool:
    """Wait until every player handed over is released (at most ``timeout_s``); True if they all are."""
    end = None if timeout_s is None else time.monotonic() + timeout_s
    while True:
        with _lock:
            workers = list(_pending)
        if not workers:
            return True
        remaining = None if end is None else end - time.monotonic()
        if remaining is not None and remaining <= 0:
            return False
        workers[0].join(remaining)


@atexit.register
def _wait_at_exit() -> None:
    """libvlc threads still running into Python's finalizer abort the process: let every player go first."""
    if releasing():
        log.info("camera: waiting for %d libvlc player(s) to stop before exiting", releasing())
    wait_released()
