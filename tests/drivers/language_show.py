"""Run the real console, go live, switch the talking points to the tour's third language, then wait.

Used by the crash test of content languages: it prints ``STATE <current stop> <language>`` once done, then
idles until the test kills it with SIGKILL.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from console.app import Console
from tests.drivers.live_show import drive


def play(console: Console) -> None:
    view = console.live_view
    for key in (Qt.Key.Key_F5, Qt.Key.Key_L, Qt.Key.Key_PageDown, Qt.Key.Key_L):
        QTest.keyClick(view, key)
    session = console.controller.session
    assert session is not None
    print(f"STATE {session.current_index} {console.controller.language}", flush=True)


if __name__ == "__main__":
    drive(play)
