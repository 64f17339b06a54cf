"""Run the real console through ``cicerone``'s own entry point, then hit it with a deliberate fault.

``slot``: a Qt slot raises; ``thread``: a Python thread dies; ``qt``: Qt says something critical.
Either way the driver then plays the show on (F5, PageDown) and prints ``BANNERS <json>`` and
``STOP <current stop>`` before quitting, so the test sees that the fault was caught, said on screen, and
that the show went on.
"""

from __future__ import annotations

import json
import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.cli import main
from console.ui.console_window import ConsoleWindow
from console.ui.live_view import LiveView


def fault(kind: str) -> None:
    if kind == "qt":
        from PySide6.QtCore import qCritical

        qCritical("a deliberate Qt critical message")
        return
    if kind == "thread":
        worker = threading.Thread(target=lambda: 1 / 0, name="faulty-worker")
        worker.start()
        worker.join()
        return
    raise RuntimeError("a deliberate fault in a slot")


def report(app: QApplication) -> None:
    window = next(w for w in app.topLevelWidgets() if isinstance(w, ConsoleWindow))
    view = window.page("Live")
    assert isinstance(view, LiveView)
    QTest.keyClick(view, Qt.Key.Key_F5)
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    session = view.controller.session
    print("BANNERS", json.dumps(view.banners.texts()), flush=True)
    print("STOP", session.current_index if session is not None else None, flush=True)
    app.exit(0)


if __name__ == "__main__":
    kind, argv = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(300, lambda: fault(kind))
    QTimer.singleShot(1200, lambda: report(app))
    sys.exit(main(argv))
