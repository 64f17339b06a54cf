"""The live console with an encoder: the line beside the viewers, the red banner within two seconds of OBS's
stop event while the show is live (and gone on restart), the amber one for dropped frames, the records in the
session's JSON export. A real console offscreen, a real stand-in OBS on 127.0.0.1 (tests/obs_fake.py)."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.settings import load_settings
from console.ui.encoder_line import FRAMES_BANNER, STOPPED_BANNER, UNKNOWN_BANNER, EncoderLine
from tests.helpers import cicerone, free_port, key, open_console
from tests.obs_fake import FakeObs

PASSWORD = "correct horse"


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CICERONE_NO_KEYRING", "1")
    monkeypatch.setenv("CICERONE_OBS_PASSWORD", PASSWORD)


def line_of(qtbot: QtBot, console: Console) -> EncoderLine:
    qtbot.waitUntil(lambda: console.viewers_pane is not None and console.encoder is not None, timeout=10_000)
    assert console.viewers_pane is not None
    line = console.viewers_pane.findChild(EncoderLine)
    assert isinstance(line, EncoderLine)
    return line


def banners(console: Console) -> dict[str, str]:
    return console.live_view.banners.texts()


def test_a_stop_while_live_is_a_red_banner_within_two_seconds_and_clears_on_restart(
    qtbot: QtBot, tour_db: Path, obs: FakeObs
) -> None:
    console = open_console(qtbot, tour_db, "--encoder", obs.address)
    try:
        line = line_of(qtbot, console)
        qtbot.waitUntil(lambda: line.texts().startswith("ON AIR"), timeout=10_000)
        qtbot.waitUntil(lambda: "kb/s" in line.texts(), timeout=5_000)
        assert "● REC" in line.texts() and "dropped 0.0\u00a0% (1 min)" in line.texts()
        assert load_settings().encoder == obs.address  # remembered on this machine, like --stage
        obs.stop_stream()
        qtbot.wait(300)
        assert STOPPED_BANNER not in banners(console)  # not live yet: the line says it, no alarm
        assert line.texts().startswith("OFF AIR")
        obs.start_stream()
        qtbot.waitUntil(lambda: line.texts().startswith("ON AIR"), timeout=3_000)

        stream_began = obs.stream_since
        key(qtbot, console, Qt.Key.Key_F5)
        assert console.controller.on_air
        stopped_at = time.monotonic()
        obs.stop_stream()
        qtbot.waitUntil(lambda: STOPPED_BANNER in banners(console), timeout=2_000)
        assert time.monotonic() - stopped_at < 2.0
        assert "The stream stopped at" in banners(console)[STOPPED_BANNER]
        assert banners(console)[STOPPED_BANNER].endswith("the encoder says: stopped")
        assert QApplication.activeModalWidget() is None
        obs.start_stream()
        qtbot.waitUntil(lambda: STOPPED_BANNER not in banners(console), timeout=2_000)
        obs.reconnect()
        qtbot.waitUntil(
            lambda: banners(console).get(STOPPED_BANNER, "").endswith("reconnecting"), timeout=2_000
        )
        assert line.texts().startswith("RECONNECTING")
        obs.start_stream()
        qtbot.waitUntil(lambda: STOPPED_BANNER not in banners(console), timeout=2_000)
        session = console.controller.session
        assert session is not None and session.id is not None
        session_id, stored = session.id, console.sessions.encoder_records
        qtbot.waitUntil(lambda: sum(r.kind == "sample" for r in stored(session_id)) >= 2, timeout=12_000)
        console.controller.end_show()
    finally:
        console.shutdown()
    done = cicerone("session", "export", str(session.id), "--format", "json", db=tour_db)
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)["encoder"]
    states = [(r["streaming"], r["reconnecting"]) for r in records if r["kind"] == "state"]
    assert (False, False) in states and (True, True) in states and states[-1] == (True, False)
    began = datetime.fromisoformat(next(r for r in records if r["streaming"])["stream_started"]).timestamp()
    assert began == pytest.approx(stream_began, abs=2.0)  # OBS's own start (chapters count from it)
    samples = [r for r in records if r["kind"] == "sample"]
    assert len(samples) >= 2
    assert samples[-1]["bitrate_kbps"] == pytest.approx(6000, rel=0.15)
    assert samples[-1]["dropped_share"] == 0.0 and samples[-1]["recording"] is True


def test_dropped_frames_above_the_threshold_turn_amber(qtbot: QtBot, tour_db: Path) -> None:
    fake = FakeObs(skipped_share=0.05).start()  # 5 % skipped, against the 2 % default
    console = open_console(qtbot, tour_db, "--encoder", fake.address)
    try:
        line = line_of(qtbot, console)
        key(qtbot, console, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: FRAMES_BANNER in banners(console), timeout=5_000)
        amber = banners(console)[FRAMES_BANNER]
        assert amber.startswith("The encoder is dropping frames: ")
        assert amber.endswith("\u00a0% over the last 30 s")
        assert float(amber.split(": ")[1].split("\u00a0%")[0]) > 2.0
        assert line.figures.property("state") == "warn"
        assert STOPPED_BANNER not in banners(console)
        console.controller.end_show()
        qtbot.waitUntil(lambda: FRAMES_BANNER not in banners(console), timeout=2_000)
    finally:
        console.shutdown()
        fake.stop()


def test_a_lost_encoder_is_never_shown_on_air_and_says_why(qtbot: QtBot, tour_db: Path, obs: FakeObs) -> None:
    console = open_console(qtbot, tour_db, "--encoder", obs.address)
    try:
        line = line_of(qtbot, console)
        qtbot.waitUntil(lambda: line.texts().startswith("ON AIR"), timeout=10_000)
        key(qtbot, console, Qt.Key.Key_F5)
        obs.password = "changed in OBS"  # the next connection is refused with 4009
        obs.drop()
        qtbot.waitUntil(lambda: "refused the password" in line.texts(), timeout=5_000)
        assert line.texts().startswith("ENCODER ?")
        assert "refused the password" in banners(console)[UNKNOWN_BANNER]
        assert PASSWORD not in line.texts()
        obs.password = PASSWORD
        qtbot.waitUntil(lambda: line.texts().startswith("ON AIR"), timeout=10_000)  # retried with backoff
        qtbot.waitUntil(lambda: UNKNOWN_BANNER not in banners(console), timeout=2_000)
    finally:
        console.shutdown()


def test_an_encoder_that_is_not_there_is_a_line_not_a_dialog(qtbot: QtBot, tour_db: Path) -> None:
    console = open_console(qtbot, tour_db, "--encoder", f"obs://127.0.0.1:{free_port()}")
    try:
        line = line_of(qtbot, console)
        qtbot.waitUntil(lambda: "OBS is not answering" in line.texts(), timeout=5_000)
        assert QApplication.activeModalWidget() is None
        assert not banners(console)  # not live: nothing to alarm anyone about
    finally:
        console.shutdown()


def test_waiting_for_obs_first_answer_at_go_live_is_no_alarm(qtbot: QtBot, tour_db: Path) -> None:
    """An OBS that has identified but not yet answered its first status request is not "unknown": the amber
    banner waits until the request times out (it used to flash at every go-live)."""
    fake = FakeObs(mode="mute").start()  # identifies, then never answers
    console = open_console(qtbot, tour_db, "--encoder", fake.address)
    try:
        line = line_of(qtbot, console)
        qtbot.waitUntil(
            lambda: console.encoder is not None and console.encoder.view().link == "connected", timeout=5_000
        )
        key(qtbot, console, Qt.Key.Key_F5)
        qtbot.wait(1_000)
        assert UNKNOWN_BANNER not in banners(console)
        assert not line.texts().startswith("ON AIR")
        qtbot.waitUntil(lambda: UNKNOWN_BANNER in banners(console), timeout=15_000)  # the request timed out
    finally:
        console.shutdown()
        fake.stop()
