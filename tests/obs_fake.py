"""A stand-in obs-websocket v5 server on 127.0.0.1, speaking the documented messages (aiohttp, on its own
network loop): Hello with an authentication challenge, Identify checked against the password for real (a wrong
one closes with 4009), GetStreamStatus/GetRecordStatus whose counters grow at a known rate, and
StreamStateChanged/RecordStateChanged events on command. It misbehaves on request: ``silent`` accepts the
WebSocket and never says Hello, ``mute`` identifies and then never answers, ``v4`` answers in the old
protocol, ``http`` is no WebSocket server at all.
Used by tests/test_encoder*.py and scripts/bench/encoder_bench.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import WSMsgType, web

from console.netloop import NetLoop

BYTES_PER_S = 750_000  # 6,000 kb/s
FRAMES_PER_S = 30


class FakeObs:
    def __init__(self, password: str | None = "correct horse", mode: str = "obs", skipped_share: float = 0.0):
        self.password = password
        self.mode = mode
        self.skipped_share = skipped_share
        self.streaming = True
        self.reconnecting = False
        self.recording = True
        self.stream_since = time.time() - 60  # counters as if the stream began a minute ago
        self.record_since = time.time() - 90
        self.identified = 0
        self.refused = 0
        self.requests: list[str] = []
        self._sockets: set[web.WebSocketResponse] = set()
        self._loop = NetLoop(name="fake-obs")
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- the test's side (any thread) ----------------------------------------------------------------------
    def start(self) -> FakeObs:
        self.port = self._loop.submit(self._start()).result(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            self._loop.submit(self._runner.cleanup()).result(10)
        self._loop.stop()

    @property
    def address(self) -> str:
        return f"obs://127.0.0.1:{self.port}"

    def stop_stream(self) -> None:
        self._loop.submit(self._set_stream(False, "OBS_WEBSOCKET_OUTPUT_STOPPED")).result(5)

    def start_stream(self) -> None:
        self._loop.submit(self._set_stream(True, "OBS_WEBSOCKET_OUTPUT_STARTED")).result(5)

    def reconnect(self) -> None:
        self._loop.submit(self._set_stream(True, "OBS_WEBSOCKET_OUTPUT_RECONNECTING")).result(5)

    def drop(self) -> None:
        """Every connection closed at once, as when the producer's machine loses the network."""
        self._loop.submit(self._drop()).result(5)

    # -- the server (its loop) -------------------------------------------------------------------------------
    async def _start(self) -> int:
        app = web.Application()
        app.router.add_get("/", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = getattr(site, "_server", None)
        port: int = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return port

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if self.mode == "http":
            return web.Response(text="<html>not OBS</html>", content_type="text/html")
        socket = web.WebSocketResponse(protocols=("obswebsocket.json",))
        await socket.prepare(request)
        if self.mode == "silent":
            async for _ in socket:
                pass
            return socket
        if self.mode == "v4":
            await socket.send_json({"update-type": "StreamStatus", "streaming": True})
            await socket.close()
            return socket
        challenge, salt = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
        hello: dict[str, Any] = {"obsWebSocketVersion": "5.5.2", "rpcVersion": 1}
        if self.password is not None:
            hello["authentication"] = {"challenge": challenge, "salt": salt}
        await socket.send_json({"op": 0, "d": hello})
        identified = False
        self._sockets.add(socket)
        try:
            async for message in socket:
                if message.type != WSMsgType.TEXT:
                    continue
                body = json.loads(message.data)
                if body["op"] == 1 and not identified:
                    if not self._authentic(body["d"].get("authentication"), salt, challenge):
                        self.refused += 1
                        await socket.close(code=4009, message=b"Authentication failed.")
                        break
                    identified = True
                    self.identified += 1
                    await socket.send_json({"op": 2, "d": {"negotiatedRpcVersion": 1}})
                elif body["op"] == 6 and identified and self.mode == "mute":
                    continue  # identified, then never answers a request: a hung OBS
                elif body["op"] == 6 and identified:
                    await socket.send_json({"op": 7, "d": self._answer(body["d"])})
                else:
                    await socket.close(code=4007 if not identified else 4006)
                    break
        finally:
            self._sockets.discard(socket)
        return socket

    def _authentic(self, offered: object, salt: str, challenge: str) -> bool:
        if self.password is None:
            return True
        secret = base64.b64encode(hashlib.sha256((self.password + salt).encode()).digest()).decode()
        expected = base64.b64encode(hashlib.sha256((secret + challenge).encode()).digest()).decode()
        return offered == expected

    def _answer(self, request: dict[str, Any]) -> dict[str, Any]:
        kind = request["requestType"]
        self.requests.append(kind)
        now = time.time()
        data: dict[str, Any]
        if kind == "GetStreamStatus":
            seconds = max(0.0, now - self.stream_since) if self.streaming else 0.0
            frames = int(seconds * FRAMES_PER_S)
            data = {
                "outputActive": self.streaming,
                "outputReconnecting": self.reconnecting,
                "outputTimecode": "00:00:00.000",
                "outputDuration": int(seconds * 1000),
                "outputCongestion": 0.25 if self.reconnecting else 0.0,
                "outputBytes": int(seconds * BYTES_PER_S),
                "outputSkippedFrames": int(frames * self.skipped_share),
                "outputTotalFrames": frames,
            }
        elif kind == "GetRecordStatus":
            seconds = now - self.record_since if self.recording else 0.0
            data = {
                "outputActive": self.recording,
                "outputPaused": False,
                "outputTimecode": "00:00:00.000",
                "outputDuration": int(seconds * 1000),
                "outputBytes": int(seconds * 1_000_000),
            }
        else:
            status = {"result": False, "code": 204, "comment": f"unknown request {kind}"}
            return {"requestType": kind, "requestId": request["requestId"], "requestStatus": status}
        return {
            "requestType": kind,
            "requestId": request["requestId"],
            "requestStatus": {"result": True, "code": 100},
            "responseData": data,
        }

    async def _set_stream(self, active: bool, state: str) -> None:
        if active and not self.streaming:
            self.stream_since = time.time()
        self.streaming, self.reconnecting = active, state == "OBS_WEBSOCKET_OUTPUT_RECONNECTING"
        event = {
            "eventType": "StreamStateChanged",
            "eventIntent": 64,
            "eventData": {"outputActive": active, "outputState": state},
        }
        for socket in list(self._sockets):
            await socket.send_json({"op": 5, "d": event})

    async def _drop(self) -> None:
        for socket in list(self._sockets):
            await socket.close(code=1006)


@pytest.fixture
def obs() -> Iterator[FakeObs]:
    """A well-behaved stand-in OBS (password "correct horse"), streaming and recording."""
    fake = FakeObs().start()
    yield fake
    fake.stop()


def main() -> None:
    """``python -m tests.obs_fake``: serve until stdin closes, the address on the first line (benchmarks)."""
    import sys

    fake = FakeObs().start()
    print(fake.address, flush=True)
    sys.stdin.read()
    fake.stop()


if __name__ == "__main__":
    main()
