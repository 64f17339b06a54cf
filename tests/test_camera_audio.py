"""The pane's sound meter, fed by real libvlc decoding generated clips: loud, silent, and without audio."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from console.camera.audio import FLOOR_DB, Level, to_db
from console.settings import Settings
from console.ui.camera_pane import CameraPane
from console.ui.theme import BAD, GOOD, WARN
from tests.helpers import near

pytestmark = pytest.mark.slow

SOUNDS = {
    "loud": ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-af", "volume=7"],
    "silent": ["-f", "lavfi", "-i", "anullsrc=channel_layout=stereo:sample_rate=48000"],
    "none": [],
}


def make_clip(folder: Path, sound: str) -> Path:
    """A 4 s 320x180 H.264 clip with a 440 Hz sine near full scale, digital silence (AAC), or no audio."""
    path = folder / f"{sound}.mp4"
    audio = ["-c:a", "aac", "-shortest"] if SOUNDS[sound] else []
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=4", *SOUNDS[sound],
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", *audio, str(path)],
        check=True,
    )  # fmt: skip
    return path


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sound")
    return {sound: make_clip(folder, sound) for sound in SOUNDS}


@pytest.fixture
def playing(qtbot: QtBot) -> Iterator[Callable[[Path], CameraPane]]:
    made: list[CameraPane] = []

    def build(clip: Path) -> CameraPane:
        widget = CameraPane(Settings(camera_mrl=str(clip)))
        qtbot.addWidget(widget)
        widget.resize(360, 200)
        widget.show()
        widget.start()
        made.append(widget)
        qtbot.waitUntil(lambda: widget.picture.painted >= 5, timeout=5000)
        return widget

    yield build
    for widget in made:
        widget.shutdown()


def meter_colours(widget: CameraPane) -> list[QColor]:
    shot = widget.meter.grab().toImage()
    return [shot.pixelColor(x, y) for x in range(shot.width()) for y in range(shot.height())]


def lit(colours: list[QColor], colour: str) -> bool:
    wanted = QColor(colour)
    return any(near(c, wanted.red(), wanted.green(), wanted.blue(), tolerance=12) for c in colours)


def test_a_loud_source_fills_the_meter_into_the_red(
    qtbot: QtBot, playing: Callable[[Path], CameraPane], clips: dict[str, Path]
) -> None:
    widget = playing(clips["loud"])
    qtbot.waitUntil(lambda: widget.meter.level is not None and widget.meter.level.peak_db > -3, timeout=4000)
    level = widget.meter.level
    assert level is not None and level.rms_db > -6  # a sine's RMS is 3 dB under its peak
    colours = meter_colours(widget)
    assert lit(colours, GOOD) and lit(colours, WARN) and lit(colours, BAD)


def test_a_silent_source_shows_a_live_but_empty_meter(
    qtbot: QtBot, playing: Callable[[Path], CameraPane], clips: dict[str, Path]
) -> None:
    widget = playing(clips["silent"])
    qtbot.waitUntil(lambda: widget.meter.level is not None, timeout=4000)
    qtbot.wait(500)
    level = widget.meter.level
    assert level is not None and level.peak_db < -50  # there is sound, and it is silence
    assert not lit(meter_colours(widget), GOOD)


def test_a_source_without_audio_says_no_audio(
    qtbot: QtBot, playing: Callable[[Path], CameraPane], clips: dict[str, Path]
) -> None:
    widget = playing(clips["none"])
    qtbot.wait(2000)  # longer than the meter waits for a first block
    assert widget.player is not None and widget.player.audio.read() is None
    assert widget.meter.level is None
    colours = meter_colours(widget)
    assert not lit(colours, GOOD)
    assert any(c.lightness() > 80 for c in colours)  # the words "no audio", dim on black


def test_levels_are_decibels_below_full_scale_with_a_floor() -> None:
    assert to_db(32768) == 0
    assert round(to_db(16384), 1) == -6.0
    assert to_db(0) == FLOOR_DB == to_db(1)
    assert Level(-6.0, -9.0).peak_db == -6.0
