"""The stage display on a real X server with two screens (one Xvfb screen split into two RandR monitors): it
opens full screen on the one chosen, never takes the keyboard (the clicker's keys, sent through X, still move
the show), moves to the primary screen behind the console with a banner when its screen is unplugged, and
returns when it is plugged back. The console runs in tests/drivers/stage_screens.py, which reports each step.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO

TOOLS = ("xvfb-run", "xrandr", "xdotool", "xwininfo")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS), reason=f"needs {', '.join(TOOLS)} (scripts/setup-env)"
)
LEFT = [0, 0, 1920, 1080]
RIGHT = [1920, 0, 1920, 1080]
# One 3840x1080 screen, split into LEFT and RIGHT by the driver; -noreset keeps them between X clients.
XVFB = ["xvfb-run", "-a", "-s", "-screen 0 3840x1080x24 -noreset"]


def test_the_stage_follows_its_screen_and_never_takes_the_keyboard(tour_db: Path, tmp_path: Path) -> None:
    picture = tmp_path / "stage.png"
    done = subprocess.run(
        [*XVFB, sys.executable, "-m", "tests.drivers.stage_screens", str(tour_db), str(picture)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    steps: dict[str, dict[str, Any]] = {}
    for line in done.stdout.splitlines():
        if line.startswith("SEEN "):
            report = json.loads(line[5:])
            steps[report["step"]] = report
    expected = ["opened", "clicked", "unplugged", "plugged back", "console's screen"]
    assert list(steps) == expected, done.stderr[-3000:]
    for report in steps.values():  # the keyboard never leaves the console, in Qt's eyes and the X server's
        assert report["console_active"] and report["x_focus"] == report["console_id"], report
        assert report["stage_activations"] == 0, report  # not even for a moment (a click included)

    opened = steps["opened"]
    assert opened["screens"] == ["LEFT", "RIGHT"]
    assert opened["stage_screen"] == "RIGHT" and opened["stage_geometry"] == RIGHT
    assert opened["stage_full_screen"]
    assert steps["clicked"]["stop"] == 1  # F5, a click on the stage, PageDown: all through X

    unplugged = steps["unplugged"]
    assert unplugged["screens"] == ["LEFT"] and unplugged["stage_screen"] == "LEFT"
    assert unplugged["stage_visible"] and not unplugged["stage_full_screen"]
    x, y, width, height = unplugged["stage_geometry"]
    assert x >= 0 and y >= 0 and x + width <= 1920 and y + height <= 1080 and width < 1920 // 2
    assert unplugged["top_to_bottom"] == [unplugged["console_id"], unplugged["stage_id"]]  # behind it
    assert "RIGHT" in unplugged["banner"]
    assert unplugged["stop"] == 2  # the clicker still drives the show

    back = steps["plugged back"]
    assert back["stage_screen"] == "RIGHT" and back["stage_geometry"] == RIGHT and back["stage_full_screen"]
    assert back["banner"] == ""
    assert picture.stat().st_size > 10_000  # the stage as grabbed from RIGHT (see scripts/screenshots.py)

    own = steps["console's screen"]
    assert own["stage_screen"] == "LEFT" and own["stage_visible"] and not own["stage_full_screen"]
    assert own["top_to_bottom"] == [own["console_id"], own["stage_id"]]
    assert "console's own screen" in own["banner"]
