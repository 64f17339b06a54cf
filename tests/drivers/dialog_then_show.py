"""Run the real console as ``cicerone --prepare --db show.db`` from the database's folder, open Import… and
close it, then play part of a show when the test says so; then wait to be killed.

Prints ``DIALOG <names listed>``, then after a ``GO`` line on stdin ``SAVED <text>`` per note the window
lists as saved and ``STATE <current stop>``. The test runs another process between the two and kill -9s
this one at the end.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from tests.sqlite_locks import answer_file_dialog


def main() -> None:
    app = QApplication(sys.argv[:1])
    console = Console(build_parser().parse_args(["--prepare", "--db", "show.db"]), load_settings())
    console.start()
    console.controller.note_saved.connect(lambda note: print(f"SAVED {note.text or '<mark>'}", flush=True))

    def import_dialog() -> None:
        listed: list[set[str]] = []
        answer_file_dialog(Path.cwd(), expect="tour.md", done=listed.append)
        QTest.keyClick(console.prepare_view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        print(f"DIALOG {' '.join(sorted(listed[0])) if listed else '-'}", flush=True)

    def play() -> None:
        notifier.setEnabled(False)
        sys.stdin.readline()
        console.window.show_mode("Live")
        view = console.live_view
        console.window.activateWindow()  # the keys are the window's shortcuts: it has the keyboard again
        view.setFocus()
        QApplication.processEvents()
        QTest.keyClick(view, Qt.Key.Key_F5)
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        QTest.keyClick(view, Qt.Key.Key_N)
        QTest.keyClicks(view.notes.box, "the lamassu is lit too dark")
        QTest.keyClick(view.notes.box, Qt.Key.Key_Return)
        QTest.keyClick(view, Qt.Key.Key_Period)
        session = console.controller.session
        assert session is not None
        print(f"STATE {session.current_index}", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(play)
    QTimer.singleShot(300, import_dialog)
    app.exec()


if __name__ == "__main__":
    main()
