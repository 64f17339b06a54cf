"""``cicerone self-test`` from source: every check passes here, and each failure is one clear line and exit 1.

The same command is run from the frozen, unpacked .deb by scripts/check-package (and tests/test_packaging.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from console.errors import KnownError
from tests.conftest import ASSETS, REPO

CHECKS = ("qt", "database", "assets", "libvlc", "network", "venue")


def self_test(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    environment.pop("DISPLAY", None)  # headless, whatever the developer's machine has
    return subprocess.run(
        [sys.executable, "-m", "console", "self-test", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environment,
        timeout=60,
    )


def lines_by_check(output: str) -> dict[str, str]:
    found = {}
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        name = rest.strip().split(" ", 1)[0]
        if status in ("ok", "FAIL") and name in CHECKS:
            found[name] = line
    return found


def test_every_check_passes_on_a_working_installation() -> None:
    result = self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    lines = lines_by_check(result.stdout)
    assert list(lines) == list(CHECKS)
    assert all(line.startswith("ok ") for line in lines.values()), result.stdout
    assert "decoded the demo clip" in lines["libvlc"]
    assert "offscreen" in lines["qt"]
    assert result.stdout.splitlines()[-1].startswith("all checks passed (from source")


def test_a_broken_libvlc_is_one_failed_line_and_exit_1() -> None:
    result = self_test(env={"PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so.5"})
    assert result.returncode == 1
    lines = lines_by_check(result.stdout)
    assert lines["libvlc"].startswith("FAIL")
    assert "PYTHON_VLC_LIB_PATH" in lines["libvlc"]
    assert all(lines[name].startswith("ok") for name in CHECKS if name != "libvlc")
    assert "Traceback" not in result.stdout + result.stderr


def test_a_venue_profile_with_a_secret_fails_naming_file_and_line(tmp_path: Path) -> None:
    profile = tmp_path / "venue.toml"
    profile.write_text('name = "Hall"\n\n[settings]\nyoutube_api_key = "AIza"\n', encoding="utf-8")
    result = self_test("--venue", str(profile))
    assert result.returncode == 1
    venue = lines_by_check(result.stdout)["venue"]
    assert venue.startswith("FAIL") and f"{profile}, line 4" in venue and "secret" in venue


def test_the_documented_venue_example_passes() -> None:
    result = self_test("--venue", str(ASSETS / "venue-example.toml"))
    assert result.returncode == 0, result.stdout
    assert "profile 'Louvre" in lines_by_check(result.stdout)["venue"]


def test_a_missing_asset_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from console.commands import selftest_cmd

    monkeypatch.setattr(selftest_cmd, "REQUIRED_ASSETS", (*selftest_cmd.REQUIRED_ASSETS, "video/gone.mp4"))
    with pytest.raises(KnownError, match=r"video/gone\.mp4"):
        selftest_cmd.check_assets()
