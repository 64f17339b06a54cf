"""The camera pane decodes real generated clips through libvlc and paints them, aspect kept, at its size."""

from __future__ import annotations

import logging
import socket
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.camera.watch import Health, Status
from console.settings import Settings
from console.ui.camera_pane import METER_WIDTH, CameraPane
from console.ui.theme import BAD, WARN
from tests.helpers import make_halves_clip, near

# The `pane` fixture: settings (and demo=, size=) in, a shown CameraPane out.
PaneMaker = Callable[..., CameraPane]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def halves(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_halves_clip(tmp_path_factory.mktemp("clips") / "halves.mp4")


@pytest.fixture
def pane(qtbot: QtBot) -> Iterator[PaneMaker]:
    made: list[CameraPane] = []

    def build(settings: Settings, *, demo: bool = False, size: tuple[int, int] = (400, 400)) -> CameraPane:
        widget = CameraPane(settings, demo=demo)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        made.append(widget)
        return widget

    yield build
    for widget in made:
        widget.shutdown()


def test_decoded_pixels_are_the_clip_s_colours_at_the_pane_s_size(
    qtbot: QtBot, pane: PaneMaker, halves: Path
) -> None:
    widget = pane(Settings(camera_mrl=str(halves)))
    widget.start()
    with qtbot.waitSignal(widget.frame_painted, timeout=5000):
        pass
    image = widget.picture.image
    assert image is not None
    # decoded at the width of the pane's picture area (the pane less the meter), not the source's 640
    assert image.width() == widget.picture.width() < 400
    y = image.height() // 2
    assert near(image.pixelColor(image.width() // 4, y), 255, 0, 0)
    assert near(image.pixelColor(3 * image.width() // 4, y), 0, 0, 255)
    assert widget.player is not None and widget.player.ring is not None
    assert widget.player.ring.dropped == 0


def test_picture_keeps_its_aspect_inside_a_square_pane(qtbot: QtBot, pane: PaneMaker, halves: Path) -> None:
    widget = pane(Settings(camera_mrl=str(halves)))
    widget.start()
    player = widget.player  # made by start(), kept until shutdown()
    assert player is not None
    qtbot.waitUntil(lambda: widget.picture.painted >= 3 and player.picture_size is not None, timeout=5000)
    picture = widget.picture
    shot: QImage = picture.grab().toImage()
    # 640x240 in the 372-wide picture: a 372x140 band, centred, black above and below
    assert picture.width() == 400 - METER_WIDTH - 2  # 372: the pane less its border and the meter
    band_h = round(picture.width() * 240 / 640)
    top = (picture.height() - band_h) // 2
    middle = picture.height() // 2
    assert near(shot.pixelColor(100, middle), 255, 0, 0)
    assert near(shot.pixelColor(300, middle), 0, 0, 255)
    assert near(shot.pixelColor(100, top - 30), 0, 0, 0, tolerance=10)
    assert near(shot.pixelColor(300, top + band_h + 30), 0, 0, 0, tolerance=10)
    assert near(shot.pixelColor(100, top + 4), 255, 0, 0)
    assert near(shot.pixelColor(100, top - 4), 0, 0, 0, tolerance=10)


def test_nothing_lies_over_the_picture_so_a_frame_repaints_one_rectangle(
    qtbot: QtBot, pane: PaneMaker
) -> None:
    # A widget over the picture makes each frame's paint region holed, and Qt then blends the frame span by
    # span through its thread pool instead of one blit (measured: +0.6% of a core at 30 fps, 614x344).
    widget = pane(Settings(), size=(400, 300))
    picture = widget.picture
    assert picture.findChildren(QWidget) == []
    others = [child for child in widget.findChildren(QWidget) if child is not picture and child.isVisible()]
    assert widget.meter in others and widget._button in others
    for child in others:
        place = child.rect().translated(child.mapTo(widget, child.rect().topLeft()))
        assert not place.intersects(picture.geometry()), child.objectName() or type(child).__name__
    # the picture takes all the pane but the header and the meter
    assert picture.width() == widget.width() - METER_WIDTH - 2 and picture.height() > widget.height() - 50


def test_demo_mode_plays_the_bundled_clip_in_a_loop(qtbot: QtBot, pane: PaneMaker) -> None:
    widget = pane(Settings(), demo=True, size=(320, 180))
    widget.start()
    assert widget.player is not None and widget.player.mrl.endswith("demo-clip.mp4")
    qtbot.waitUntil(lambda: widget.status.health is Health.LIVE, timeout=5000)
    healths: list[Health] = []
    widget.player.status_changed.connect(lambda status: healths.append(status.health))
    # The clip is 8 s long. Not a fixed wait (on a loaded machine 9 s of wall time may be less than 8 s of
    # clip): wait until libvlc's own clock has passed most of the clip and come round to its start again...
    furthest = [0]

    def wrapped() -> bool:
        player = widget.player._player if widget.player is not None else None
        at = player.get_time() if player is not None else 0
        furthest[0] = max(furthest[0], at)
        return furthest[0] > 6000 and 0 <= at < furthest[0] - 3000

    qtbot.waitUntil(wrapped, timeout=40_000)
    qtbot.waitUntil(lambda: widget.status.health is Health.LIVE, timeout=5000)
    # ...without the signal lost on the way: a clip that ended would be lost, then replayed by a reconnect
    assert Health.LOST not in healths and widget.player.watch.attempts == 0, healths


def test_every_camera_health_change_is_logged_once_without_the_password(
    qtbot: QtBot, pane: PaneMaker, caplog: pytest.LogCaptureFixture
) -> None:
    """Connecting, lost, each reconnect: one INFO line each (the status itself is emitted every 200 ms)."""
    caplog.set_level(logging.INFO, logger="console.camera.player")
    with socket.socket() as closed:  # a port nothing listens on: every attempt is refused at once
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    widget = pane(Settings())
    widget.choose(f"rtsp://guide:pa55-do-not-log@127.0.0.1:{port}/stream?token=tok-do-not-log")
    assert widget.player is not None
    qtbot.waitUntil(lambda: widget.player is not None and widget.player.watch.attempts >= 1, timeout=15_000)
    qtbot.wait(3 * 200)  # a few more ticks of the same state: they must not add lines
    lines = [
        r.getMessage()
        for r in caplog.records
        if r.name == "console.camera.player" and r.levelno >= logging.INFO
    ]
    where = f"rtsp://127.0.0.1:{port}/stream"
    assert lines[0] == f"camera: idle -> connecting for {where}", lines
    assert sorted(lines[1:3]) == [  # the same tick finds the signal lost and reconnects
        f"camera: connecting -> lost for {where} (reconnect attempts: 1)",
        f"camera: no picture from {where}, reconnecting (attempt 1)",
    ], lines
    assert len(lines) == len(set(lines)), lines
    assert "do-not-log" not in caplog.text


def test_no_source_and_a_bad_source_say_so_instead_of_a_picture(
    qtbot: QtBot, pane: PaneMaker, tmp_path: Path
) -> None:
    widget = pane(Settings())
    widget.start()
    assert widget.player is None and "No camera chosen" in widget.notice
    widget.choose(str(tmp_path / "missing.mp4"))
    assert "no such file" in widget.notice and widget.player is None


def test_a_picked_source_is_announced_for_the_app_to_remember(
    qtbot: QtBot, pane: PaneMaker, halves: Path
) -> None:
    widget = pane(Settings())
    with qtbot.waitSignal(widget.source_changed, timeout=1000) as signal:
        widget.choose(str(halves))
    assert signal.args == [halves.resolve().as_uri()]
    with qtbot.waitSignal(widget.frame_painted, timeout=5000):
        pass


def still_picture(widget: CameraPane, colour: str) -> None:
    """Put a plain picture on screen, as if it were the last frame libvlc gave."""
    picture = widget.picture
    image = QImage(picture.width(), picture.height(), QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    picture.image = image
    picture.update()


def test_a_stale_picture_shows_its_age_in_a_badge_and_stays_undimmed(qtbot: QtBot, pane: PaneMaker) -> None:
    widget = pane(Settings(), size=(320, 210))
    picture = widget.picture
    still_picture(widget, "black")
    picture.show_status(Status(Health.STALE, 1.2, datetime.now().astimezone()))
    shot = picture.grab().toImage()
    warn = QColor(WARN)
    badge = (shot.pixelColor(x, y) for x in range(8, 120) for y in range(8, 40))  # top left
    assert any(near(colour, warn.red(), warn.green(), warn.blue(), tolerance=30) for colour in badge)
    still_picture(widget, "white")
    assert near(picture.grab().toImage().pixelColor(10, picture.height() - 10), 255, 255, 255, tolerance=10)


def test_a_lost_signal_dims_the_last_picture_under_the_message(qtbot: QtBot, pane: PaneMaker) -> None:
    widget = pane(Settings(), size=(320, 210))
    picture = widget.picture
    still_picture(widget, "white")
    picture.show_status(Status(Health.LIVE, 0.1, datetime.now().astimezone()))
    corner = (10, picture.height() - 10)
    assert near(picture.grab().toImage().pixelColor(*corner), 255, 255, 255, tolerance=10)
    picture.show_status(Status(Health.LOST, 75.0, datetime.now().astimezone(), attempts=2))
    shot = picture.grab().toImage()
    assert near(shot.pixelColor(*corner), 85, 85, 85, tolerance=10)  # dimmed, not passed off as live
    bad = QColor(BAD)
    centre = (shot.pixelColor(x, y) for x in range(40, 260) for y in range(40, 130))
    assert any(near(colour, bad.red(), bad.green(), bad.blue(), tolerance=30) for colour in centre)


def test_a_resized_pane_decodes_at_its_new_size_once_resizing_settles(
    qtbot: QtBot, pane: PaneMaker, halves: Path
) -> None:
    widget = pane(Settings(camera_mrl=str(halves)))
    widget.start()
    qtbot.waitUntil(
        lambda: widget.picture.image is not None and widget.picture.image.width() == 372, timeout=5000
    )
    widget.resize(200, 200)
    qtbot.waitUntil(
        lambda: widget.picture.image is not None and widget.picture.image.width() == 172, timeout=5000
    )
    image = widget.picture.image
    assert image is not None
    assert near(image.pixelColor(40, image.height() // 2), 255, 0, 0)
    assert near(image.pixelColor(130, image.height() // 2), 0, 0, 255)


def test_a_720p_source_is_decoded_at_exactly_the_pane_s_size_and_drawn_1_to_1(
    qtbot: QtBot, pane: PaneMaker, tmp_path: Path
) -> None:
    # libvlc reports 1280x720 as 1280x738: taken at its word, the picture came out 624 wide and was stretched
    clip = tmp_path / "hd.mp4"
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
         "-i", "testsrc2=size=1280x720:rate=25:duration=2", "-c:v", "libx264", "-preset", "ultrafast",
         "-pix_fmt", "yuv420p", str(clip)],
        check=True,
    )  # fmt: skip
    widget = pane(Settings(camera_mrl=str(clip)))
    picture = widget.picture
    widget.resize(640 + widget.width() - picture.width(), 360 + widget.height() - picture.height())
    assert (picture.width(), picture.height()) == (640, 360)
    widget.start()
    qtbot.waitUntil(lambda: widget.picture.painted >= 2, timeout=5000)
    assert widget.picture.image is not None
    assert (widget.picture.image.width(), widget.picture.image.height()) == (640, 360)
    assert picture.target == picture.rect()  # drawn 1:1 over the whole picture, no bars, no scaling


def test_the_address_field_uses_an_address_on_enter_and_closes_on_esc(
    qtbot: QtBot, pane: PaneMaker, halves: Path
) -> None:
    widget = pane(Settings(), size=(400, 300))
    entry = widget._entry
    widget._open_entry()
    assert entry.isVisible()
    qtbot.keyClicks(entry, "rtsp://camera.local/stream")
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    assert not entry.isVisible() and widget.player is None  # Esc closes it and plays nothing
    widget._open_entry()
    entry.setText(str(halves))
    with qtbot.waitSignal(widget.source_changed, timeout=1000):
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert not entry.isVisible() and widget.player is not None


def test_esc_in_the_address_field_beats_the_window_s_esc_shortcut(qtbot: QtBot) -> None:
    # The live view binds Esc (a clicker sends it): the field must still hear it, close, give the keys back.
    window = QWidget()
    qtbot.addWidget(window)
    shortcut_fired: list[bool] = []
    shortcut = QShortcut(QKeySequence("Esc"), window)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: shortcut_fired.append(True))
    widget = CameraPane(Settings(), parent=window)
    window.resize(400, 300)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts work in the active window only
    widget._open_entry()
    with qtbot.waitSignal(widget.typing_done, timeout=1000):
        qtbot.keyClick(widget._entry, Qt.Key.Key_Escape)
    assert not widget._entry.isVisible() and shortcut_fired == []
    widget.shutdown()
