"""Open a source headless and report its first decoded frame: ``cicerone camera probe``.

No Qt event loop: libvlc's threads fill the same :class:`~console.camera.frames.FrameRing` the pane uses and
set an Event; this thread waits on it (with the deadline), then makes every libvlc call itself, except
stopping and releasing the player: that can take seconds on a source that never answers (see
:mod:`console.camera.release`), so it is handed over and the answer does not wait for it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from console.camera.frames import FrameRing
from console.camera.images import frame_image
from console.camera.libvlc import new_instance, new_media
from console.camera.release import release_later
from console.camera.sources import to_mrl
from console.errors import KnownError
from console.messages import QT_TRANSLATE_NOOP

PROBE_BOX = (3840, 2160)  # decode at the source's own size, up to 4K (larger sources are scaled to fit)


class ProbeFailed(KnownError):
    """The source gave no picture: the text says what happened."""

    exit_code = 1


@dataclass(frozen=True)
class ProbeResult:
    width: int
    height: int
    fps: float
    first_frame_ms: float
    image: QImage  # the first frame at the source's size

    def as_json(self) -> dict[str, float | int]:
        return {
            "width": self.width,
            "height": self.height,
            "fps": round(self.fps, 3),
            "first_frame_ms": round(self.first_frame_ms, 1),
        }


def probe(text: str, timeout_s: float, caching_ms: int) -> ProbeResult:
    """Wait up to ``timeout_s`` for the first frame of ``text`` (an MRL or a file)."""
    mrl = to_mrl(text)
    vlc, instance = new_instance(caching_ms)
    arrived = threading.Event()
    failed = threading.Event()
    ring = FrameRing(PROBE_BOX, arrived.set)
    player = instance.media_player_new()
    events = player.event_manager()
    error_event = vlc.EventType.MediaPlayerEncounteredError
    events.event_attach(error_event, lambda _event: failed.set())  # a flag only: libvlc is not reentrant
    ring.attach(vlc, player)
    media = new_media(instance, mrl)
    try:
        if media is None:
            raise ProbeFailed(
                QT_TRANSLATE_NOOP("CameraSource", "{mrl}: libvlc cannot read this source address").format(
                    mrl=mrl
                )
            )
        player.set_media(media)
        started = time.perf_counter()
        if player.play() != 0:
            raise ProbeFailed(
                QT_TRANSLATE_NOOP("CameraSource", "{mrl}: libvlc could not start playing it").format(mrl=mrl)
            )
        _wait(arrived, failed, started + timeout_s, mrl, timeout_s)
        first_frame_ms = (ring.last_frame_ns / 1e9 - started) * 1000
        return _result(player, ring, media, vlc, first_frame_ms)
    finally:
        events.event_detach(error_event)
        if media is not None:
            media.release()  # the player holds its own reference
        release_later(player, instance=instance, keep=(ring, events))


def _wait(
    arrived: threading.Event, failed: threading.Event, deadline: float, mrl: str, timeout: float
) -> None:
    while not arrived.is_set():
        remaining = deadline - time.perf_counter()
        if failed.is_set():
            raise ProbeFailed(
                QT_TRANSLATE_NOOP("CameraSource", "{mrl}: libvlc could not open or read this source").format(
                    mrl=mrl
                )
            )
        if remaining <= 0:
            raise ProbeFailed(
                QT_TRANSLATE_NOOP(
                    "CameraSource", "{mrl}: no picture within {timeout:g} s (is anything sending to it?)"
                ).format(mrl=mrl, timeout=timeout)
            )
        arrived.wait(min(0.05, remaining))


def _result(player: Any, ring: FrameRing, media: Any, vlc: Any, first_frame_ms: float) -> ProbeResult:
    frame = ring.take_latest()
    assert frame is not None  # the event is only set by a displayed frame
    image = frame_image(ring, frame).copy()
    width, height = player.video_get_size(0) or (0, 0)
    if width and height and (width, height) != (image.width(), image.height()):
        # libvlc's decoders may report padded heights (720 as 738): back to the picture's true size
        image = image.scaled(
            width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return ProbeResult(image.width(), image.height(), _fps(player, media, vlc), first_frame_ms, image)


def _fps(player: Any, media: Any, vlc: Any) -> float:
    fps = float(player.get_fps() or 0.0)
    if fps > 0:
        return fps
    for track in media.tracks_get() or ():
        if track.type == vlc.TrackType.video and track.video and track.video.contents.frame_rate_den:
            video = track.video.contents
            return float(video.frame_rate_num) / float(video.frame_rate_den)
    return 0.0
