"""Real servers on 127.0.0.1 that speak as YouTube's live chat API and Twitch's IRC-over-WebSocket, and
misbehave on request. Used by tests/test_chat_sources.py and scripts/bench/chat_bench.py.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from aiohttp import WSMsgType, web

CHAT_ID = "Cg0KC2FiY2RlZmdoaWpr"


def youtube_item(n: int, text: str, author: str = "Li Wei", at: float | None = None) -> dict[str, Any]:
    sent = datetime.fromtimestamp(time.time() if at is None else at, UTC).isoformat().replace("+00:00", "Z")
    return {
        "kind": "youtube#liveChatMessage",
        "id": f"msg-{n}",
        "snippet": {
            "type": "textMessageEvent",
            "liveChatId": CHAT_ID,
            "publishedAt": sent,
            "hasDisplayContent": True,
            "displayMessage": text,
            "textMessageDetails": {"messageText": text},
        },
        "authorDetails": {"channelId": f"UC{n}", "displayName": author, "isChatModerator": False},
    }


class FakeYouTubeChat:
    """``videos.list`` and ``liveChatMessages.list``: ``pages`` are served in order by their token ("" first,
    then "p1", "p2"...); ``video_mode`` is live, upcoming, ended or nochat; ``chat_mode`` live, quota,
    ended, disabled, endevent (a chatEndedEvent in the page), hang (5 s without a word) or huge (2 MB)."""

    def __init__(self) -> None:
        self.pages: list[list[dict[str, Any]]] = [[]]
        self.poll_ms = 100
        self.video_mode = "live"
        self.chat_mode = "live"
        self.requests: list[tuple[float, str, dict[str, list[str]]]] = []
        self.url = ""
        self._server: ThreadingHTTPServer | None = None
        # Stream mode (the benchmark): ``rate`` messages a second from ``started``, each page what is due;
        # ``served`` counts them, ``/counts`` answers {"youtube": served, "twitch": the Twitch fake's sent}.
        self.rate = 0.0
        self.started = 0.0
        self.served = 0
        self.stopped = False
        self.twitch: FakeTwitchChat | None = None

    def start(self) -> str:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake.answer(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def calls(self, path: str) -> list[dict[str, list[str]]]:
        return [query for _, p, query in list(self.requests) if p == path]

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        url = urlsplit(handler.path)
        query = parse_qs(url.query)
        self.requests.append((time.time(), url.path, query))
        if url.path == "/youtube/v3/videos":
            self._send(handler, 200, self._video(query))
        elif url.path == "/youtube/v3/liveChat/messages":
            if self.chat_mode in ("quota", "ended", "disabled"):
                reason = {"quota": "quotaExceeded", "ended": "liveChatEnded", "disabled": "liveChatDisabled"}
                status = 403
                error = {"code": status, "message": "no", "errors": [{"reason": reason[self.chat_mode]}]}
                self._send(handler, status, {"error": error})
                return
            if self.rate:
                self._send(handler, 200, self._stream_page())
                return
            if self.chat_mode == "hang":
                time.sleep(5)
                return
            if self.chat_mode == "huge":
                self._send(handler, 200, {"items": [], "padding": "x" * 2_000_000})
                return
            token = query.get("pageToken", [""])[0]
            index = int(token[1:]) if token.startswith("p") and token[1:].isdigit() else 0
            items = self.pages[index] if index < len(self.pages) else []
            if self.chat_mode == "endevent":
                items = [*items, {"id": "end", "snippet": {"type": "chatEndedEvent"}}]
            next_index = min(index + 1, len(self.pages))
            page = {
                "kind": "youtube#liveChatMessageListResponse",
                "pollingIntervalMillis": self.poll_ms,
                "nextPageToken": f"p{next_index}",
                "pageInfo": {"totalResults": len(items), "resultsPerPage": len(items)},
                "items": items,
            }
            self._send(handler, 200, page)
        elif url.path == "/counts":
            sent = self.twitch.sent if self.twitch is not None else 0
            self._send(handler, 200, {"youtube": self.served, "twitch": sent})
        elif url.path == "/stop":
            self.stopped = True
            if self.twitch is not None:
                self.twitch.streaming = False
            self._send(handler, 200, {})
        else:
            self._send(handler, 404, {"error": {"code": 404, "message": "not found"}})

    def _stream_page(self) -> dict[str, Any]:
        due = self.served if self.stopped else int((time.time() - self.started) * self.rate)
        items = [youtube_item(n, chat_line(n), f"viewer{n % 97}") for n in range(self.served, due)]
        self.served = due
        return {"pollingIntervalMillis": 1000, "nextPageToken": f"s{due}", "items": items}

    def _video(self, query: dict[str, list[str]]) -> dict[str, Any]:
        details: dict[str, str] = {"actualStartTime": "2024-05-01T18:00:00Z"}
        if self.video_mode == "live":
            details["activeLiveChatId"] = CHAT_ID
        elif self.video_mode == "ended":
            details["actualEndTime"] = "2024-05-01T19:00:00Z"
        elif self.video_mode == "upcoming":
            details = {"scheduledStartTime": "2030-05-01T18:00:00Z"}
        video = {"kind": "youtube#video", "id": query.get("id", [""])[0], "liveStreamingDetails": details}
        return {"kind": "youtube#videoListResponse", "items": [video]}

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, document: Any) -> None:
        body = json.dumps(document).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (too large)
            handler.wfile.write(body)


CHAT_LINES = (
    "hello from Ohio!",
    "who painted number {n}?",
    "Pourquoi le numéro {n} est doré ?",
    "这是第{n}号真迹吗",
    "wow {n}",
    "👏👏👏",
    "how old is this painting?",
    "lol",
)


def chat_line(n: int) -> str:
    """A stream's n-th line: greetings, noise, questions new each time and one asked again and again."""
    return CHAT_LINES[n % len(CHAT_LINES)].format(n=n)


def twitch_privmsg(n: int, text: str, author: str = "LiWei", at_ms: int | None = None) -> str:
    sent = at_ms if at_ms is not None else int(time.time() * 1000)
    name, login = author.replace(" ", "\\s"), author.lower().replace(" ", "")
    return (
        f"@badge-info=;badges=;color=#1E90FF;display-name={name};emotes=;id=tw-{n};mod=0;"
        f"room-id=1;subscriber=0;tmi-sent-ts={sent};turbo=0;user-id=9;user-type= "
        f":{login}!{login}@{login}.tmi.twitch.tv PRIVMSG #museum :{text}"
    )


class FakeTwitchChat:
    """A WebSocket server that answers CAP/NICK/JOIN as Twitch does, then sends what the test queues.

    ``send(text)`` sends one frame to every connected client; ``drop()`` closes every connection without a
    word; ``received`` holds every line clients sent (CAP, NICK, JOIN, PONG...); ``connections`` counts them.
    """

    def __init__(self) -> None:
        self.received: list[str] = []
        self.connections = 0
        self.sent = 0  # PRIVMSG lines streamed (stream mode)
        self.streaming = False
        self.url = ""
        self._sockets: set[web.WebSocketResponse] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> str:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            loop.run_until_complete(self._bind())
            ready.set()
            loop.run_forever()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(10)
        return self.url

    async def _bind(self) -> None:
        app = web.Application()
        app.router.add_get("/", self._chat)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"ws://127.0.0.1:{port}/"

    async def _chat(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self.connections += 1
        self._sockets.add(socket)
        try:
            async for frame in socket:
                if frame.type != WSMsgType.TEXT:
                    continue
                for line in frame.data.split("\r\n"):
                    if not line:
                        continue
                    self.received.append(line)
                    if line.startswith("JOIN #"):
                        channel = line[5:]
                        await socket.send_str(
                            f":justinfan1!justinfan1@justinfan1.tmi.twitch.tv JOIN {channel}\r\n"
                            f"@emote-only=0;room-id=1 :tmi.twitch.tv ROOMSTATE {channel}\r\n"
                        )
                    elif line.startswith("CAP REQ"):
                        await socket.send_str(
                            ":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands\r\n"
                        )
        finally:
            self._sockets.discard(socket)
        return socket

    def stream(self, rate: float) -> None:
        """Send ``rate`` PRIVMSG lines a second (five a frame) to every client until ``streaming`` ends."""

        async def run() -> None:
            self.streaming = True
            started = time.time()
            while self.streaming:
                await asyncio.sleep(0.2)
                due = int((time.time() - started) * rate)
                lines = [twitch_privmsg(n, chat_line(n), f"viewer{n % 89}") for n in range(self.sent, due)]
                for socket in list(self._sockets):
                    await socket.send_str("\r\n".join(lines) + "\r\n")
                if self._sockets:
                    self.sent = due

        assert self._loop is not None
        asyncio.run_coroutine_threadsafe(run(), self._loop)

    def _call(self, make: Callable[[], Any]) -> None:
        assert self._loop is not None
        asyncio.run_coroutine_threadsafe(make(), self._loop).result(10)

    def send(self, text: str) -> None:
        async def send_all() -> None:
            for socket in list(self._sockets):
                await socket.send_str(text)

        self._call(send_all)

    def drop(self) -> None:
        async def drop_all() -> None:
            for socket in list(self._sockets):
                transport = socket._req.transport if socket._req is not None else None
                if transport is not None:
                    transport.abort()  # no close frame: a dropped connection

        self._call(drop_all)

    def stop(self) -> None:
        if self._loop is None:
            return

        async def close() -> None:
            if self._runner is not None:
                await self._runner.cleanup()

        self._call(close)
        self._loop.call_soon_threadsafe(self._loop.stop)


@pytest.fixture
def youtube_chat() -> Iterator[FakeYouTubeChat]:
    """YouTube's live chat API on 127.0.0.1 for one test."""
    fake = FakeYouTubeChat()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def twitch_chat() -> Iterator[FakeTwitchChat]:
    """Twitch's chat WebSocket on 127.0.0.1 for one test."""
    fake = FakeTwitchChat()
    fake.start()
    yield fake
    fake.stop()


def main() -> None:
    """Serve both chats in stream mode until killed (the benchmark's own process): RATE messages a second
    from each. Prints the YouTube base URL and the Twitch WebSocket URL, one a line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=25.0)
    args = parser.parse_args()
    twitch = FakeTwitchChat()
    twitch.start()
    youtube = FakeYouTubeChat()
    youtube.twitch = twitch
    youtube.start()
    print(youtube.url, flush=True)
    print(twitch.url, flush=True)
    sys.stdin.readline()  # the benchmark says go (a line) once its baseline is measured
    youtube.rate, youtube.started = args.rate, time.time()
    twitch.stream(args.rate)
    threading.Event().wait()


if __name__ == "__main__":
    main()
