"""The show-control benchmark's load, in its own process (scripts/bench/remote_bench.py starts it).

``latency URL TOKEN N``: N moves (next, then previous, alternately, each with ?from=) sent over HTTP by one
client while a second client watches the WebSocket; prints one JSON line: the milliseconds from each request
to the update the watcher saw, and the round trips of plain ``GET /api/state`` (the network's own cost).
``clients URL TOKEN K SECONDS``: K WebSocket clients that read every update for SECONDS, the first of them
sending an action every second (a cue, then clearing it: each a change all K see); prints the counts.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import aiohttp

ACTION_EVERY_S = 1.0


async def latency(url: str, token: str, count: int) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    seen: asyncio.Queue[tuple[float, int | None]] = asyncio.Queue()
    async with aiohttp.ClientSession(headers=headers) as session, session.ws_connect(f"{url}ws") as ws:

        async def watch() -> None:
            async for message in ws:
                data = json.loads(message.data)
                if data["type"] == "state":
                    seen.put_nowait((time.perf_counter(), data["state"]["current"]))

        watcher = asyncio.create_task(watch())
        await asyncio.sleep(0.5)
        async with session.get(f"{url}api/state") as response:
            current = (await response.json())["current"]
        moves, trips = [], []
        for index in range(count):
            while not seen.empty():
                seen.get_nowait()
            action, target = ("next", current + 1) if index % 2 == 0 else ("previous", current - 1)
            sent = time.perf_counter()
            async with session.post(f"{url}api/{action}?from={current}") as response:
                assert response.status == 200, await response.text()
            while True:
                at, shown = await asyncio.wait_for(seen.get(), 5)
                if shown == target:
                    break
            moves.append(1000 * (at - sent))
            current = target
            started = time.perf_counter()
            async with session.get(f"{url}api/state") as response:
                await response.read()
            trips.append(1000 * (time.perf_counter() - started))
            await asyncio.sleep(0.05)
        watcher.cancel()
    print(json.dumps({"moves_ms": moves, "state_ms": trips}), flush=True)


async def clients(url: str, token: str, count: int, seconds: float) -> None:
    received = [0] * count
    actions = [0]

    async def act(ws: aiohttp.ClientWebSocketResponse) -> None:
        """Actions flowing all along: the cue set and cleared, one a second, over the WebSocket."""
        while not ws.closed:
            await asyncio.sleep(ACTION_EVERY_S)
            action = {"action": "cue", "text": f"Bench cue {actions[0]}"} if actions[0] % 2 == 0 else {}
            await ws.send_json(action or {"action": "cue/clear"})
            actions[0] += 1

    async def one(index: int, session: aiohttp.ClientSession) -> None:
        async with session.ws_connect(f"{url}ws?token={token}") as ws:
            actor = asyncio.create_task(act(ws)) if index == 0 else None
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                try:
                    await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
                    received[index] += 1
                except TimeoutError:
                    break
            if actor is not None:
                actor.cancel()

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(one(index, session) for index in range(count)))
    print(json.dumps({"messages": sum(received), "least": min(received), "actions": actions[0]}), flush=True)


if __name__ == "__main__":
    mode, url, token, *rest = sys.argv[1:]
    if mode == "latency":
        asyncio.run(latency(url, token, int(rest[0])))
    else:
        asyncio.run(clients(url, token, int(rest[0]), float(rest[1])))
