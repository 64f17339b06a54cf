"""From OBS's answers to what the guide's line says: on air or not, bitrate, dropped share, congestion, REC.

Plain Python fed on the GUI thread (readings and events arrive by queued signal); every figure is computed
from timestamped counters, never kept as a running total. Counters restart with each stream, so a reading
whose counters went down starts the window afresh. A reading older than :data:`STALE_S` is not shown as live.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Any, Literal

from console.encoder.protocol import NOT_V5, ProtocolError
from console.messages import Text
from console.show.encoder import EncoderRecord

STALE_S = 4.0  # readings come every second: four missed ones mean the line no longer knows
BITRATE_WINDOW_S = 5.0
DROPPED_WINDOW_S = 60.0
ALERT_WINDOW_S = 30.0
MAX_COUNTER = 2**63  # anything larger is not a counter OBS keeps

LinkState = Literal["off", "connecting", "connected", "failed"]
State = tuple[bool | None, bool, bool | None]  # streaming, reconnecting, recording
# StreamStateChanged's outputState values that mean the picture is not going out (or is about to stop).
WATCHED_EVENTS = ("StreamStateChanged", "RecordStateChanged")  # the only ones handed to the GUI thread
GOING_OFF = ("OBS_WEBSOCKET_OUTPUT_STOPPING", "OBS_WEBSOCKET_OUTPUT_STOPPED")
RECONNECTING = "OBS_WEBSOCKET_OUTPUT_RECONNECTING"


@dataclass(frozen=True)
class StreamStatus:
    active: bool
    reconnecting: bool
    bytes: int
    skipped_frames: int
    total_frames: int
    congestion: float
    duration_s: float


@dataclass(frozen=True)
class RecordStatus:
    active: bool
    paused: bool
    duration_s: float


@dataclass(frozen=True)
class Reading:
    at: float  # epoch seconds when the answers came
    stream: StreamStatus
    record: RecordStatus


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ProtocolError(NOT_V5)
    return value


def _count(data: dict[str, Any], key: str) -> int:
    value = data.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < MAX_COUNTER:
        raise ProtocolError(NOT_V5)
    return int(value)


def _fraction(data: dict[str, Any], key: str) -> float:
    value = data.get(key, 0.0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ProtocolError(NOT_V5)
    return min(1.0, max(0.0, float(value)))


def stream_status(data: dict[str, Any]) -> StreamStatus:
    """GetStreamStatus's ``responseData``; ProtocolError for a wrong type or an absurd value."""
    return StreamStatus(
        active=_flag(data, "outputActive"),
        reconnecting=_flag(data, "outputReconnecting"),
        bytes=_count(data, "outputBytes"),
        skipped_frames=_count(data, "outputSkippedFrames"),
        total_frames=_count(data, "outputTotalFrames"),
        congestion=_fraction(data, "outputCongestion"),
        duration_s=_count(data, "outputDuration") / 1000,
    )


def record_status(data: dict[str, Any]) -> RecordStatus:
    return RecordStatus(
        active=_flag(data, "outputActive"),
        paused=_flag(data, "outputPaused"),
        duration_s=_count(data, "outputDuration") / 1000,
    )


def bitrate_kbps(first: Reading, last: Reading) -> float | None:
    seconds = last.at - first.at
    sent = last.stream.bytes - first.stream.bytes
    if seconds <= 0 or sent < 0:
        return None
    return sent * 8 / 1000 / seconds


def dropped_share(first: Reading, last: Reading) -> float | None:
    frames = last.stream.total_frames - first.stream.total_frames
    skipped = last.stream.skipped_frames - first.stream.skipped_frames
    if frames <= 0 or skipped < 0:
        return None
    return min(1.0, skipped / frames)


@dataclass(frozen=True)
class EncoderView:
    """The line at one moment. ``on_air`` is None when not known now (no link, or the last word is stale)."""

    link: LinkState
    reason: Text | None
    age_s: float | None
    on_air: bool | None
    reconnecting: bool
    bitrate_kbps: float | None
    dropped_share: float | None  # over the last minute
    dropped_recent: float | None  # over the alert window
    congestion: float | None
    recording: bool | None
    record_s: float | None
    went_off_at: float | None  # when the stream stopped or started reconnecting (epoch seconds)
    stream_started_at: float | None  # the encoder's own start of the stream, when known

    @property
    def fresh(self) -> bool:
        return self.age_s is not None and self.age_s <= STALE_S


class EncoderHealth:
    """The readings of the last minute and the events since, turned into an :class:`EncoderView`."""

    def __init__(self, threshold: float = 0.02, alert_window_s: float = ALERT_WINDOW_S) -> None:
        self.threshold = threshold
        self.alert_window_s = alert_window_s
        self.link: LinkState = "off"
        self.reason: Text | None = None
        self._readings: deque[Reading] = deque()
        self._event_at: float | None = None
        self._event_streaming: bool | None = None
        self._event_reconnecting = False
        self._event_recording: bool | None = None
        self.went_off_at: float | None = None
        self.stream_started_at: float | None = None

    # -- what comes in -----------------------------------------------------------------------------------
    def set_link(self, link: LinkState, reason: Text | None = None) -> bool:
        """True when this is a change worth a stored record."""
        changed = (link, reason) != (self.link, self.reason)
        self.link, self.reason = link, reason
        if link != "connected":
            self._event_at = None
        return changed

    def add(self, reading: Reading) -> bool:
        """Take one reading; True when the stream or the recording changed state (worth a stored record)."""
        before = self._state()
        last = self._readings[-1] if self._readings else None
        if last is not None and (
            reading.stream.bytes < last.stream.bytes or reading.stream.total_frames < last.stream.total_frames
        ):
            self._readings.clear()  # a new stream: its counters start again
        self._readings.append(reading)
        while self._readings and reading.at - self._readings[0].at > DROPPED_WINDOW_S:
            self._readings.popleft()
        self._event_at = None  # a reading is newer than any event before it
        self._note_change(before, reading.at, reading.stream.duration_s)
        return self._state() != before

    def event(self, at: float, name: str, data: dict[str, Any]) -> bool:
        """StreamStateChanged / RecordStateChanged as they happen (seconds before the next reading)."""
        before = self._state()
        state = data.get("outputState")
        if name == "StreamStateChanged" and isinstance(state, str):
            self._event_recording = self._recording()  # unchanged: read before the event takes over
            self._event_reconnecting = state == RECONNECTING
            self._event_streaming = state not in GOING_OFF and data.get("outputActive") is not False
            self._event_at = at
        elif name == "RecordStateChanged" and isinstance(data.get("outputActive"), bool):
            self._event_streaming, self._event_reconnecting = self._streaming(), self._reconnecting()
            self._event_recording = bool(data["outputActive"])
            self._event_at = at
        else:
            return False
        self._note_change(before, at, None)
        return self._state() != before

    # -- what goes out -----------------------------------------------------------------------------------
    def view(self, now: float) -> EncoderView:
        last = self._readings[-1] if self._readings else None
        age = None if last is None or self.link != "connected" else max(0.0, now - last.at)
        fresh = age is not None and age <= STALE_S
        known = fresh or (self._event_at is not None and self.link == "connected")
        flowing = fresh and self._streaming() is True  # a stopped stream has no bitrate, whatever came before
        return EncoderView(
            link=self.link,
            reason=self.reason,
            age_s=age,
            on_air=self._streaming() if known else None,
            reconnecting=self._reconnecting() if known else False,
            bitrate_kbps=self._over(BITRATE_WINDOW_S, bitrate_kbps) if flowing else None,
            dropped_share=self._over(DROPPED_WINDOW_S, dropped_share) if flowing else None,
            dropped_recent=self._over(self.alert_window_s, dropped_share) if flowing else None,
            congestion=last.stream.congestion if flowing and last is not None else None,
            recording=self._recording() if known else None,
            record_s=last.record.duration_s if fresh and last is not None and last.record.active else None,
            went_off_at=self.went_off_at,
            stream_started_at=self.stream_started_at,
        )

    def record(self, kind: Literal["state", "sample"], at: float) -> EncoderRecord:
        view = self.view(at)
        return EncoderRecord(
            at=at,
            kind=kind,
            streaming=view.on_air,
            reconnecting=view.reconnecting,
            recording=view.recording,
            bitrate_kbps=None if view.bitrate_kbps is None else round(view.bitrate_kbps, 1),
            dropped_share=None if view.dropped_share is None else round(view.dropped_share, 4),
            congestion=view.congestion,
            reason=view.reason if view.link != "connected" else None,
            stream_started_at=view.stream_started_at if view.on_air else None,
        )

    # -- inside ------------------------------------------------------------------------------------------
    def _state(self) -> State:
        return self._streaming(), self._reconnecting(), self._recording()

    def _streaming(self) -> bool | None:
        if self._event_at is not None:
            return self._event_streaming
        return self._readings[-1].stream.active if self._readings else None

    def _reconnecting(self) -> bool:
        if self._event_at is not None:
            return self._event_reconnecting
        return bool(self._readings) and self._readings[-1].stream.reconnecting

    def _recording(self) -> bool | None:
        if self._event_at is not None:
            return self._event_recording
        return self._readings[-1].record.active if self._readings else None

    def _note_change(
        self, before: tuple[bool | None, bool, bool | None], at: float, duration: float | None
    ) -> None:
        was_out = before[0] is True and not before[1]
        streaming = self._streaming() is True
        out = streaming and not self._reconnecting()
        if was_out and not out:
            self.went_off_at = at
        elif out:
            self.went_off_at = None
        if streaming and duration is not None and duration > 0:
            self.stream_started_at = at - duration  # OBS's own count: the truest start
        elif streaming and before[0] is not True:
            self.stream_started_at = at  # a new stream (a reconnect is the same one)
        elif not streaming:
            self.stream_started_at = None

    def _over(self, window_s: float, figure: Any) -> float | None:
        last = self._readings[-1]
        first = next((r for r in self._readings if last.at - r.at <= window_s), last)
        if first is last and len(self._readings) > 1:
            first = self._readings[-2]
        if first is last:
            return None
        result: float | None = figure(first, last)
        return result
