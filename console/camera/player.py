"""One libvlc player for the preview, driven from the GUI thread, that reconnects by itself.

Every libvlc call that returns at once happens here, on the thread that owns this QObject. Stopping and
releasing a player can block for seconds on a network source that never answers (libvlc 3 has no
asynchronous stop), so it never happens here: each (re)connect plays a new libvlc player from the same
instance and hands the old one to :mod:`console.camera.release`. libvlc's threads only reach us through
:class:`~console.camera.frames.FrameRing` (buffers, counters), :class:`~console.camera.audio.AudioLevel`
(the sound's level) and queued signals: the frame signal, and libvlc events re-emitted as ``_libvlc_event``
(libvlc is not reentrant: its event callbacks must never call it back). A timer watches frame arrival; when
the signal is lost it replays the source with backoff until frames come back.
"""

from __future__ import annotations

import atexit
import logging
import weakref
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QObject, QTimer, Signal

from console.camera.audio import AudioLevel
from console.camera.frames import FrameRing
from console.camera.libvlc import new_instance, new_media
from console.camera.release import release_later, wait_released
from console.camera.sources import is_file
from console.camera.watch import Health, SignalWatch, Status

log = logging.getLogger(__name__)
TICK_MS = 200
REBOX_DELAY_MS = 600  # wait for a resize to settle before re-creating the video output at the new size
REBOX_RATIO = 1.25  # ...and only when the pane changed by more than this (either way)

_alive: weakref.WeakSet[PreviewPlayer] = weakref.WeakSet()


class PreviewPlayer(QObject):
    """Plays one MRL into a :class:`FrameRing` sized to the pane; raises ``VlcUnavailable`` if it cannot."""

    frame_ready = Signal()  # emitted on libvlc's thread, delivered queued on ours
    status_changed = Signal(object)  # a Status: on every change, and every tick while not live
    _libvlc_event = Signal(str, int)  # (what happened, to which player: see _generation)

    def __init__(self, caching_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vlc, self._instance = new_instance(caching_ms, audio=True)
        self.audio = AudioLevel()  # the sound goes here, never to a sound card
        self._player: Any = None  # the libvlc player of the current attempt (a new one each attempt)
        self._events: Any = None
        self._generation = 0  # which attempt a libvlc event belongs to: an old player's are ignored
        self._event_types = {
            self._vlc.EventType.MediaPlayerEncounteredError: "error",
            self._vlc.EventType.MediaPlayerEndReached: "ended",
        }
        self._libvlc_event.connect(self._handle_libvlc_event)
        self.ring: FrameRing | None = None
        self._previous_ring: FrameRing | None = None
        self.mrl = ""
        self._box = (640, 360)
        self.watch = SignalWatch()
        self.picture_size: tuple[int, int] | None = None  # the source's true size, once libvlc knows it
        self.last_error = ""
        self._seen_frames = 0
        self._health = Health.IDLE
        self._released = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._rebox_timer = QTimer(self)
        self._rebox_timer.setSingleShot(True)
        self._rebox_timer.setInterval(REBOX_DELAY_MS)
        self._rebox_timer.timeout.connect(self._rebox)
        _alive.add(self)

    # -- libvlc's threads ---------------------------------------------------------------------------
    def _on_libvlc_event(self, event: Any, generation: int) -> None:
        self._libvlc_event.emit(self._event_types.get(event.type, "other"), generation)

    # -- the GUI thread -----------------------------------------------------------------------------
    def play(self, mrl: str, box: tuple[int, int]) -> None:
        """Play ``mrl`` decoded to fit ``box`` (device pixels); replaces whatever played before."""
        self.mrl = mrl
        self._box = box
        self.picture_size = None
        self.last_error = ""
        self._start(start_s=0.0, new_ring=True)  # no late frame of the previous source under this one's name
        self.watch.started()
        self._timer.start()
        self._tick()

    def set_box(self, box: tuple[int, int]) -> None:
        """The pane's size changed: decode at the new size once the resizing has settled."""
        self._box = box
        if self.ring is not None and self.mrl and _changed(self.ring.box, box):
            self._rebox_timer.start()

    def shutdown(self) -> None:
        """Hand libvlc over to be stopped and released off this thread (idempotent): see wait_released."""
        self._timer.stop()
        self._rebox_timer.stop()
        if self._released:
            return
        self._released = True
        for ring in (self.ring, self._previous_ring):
            if ring is not None:
                ring.mute()  # a frame libvlc shows while stopping must not reach this object any more
        self._retire(self._instance)

    @staticmethod
    def wait_released(timeout_s: float | None = None) -> bool:
        """Wait until every player handed over has been released (the process-exit hook does this too)."""
        return wait_released(timeout_s)

    def _retire(self, instance: Any = None) -> None:
        """Give the current libvlc player (and ``instance``, at shutdown) to a worker to stop and release."""
        player, events, self._player, self._events = self._player, self._events, None, None
        if events is not None:
            for event_type in self._event_types:
                events.event_detach(event_type)  # from here on no event of this player reaches us
        if player is not None or instance is not None:
            release_later(player, instance=instance, keep=(events, self.ring, self.audio))

    def _start(self, start_s: float, new_ring: bool = False) -> None:
        """(Re)open the source: retire the old player, make sure the ring fits the box, new player, play."""
        if self._released:
            return
        self._retire()
        if new_ring or self.ring is None or self.ring.box != self._box:
            self._previous_ring = self.ring  # its last frame may still be on screen
            self.ring = FrameRing(self._box, self.frame_ready.emit)
        if self.picture_size is not None:
            self.ring.aspect_hint = self.picture_size[0] / self.picture_size[1]
        self._generation += 1
        self._player = player = self._instance.media_player_new()
        self.ring.attach(self._vlc, player)
        self.audio.attach(self._vlc, player)
        self._events = player.event_manager()
        for event_type in self._event_types:
            self._events.event_attach(event_type, self._on_libvlc_event, self._generation)
        start = [f":start-time={start_s:.3f}"] if start_s > 0 else []
        media = new_media(self._instance, self.mrl, *start)
        if media is None:
            self.last_error = "libvlc cannot read this source address"
            return
        player.set_media(media)
        media.release()
        self._seen_frames = self.ring.progress()[0]
        if player.play() != 0:
            self.last_error = "libvlc could not start playing"

    def _tick(self) -> None:
        displayed, last_frame_ns = self.ring.progress() if self.ring is not None else (self._seen_frames, 0)
        if displayed != self._seen_frames:
            self._seen_frames = displayed
            self.watch.frame(last_frame_ns / 1e9)
            if self.picture_size is None:
                self._learn_picture_size()
        if self.watch.should_reconnect():
            log.info(
                "camera: no picture from %s, reconnecting (attempt %d)",
                _for_log(self.mrl),
                self.watch.attempts + 1,
            )
            self.watch.reconnecting()
            self._start(start_s=0.0)
        status = self.watch.status()
        if status.health is not Health.LIVE or status.health is not self._health:
            self._set_health(status)

    def _set_health(self, status: Status) -> None:
        if status.health is not self._health:  # a line per change: the status itself is emitted every tick
            log.info(
                "camera: %s -> %s for %s%s",
                self._health.value,
                status.health.value,
                _for_log(self.mrl),
                f" (reconnect attempts: {status.attempts})" if status.attempts else "",
            )
        self._health = status.health
        self.status_changed.emit(status)

    def _learn_picture_size(self) -> None:
        if self._player is None:
            return
        width, height = self._player.video_get_size(0)
        if width and height:
            self.picture_size = (int(width), int(height))
            if self.ring is not None:
                self.ring.aspect_hint = width / height

    def _rebox(self) -> None:
        if self.ring is None or not _changed(self.ring.box, self._box) or self._player is None:
            return
        position = self._player.get_time() / 1000 if is_file(self.mrl) else 0.0
        self._start(start_s=max(0.0, position))

    def _handle_libvlc_event(self, kind: str, generation: int) -> None:
        if generation != self._generation:
            return  # from a player retired since
        if kind == "error":
            self.last_error = "libvlc could not open or read the source"
        log.debug("camera: libvlc %s for %s", kind, _for_log(self.mrl))


def _for_log(mrl: str) -> str:
    """An MRL as a log line may show it: no user, password or query (``rtsp://user:pass@cam/x?token=...``)."""
    try:
        parts = urlsplit(mrl)
        host = parts.netloc.rpartition("@")[2]
    except ValueError:
        return "(an address that is not a URL)"
    if not parts.scheme:
        return mrl
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _changed(old: tuple[int, int], new: tuple[int, int]) -> bool:
    return any(b > a * REBOX_RATIO or a > b * REBOX_RATIO for a, b in zip(old, new, strict=True))


@atexit.register
def _release_all() -> None:
    """A safety net: hand every player still playing over, then wait for all (libvlc threads still running
    into Python's finalizer abort the process). Registered after the release module's own hook, so it runs
    before it."""
    for player in list(_alive):
        try:
            player.shutdown()
        except Exception:  # at exit, nothing is left to report to
            log.debug("camera: release at exit failed", exc_info=True)
    wait_released()
