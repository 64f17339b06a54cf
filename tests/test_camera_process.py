"""Whole processes: closing releases libvlc and exits 0; without libvlc the pane says what to install."""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

# A real pane playing the demo clip offscreen until frames are painted, then the window closes.
PANE_SCRIPT = textwrap.dedent(
    """
    import atexit
    import sys

    # registered before the camera's own exit hook, so it runs after it (atexit runs last in, first out)
    atexit.register(lambda: print("released at exit:", pane.player is not None and pane.player._released))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from console.settings import Settings
    from console.ui.camera_pane import CameraPane

    app = QApplication([])
    pane = CameraPane(Settings(), demo=True)
    pane.resize(320, 180)
    pane.show()
    pane.start()
    print("notice:", pane.notice, flush=True)
    explicit = sys.argv[1] == "shutdown"

    def painted(number):
        if pane.picture.painted >= 10:
            if explicit:
                pane.shutdown()
            pane.close()
            app.quit()

    pane.frame_painted.connect(painted)
    QTimer.singleShot(1500 if pane.notice else 15000, app.quit)
    app.exec()
    print("released:", pane.player is not None and pane.player._released, flush=True)
    print("painted:", pane.picture.painted, flush=True)
    """
)


def run_pane(mode: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PANE_SCRIPT, mode],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


@pytest.mark.parametrize("mode", ["shutdown", "no-shutdown"])
def test_closing_releases_the_player_and_the_process_exits_0(mode: str) -> None:
    result = run_pane(mode)
    assert result.returncode == 0, result.stderr
    painted = int(result.stdout.rsplit("painted:", 1)[1].split()[0])
    assert painted >= 10
    assert ("released: True" in result.stdout) == (mode == "shutdown")
    assert "released at exit: True" in result.stdout  # without shutdown(), the exit hook releases libvlc
    assert "Fatal" not in result.stderr


def test_the_app_closes_cleanly_with_the_camera_playing(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CICERONE_QUIT_AFTER_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "console", "--demo", "--db", str(tmp_path / "demo.db")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Fatal" not in result.stderr


@pytest.mark.parametrize(
    "lib_path",
    [
        "/nonexistent/libvlc.so.5",  # python-vlc calls sys.exit on import
        ctypes.util.find_library("c") or "libc.so.6",  # a library that is not libvlc: the NameError trap
    ],
)
def test_without_libvlc_the_pane_says_what_to_install(lib_path: str) -> None:
    result = run_pane("shutdown", {"PYTHON_VLC_LIB_PATH": lib_path})
    assert result.returncode == 0, result.stderr
    assert "camera preview unavailable" in result.stdout
    assert "install VLC" in result.stdout
    assert "Traceback" not in result.stderr


def test_without_libvlc_the_probe_says_what_to_install() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console", "camera", "probe", "udp://@:1234"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so.5"},
    )
    assert result.returncode == 2
    assert "install VLC" in result.stderr and "Traceback" not in result.stderr
