"""A real HTTP server on 127.0.0.1 that answers as YouTube, Twitch and a generic JSON endpoint, and misbehaves
on request: 400 bad key, 403 quotaExceeded, 401, 429 with Ratelimit-Reset, 500, truncated JSON, a 50 MB body,
a connection that hangs. Used by the audience tests and (as a subprocess) by scripts/bench/viewers_bench.py.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

HUGE_BYTES = 50 * 1024 * 1024
# How each misbehaviour must be reported (route, mode, reason); reads time out after 0.5 s in these tests.
FAILURES = [
    ("youtube", "400", "bad API key (HTTP 400)"),
    ("youtube", "403", "YouTube quota exceeded"),
    ("twitch", "401", "not authorised"),
    ("twitch", "429", "rate limited (HTTP 429)"),
    ("twitch", "500", "the server failed (HTTP 500)"),
    ("json", "truncated", "bad answer: not JSON"),
    ("json", "huge", "larger than 1,000,000 bytes"),
    ("json", "hang", "timeout: no complete answer within 0.5 s"),
]
SPECS = {
    "youtube": "youtube:abcdefgh",
    "twitch": "twitch:museum",
    "json": "http-json:http://x/stats#data.online",
}
MODES = ("live", "hidden", "ended", "offline", "400", "401", "403", "429", "500", "truncated", "huge", "hang")
# Hostile answers (tests/test_hostile_feeds.py): JSON nested 100,000 deep; a 403 whose "errors" is a string;
# a 50 MB body sent chunked (no Content-Length to refuse it by); a count with 5,000 digits.
HOSTILE_MODES = ("deep", "403text", "chunked", "digits")
DEEP = 100_000


class FakePlatforms:
    """Modes per route ("youtube", "twitch", "json"); every request is recorded with its time and headers."""

    def __init__(self) -> None:
        self.modes = {"youtube": "live", "twitch": "live", "json": "live"}
        self.counts = {"youtube": 1234, "twitch": 567, "json": 8900}
        self.reset_after_s = 1.0
        # When set, a 429 says when to come back as a standard Retry-After (this callable's text: seconds or
        # an HTTP date) instead of Twitch's Ratelimit-Reset.
        self.retry_after: Callable[[], str] | None = None
        self.requests: list[tuple[float, str, str, dict[str, str]]] = []  # (at, route, full path, headers)
        self.huge_sent = 0  # bytes of 50 MB bodies the client accepted before hanging up
        self.huge_done = 0  # 50 MB answers finished (sent in full or cut off)
        self.url = ""
        self.release = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    def start(self, port: int = 0) -> str:
        platforms = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                platforms.answer(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        return self.url

    def stop(self) -> None:
        self.release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def hits(self, route: str) -> list[float]:
        return [at for at, r, _, _ in list(self.requests) if r == route]

    # -- answers ----------------------------------------------------------------------------------------
    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        url = urlsplit(handler.path)
        route = (
            "youtube"
            if url.path == "/youtube/v3/videos"
            else "twitch"
            if url.path == "/helix/streams"
            else "json"
        )
        self.requests.append((time.time(), route, handler.path, dict(handler.headers.items())))
        mode = self.modes[route]
        count = self.counts[route]
        query = parse_qs(url.query)
        if mode == "hang":
            self.release.wait(60)
            return
        if mode in ("huge", "chunked"):
            self._huge(handler, chunked=mode == "chunked")
            return
        if mode == "deep":
            self._send(handler, 200, b"[" * DEEP + b"]" * DEEP)
            return
        if mode == "403text":
            document = {
                "error": {"code": 403, "message": "Forbidden", "errors": "quotaExceeded", "details": 7}
            }
            self._send(handler, 403, json.dumps(document).encode())
            return
        if mode == "digits":
            self._send(handler, 200, b'{"data": {"online": ' + b"7" * 5000 + b"}}")
            return
        if mode == "truncated":
            body = b'{"items": [{"liveStreamingDetails": {"concurrentViewers": "12'
            self._send(handler, 200, body)
            return
        if mode in ("400", "401", "403", "429", "500"):
            self._error(handler, route, int(mode), query)
            return
        self._send(handler, 200, json.dumps(self._document(route, mode, count, query)).encode())

    def _document(self, route: str, mode: str, count: int, query: dict[str, list[str]]) -> Any:
        if route == "youtube":
            video = {"kind": "youtube#video", "id": query.get("id", [""])[0]}
            details: dict[str, str] = {"actualStartTime": "2024-05-01T18:00:00Z"}
            if mode == "live":
                details["concurrentViewers"] = str(count)
            elif mode == "ended":
                details["actualEndTime"] = "2024-05-01T19:00:00Z"
            elif mode == "offline":
                details = {"scheduledStartTime": "2030-05-01T18:00:00Z"}
            video["liveStreamingDetails"] = details  # type: ignore[assignment]
            return {"kind": "youtube#videoListResponse", "items": [video], "pageInfo": {"totalResults": 1}}
        if route == "twitch":
            if mode != "live":
                return {"data": [], "pagination": {}}
            login = query.get("user_login", [""])[0]
            stream = {"id": "1", "user_login": login, "type": "live", "viewer_count": count, "title": "Tour"}
            return {"data": [stream], "pagination": {}}
        return {"data": {"online": count, "note": "a producer's relay"}}

    def _error(
        self, handler: BaseHTTPRequestHandler, route: str, status: int, query: dict[str, list[str]]
    ) -> None:
        key = query.get("key", [""])[0]
        headers: dict[str, str] = {}
        if route == "youtube":
            reason, message = {
                400: ("badRequest", f"API key not valid. Please pass a valid API key. (got {key})"),
                403: (
                    "quotaExceeded",
                    "The request cannot be completed because you have exceeded your quota.",
                ),
            }.get(status, ("backendError", f"Error {status} for key={key}"))
            document: Any = {
                "error": {
                    "code": status,
                    "message": message,
                    "errors": [{"message": message, "domain": "youtube.quota", "reason": reason}],
                }
            }
        else:
            token = handler.headers.get("Authorization", "")
            document = {
                "error": {401: "Unauthorized", 429: "Too Many Requests"}.get(status, "Error"),
                "status": status,
                "message": f"Invalid OAuth token {token}",
            }
        if status == 429 and self.retry_after is not None:
            headers = {"Retry-After": self.retry_after()}
        elif status == 429:
            headers = {
                "Ratelimit-Limit": "800",
                "Ratelimit-Remaining": "0",
                "Ratelimit-Reset": str(int(time.time() + self.reset_after_s + 0.999)),
            }
        self._send(handler, status, json.dumps(document).encode(), headers)

    def _huge(self, handler: BaseHTTPRequestHandler, chunked: bool = False) -> None:
        handler.protocol_version = "HTTP/1.1" if chunked else handler.protocol_version
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Connection", "close")
        if chunked:
            handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        frame = (lambda data: b"%x\r\n%s\r\n" % (len(data), data)) if chunked else (lambda data: data)
        chunk = frame(b" " * 65536)
        try:
            handler.wfile.write(frame(b'{"data": {"online": 1, "padding": "'))
            while self.huge_sent < HUGE_BYTES and not self.release.is_set():
                handler.wfile.write(chunk)
                self.huge_sent += 65536
        except OSError:
            pass  # the client hung up: what we want
        self.huge_done += 1

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json; charset=UTF-8")
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)


@pytest.fixture
def platforms() -> Iterator[FakePlatforms]:
    """The fake platforms on 127.0.0.1 for one test."""
    fake = FakePlatforms()
    fake.start()
    yield fake
    fake.stop()


def main() -> None:
    """Serve until killed (the benchmark runs this in its own process so it does not share our GIL)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    platforms = FakePlatforms()
    print(platforms.start(args.port), flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
