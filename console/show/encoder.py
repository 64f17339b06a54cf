"""What the encoder said during a show, as stored: its state changes and a sample every few seconds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from console.messages import Text

EncoderRecordKind = Literal["state", "sample"]


@dataclass(frozen=True)
class EncoderRecord:
    """At ``at`` (epoch seconds): a change of state (with its reason) or a periodic sample of the stream."""

    at: float
    kind: EncoderRecordKind
    streaming: bool | None  # None: the encoder could not be asked (``reason`` says why)
    reconnecting: bool = False
    recording: bool | None = None
    bitrate_kbps: float | None = None
    dropped_share: float | None = None  # skipped frames over the last minute, 0..1
    congestion: float | None = None  # OBS's own 0..1 figure
    reason: Text | None = None
    stream_started_at: float | None = None  # the encoder's own start of the stream it is sending


def encoder_stream_start(records: Iterable[EncoderRecord]) -> float | None:
    """When the encoder started the stream the show went out on (the first one it reported), if it said."""
    return next(
        (r.stream_started_at for r in records if r.streaming and r.stream_started_at is not None), None
    )
