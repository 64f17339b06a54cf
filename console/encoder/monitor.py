"""The GUI thread's side of the encoder client: readings and events in through queued signals, the view out.

The :class:`ObsWatcher` runs on the network loop thread (console/netloop.py) and only emits this object's
private signals; Qt queues them to the GUI thread, where :class:`EncoderHealth` is fed and ``changed`` tells
the window. State changes and a sample every few seconds go out on ``record`` for the session.
"""

from __future__ import annotations

import concurrent.futures
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from console import netloop
from console.encoder.client import ObsWatcher, Password
from console.encoder.health import WATCHED_EVENTS, EncoderHealth, EncoderView, Reading
from console.messages import QT_TRANSLATE_NOOP, Text
from console.show.encoder_source import EncoderSource

SAMPLE_EVERY_S = 5.0
CONNECTING = QT_TRANSLATE_NOOP("Encoder", "connecting to OBS")


class EncoderMonitor(QObject):
    changed = Signal()  # the view may say something new (a reading, an event, the link)
    record = Signal(object)  # EncoderRecord: a state change or a periodic sample, for the session

    _link = Signal(str, object)  # from the loop's thread
    _reading = Signal(object)
    _event = Signal(float, str, object)

    def __init__(
        self,
        source: EncoderSource,
        password: Password,
        *,
        threshold: float = 0.02,
        interval_s: float = 1.0,
        sample_every_s: float = SAMPLE_EVERY_S,
        timeout_s: float = 5.0,
        loop: netloop.NetLoop | None = None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.health = EncoderHealth(threshold)
        self.clock = clock
        self._loop = loop or netloop.shared()
        self._sample_every_s = sample_every_s
        self._last_sample_at: float | None = None
        self._task: concurrent.futures.Future[None] | None = None
        self._watcher = ObsWatcher(
            source,
            password,
            on_link=self._link.emit,
            on_reading=self._reading.emit,
            on_event=self._forward_event,
            interval_s=interval_s,
            timeout_s=timeout_s,
        )
        self._link.connect(self._take_link)
        self._reading.connect(self._take_reading)
        self._event.connect(self._take_event)

    def start(self) -> None:
        if self._task is None:
            self.health.set_link("connecting", CONNECTING)
            self._task = self._loop.submit(self._watcher.run())
            self.changed.emit()

    def stop(self) -> None:
        """Cancel the client (its socket closes on the loop); nothing more arrives after this returns."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._link.disconnect(self._take_link)
        self._reading.disconnect(self._take_reading)
        self._event.disconnect(self._take_event)

    def _forward_event(self, at: float, name: str, data: dict[str, Any]) -> None:
        """On the loop's thread: only the events the line uses cross to the GUI thread (a chatty or hostile
        server cannot flood the window's queue)."""
        if name in WATCHED_EVENTS:
            self._event.emit(at, name, data)

    def view(self) -> EncoderView:
        return self.health.view(self.clock())

    # -- the GUI thread, queued from the loop --------------------------------------------------------------
    def _take_link(self, link: str, reason: Text | None) -> None:
        if link in ("connected", "failed") and self.health.set_link(link, reason):  # type: ignore[arg-type]
            self.record.emit(self.health.record("state", self.clock()))
        self.changed.emit()

    def _take_reading(self, reading: Reading) -> None:
        if self.health.add(reading):
            self.record.emit(self.health.record("state", reading.at))
        if self._last_sample_at is None or reading.at - self._last_sample_at >= self._sample_every_s:
            self._last_sample_at = reading.at
            self.record.emit(self.health.record("sample", reading.at))
        self.changed.emit()

    def _take_event(self, at: float, name: str, data: dict[str, Any]) -> None:
        if self.health.event(at, name, data):
            self.record.emit(self.health.record("state", at))
            self.changed.emit()
