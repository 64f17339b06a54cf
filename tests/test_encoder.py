"""The encoder source against a real stand-in obs-websocket v5 server on 127.0.0.1 (tests/obs_fake.py): the
handshake with the password checked for real, counters read at a known rate, events, and every way it fails
(wrong password, nothing listening, no Hello, not v5, a drop) said clearly and retried."""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import aiohttp
import pytest

from console.encoder.client import ObsWatcher, connect, read_status
from console.encoder.health import EncoderHealth, Reading, RecordStatus, StreamStatus
from console.encoder.protocol import ProtocolError, authentication, parse
from console.errors import InputError
from console.settings import Settings, load_settings
from console.show.encoder_source import EncoderSource, parse_encoder
from tests.helpers import cicerone, free_port
from tests.obs_fake import BYTES_PER_S, FakeObs

T = TypeVar("T")
PASSWORD = "correct horse"


def run(work: Callable[[aiohttp.ClientSession], Awaitable[T]]) -> T:
    async def go() -> T:
        async with aiohttp.ClientSession() as http:
            return await work(http)

    return asyncio.run(go())


def failure(source: EncoderSource, password: str | None, timeout_s: float = 2.0) -> str:
    async def attempt(http: aiohttp.ClientSession) -> str:
        try:
            link = await connect(http, source, password, timeout_s=timeout_s)
        except ProtocolError as error:
            return str(error.reason)
        await link.close()
        return "connected"

    return run(attempt)


def source_of(fake: FakeObs) -> EncoderSource:
    parsed = parse_encoder(fake.address)
    assert parsed is not None
    return parsed


# -- the address -------------------------------------------------------------------------------------------
def test_addresses_parse_with_obs_defaults_and_refuse_a_password_or_junk() -> None:
    assert parse_encoder("obs://") == EncoderSource("127.0.0.1", 4455)
    assert parse_encoder("obs://studio.local") == EncoderSource("studio.local", 4455)
    assert str(parse_encoder("OBS://[::1]:4460")) == "obs://[::1]:4460"
    assert parse_encoder(" off ") is None and parse_encoder("") is None
    for bad, why in [
        ("obs://:secret@host:4455", "no password in the address"),
        ("http://host:4455", "only OBS is supported"),
        ("obs://host:99999", "the port is not a number"),
        ("obs://host:0", "the port is not a number"),
        ("obs://host:4455/path?x=1", "more than HOST:PORT"),
        ("obs://host\x1b[2J", "not an encoder address"),
        ("obs://" + "h" * 10_000, "not an encoder address"),
    ]:
        with pytest.raises(InputError, match=why):
            parse_encoder(bad)


def test_a_bad_encoder_setting_is_refused_with_the_file_and_reason(tmp_path: Any) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('encoder = "rtmp://x"\n', encoding="utf-8")
    with pytest.raises(
        InputError, match=r"settings.toml: setting 'encoder': rtmp://x is not obs://HOST:PORT"
    ):
        load_settings(path)
    path.write_text('encoder = "obs://10.0.0.5"\nencoder_dropped_percent = 5\n', encoding="utf-8")
    assert load_settings(path).encoder == "obs://10.0.0.5"
    path.write_text("encoder_dropped_percent = 0\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"between 0\.1 and 100"):
        load_settings(path)
    assert Settings().encoder == ""  # no encoder unless chosen: a console without OBS says nothing of it


def test_the_authentication_string_is_the_documented_recipe() -> None:
    # base64(sha256(base64(sha256("supersecretpassword" + salt)) + challenge)), worked out independently.
    import base64
    import hashlib

    salt, challenge = (
        "lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI=",
        "+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=",
    )
    inner = base64.b64encode(hashlib.sha256(b"supersecretpassword" + salt.encode()).digest())
    expected = base64.b64encode(hashlib.sha256(inner + challenge.encode()).digest()).decode()
    assert authentication("supersecretpassword", salt, challenge) == expected


# -- the handshake and the readings ------------------------------------------------------------------------
def test_the_client_authenticates_and_reads_counters_growing_at_the_known_rate(obs: FakeObs) -> None:
    async def two_readings(http: aiohttp.ClientSession) -> tuple[Reading, Reading]:
        link = await connect(http, source_of(obs), PASSWORD)
        try:
            first = await read_status(link)
            await asyncio.sleep(1.0)
            return first, await read_status(link)
        finally:
            await link.close()

    first, last = run(two_readings)
    assert obs.identified == 1 and obs.refused == 0
    assert first.stream.active and last.record.active and not last.stream.reconnecting
    health = EncoderHealth()
    health.set_link("connected")
    health.add(first)
    health.add(last)
    view = health.view(last.at)
    assert view.on_air is True and view.recording is True
    assert view.bitrate_kbps == pytest.approx(BYTES_PER_S * 8 / 1000, rel=0.1)
    assert view.dropped_share == 0.0
    assert view.record_s is not None and view.record_s >= 90


def test_a_wrong_password_is_closed_with_4009_and_said(obs: FakeObs) -> None:
    reason = failure(source_of(obs), "wrong")
    assert "OBS refused the password" in reason
    assert obs.refused == 1 and obs.identified == 0
    assert "OBS asks for a password" in failure(source_of(obs), None)
    assert obs.refused == 1  # no password: nothing is sent that OBS could count as a failed attempt


def test_nothing_listening_no_hello_not_v5_and_not_a_websocket_are_each_said() -> None:
    nobody = EncoderSource("127.0.0.1", free_port())
    assert "OBS is not answering at obs://127.0.0.1" in failure(nobody, PASSWORD)
    for mode, said in [
        ("silent", "accepted the connection but never said Hello"),
        ("v4", "not obs-websocket v5"),
        ("http", "not obs-websocket v5"),
    ]:
        fake = FakeObs(mode=mode).start()
        try:
            started = time.monotonic()
            assert said in failure(source_of(fake), PASSWORD, timeout_s=0.5)
            assert time.monotonic() - started < 3  # a hanging server costs the timeout, not forever
        finally:
            fake.stop()


def test_absurd_counters_are_not_taken_for_a_reading() -> None:
    from console.encoder.health import stream_status

    for bad in (
        {"outputBytes": -1},
        {"outputBytes": 10**30},
        {"outputActive": "yes"},
        {"outputCongestion": "x"},
    ):
        with pytest.raises(ProtocolError, match="not obs-websocket v5"):
            stream_status(bad)
    assert stream_status({"outputCongestion": 7}).congestion == 1.0  # held to OBS's 0..1


# -- the watcher: events, a drop, the retry ----------------------------------------------------------------
class Recorder:
    def __init__(self) -> None:
        self.links: list[tuple[str, str | None]] = []
        self.readings: list[Reading] = []
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.lock = threading.Condition()

    def link(self, state: str, reason: str | None) -> None:
        with self.lock:
            self.links.append((state, None if reason is None else str(reason)))
            self.lock.notify_all()

    def reading(self, reading: Reading) -> None:
        with self.lock:
            self.readings.append(reading)
            self.lock.notify_all()

    def event(self, _at: float, name: str, data: dict[str, Any]) -> None:
        with self.lock:
            self.events.append((name, data))
            self.lock.notify_all()

    def wait(self, condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
        with self.lock:
            assert self.lock.wait_for(condition, timeout_s), (self.links, self.events, len(self.readings))


def test_the_watcher_hands_over_events_and_comes_back_after_a_drop(obs: FakeObs) -> None:
    from console.netloop import NetLoop

    recorder = Recorder()
    watcher = ObsWatcher(
        source_of(obs),
        lambda: PASSWORD,
        on_link=recorder.link,
        on_reading=recorder.reading,
        on_event=recorder.event,
        interval_s=0.2,
    )
    loop = NetLoop(name="test-encoder")
    task = loop.submit(watcher.run())
    try:
        recorder.wait(lambda: len(recorder.readings) >= 2)
        obs.reconnect()
        recorder.wait(
            lambda: any(d.get("outputState", "").endswith("RECONNECTING") for _, d in recorder.events)
        )
        obs.stop_stream()
        recorder.wait(lambda: any(d.get("outputState", "").endswith("STOPPED") for _, d in recorder.events))
        recorder.wait(lambda: not recorder.readings[-1].stream.active)
        obs.drop()
        recorder.wait(lambda: ("failed", "the connection to OBS dropped") in recorder.links)
        recorder.wait(lambda: recorder.links[-1] == ("connected", None) and obs.identified == 2)
    finally:
        task.cancel()
        loop.stop()
    assert "correct horse" not in repr(watcher)


def test_the_watcher_retries_a_refused_password_with_backoff() -> None:
    from console.netloop import NetLoop

    fake = FakeObs().start()
    recorder = Recorder()
    watcher = ObsWatcher(
        source_of(fake), "wrong", on_link=recorder.link, on_reading=recorder.reading, on_event=recorder.event
    )
    loop = NetLoop(name="test-encoder")
    task = loop.submit(watcher.run())
    try:
        recorder.wait(lambda: fake.refused >= 2, timeout_s=5)
        time.sleep(1.5)
        assert fake.refused == 2  # 1 s, then 2 s: not a storm of attempts at OBS
        assert all(state == "failed" and "refused the password" in str(why) for state, why in recorder.links)
    finally:
        task.cancel()
        loop.stop()
        fake.stop()


# -- the command line --------------------------------------------------------------------------------------
def test_stream_probe_prints_the_issue_fields_and_exits_0_when_obs_answered(
    obs: FakeObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CICERONE_NO_KEYRING", "1")
    monkeypatch.setenv("CICERONE_OBS_PASSWORD", PASSWORD)
    done = cicerone("stream", "probe", obs.address, "--seconds", "1", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert list(document) == [
        *("source", "streaming", "reconnecting", "recording", "bitrate_kbps"),
        *("dropped_frames", "total_frames", "congestion", "error"),
    ]
    assert document["streaming"] is True and document["recording"] is True and document["error"] is None
    assert document["bitrate_kbps"] == pytest.approx(6000, rel=0.1)
    assert document["total_frames"] == pytest.approx(30, abs=6)
    assert PASSWORD not in done.stdout + done.stderr
    obs.stop_stream()
    stopped = cicerone("stream", "probe", obs.address, "--seconds", "0.2")
    assert stopped.returncode == 0 and "not streaming" in stopped.stdout


def test_stream_probe_against_an_obs_that_never_answers_times_out_with_the_reason() -> None:
    fake = FakeObs(password=None, mode="mute").start()
    try:
        started = time.monotonic()
        done = cicerone("stream", "probe", fake.address, "--timeout", "1", "--json")
        assert done.returncode == 1 and time.monotonic() - started < 15
        assert json.loads(done.stdout)["error"] == "OBS did not answer GetStreamStatus within 1 s"
    finally:
        fake.stop()


def test_stream_probe_exits_1_with_the_reason_and_2_for_a_bad_address(
    obs: FakeObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CICERONE_NO_KEYRING", "1")
    monkeypatch.setenv("CICERONE_OBS_PASSWORD", "not it")
    wrong = cicerone("stream", "probe", obs.address, "--json")
    assert wrong.returncode == 1
    assert json.loads(wrong.stdout)["error"].startswith("OBS refused the password")
    assert "cicerone: stream probe: OBS refused the password" in wrong.stderr and "not it" not in wrong.stderr
    refused = cicerone("stream", "probe", f"obs://127.0.0.1:{free_port()}", "--timeout", "2")
    assert refused.returncode == 1 and "OBS is not answering" in refused.stderr
    for bad in ("obs://:pw@host", "rtmp://x", "obs://h:x", "off", "nan"):
        args = (
            ["stream", "probe", bad] if bad != "nan" else ["stream", "probe", obs.address, "--seconds", "nan"]
        )
        done = cicerone(*args)
        assert done.returncode == 2 and "Traceback" not in done.stderr, (bad, done.stderr)
    assert os.environ["CICERONE_OBS_PASSWORD"] == "not it"


def test_health_without_fresh_readings_never_says_on_air() -> None:
    health = EncoderHealth()
    health.set_link("connected")
    stream = StreamStatus(True, False, 1000, 0, 30, 0.0, 1.0)
    health.add(Reading(100.0, stream, RecordStatus(False, False, 0.0)))
    assert health.view(101.0).on_air is True
    assert health.view(110.0).on_air is None and health.view(110.0).bitrate_kbps is None
    health.set_link("failed", "the connection to OBS dropped")
    assert health.view(100.5).on_air is None


def test_events_change_the_state_at_once_and_a_new_stream_has_a_new_start() -> None:
    def reading(at: float, active: bool, seconds: float) -> Reading:
        counts = StreamStatus(active, False, int(seconds * 750_000), 0, int(seconds * 30), 0.1, seconds)
        return Reading(at, counts, RecordStatus(True, False, 300.0))

    health = EncoderHealth()
    health.set_link("connected")
    health.add(reading(100.0, True, 60.0))
    assert health.stream_started_at == 40.0  # OBS's own duration says when the stream began
    stop = {"outputActive": False, "outputState": "OBS_WEBSOCKET_OUTPUT_STOPPED"}
    assert health.event(100.5, "StreamStateChanged", stop)
    view = health.view(100.6)
    assert (view.on_air, view.went_off_at, view.recording, view.bitrate_kbps) == (False, 100.5, True, None)
    assert not health.event(100.7, "SceneChanged", {})  # other events change nothing
    health.add(reading(101.0, False, 0.0))
    start = {"outputActive": True, "outputState": "OBS_WEBSOCKET_OUTPUT_STARTED"}
    assert health.event(102.0, "StreamStateChanged", start)
    assert health.stream_started_at == 102.0 and health.went_off_at is None
    reconnect = {"outputActive": True, "outputState": "OBS_WEBSOCKET_OUTPUT_RECONNECTING"}
    health.event(103.0, "StreamStateChanged", reconnect)
    assert health.view(103.1).reconnecting and health.went_off_at == 103.0
    assert health.stream_started_at == 102.0  # a reconnect is the same stream
    record = health.record("state", 103.1)
    assert (record.streaming, record.reconnecting, record.recording) == (True, True, True)


def test_a_message_nested_past_any_obs_message_is_not_v5() -> None:
    """Read with the project's bounded loader on the network loop's thread, never recursed into."""
    parse('{"op": 0, "d": {}}')
    for deep in ('{"op": 0, "d": {"x": ' + "[" * 70 + "]" * 70 + "}}", "[" * 100_000):
        with pytest.raises(ProtocolError):
            parse(deep)
