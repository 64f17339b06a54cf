"""Run the real console on a real X server with two RandR monitors, LEFT (primary) and RIGHT, the stage
display chosen on RIGHT; unplug RIGHT (``xrandr --delmonitor``) and plug it back, pressing the clicker's keys
through X (``xdotool``) all along. Prints ``SEEN <json>`` at each step for tests/test_stage_x11.py to judge.

Run by that test as ``xvfb-run -a -s "-screen 0 3840x1080x24 -noreset" python -m
tests.drivers.stage_screens DB [SCREENSHOT]`` (``-noreset``: a bare Xvfb forgets its RandR monitors whenever
its last client leaves).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtWidgets import QApplication

from console.app import Console
from console.cli import build_parser
from console.settings import load_settings
from console.ui.stage_screens import BANNER_KEY

RIGHT = "1920/508x1080/286+1920+0"


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=30).stdout


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def stacking(*window_ids: int) -> list[int]:
    """The given top-level X windows from top to bottom, as the X server stacks them (no window manager)."""
    children = run("xwininfo", "-root", "-children")
    order = [int(line.split()[0], 16) for line in children.splitlines() if line.strip().startswith("0x")]
    return sorted(window_ids, key=order.index)


def main() -> None:
    db, screenshot = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
    run("xrandr", "--setmonitor", "LEFT", "1920/508x1080/286+0+0", "screen")
    run("xrandr", "--setmonitor", "RIGHT", RIGHT, "none")
    app = QApplication(sys.argv[:1])
    console = Console(build_parser().parse_args(["--db", db, "--stage", "RIGHT"]), load_settings())
    console.start()
    stage, window = console.stage, console.window
    activations: list[bool] = []  # each time the stage was made the active window, hints or not
    stage.activated.connect(lambda: activations.append(True))

    def seen(step: str, **extra: object) -> None:
        app.processEvents()
        session = console.controller.session
        report = {
            "step": step,
            "screens": [screen.name() for screen in app.screens()],
            "stage_screen": stage.screen().name(),
            "stage_visible": stage.isVisible(),
            "stage_full_screen": stage.isFullScreen(),
            "stage_geometry": stage.geometry().getRect(),
            "console_active": QApplication.activeWindow() is window,
            "x_focus": int(run("xdotool", "getwindowfocus")),
            "console_id": int(window.winId()),
            "stage_id": int(stage.winId()),
            "stop": None if session is None else session.current_index,
            "banner": console.live_view.banners.texts().get(BANNER_KEY, ""),
            "stage_activations": len(activations),
            **extra,
        }
        print("SEEN " + json.dumps(report), flush=True)

    def on(screen: str) -> Callable[[], bool]:
        return lambda: stage.screen().name() == screen and stage.geometry() == stage.screen().geometry()

    def at_stop(index: int) -> Callable[[], bool]:
        def there() -> bool:
            session = console.controller.session
            return session is not None and session.current_index == index

        return there

    wait_until(app, lambda: QApplication.activeWindow() is window and stage.isVisible())
    wait_until(app, on("RIGHT"))
    seen("opened")
    # The clicker: real key presses through the X server, to whichever window has the keyboard.
    run("xdotool", "key", "F5")
    wait_until(app, lambda: console.controller.on_air)
    if screenshot:  # the stage as the guide sees it, a show under way and a cue from the producer
        console.controller.set_cue("Wrap up: two minutes")
        wait_until(app, lambda: stage.cue.property("flash") is False)
        wait_until(app, lambda: False, timeout=0.3)  # repainted and drawn by the X server
        right = next(screen for screen in app.screens() if screen.name() == "RIGHT")
        right.grabWindow(0).save(screenshot)
        console.controller.clear_cue()
    # A click on the stage (the producer's mouse, a touch screen) takes no keyboard either.
    run("xdotool", "mousemove", "2880", "540", "click", "1")
    wait_until(app, lambda: False, timeout=0.3)
    run("xdotool", "key", "Next")
    wait_until(app, at_stop(1))
    seen("clicked")

    run("xrandr", "--delmonitor", "RIGHT")
    wait_until(app, lambda: stage.screen().name() == "LEFT" and not stage.isFullScreen(), timeout=10)
    wait_until(app, lambda: False, timeout=0.5)  # let the X server settle the stacking
    run("xdotool", "key", "Next")
    wait_until(app, at_stop(2))
    seen("unplugged", top_to_bottom=stacking(int(stage.winId()), int(window.winId())))

    run("xrandr", "--setmonitor", "RIGHT", RIGHT, "none")
    wait_until(app, on("RIGHT"), timeout=10)
    wait_until(app, lambda: stage.isFullScreen())
    seen("plugged back")
    console.stage_screens.choose("LEFT")  # the console's own screen: full screen there would hide it
    wait_until(app, lambda: BANNER_KEY in console.live_view.banners.texts() and not stage.isFullScreen())
    wait_until(app, lambda: False, timeout=0.3)
    seen("console's screen", top_to_bottom=stacking(int(stage.winId()), int(window.winId())))
    window.close()
    app.processEvents()
    console.shutdown()


if __name__ == "__main__":
    main()
