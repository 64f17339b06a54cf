"""The smallest proof that libvlc works on this machine: load it and decode one frame of a file.

``cicerone self-test`` uses it on the bundled demo clip. It runs without a Qt event loop (the self-test
is a command, not the console): libvlc's video callbacks write into one small preallocated buffer and set
an event, and this thread waits on that event. Everything libvlc-side is released before returning, with
the ctypes callbacks kept alive until then (a callback collected while libvlc still holds it crashes).

The camera pane's own player (owned by the camera work) is richer; this stays a separate, tiny check so that
an installation can be tested even when the preview code itself is what is broken.
"""

from __future__ import annotations

import ctypes
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.errors import KnownError

WIDTH, HEIGHT = 160, 90


class LibvlcUnavailable(KnownError):
    """libvlc (or its plugins) cannot be loaded here: what to install is in the text."""


@dataclass(frozen=True)
class DecodedFrame:
    libvlc_version: str
    width: int
    height: int
    first_frame_ms: float
    mean_level: float  # 0-255 over the frame's RGB bytes: a black or empty frame says decoding did not happen


def load_vlc() -> tuple[Any, str]:
    """Import python-vlc and prove libvlc loaded; python-vlc's own failure modes become one clear error."""
    try:
        import vlc
    except SystemExit:  # a PYTHON_VLC_LIB_PATH / PYTHON_VLC_MODULE_PATH that does not exist
        raise LibvlcUnavailable("libvlc path variables point at nothing: check PYTHON_VLC_LIB_PATH") from None
    except (ImportError, OSError, NotImplementedError) as error:
        raise LibvlcUnavailable(f"libvlc cannot be loaded ({error}): install VLC (Debian: libvlc5)") from None
    try:
        version = vlc.libvlc_get_version()
    except (NameError, AttributeError, OSError):  # import vlc "succeeded" with no libvlc behind it
        raise LibvlcUnavailable(
            "libvlc is not installed: install VLC (Debian: libvlc5 vlc-plugin-base)"
        ) from None
    return vlc, version.decode() if isinstance(version, bytes) else str(version)


def decode_first_frame(path: Path, timeout_s: float = 10.0) -> DecodedFrame:
    """Play ``path`` muted into a small RGB buffer and return once the first frame is decoded."""
    vlc, version = load_vlc()
    if not path.is_file():
        raise KnownError(f"{path}: no such file")
    instance = vlc.Instance(["--quiet", "--no-audio", "--no-video-title-show", "--no-stats"])
    if instance is None:
        raise LibvlcUnavailable(f"libvlc {version} loaded but has no plugins: install vlc-plugin-base")
    buffer = ctypes.create_string_buffer(WIDTH * HEIGHT * 4)
    pointer = ctypes.cast(buffer, ctypes.c_void_p)
    decoded = threading.Event()

    @vlc.CallbackDecorators.VideoLockCb
    def lock(_opaque, planes):  # type: ignore[no-untyped-def]
        planes[0] = pointer.value
        return None

    @vlc.CallbackDecorators.VideoDisplayCb
    def display(_opaque, _picture):  # type: ignore[no-untyped-def]
        decoded.set()

    player = instance.media_player_new()
    media = instance.media_new_path(str(path))
    started = time.perf_counter()
    try:
        player.video_set_callbacks(lock, None, display, None)
        player.video_set_format("RV32", WIDTH, HEIGHT, WIDTH * 4)
        player.set_media(media)
        if player.play() != 0 or not decoded.wait(timeout_s):
            raise KnownError(f"libvlc {version} decoded no frame of {path.name} within {timeout_s:g} s")
        elapsed_ms = 1000 * (time.perf_counter() - started)
        frame = bytes(buffer)
    finally:
        player.stop()
        player.release()
        media.release()
        instance.release()
        del lock, display  # only now: libvlc no longer holds them
    level = (sum(frame) - sum(frame[3::4])) / (WIDTH * HEIGHT * 3)  # RGB only: the fourth byte is padding
    return DecodedFrame(version, WIDTH, HEIGHT, elapsed_ms, level)
