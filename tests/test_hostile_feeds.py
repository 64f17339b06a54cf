"""Hostile feeds: a camera server that accepts and never answers, viewer sources that are FIFOs, bad ports,
JSON 100,000 deep, a 403 whose ``errors`` is a string, a chunked 50 MB body, a 5,000-digit count.

Each ends in a clear failing state with the reason, in bounded time: a ``viewers probe`` exit code (2 for
what the user typed, 1 for what the source sent), a failing source in the window that is asked again with
backoff, a camera window that never freezes while libvlc waits for the silent server, and a ``camera
probe`` that answers at its timeout. Real processes, a real libvlc, real servers on 127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.audience import reader as reader_module
from console.audience.local import read_file
from console.audience.platforms import BadAnswer, Reading, viewer_count
from console.audience.poller import AudiencePoller
from console.audience.specs import SourceSpec
from console.bounded_json import JsonRefused, load_json_bounded, nesting_depth
from console.camera.release import wait_released
from console.camera.watch import Health
from console.settings import Settings
from console.ui.camera_pane import CameraPane
from tests.audience_fakes import DEEP, HUGE_BYTES, FakePlatforms
from tests.conftest import REPO
from tests.helpers import LoopWatch

POLL_S = 0.2


# -- helpers ---------------------------------------------------------------------------------------------
def cicerone(*args: str, timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run the CLI as a user does; a run over ``timeout`` fails the test (subprocess.TimeoutExpired)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CICERONE_NO_KEYRING": "1"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "console", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=timeout,
    )
    return done, time.perf_counter() - started


class SilentServer:
    """Accepts TCP connections on 127.0.0.1 and never sends a byte: a camera that hangs after connect."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._socket.getsockname()[1])
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self._socket.settimeout(0.1)
        while not self._stop.is_set():
            try:
                self.accepted.append(self._socket.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    def close(self) -> None:
        self._stop.set()
        for connection in self.accepted:
            connection.close()
        self._socket.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()
    assert wait_released(15), "a libvlc player was never released"


# -- the camera ------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_camera_probe_of_a_server_that_never_answers_ends_at_its_timeout(silent: SilentServer) -> None:
    done, elapsed = cicerone(
        "camera", "probe", f"rtsp://127.0.0.1:{silent.port}/x", "--timeout", "2", timeout=30
    )
    assert done.returncode == 1, done.stderr
    assert "no picture within 2 s" in done.stderr and "Traceback" not in done.stderr
    assert silent.accepted, "libvlc never connected: the test proves nothing"
    assert elapsed < 2 + 1.5, f"took {elapsed:.1f} s (libvlc's stop holds a silent rtsp:// for 5 s)"


@pytest.mark.slow
def test_reconnecting_to_a_silent_server_never_freezes_the_window(qtbot: QtBot, silent: SilentServer) -> None:
    pane = CameraPane(Settings(camera_mrl=f"rtsp://127.0.0.1:{silent.port}/x", camera_caching_ms=250))
    qtbot.addWidget(pane)
    pane.resize(320, 180)
    pane.show()
    pane.start()  # the first start loads libvlc's plugins on this thread: not what is measured here
    loop = LoopWatch()
    # Lost after 2 s, then the player reconnects: the first attempt's player is stopped while libvlc is
    # still inside its 5 s wait for the server's answer.
    qtbot.waitUntil(lambda: pane.status.attempts >= 1, timeout=6000)
    qtbot.wait(1000)
    assert pane.status.health is Health.LOST and len(silent.accepted) >= 2
    started = time.perf_counter()
    pane.shutdown()
    shutdown_s = time.perf_counter() - started
    froze = loop.longest_gap()
    assert froze < 0.25, f"the window froze for {froze:.2f} s"
    assert shutdown_s < 0.25, f"shutdown took {shutdown_s:.2f} s on the GUI thread"


# A pane playing the silent server until it has reconnected once, then the window closes: the exit hook
# must wait for the players still stopping, and the process exit 0 without a libvlc crash.
SILENT_PANE_SCRIPT = textwrap.dedent(
    """
    import atexit, sys, time
    atexit.register(lambda: print("left at", round(time.perf_counter() - started, 1), flush=True))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from console.camera import release
    from console.settings import Settings
    from console.ui.camera_pane import CameraPane

    started = time.perf_counter()
    app = QApplication([])
    pane = CameraPane(Settings(camera_mrl=sys.argv[1], camera_caching_ms=250))
    pane.show()
    pane.start()

    def check():
        if pane.status.attempts >= 1:
            print("stopping at close:", release.releasing(), flush=True)
            pane.close()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    QTimer.singleShot(15000, app.quit)
    app.exec()
    """
)


@pytest.mark.slow
def test_closing_while_libvlc_still_stops_waits_for_it_and_exits_0(silent: SilentServer) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SILENT_PANE_SCRIPT, f"rtsp://127.0.0.1:{silent.port}/x"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert "stopping at close: 1" in result.stdout  # the retired first attempt was still stopping
    assert "Fatal" not in result.stderr and "Traceback" not in result.stderr


# -- viewer sources: the probe ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        ("http-json:http://127.0.0.1:99999/#x", "the port must be a number from 1 to 65535"),
        ("http-json:http://127.0.0.1:abc/#x", "the port must be a number from 1 to 65535"),
        ("http-json:http://127.0.0.1:0/#x", "the port must be a number from 1 to 65535"),
        ("http-json:http://[::1/#x", "an IPv6 address goes in brackets"),
        ("file:/dev/zero", "it is a device, not a regular file"),
        ("file:/tmp", "it is a folder, not a regular file"),
        ("file:/tmp/x\x01y", "cannot contain control characters"),
    ],
)
def test_viewers_probe_refuses_what_no_source_can_be_with_exit_2(spec: str, reason: str) -> None:
    done, _elapsed = cicerone("viewers", "probe", spec, "--timeout", "2", timeout=20)
    assert (done.returncode, "Traceback" in done.stderr) == (2, False), done.stderr
    assert reason in done.stderr


@pytest.mark.posix
def test_viewers_probe_of_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "viewers.fifo"
    os.mkfifo(fifo)  # nobody writes: a plain open() would block for ever
    done, elapsed = cicerone("viewers", "probe", f"file:{fifo}", "--timeout", "2", timeout=20)
    assert done.returncode == 2 and "it is a pipe (FIFO), not a regular file" in done.stderr, done.stderr
    assert elapsed < 5


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("deep", "JSON nested deeper than 64 levels"),
        ("403text", "forbidden: check the key's permissions (HTTP 403) (Forbidden)"),
        ("chunked", "larger than 1,000,000 bytes"),
        ("digits", "not JSON we read (a number over 4300 digits"),
    ],
)
def test_viewers_probe_of_a_hostile_answer_fails_with_the_reason(
    platforms: FakePlatforms, mode: str, reason: str
) -> None:
    platforms.modes["json"] = mode
    spec = f"http-json:{platforms.url}/stats#data.online"
    done, _elapsed = cicerone("viewers", "probe", spec, "--timeout", "5", timeout=30)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert reason in done.stderr and done.stdout.endswith(": error\n")


# -- viewer sources: the window --------------------------------------------------------------------------
@pytest.mark.posix
def test_failing_sources_in_the_window_keep_being_asked_with_backoff(
    platforms: FakePlatforms, qtbot: QtBot, tmp_path: Path
) -> None:
    fifo, plain = tmp_path / "viewers.fifo", tmp_path / "viewers.txt"
    os.mkfifo(fifo)
    plain.write_text("4,321\n")
    platforms.modes["json"] = "deep"
    json_spec = f"http-json:{platforms.url}/stats#data.online"
    specs = [json_spec, f"file:{fifo}", "http-json:http://127.0.0.1:99999/#x"]
    poller = AudiencePoller(specs, Settings(viewer_poll_s=POLL_S), timeout_s=1.0)
    reasons: dict[str, list[str]] = {}
    poller.sample_read.connect(lambda s: reasons.setdefault(s.source, []).append(s.error or s.state))
    loop = LoopWatch()
    poller.start()
    try:
        # Failures back off 0.2, 0.4, 0.8 s: three reads of each within about 2 s.
        qtbot.waitUntil(
            lambda: len(reasons) == 3 and all(len(r) >= 3 for r in reasons.values()), timeout=8000
        )
        assert len(platforms.hits("json")) >= 3
        lines = {line.label: line for line in poller.view().lines}
        assert "JSON nested deeper than 64 levels" in (lines[json_spec].reason or "")
        assert "it is a pipe (FIFO)" in (lines[f"file:{fifo}"].reason or "")
        assert "the port must be a number" in (lines["http-json:http://127.0.0.1:99999/#x"].reason or "")
        platforms.modes["json"] = "403text"
        os.replace(plain, fifo)  # the producer's tool writes the file at last: the source recovers
        qtbot.waitUntil(lambda: poller.current_total() == 4321, timeout=8000)
        qtbot.waitUntil(lambda: "forbidden" in (poller.view().lines[0].reason or ""), timeout=8000)
    finally:
        poller.stop()
    assert loop.longest_gap() < 0.25


def test_a_file_read_that_hangs_times_out_and_is_not_stacked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file on a network share that stopped answering: the read never returns. Standing in for it, a read
    # that sleeps far past the timeout (the only stand-in in this file: no FIFO hangs once opened without
    # blocking, and a dead NFS server cannot be had in a test).
    release = threading.Event()
    started: list[float] = []

    def hung_read(spec: SourceSpec, at: float) -> Reading:
        started.append(time.perf_counter())
        release.wait(30)
        return read_file(spec, at)

    monkeypatch.setattr(reader_module, "read_file", hung_read)
    path = tmp_path / "viewers.txt"
    path.write_text("12\n")
    poller = AudiencePoller([f"file:{path}"], Settings(viewer_poll_s=POLL_S), timeout_s=0.5)
    samples: list[str] = []
    poller.sample_read.connect(lambda s: samples.append(s.error or ""))
    poller.start()
    try:
        qtbot.waitUntil(lambda: len(samples) >= 3, timeout=8000)
    finally:
        poller.stop()
        release.set()
    assert "timeout: the file could not be read within 0.5 s" in samples[0]
    assert all("previous read still does not return" in reason for reason in samples[1:3])
    assert len(started) == 1  # no second thread behind the hung one


# -- the readers, directly -------------------------------------------------------------------------------
def test_json_deeper_than_the_limit_is_refused_never_a_recursion_error() -> None:
    with pytest.raises(JsonRefused, match="nested deeper than 64 levels"):
        load_json_bounded(b"[" * DEEP + b"]" * DEEP)
    with pytest.raises(JsonRefused, match="nested deeper than 64 levels"):
        load_json_bounded(b"[" * DEEP)  # never closed
    with pytest.raises(JsonRefused, match="nested deeper than 64 levels"):
        load_json_bounded(b"[[]" * 70 + b"]" * 70)  # no long run of openings to spot at once
    with pytest.raises(JsonRefused, match="over 4300 digits"):
        load_json_bounded(b"1" * 5000)
    assert load_json_bounded(b"[" * 64 + b"]" * 64) is not None
    assert nesting_depth(b'{"a": "[[[[", "b": [{"c": "\\"]"}]}') == 3  # brackets in strings do not count
    started = time.perf_counter()
    with pytest.raises(JsonRefused):
        load_json_bounded(b"[" * 500_000 + b"]" * 500_000)  # a 1 MB answer, the reader's cap
    assert time.perf_counter() - started < 0.1


def test_a_count_too_long_for_python_or_sqlite_is_a_bad_answer() -> None:
    for value in ("7" * 5000, 10**30, 1e300, "²"):
        with pytest.raises(BadAnswer):
            viewer_count(value, "n")
    assert viewer_count("12,345", "n") == 12345


@pytest.mark.posix
def test_a_fifo_a_device_or_a_folder_is_never_opened_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "viewers.fifo"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "a pipe (FIFO)"), (Path("/dev/zero"), "a device"), (tmp_path, "a folder")):
        spec = SourceSpec("file", str(path), text=f"file:{path}")
        readings: list[Reading] = []
        reading_thread = threading.Thread(
            target=lambda spec=spec, readings=readings: readings.append(read_file(spec, 0.0)), daemon=True
        )
        reading_thread.start()
        reading_thread.join(2.0)  # a blocking open() of a FIFO with no writer never returns
        assert readings, f"reading {kind} blocked"
        assert readings[0].sample.state == "error" and f"it is {kind}" in (readings[0].sample.error or "")


def test_the_body_cap_holds_for_a_chunked_answer(platforms: FakePlatforms, qtbot: QtBot) -> None:
    platforms.modes["json"] = "chunked"
    poller = AudiencePoller([f"http-json:{platforms.url}/stats#data.online"], Settings(), timeout_s=20.0)
    poller.start()
    try:
        with qtbot.waitSignal(poller.sample_read, timeout=20_000) as signal:
            pass
    finally:
        poller.stop()
    assert signal.args is not None and "larger than 1,000,000 bytes" in (signal.args[0].error or "")
    qtbot.waitUntil(lambda: platforms.huge_done >= 1, timeout=10_000)
    assert platforms.huge_sent < HUGE_BYTES / 2
