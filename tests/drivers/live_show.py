"""Run the real console in this process, play part of a show with real key presses, report, then wait.

Used by the crash test: it prints ``SAVED <id> <text>`` for each note the window lists as saved and
``STATE <current stop> <went live>`` once done, then idles until the test kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.show.session import Note


def drive(play: Callable[[Console], None]) -> None:
    """The console on the command line's arguments, ``play`` run on it once shown, then idle until killed."""
    app = QApplication(sys.argv[:1])
    console = Console(build_parser().parse_args(sys.argv[1:]), load_settings())
    console.start()
    QTimer.singleShot(100, lambda: play(console))
    app.exec()


def main() -> None:
    drive(play)


def play(console: Console) -> None:
    view = console.live_view

    def saved(note: Note) -> None:
        print(f"SAVED {note.id} {note.text or '<mark>'}", flush=True)

    console.controller.note_saved.connect(saved)
    QTest.keyClick(view, Qt.Key.Key_F5)
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_N)
    QTest.keyClicks(view.notes.box, "lighting too dark on the lamassu")
    QTest.keyClick(view.notes.box, Qt.Key.Key_Return)
    QTest.keyClick(view, Qt.Key.Key_Period)
    session = console.controller.session
    assert session is not None
    print(f"STATE {session.current_index} {session.went_live_at!r}", flush=True)


if __name__ == "__main__":
    main()
