"""The source's sound level for the pane's meter, with no sound out of the preview.

Setting audio callbacks makes libvlc give decoded PCM to us instead of a sound card: it converts to a small
format first (16-bit, mono, 8 kHz: plenty for a level) and calls ``play`` on its own audio thread. There the
callback only folds the block into a preallocated slot (peak and sum of squares, under a lock); the GUI reads
and resets the slot on its own timer, so each reading covers exactly what arrived since the last one.
No samples for :data:`SILENT_AFTER_S` means the source has no audio (no track, or it stopped sending).
"""

from __future__ import annotations

import ctypes
import math
import threading
import time
from dataclasses import dataclass
from typing import Any

RATE = 8000
CHANNELS = 1
FULL_SCALE = 32768.0
FLOOR_DB = -60.0
SILENT_AFTER_S = 1.5

PlayCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint, ctypes.c_int64)
_OtherCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int64)  # pause, resume, flush (NULL here)
_DrainCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


@dataclass(frozen=True)
class Level:
    """Peak and RMS in dB below full scale (0 dB is clipping), floored at :data:`FLOOR_DB`."""

    peak_db: float
    rms_db: float


def to_db(amplitude: float) -> float:
    return max(FLOOR_DB, 20 * math.log10(amplitude / FULL_SCALE)) if amplitude > 0 else FLOOR_DB


class AudioLevel:
    """libvlc's audio callback folding PCM into a slot; :meth:`read` is for the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._peak = 0
        self._squares = 0
        self._samples = 0
        self._last_ns = 0
        self._last_level = Level(FLOOR_DB, FLOOR_DB)
        # ctypes callbacks must outlive every libvlc thread that may call them: kept here.
        self.callbacks = (PlayCb(self._play_cb), _OtherCb(), _OtherCb(), _OtherCb(), _DrainCb())

    # -- libvlc's audio thread ----------------------------------------------------------------------
    def _play_cb(self, opaque: Any, samples: int | None, count: int, pts: int) -> None:
        if not samples or not count:
            return
        block = memoryview((ctypes.c_int16 * (count * CHANNELS)).from_address(samples)).cast("B").cast("h")
        peak = max(max(block), -min(block))
        squares = sum(map(int.__mul__, block, block))
        with self._lock:
            self._peak = max(self._peak, peak)
            self._squares += squares
            self._samples += len(block)
            self._last_ns = time.perf_counter_ns()

    # -- the GUI thread -----------------------------------------------------------------------------
    def read(self) -> Level | None:
        """The level since the last call (the previous one if no block came since); None: no audio."""
        with self._lock:
            peak, squares, samples, last_ns = self._peak, self._squares, self._samples, self._last_ns
            self._peak = self._squares = self._samples = 0
        if not last_ns or time.perf_counter_ns() - last_ns > SILENT_AFTER_S * 1e9:
            return None
        if samples:
            self._last_level = Level(to_db(peak), to_db(math.sqrt(squares / samples)))
        return self._last_level

    def attach(self, vlc: Any, player: Any) -> None:
        """Send ``player``'s decoded audio here instead of to a sound card (GUI thread, player stopped)."""
        set_callbacks = ctypes.CFUNCTYPE(
            None, ctypes.c_void_p, PlayCb, _OtherCb, _OtherCb, _OtherCb, _DrainCb, ctypes.c_void_p
        )(("libvlc_audio_set_callbacks", vlc.dll))
        set_callbacks(player._as_parameter_, *self.callbacks, None)
        player.audio_set_format("S16N", RATE, CHANNELS)
