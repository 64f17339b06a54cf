"""``cicerone stream probe``: connect, authenticate, read the stream and record status twice, S s apart."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import aiohttp

from console.encoder.client import connect, read_status
from console.encoder.health import bitrate_kbps
from console.encoder.protocol import ProtocolError
from console.show.encoder_source import EncoderSource


@dataclass(frozen=True)
class ProbeResult:
    source: str
    streaming: bool | None = None
    reconnecting: bool | None = None
    recording: bool | None = None
    bitrate_kbps: float | None = None
    dropped_frames: int | None = None  # skipped during the S seconds
    total_frames: int | None = None  # sent during the S seconds
    congestion: float | None = None
    error: str | None = None

    def document(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


async def probe(source: EncoderSource, password: str | None, seconds: float, timeout_s: float) -> ProbeResult:
    try:
        async with aiohttp.ClientSession() as http:
            link = await connect(http, source, password, timeout_s=timeout_s)
            try:
                first = await read_status(link, timeout_s)
                await asyncio.sleep(seconds)
                last = await read_status(link, timeout_s)
            finally:
                await link.close()
    except ProtocolError as error:
        return ProbeResult(str(source), error=str(error.reason))
    rate = bitrate_kbps(first, last) if last.stream.active else None
    return ProbeResult(
        str(source),
        streaming=last.stream.active,
        reconnecting=last.stream.reconnecting,
        recording=last.record.active,
        bitrate_kbps=None if rate is None else round(rate, 1),
        dropped_frames=max(0, last.stream.skipped_frames - first.stream.skipped_frames),
        total_frames=max(0, last.stream.total_frames - first.stream.total_frames),
        congestion=last.stream.congestion,
    )
