"""Viewer sources without Qt: specs, documented answer shapes, error reasons, secrets, the tally."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from console.audience import secrets as secrets_module
from console.audience.local import FILE_CAP_BYTES, DemoSimulator, read_file
from console.audience.platforms import HttpRequest, Reading, build_request, http_problem, parse_answer
from console.audience.quota import QuotaCount, quota_day
from console.audience.secrets import Secrets, load_secrets, redact
from console.audience.specs import parse_spec, replace_base
from console.audience.tally import WINDOW_S, Tally
from console.errors import InputError
from console.settings import Settings
from console.show.viewers import ViewerSample

KEY = "AIzaSy-SECRET-youtube-key-0123456789"


def answer(
    spec_text: str, document: object, status: int = 200, headers: dict[str, str] | None = None
) -> Reading:
    spec = parse_spec(spec_text)
    request = HttpRequest("http://x/", secrets=(KEY,), cost_units=1 if spec.kind == "youtube" else 0)
    body = document if isinstance(document, bytes) else json.dumps(document).encode()
    return parse_answer(spec, request, status, headers or {}, body, at=100.0)


# -- specs ------------------------------------------------------------------------------------------------
def test_specs_parse_each_kind() -> None:
    assert parse_spec("youtube:dQw4w9WgXcQ").target == "dQw4w9WgXcQ"
    assert parse_spec("twitch:Louvre_Live").target == "louvre_live"
    spec = parse_spec("http-json:https://stats.example/live?token=abc#data.online")
    assert (spec.target, spec.path) == ("https://stats.example/live?token=abc", ("data", "online"))
    assert spec.label == "http-json:https://stats.example/live#data.online"  # no query (it may hold a token)
    assert parse_spec("file:/tmp/v.txt").target == "/tmp/v.txt"
    assert parse_spec(" demo ").kind == "demo"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("vimeo:123", "unknown kind"),
        ("youtube:", "YouTube video id"),
        ("twitch:no spaces", "Twitch login"),
        ("http-json:ftp://x/y#a", "http(s) URL"),
        ("http-json:https://x/y#a..b", "empty step"),
        ("file:", "file path"),
    ],
)
def test_bad_specs_say_why(text: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_spec(text)
    assert reason in caught.value.text() and repr(text.strip()) in caught.value.text()


def test_base_replaces_scheme_and_host_only() -> None:
    assert replace_base("https://api.twitch.tv/helix/streams?a=1", "http://127.0.0.1:9") == (
        "http://127.0.0.1:9/helix/streams?a=1"
    )
    with pytest.raises(InputError):
        replace_base("https://x/", "127.0.0.1:9")


def test_requests_use_the_real_paths_under_the_configured_base() -> None:
    settings = Settings(
        youtube_base="http://127.0.0.1:1", http_json_headers={"Authorization": "Token relay-secret"}
    )
    secrets = Secrets(KEY, "client-id-1", "token-1234")
    youtube = build_request(parse_spec("youtube:abcdefgh"), settings, secrets)
    assert youtube.url.startswith(
        "http://127.0.0.1:1/youtube/v3/videos?part=liveStreamingDetails&id=abcdefgh&key="
    )
    assert youtube.cost_units == 1
    twitch = build_request(parse_spec("twitch:museum"), settings, secrets, base="http://127.0.0.1:2")
    assert twitch.url == "http://127.0.0.1:2/helix/streams?user_login=museum"
    assert (
        twitch.headers["Client-Id"] == "client-id-1"
        and twitch.headers["Authorization"] == "Bearer token-1234"
    )
    relay = build_request(parse_spec("http-json:https://relay/x#n"), settings, secrets)
    assert relay.headers["Authorization"] == "Token relay-secret" and "Token relay-secret" in relay.secrets


# -- documented answer shapes ------------------------------------------------------------------------------
def youtube_doc(**details: str) -> dict[str, object]:
    return {"items": [{"id": "abcdefgh", "liveStreamingDetails": details}]}


def test_youtube_states() -> None:
    live = answer("youtube:abcdefgh", youtube_doc(actualStartTime="t", concurrentViewers="381204"))
    assert (live.sample.state, live.sample.viewers, live.cost_units) == ("live", 381204, 1)
    assert answer("youtube:abcdefgh", youtube_doc(actualStartTime="t")).sample.state == "hidden"
    ended = answer("youtube:abcdefgh", youtube_doc(actualStartTime="t", actualEndTime="u")).sample
    assert (ended.state, ended.viewers) == ("ended", None)  # never 0
    assert answer("youtube:abcdefgh", youtube_doc(scheduledStartTime="t")).sample.state == "offline"
    missing = answer("youtube:abcdefgh", {"items": []}).sample
    assert missing.state == "error" and "no such video" in (missing.error or "")


def test_twitch_and_generic_states() -> None:
    live = answer("twitch:museum", {"data": [{"type": "live", "viewer_count": 4521}]}).sample
    assert (live.state, live.viewers) == ("live", 4521)
    assert answer("twitch:museum", {"data": []}).sample.state == "offline"
    generic = answer("http-json:http://r/x#data.0.online", {"data": [{"online": 12.0}]}).sample
    assert (generic.state, generic.viewers) == ("live", 12)
    wrong = answer("http-json:http://r/x#data.online", {"data": {"online": "many"}}).sample
    assert wrong.state == "error" and "'data.online' is not a number" in (wrong.error or "")
    truncated = answer("http-json:http://r/x#a", b'{"a": 1')
    assert truncated.sample.state == "error" and "not JSON" in (truncated.sample.error or "")


def test_http_problems_are_named_and_secrets_scrubbed() -> None:
    bad_key = {
        "error": {"code": 400, "message": f"API key not valid: {KEY}", "errors": [{"reason": "badRequest"}]}
    }
    sample = answer("youtube:abcdefgh", bad_key, 400).sample
    assert sample.state == "error" and sample.error is not None
    assert sample.error.startswith("bad API key") and KEY not in sample.error
    quota = {"error": {"code": 403, "message": "quota", "errors": [{"reason": "quotaExceeded"}]}}
    assert "quota exceeded" in (answer("youtube:abcdefgh", quota, 403).sample.error or "")
    assert "not authorised" in (
        answer("twitch:museum", {"message": "Invalid OAuth token"}, 401).sample.error or ""
    )
    limited = answer("twitch:museum", {}, 429, {"ratelimit-reset": "160"})
    assert limited.retry_at == 160.0 and "rate limited" in (limited.sample.error or "")
    assert "server failed (HTTP 503)" in (answer("twitch:museum", b"oops", 503).sample.error or "")
    _reason, retry = http_problem(parse_spec("twitch:museum"), 429, {"retry-after": "30"}, b"", at=100.0)
    assert retry == 130.0


def test_redact_hides_plain_and_url_encoded_secrets() -> None:
    secret = "a+b/c=d"
    assert redact(f"x {secret} y a%2Bb%2Fc%3Dd z", (secret,)) == "x *** y *** z"


# -- local sources -----------------------------------------------------------------------------------------
def test_file_source(tmp_path: Path) -> None:
    path = tmp_path / "viewers.txt"
    spec = parse_spec(f"file:{path}")
    assert "cannot read" in (read_file(spec, 1.0).sample.error or "")
    path.write_text("12,345\n")
    assert read_file(spec, 1.0).sample.viewers == 12345
    path.write_text("hidden")
    assert read_file(spec, 1.0).sample.state == "hidden"
    path.write_text("lots")
    assert "bad answer: 'the file' is not a number" in (read_file(spec, 1.0).sample.error or "")
    path.write_text(" \n")
    assert read_file(spec, 1.0).sample.error == "bad answer: the file is empty"
    path.write_text("1" * (FILE_CAP_BYTES + 1))
    assert read_file(spec, 1.0).sample.error == "bad answer: the file is larger than 64 KB"


def test_demo_rises_to_about_380k_in_the_first_minute_then_drifts() -> None:
    demo = DemoSimulator(start=0.0, seed=7)
    values = {t: demo.value(float(t)) for t in range(0, 1801)}
    assert values[0] < 1000 and 340_000 < values[60] < 420_000
    later = [values[t] for t in range(120, 1801)]
    assert min(later) > 300_000 and max(later) < 460_000 and len(set(later)) > 1000  # believable noise


# -- the tally ---------------------------------------------------------------------------------------------
def sample(
    at: float, source: str, viewers: int | None, state: str = "live", error: str | None = None
) -> ViewerSample:
    return ViewerSample(at, source, state, viewers, error)  # type: ignore[arg-type]


def test_tally_sums_live_sources_and_marks_stale_after_two_intervals() -> None:
    tally = Tally((1000,))
    tally.add_source("a", 10.0)
    tally.add_source("b", 10.0)
    tally.add_source("c", 10.0)
    tally.record(sample(0.0, "a", 600))
    assert tally.record(sample(1.0, "b", 500)) == 1000  # milestone passed once
    tally.record(sample(1.0, "c", None, "hidden"))
    view = tally.view(5.0)
    assert (view.viewers, view.stale, view.live) == (1100, False, 1100)
    assert tally.record(sample(11.0, "b", 700)) is None  # not passed again
    tally.record(sample(15.0, "a", None, "error", "timeout"))
    failing = tally.view(21.0)  # a's last answer is 21 s old > 2 x 10 s
    assert (failing.viewers, failing.stale, failing.live) == (1300, True, None)
    line = failing.lines[0]
    assert (line.stale, line.reason, line.viewers) == (True, "timeout", 600)
    assert tally.peak == (1300, 11.0)


def test_tally_trend_and_window() -> None:
    tally = Tally()
    tally.add_source("a", 1.0)
    for t in range(0, 120):
        tally.record(sample(float(t), "a", 1000 + 10 * t))
    assert tally.trend(119.0) == 600
    assert len(tally.window(119.0)) == 120
    assert tally.trend(500.0) is None  # no recent history: no trend


def test_tally_memory_is_bounded_by_the_30_minute_window() -> None:
    """Two hours of five sources read every second keep one point a second for 30 minutes, no more, and
    the sparkline's window is those same points, not a second copy of them (it is asked every second)."""
    tally = Tally()
    for name in "abcde":
        tally.add_source(name, 1.0)
    for t in range(2 * 3600):
        for offset, name in enumerate("abcde"):
            tally.record(sample(t + offset / 10, name, 1000 + t % 97))
    assert len(tally.history) <= WINDOW_S + 1
    now = 2 * 3600 - 0.5
    window = tally.window(now)
    assert window[0][0] >= now - WINDOW_S and len(window) >= WINDOW_S - 1
    assert all(point is kept for point, kept in zip(window, list(tally.history)[-len(window) :], strict=True))


def utc(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


def test_the_quota_day_is_the_date_in_pacific_time() -> None:
    """Google resets the YouTube quota at midnight Pacific time: standard in winter, daylight in summer."""
    assert quota_day(utc("2026-01-15T07:59:00")) == "2026-01-14"  # 23:59 PST
    assert quota_day(utc("2026-01-15T08:00:00")) == "2026-01-15"
    assert quota_day(utc("2026-07-01T06:59:00")) == "2026-06-30"  # 23:59 PDT
    assert quota_day(utc("2026-07-01T07:00:00")) == "2026-07-01"


def test_the_quota_count_is_the_days_and_starts_again_the_next_day() -> None:
    evening, next_morning = utc("2026-03-02T05:00:00"), utc("2026-03-02T09:00:00")  # 21:00 and 01:00 PST
    count = QuotaCount()
    count.restore("2026-03-01", 120)  # what this day had cost before the console started
    assert count.today(evening) == 120
    assert count.spend(evening, 1) == "2026-03-01" and count.today(evening) == 121
    count.restore("2026-02-28", 999)  # an older day changes nothing
    assert count.today(evening) == 121
    assert count.today(next_morning) == 0  # a new quota day, nothing spent on it yet
    assert count.spend(next_morning, 1) == "2026-03-02" and count.today(next_morning) == 1


# -- secrets -----------------------------------------------------------------------------------------------
class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self, values: dict[str, str] | None = None, broken: bool = False) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring leaves KeyringBackend.__init__ unannotated
        self.values = values or {}
        self.broken = broken

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise keyring.errors.KeyringLocked("locked")
        return self.values.get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[f"{service}/{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop(f"{service}/{username}", None)


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_secrets_keyring_first_then_environment(
    monkeypatch: pytest.MonkeyPatch, restore_keyring: None
) -> None:
    monkeypatch.setenv("CICERONE_YOUTUBE_API_KEY", "from-env")
    monkeypatch.setenv("CICERONE_TWITCH_TOKEN", "token-env")
    keyring.set_keyring(MemoryKeyring({f"{secrets_module.KEYRING_SERVICE}/youtube_api_key": "from-keyring"}))
    loaded = load_secrets()
    assert (loaded.youtube_api_key, loaded.twitch_token, loaded.twitch_client_id) == (
        "from-keyring",
        "token-env",
        None,
    )
    assert "from-keyring" not in repr(loaded)
    keyring.set_keyring(MemoryKeyring(broken=True))  # a locked keyring never raises: the environment answers
    assert load_secrets().youtube_api_key == "from-env"
    monkeypatch.setenv("CICERONE_NO_KEYRING", "1")
    keyring.set_keyring(MemoryKeyring({f"{secrets_module.KEYRING_SERVICE}/youtube_api_key": "from-keyring"}))
    assert load_secrets().youtube_api_key == "from-env"
