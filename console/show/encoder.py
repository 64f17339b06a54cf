"""What the encoder said during a show, as stored: its state changes and a sample every few seconds."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
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


DROPPED_ALERT = 0.02  # the share of skipped frames the live line turns amber at (the setting's default)
HOLD_S = 30.0  # samples come every 5 s: a record older than this no longer says what the encoder was doing
EncoderState = Literal["on_air", "reconnecting", "off_air"]


@dataclass(frozen=True)
class EncoderSpan:
    """A stretch of show where the encoder said one thing; stretches where it said nothing have no span."""

    start: float
    end: float
    state: EncoderState


def _state(record: EncoderRecord) -> EncoderState | None:
    if record.streaming is None:
        return None  # the encoder could not be asked: a gap, not "off air"
    if record.reconnecting:
        return "reconnecting"
    return "on_air" if record.streaming else "off_air"


def held(
    records: Sequence[EncoderRecord], end: float, hold_s: float = HOLD_S
) -> Iterator[tuple[EncoderRecord, float]]:
    """Each record in time order with when it stops holding: the next record, ``hold_s`` later, or ``end``
    (a record at no real moment, from a damaged row, is left out)."""
    ordered = sorted((r for r in records if math.isfinite(r.at)), key=lambda record: record.at)
    for position, record in enumerate(ordered):
        following = ordered[position + 1].at if position + 1 < len(ordered) else end
        yield record, min(record.at + hold_s, following, end)


def encoder_spans(
    records: Sequence[EncoderRecord], start: float, end: float, hold_s: float = HOLD_S
) -> list[EncoderSpan]:
    """The encoder's state over ``start``..``end``: each record holds until the next one, or for ``hold_s``
    at most (a console that stopped recording, or an encoder that stopped answering, leaves a gap; nothing
    is guessed across it). Neighbouring stretches of one state are joined."""
    spans: list[EncoderSpan] = []
    for record, until in held(records, end, hold_s):
        state = _state(record)
        a = max(record.at, start)
        if state is None or until <= a:
            continue
        if spans and spans[-1].state == state and spans[-1].end >= a:
            spans[-1] = EncoderSpan(spans[-1].start, until, state)
        else:
            spans.append(EncoderSpan(a, until, state))
    return spans
