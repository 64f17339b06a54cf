"""The memory libvlc decodes into, and the hand-over of the newest frame to whoever paints it.

libvlc calls ``format``, ``lock``, ``unlock`` and ``display`` on its own threads. Those callbacks touch only
this object: preallocated buffers (one anonymous mmap, so untouched pages cost nothing) and a few integers
under a lock; then ``display`` calls ``on_frame``, which must be cheap and thread-safe (emit a queued Qt
signal, set an Event). No copy is made per frame: the painter reads the buffer libvlc wrote, and ``lock``
never hands libvlc a buffer that is being painted or waiting to be.

libvlc scales to the size chosen in ``format``: the frame is decoded at the pane's size, not the source's,
and at the picture's true shape, so the painter draws it 1:1 (a scaled ``drawImage`` costs five times an
unscaled one). libvlc only passes padded sizes here (1280x720 arrives as 1280x738, 1920x1080 as 1920x1090):
:func:`true_aspect` recovers the usual shapes from them until the player learns the real size.
"""

from __future__ import annotations

import ctypes
import mmap
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_uint_p = ctypes.POINTER(ctypes.c_uint)
_void_pp = ctypes.POINTER(ctypes.c_void_p)
# Our own prototypes (python-vlc's pass chroma as an immutable c_char_p, which cannot be written).
FormatCb = ctypes.CFUNCTYPE(ctypes.c_uint, _void_pp, ctypes.c_void_p, _uint_p, _uint_p, _uint_p, _uint_p)
CleanupCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p)
LockCb = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, _void_pp)
UnlockCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, _void_pp)  # passed as NULL: not needed
DisplayCb = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)

BYTES_PER_PIXEL = 4  # RV32: B, G, R, X in memory on little-endian machines, i.e. QImage.Format_RGB32
SPARE_LINES = 16  # libvlc's converters may write a little past the last line
BUFFERS = 3  # one libvlc writes, one waits to be painted, one is on screen
# Picture shapes sources use, and how many lines libvlc's padding may add to the height it reports.
USUAL_ASPECTS = (16 / 9, 4 / 3, 16 / 10, 21 / 9, 1.0)
PADDING_LINES = 32


@dataclass(frozen=True)
class FrameFormat:
    width: int
    height: int
    pitch: int


@dataclass(frozen=True)
class Frame:
    """One decoded picture, readable until the next :meth:`FrameRing.take_latest`."""

    index: int
    format: FrameFormat
    displayed_ns: int  # libvlc handed it over for showing (display)
    number: int  # how many frames libvlc had displayed, this one included


def fit(width: int, height: int, box: tuple[int, int], aspect: float | None = None) -> tuple[int, int]:
    """The size to decode a ``width`` x ``height`` picture at so it fits ``box``: never enlarged, even sizes.

    ``aspect`` is the picture's true shape when known (libvlc's decoders may report padded heights).
    """
    aspect = aspect or width / max(1, height)
    box_w, box_h = box
    w = min(box_w, width, round(box_h * aspect))
    h = min(box_h, round(w / aspect))
    return max(2, w - w % 2), max(2, h - h % 2)


def true_aspect(width: int, height: int) -> float:
    """The picture's shape from libvlc's padded size: the usual aspect whose height fits the padding."""
    for aspect in USUAL_ASPECTS:
        if height - PADDING_LINES <= width / aspect <= height:
            return aspect
    return width / max(1, height)


class FrameRing:
    """Three buffers of up to ``box`` pixels, libvlc's callbacks into them, and frame counters."""

    def __init__(self, box: tuple[int, int], on_frame: Callable[[], None]) -> None:
        self.box = (max(2, box[0]), max(2, box[1]))
        self._pitch_max = _pitch(self.box[0])
        self._slot = self._pitch_max * (self.box[1] + SPARE_LINES)
        self._memory = mmap.mmap(-1, self._slot * BUFFERS)
        self._array = (ctypes.c_ubyte * (self._slot * BUFFERS)).from_buffer(self._memory)
        self._base = ctypes.addressof(self._array)
        self._on_frame = on_frame
        self._lock = threading.Lock()
        self._format = FrameFormat(2, 2, _pitch(2))
        self._formats: list[FrameFormat] = [self._format] * BUFFERS
        self._writing: int | None = None
        self._latest: int | None = None
        self._showing: int | None = None
        self._armed = True
        self.aspect_hint: float | None = None  # set by the GUI thread once the true picture size is known
        self.displayed = 0
        self.dropped = 0  # displayed by libvlc, replaced before anyone took it
        self.last_frame_ns = 0
        # ctypes callbacks must outlive every libvlc thread that may call them: kept here, with the ring.
        # No unlock callback: a NULL one spares libvlc's output thread a trip into Python every frame.
        self.callbacks = (
            FormatCb(self._format_cb),
            CleanupCb(self._cleanup_cb),
            LockCb(self._lock_cb),
            UnlockCb(),
            DisplayCb(self._display_cb),
        )

    # -- libvlc's threads ---------------------------------------------------------------------------
    def _format_cb(self, opaque: Any, chroma: int, width: Any, height: Any, pitches: Any, lines: Any) -> int:
        aspect = self.aspect_hint or true_aspect(width[0], height[0])
        w, h = fit(width[0], height[0], self.box, aspect)
        ctypes.memmove(chroma, b"RV32", 4)
        width[0], height[0] = w, h
        pitches[0], lines[0] = _pitch(w), h
        self._format = FrameFormat(w, h, _pitch(w))
        return 1  # one picture in libvlc's pool: it locks the next only after showing the previous

    def _cleanup_cb(self, opaque: Any) -> None:
        with self._lock:
            self._writing = None

    def _lock_cb(self, opaque: Any, planes: Any) -> int:
        with self._lock:
            busy = {self._latest, self._showing}
            index = next(i for i in range(BUFFERS) if i not in busy)
            self._writing = index
            self._formats[index] = self._format
        planes[0] = self._base + index * self._slot
        return index + 1  # libvlc's picture id; never NULL

    def _display_cb(self, opaque: Any, picture: int) -> None:
        now = time.perf_counter_ns()
        with self._lock:
            if self._latest is not None:
                self.dropped += 1
            self._latest = picture - 1
            self._writing = None
            self.displayed += 1
            self.last_frame_ns = now
            notify, self._armed = self._armed, False
            on_frame = self._on_frame
        if notify:
            on_frame()

    # -- the painter's thread -----------------------------------------------------------------------
    def mute(self) -> None:
        """Call ``on_frame`` no more: its receiver is going away while a stopping player may still show a
        frame (the buffers and callbacks stay valid for as long as this object lives)."""
        with self._lock:
            self._on_frame = _nothing

    def take_latest(self) -> Frame | None:
        """The newest frame if one arrived since the last call (it stays valid until the next call)."""
        with self._lock:
            self._armed = True
            index = self._latest
            if index is None:
                return None
            self._showing, self._latest = index, None
            return Frame(index, self._formats[index], self.last_frame_ns, self.displayed)

    def progress(self) -> tuple[int, int]:
        """How many frames libvlc displayed, and when the last came (``perf_counter_ns``), read together."""
        with self._lock:
            return self.displayed, self.last_frame_ns

    def pixels(self, frame: Frame) -> memoryview:
        """The bytes of ``frame`` (no copy): ``format.pitch`` bytes a row, ``format.height`` rows."""
        start = frame.index * self._slot
        return memoryview(self._memory)[start : start + frame.format.pitch * frame.format.height]

    def attach(self, vlc: Any, player: Any) -> None:
        """Make ``player`` decode into this ring (call on the GUI thread while the player is stopped)."""
        set_format = ctypes.CFUNCTYPE(None, ctypes.c_void_p, FormatCb, CleanupCb)(
            ("libvlc_video_set_format_callbacks", vlc.dll)
        )
        set_callbacks = ctypes.CFUNCTYPE(None, ctypes.c_void_p, LockCb, UnlockCb, DisplayCb, ctypes.c_void_p)(
            ("libvlc_video_set_callbacks", vlc.dll)
        )
        fmt, cleanup, lock, unlock, display = self.callbacks
        set_callbacks(player._as_parameter_, lock, unlock, display, None)
        set_format(player._as_parameter_, fmt, cleanup)


def _nothing() -> None:
    pass


def _pitch(width: int) -> int:
    """Bytes a row, rounded up to 32 so libvlc's SIMD converters may write whole vectors."""
    row = width * BYTES_PER_PIXEL
    return (row + 31) // 32 * 32
