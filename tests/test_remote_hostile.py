"""The show-control server against hostile requests (tests/hostile/remote/: one file per request, its first
line ``METHOD PATH``, the rest its body), sent byte for byte over a raw socket to the real console's server.
Each must get a 4xx answer with a reason within seconds, change nothing, and leave the server serving."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path
from urllib.parse import quote

import aiohttp
import pytest
from pytestqt.qtbot import QtBot

from console.app import Console
from tests.conftest import REPO
from tests.helpers import http, off_thread, remote_url

CORPUS = sorted((REPO / "tests" / "hostile" / "remote").glob("*.http"))


async def raw_request(url: str, token: str, request: bytes) -> tuple[int, bytes]:
    """Send ``METHOD PATH\\nBODY`` exactly (non-ASCII in the path percent-encoded, as any client would)."""
    line, _newline, body = request.partition(b"\n")
    method, _space, path = line.decode("utf-8").partition(" ")
    path = quote(path, safe="/?=&%.-_~")
    host, port = url.removeprefix("http://").rstrip("/").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    writer.write(head.encode("ascii") + body)
    with contextlib.suppress(ConnectionError):  # the server may answer 413 and close before the body is sent
        await writer.drain()
    answer = await asyncio.wait_for(reader.read(), timeout=10)
    writer.close()
    status = int(answer.split(b" ", 2)[1])
    return status, answer.partition(b"\r\n\r\n")[2]


@pytest.mark.parametrize("request_file", CORPUS, ids=lambda path: path.name)
def test_hostile_requests_are_refused_with_a_reason(
    qtbot: QtBot, console: Console, request_file: Path
) -> None:
    url = remote_url(qtbot, console)
    assert console.remote is not None
    token = console.remote.token
    status, body = off_thread(qtbot, lambda: raw_request(url, token, request_file.read_bytes()))
    assert 400 <= status < 500, (status, body[:200])
    if body.startswith(b"{"):
        assert json.loads(body)["reason"]
    assert console.controller.cue == "" and console.controller.session is None
    assert http(qtbot, url, "/api/state", method="GET", token=token)[0] == 200  # still serving


def test_hostile_websocket_messages(qtbot: QtBot, console: Console) -> None:
    url = remote_url(qtbot, console)
    assert console.remote is not None
    token = console.remote.token

    async def talk() -> tuple[list[int], aiohttp.WSMsgType]:
        statuses = []
        async with (
            aiohttp.ClientSession() as session,
            session.ws_connect(f"{url}ws?token={token}", max_msg_size=0) as ws,
        ):
            assert (await ws.receive_json(timeout=5))["type"] == "state"
            for message in ("{not json", "[1, 2]", '{"action": 7}', '{"action": "goto/x"}', "{}"):
                await ws.send_str(message)
                answer = await ws.receive_json(timeout=5)
                while answer["type"] != "result":  # a state update may come between
                    answer = await ws.receive_json(timeout=5)
                statuses.append(answer["status"])
            await ws.send_bytes(b"\x00" * 100)  # ignored
            await ws.send_str('{"action": "cue", "text": "' + "a" * 70_000 + '"}')  # over 64 KB: closed
            closing = await ws.receive(timeout=5)
            return statuses, closing.type

    statuses, closing = off_thread(qtbot, talk)
    assert statuses == [400, 400, 400, 400, 400]
    assert closing in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
    assert console.controller.cue == ""
    assert http(qtbot, url, "/api/state", method="GET", token=token)[0] == 200
