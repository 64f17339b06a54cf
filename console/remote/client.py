"""The client ``cicerone remote`` speaks with: plain HTTP from the standard library, one request, a verdict.

Exit codes: 0 done (or asked and waiting for its confirmation), 1 refused by the show (409) or no console
answering, 2 bad usage or a bad token (400, 401, 404, 413).
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from console.bounded_json import JsonRefused, load_json_bounded

# Longer than the server waits for the GUI thread (server.ANSWER_TIMEOUT_S, 5 s), so a console that is
# slow to answer is heard saying so (503) instead of being taken for no console at all.
TIMEOUT_S = 10.0
MAX_ANSWER_BYTES = 4 * 1024 * 1024  # a state with hundreds of stops is tens of KB


@dataclass(frozen=True)
class Answer:
    status: int  # the HTTP status; 0: nothing answered
    body: dict[str, Any]
    reason: str

    @property
    def exit_code(self) -> int:
        if 200 <= self.status < 300:
            return 0
        if self.status in (0, 409, 503):
            return 1
        return 2


def call(
    url: str,
    token: str,
    path: str,
    *,
    body: dict[str, Any] | None = None,
    query: dict[str, str] | None = None,
) -> Answer:
    """``POST URL/api/PATH`` (``GET`` for ``state``) with the token as a Bearer header."""
    target = url.rstrip("/") + "/api/" + quote(path, safe="/-")
    if query:
        target += "?" + urlencode(query)
    data = json.dumps(body).encode("utf-8") if body is not None else None
    try:
        request = urllib.request.Request(
            target,
            data=data if path != "state" else None,
            method="GET" if path == "state" else "POST",
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return _answer(response.status, response.read(MAX_ANSWER_BYTES))
    except urllib.error.HTTPError as error:
        try:
            raw = error.read(MAX_ANSWER_BYTES)
        except (OSError, http.client.HTTPException):  # the status came, its body did not
            raw = b""
        return _answer(error.code, raw)
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", error)
        return Answer(0, {}, f"no console answering at {url} ({reason})")


def _answer(status: int, raw: bytes) -> Answer:
    try:
        body = load_json_bounded(raw)  # a deep answer from whatever listens there is refused, not recursed
    except JsonRefused:
        return Answer(status, {}, f"not an answer from Cicerone (HTTP {status})")
    if not isinstance(body, dict):
        return Answer(status, {}, f"not an answer from Cicerone (HTTP {status})")
    reason = body.get("reason")
    return Answer(status, body, reason if isinstance(reason, str) else "")
