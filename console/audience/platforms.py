"""What to ask each platform and what its answer means: pure functions from bytes to a :class:`Reading`.

The documented shapes: YouTube Data API v3 ``videos.list`` (``liveStreamingDetails.concurrentViewers``, a
string, absent when hidden or ended), Twitch Helix ``streams`` (``data[0].viewer_count``; an empty ``data``
means the channel is offline) and any JSON answer carrying a number at a dotted path. Every reason we give is
written by us and scrubbed of secrets: an API's own message may echo the key back.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode

from console.audience.secrets import Secrets, redact_said
from console.audience.specs import SourceSpec, replace_base
from console.bounded_json import JsonRefused, load_json_bounded
from console.errors import KnownError
from console.messages import QT_TRANSLATE_NOOP, Message, Text
from console.settings import Settings
from console.show.viewers import ViewerSample, ViewerState

YOUTUBE_DAILY_QUOTA = 10_000
MAX_VIEWERS = 10**10  # more than anyone's audience, and well inside SQLite's 64-bit integers
_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() also takes "²", which int() refuses
# The longest a server may make us wait before asking again: the poller's own longest backoff (a source that
# answers again should be counted again within minutes, whatever a server's clock says).
LONGEST_WAIT_S = 300.0


class SourceProblem(KnownError):
    """A source that cannot even be asked (no key configured): an error sample, not a crash."""


@dataclass(frozen=True)
class HttpRequest:
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    secrets: tuple[str, ...] = ()  # every value to scrub from what we show
    cost_units: int = 0  # YouTube quota units this call spends


@dataclass(frozen=True)
class Reading:
    """One read: the sample, and the earliest time the source may be asked again (429, quota)."""

    sample: ViewerSample
    retry_at: float | None = None
    cost_units: int = 0


def build_request(
    spec: SourceSpec, settings: Settings, secrets: Secrets, base: str | None = None
) -> HttpRequest:
    """The HTTP GET for a network source; ``base`` (a proxy or test server) replaces scheme and host."""
    if spec.kind == "youtube":
        if not secrets.youtube_api_key:
            raise SourceProblem(
                QT_TRANSLATE_NOOP(
                    "ViewerSource", "no YouTube API key: set CICERONE_YOUTUBE_API_KEY or the keyring entry"
                )
            )
        root = replace_base(settings.youtube_base, base) if base else settings.youtube_base
        query = urlencode({"part": "liveStreamingDetails", "id": spec.target, "key": secrets.youtube_api_key})
        url = f"{root.rstrip('/')}/youtube/v3/videos?{query}"
        return HttpRequest(url, {"Accept": "application/json"}, secrets.values(), cost_units=1)
    if spec.kind == "twitch":
        if not (secrets.twitch_client_id and secrets.twitch_token):
            raise SourceProblem(
                QT_TRANSLATE_NOOP(
                    "ViewerSource",
                    "no Twitch credentials: set CICERONE_TWITCH_CLIENT_ID and "
                    "CICERONE_TWITCH_TOKEN (or keyring)",
                )
            )
        root = replace_base(settings.twitch_base, base) if base else settings.twitch_base
        url = f"{root.rstrip('/')}/helix/streams?{urlencode({'user_login': spec.target})}"
        headers = {
            "Accept": "application/json",
            "Client-Id": secrets.twitch_client_id,
            "Authorization": f"Bearer {secrets.twitch_token}",
        }
        return HttpRequest(url, headers, secrets.values())
    if spec.kind == "http-json":
        url = replace_base(spec.target, base) if base else spec.target
        headers = {"Accept": "application/json", **settings.http_json_headers}
        # Header values may be credentials too (Authorization: ...): scrub them like the keys.
        return HttpRequest(url, headers, secrets.values() + tuple(settings.http_json_headers.values()))
    raise ValueError(f"{spec.kind} is not a network source")


def sample(
    spec: SourceSpec, at: float, state: ViewerState, viewers: int | None = None, error: Text | None = None
) -> ViewerSample:
    return ViewerSample(at=at, source=spec.label, state=state, viewers=viewers, error=error)


def failure(
    spec: SourceSpec,
    at: float,
    reason: Text,
    secrets: tuple[str, ...] = (),
    retry_at: float | None = None,
    cost_units: int = 0,
) -> Reading:
    """An error reading, its reason scrubbed of every secret."""
    return Reading(sample(spec, at, "error", error=redact_said(reason, secrets)), retry_at, cost_units)


def parse_answer(
    spec: SourceSpec, request: HttpRequest, status: int, headers: Mapping[str, str], body: bytes, at: float
) -> Reading:
    """Turn an HTTP answer into a reading. ``headers`` has lower-case names."""
    cost = request.cost_units
    if status >= 400:
        reason, retry_at = http_problem(spec, status, headers, body, at)
        return failure(spec, at, reason, request.secrets, retry_at, cost)
    try:
        document = load_json_bounded(body)
    except JsonRefused as refused:
        return failure(
            spec,
            at,
            QT_TRANSLATE_NOOP(
                "ViewerSource", "bad answer: {refused} (HTTP {status}, {count:,} bytes)"
            ).format(refused=refused, status=status, count=len(body)),
            request.secrets,
            cost_units=cost,
        )
    try:
        if spec.kind == "youtube":
            state, viewers = youtube_state(document)
        elif spec.kind == "twitch":
            state, viewers = twitch_state(document)
        else:
            state, viewers = "live", json_number(document, spec.path)
    except BadAnswer as error:
        return failure(
            spec,
            at,
            QT_TRANSLATE_NOOP("ViewerSource", "bad answer: {error}").format(error=error),
            request.secrets,
            cost_units=cost,
        )
    return Reading(sample(spec, at, state, viewers), cost_units=cost)


class BadAnswer(ValueError):
    """The answer parsed as JSON but is not in the documented shape."""


def youtube_state(document: Any) -> tuple[ViewerState, int | None]:
    items = _get(document, "items")
    if not isinstance(items, list):
        raise BadAnswer(QT_TRANSLATE_NOOP("ViewerSource", "no 'items' list"))
    if not items:
        raise BadAnswer(
            QT_TRANSLATE_NOOP("ViewerSource", "no such video (empty 'items'): check the video id")
        )
    details = _get(items[0], "liveStreamingDetails")
    if not isinstance(details, dict):
        return "ended", None  # not a live broadcast (any more)
    if details.get("actualEndTime"):
        return "ended", None
    count = details.get("concurrentViewers")
    if count is None:
        # Started and not ended: the owner hides the count. Not started yet: scheduled, so offline.
        return ("hidden" if details.get("actualStartTime") else "offline"), None
    return "live", viewer_count(count, "concurrentViewers")


def twitch_state(document: Any) -> tuple[ViewerState, int | None]:
    data = _get(document, "data")
    if not isinstance(data, list):
        raise BadAnswer(QT_TRANSLATE_NOOP("ViewerSource", "no 'data' list"))
    if not data:
        return "offline", None
    stream = data[0]
    if _get(stream, "type") not in (None, "live"):
        return "offline", None
    return "live", viewer_count(_get(stream, "viewer_count"), "viewer_count")


def json_number(document: Any, path: tuple[str, ...]) -> int:
    node = document
    for depth, step in enumerate(path):
        where = ".".join(path[: depth + 1])
        if isinstance(node, dict) and step in node:
            node = node[step]
        elif isinstance(node, list) and _is_index(step) and int(step) < len(node):
            node = node[int(step)]
        else:
            raise BadAnswer(QT_TRANSLATE_NOOP("ViewerSource", "nothing at '{where}'").format(where=where))
    return viewer_count(node, ".".join(path) or "the answer")


def _is_index(step: str) -> bool:
    """A list index written in a spec's path: ASCII digits, short enough for ``int()`` ("²" and a 5,000-digit
    step are keys that are simply not there, not a traceback)."""
    return bool(_DIGITS.fullmatch(step)) and len(step) <= 18


def _get(node: Any, key: str) -> Any:
    return node.get(key) if isinstance(node, dict) else None


def _list(node: Any) -> list[Any]:
    """``node`` if the answer put a list there, else nothing: a server may send any shape."""
    return node if isinstance(node, list) else []


def viewer_count(value: Any, name: str) -> int:
    """A viewer count: an int, a whole float, or a string of digits (YouTube sends a string)."""
    if isinstance(value, bool):
        raise BadAnswer(QT_TRANSLATE_NOOP("ViewerSource", "'{name}' is not a number").format(name=name))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and _DIGITS.fullmatch(
        digits := value.strip().replace(",", "").replace("_", "")
    ):
        if len(digits) > len(str(MAX_VIEWERS)):  # before int(): Python refuses 4,300 digits with a traceback
            raise BadAnswer(
                QT_TRANSLATE_NOOP(
                    "ViewerSource", "'{name}' is more viewers than there are people ({count} digits)"
                ).format(name=name, count=len(digits))
            )
        number = int(digits)
    else:
        raise BadAnswer(QT_TRANSLATE_NOOP("ViewerSource", "'{name}' is not a number").format(name=name))
    if number < 0:
        raise BadAnswer(QT_TRANSLATE_NOOP("ViewerSource", "'{name}' is negative").format(name=name))
    if number > MAX_VIEWERS:
        raise BadAnswer(
            QT_TRANSLATE_NOOP(
                "ViewerSource", "'{name}' is more viewers than there are people ({number:.3g})"
            ).format(name=name, number=number)
        )
    return number


def _ungrouped(text: str) -> str:
    return text.strip().replace(",", "").replace("_", "")


def http_problem(
    spec: SourceSpec, status: int, headers: Mapping[str, str], body: bytes, at: float
) -> tuple[Message, float | None]:
    """Why a 4xx/5xx happened, in words a producer can act on, and when to ask again if the API said."""
    reasons, message = _api_error(body)
    said = f" ({message[:160]})" if message else ""
    if status == 429:
        return QT_TRANSLATE_NOOP("ViewerSource", "rate limited (HTTP 429){detail}").format(
            detail=said
        ), _retry_at(headers, at)
    if spec.kind == "youtube" and status == 403 and {"quotaExceeded", "dailyLimitExceeded"} & reasons:
        return QT_TRANSLATE_NOOP(
            "ViewerSource", "YouTube quota exceeded for today (HTTP 403){detail}"
        ).format(detail=said), None
    if status == 400 and (
        spec.kind == "youtube" and ({"keyInvalid", "API_KEY_INVALID"} & reasons or "API key" in message)
    ):
        return QT_TRANSLATE_NOOP("ViewerSource", "bad API key (HTTP 400){detail}").format(detail=said), None
    if status == 401:
        return QT_TRANSLATE_NOOP(
            "ViewerSource", "not authorised: check the client id and token (HTTP 401){detail}"
        ).format(detail=said), None
    if status == 403:
        return QT_TRANSLATE_NOOP(
            "ViewerSource", "forbidden: check the key's permissions (HTTP 403){detail}"
        ).format(detail=said), None
    if status == 404:
        return QT_TRANSLATE_NOOP("ViewerSource", "not found (HTTP 404){detail}").format(detail=said), None
    if status >= 500:
        return QT_TRANSLATE_NOOP("ViewerSource", "the server failed (HTTP {status}){detail}").format(
            status=status, detail=said
        ), _retry_at(headers, at)
    return QT_TRANSLATE_NOOP("ViewerSource", "bad request (HTTP {status}){detail}").format(
        status=status, detail=said
    ), None


def _api_error(body: bytes) -> tuple[set[str], str]:
    """The error reasons and message of a Google or Twitch error body (both documented shapes)."""
    try:
        document = load_json_bounded(body[:65536])
    except JsonRefused:
        return set(), ""
    error = _get(document, "error")
    reasons: set[str] = set()
    message = ""
    if isinstance(error, dict):  # Google: {"error": {"code", "message", "errors": [{"reason"}], "details"}}
        message = str(error.get("message") or "")
        for entry in _list(error.get("errors")) + _list(error.get("details")):
            if isinstance(entry, dict) and entry.get("reason"):
                reasons.add(str(entry["reason"]))
    elif isinstance(document, dict):  # Twitch: {"error": "Unauthorized", "status": 401, "message": "..."}
        message = str(document.get("message") or document.get("error") or "")
    return reasons, " ".join(message.split())


def _retry_at(headers: Mapping[str, str], at: float) -> float | None:
    """When the server said to ask again: Twitch's ``Ratelimit-Reset`` (epoch seconds) or a standard
    ``Retry-After`` in either form (seconds, or an HTTP date), within ``at``..``at + LONGEST_WAIT_S``.

    A server's clock or arithmetic may be anything (a date in 9999 or 1970, ``nan``): a wait past the bound
    is the bound, one in the past is none, and what is not a time at all is ignored (the poller's backoff
    decides).
    """
    if "ratelimit-reset" in headers:
        when = _number(headers["ratelimit-reset"])
    elif "retry-after" in headers:
        text = headers["retry-after"].strip()
        seconds = _number(text)
        when = at + seconds if seconds is not None else _http_date(text)
    else:
        return None
    if when is None:
        return None
    return min(max(when, at), at + LONGEST_WAIT_S)


def _number(text: str) -> float | None:
    """A finite number, or None (``float()`` also takes ``nan``, ``inf`` and ``1e400``)."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _http_date(text: str) -> float | None:
    """An HTTP date (``Wed, 21 Oct 2015 07:28:00 GMT``, RFC 9110) as epoch seconds, or None."""
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000" means UTC too, but parses without a zone
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.timestamp()
    except (OverflowError, ValueError, OSError):
        return None
