"""``cicerone camera probe`` as a user runs it: a real process, real libvlc, real generated clips."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers import free_port, make_halves_clip, near

pytestmark = pytest.mark.slow


def cicerone(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", *args], capture_output=True, text=True, timeout=timeout
    )


def test_probe_reports_size_rate_and_writes_the_first_frame(tmp_path: Path) -> None:
    clip = make_halves_clip(tmp_path / "halves.mp4", left="lime", right="red")
    snapshot = tmp_path / "first.png"
    result = cicerone("camera", "probe", str(clip), "--json", "--snapshot", str(snapshot))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"width", "height", "fps", "first_frame_ms"}
    assert (report["width"], report["height"], report["fps"]) == (640, 240, 25.0)
    assert 0 < report["first_frame_ms"] < 10_000
    image = QImage(str(snapshot))
    assert (image.width(), image.height()) == (640, 240)
    assert near(image.pixelColor(160, 120), 0, 255, 0)
    assert near(image.pixelColor(480, 120), 255, 0, 0)


def test_probe_of_a_source_nothing_sends_to_fails_cleanly_in_time() -> None:
    port = free_port(socket.SOCK_DGRAM)
    started = time.perf_counter()
    result = cicerone("camera", "probe", f"udp://@127.0.0.1:{port}", "--timeout", "2")
    elapsed = time.perf_counter() - started
    assert result.returncode == 1
    assert "no picture within 2 s" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert elapsed < 2 + 2.5  # the timeout, plus starting Python and libvlc


def test_probe_of_a_refused_http_source_fails_without_waiting_the_whole_timeout() -> None:
    port = free_port()
    started = time.perf_counter()
    result = cicerone("camera", "probe", f"http://127.0.0.1:{port}/live.ts", "--timeout", "8")
    elapsed = time.perf_counter() - started
    assert result.returncode == 1
    assert "could not open or read this source" in result.stderr  # libvlc's error, not the timeout
    assert elapsed < 8
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("mrl", "reason"),
    [
        ("", "source given"),
        ("no-such-file.mp4", "no such file"),
        ("gopher://example.org/", "unknown source type"),
        ("rtsp://", "address is missing"),
        ("file:///no/such/clip.mp4", "no such file"),
    ],
)
def test_probe_of_anything_a_user_can_type_ends_without_a_traceback(mrl: str, reason: str) -> None:
    result = cicerone("camera", "probe", mrl, "--timeout", "1")
    assert result.returncode == 2
    assert reason in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("timeout", ["inf", "nan", "0", "soon"])
def test_probe_refuses_a_timeout_no_timer_can_wait(timeout: str) -> None:
    result = cicerone("camera", "probe", "udp://@:1234", "--timeout", timeout)
    assert result.returncode == 2
    assert "--timeout" in result.stderr and "Traceback" not in result.stderr


def test_camera_list_names_the_demo_clip() -> None:
    result = cicerone("camera", "list")
    assert result.returncode == 0
    assert "demo-clip.mp4\tDemo clip" in result.stdout
