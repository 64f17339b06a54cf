"""What the encoder said during a show, as stored: its state changes and a sample every few seconds."""

from __future__ import annotations

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
