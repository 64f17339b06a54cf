"""obs-websocket v5 (RPC version 1) as documented: op codes, the authentication string, the messages we send,
and what the close codes and answers mean. No sockets here: the client (``client.py``) does the talking."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Any

from console.bounded_json import JsonRefused, load_json_bounded
from console.messages import QT_TRANSLATE_NOOP, Message, Text

RPC_VERSION = 1
SUBPROTOCOL = "obswebsocket.json"
MAX_MESSAGE_BYTES = 256 * 1024  # a status answer is a few hundred bytes; OBS's biggest lists fit easily


class Op:
    HELLO = 0
    IDENTIFY = 1
    IDENTIFIED = 2
    EVENT = 5
    REQUEST = 6
    REQUEST_RESPONSE = 7


OUTPUTS_EVENTS = 1 << 6  # EventSubscription.Outputs: StreamStateChanged, RecordStateChanged...

# WebSocketCloseCode: the ones a person can act on.
AUTHENTICATION_FAILED = 4009
UNSUPPORTED_RPC_VERSION = 4010
CLOSE_REASONS: dict[int, Message] = {
    AUTHENTICATION_FAILED: QT_TRANSLATE_NOOP(
        "Encoder", "OBS refused the password (check the keyring's obs_password or CICERONE_OBS_PASSWORD)"
    ),
    UNSUPPORTED_RPC_VERSION: QT_TRANSLATE_NOOP("Encoder", "this OBS does not speak obs-websocket v5"),
    4011: QT_TRANSLATE_NOOP("Encoder", "OBS ended the session (another client took over, or OBS is closing)"),
}


class ProtocolError(Exception):
    """The other end broke the protocol or refused us; ``reason`` says why, for a person."""

    def __init__(self, reason: Text, *, retry: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


def authentication(password: str, salt: str, challenge: str) -> str:
    """``base64(sha256(base64(sha256(password + salt)) + challenge))``, the documented recipe."""
    secret = base64.b64encode(hashlib.sha256((password + salt).encode("utf-8")).digest()).decode("ascii")
    return base64.b64encode(hashlib.sha256((secret + challenge).encode("utf-8")).digest()).decode("ascii")


def identify(hello: dict[str, Any], password: str | None) -> dict[str, Any]:
    """The Identify (op 1) answering ``hello`` (op 0's ``d``); ProtocolError when it cannot be answered."""
    rpc = hello.get("rpcVersion")
    if not isinstance(rpc, int) or isinstance(rpc, bool) or rpc < RPC_VERSION:
        raise ProtocolError(CLOSE_REASONS[UNSUPPORTED_RPC_VERSION], retry=True)
    data: dict[str, Any] = {"rpcVersion": RPC_VERSION, "eventSubscriptions": OUTPUTS_EVENTS}
    auth = hello.get("authentication")
    if auth is not None:
        if not isinstance(auth, dict) or not all(isinstance(auth.get(k), str) for k in ("challenge", "salt")):
            raise ProtocolError(NOT_V5)
        if not password:
            raise ProtocolError(
                QT_TRANSLATE_NOOP(
                    "Encoder",
                    "OBS asks for a password: put it in the keyring (obs_password) or CICERONE_OBS_PASSWORD",
                )
            )
        data["authentication"] = authentication(password, auth["salt"], auth["challenge"])
    return {"op": Op.IDENTIFY, "d": data}


def request(request_type: str, request_id: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"requestType": request_type, "requestId": request_id}
    if data:
        body["requestData"] = data
    return {"op": Op.REQUEST, "d": body}


NOT_V5 = QT_TRANSLATE_NOOP("Encoder", "the server at this address is not obs-websocket v5 (OBS 28 or later)")


@dataclass(frozen=True)
class Envelope:
    op: int
    d: dict[str, Any]


def parse(text: str) -> Envelope:
    """One message: ``{"op": N, "d": {...}}``; ProtocolError for anything else."""
    try:
        value = load_json_bounded(text)
    except JsonRefused:  # malformed, or nested past any message OBS sends
        raise ProtocolError(NOT_V5) from None
    if not isinstance(value, dict):
        raise ProtocolError(NOT_V5)
    op, d = value.get("op"), value.get("d")
    if not isinstance(op, int) or isinstance(op, bool) or not isinstance(d, dict):
        raise ProtocolError(NOT_V5)
    return Envelope(op, d)


def close_reason(code: int | None) -> Message:
    """What a close code means for the guide (the codes obs-websocket documents; others are a drop)."""
    if code is not None and code in CLOSE_REASONS:
        return CLOSE_REASONS[code]
    if code is not None and 4000 <= code < 4100:
        return QT_TRANSLATE_NOOP("Encoder", "OBS closed the connection (code {code})").format(code=code)
    return QT_TRANSLATE_NOOP("Encoder", "the connection to OBS dropped")
