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
from console.logs import crash_path, log_path
from tests.conftest import ASSETS, REPO

CHECKS = ("qt", "database", "settings", "assets", "languages", "libvlc", "network", "remote", "venue")


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
    assert "'Live' is fr 'Direct', zh_CN '直播'" in lines["languages"]
    assert result.stdout.splitlines()[-1].startswith("all checks passed (from source")
    assert result.stdout.splitlines()[-2].split() == ["log", str(log_path()), "(crashes:", f"{crash_path()})"]


def test_a_broken_libvlc_is_one_failed_line_and_exit_1() -> None:
    result = self_test(env={"PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so.5"})
    assert result.returncode == 1
    lines = lines_by_check(result.stdout)
    assert lines["libvlc"].startswith("FAIL")
    assert "PYTHON_VLC_LIB_PATH" in lines["libvlc"] and "install VLC" in lines["libvlc"]
    assert all(lines[name].startswith("ok") for name in CHECKS if name != "libvlc")
    assert "Traceback" not in result.stdout + result.stderr


def test_a_timeout_out_of_range_is_refused_before_any_check() -> None:
    for timeout in ("0", "nan", "inf"):
        result = self_test("--timeout", timeout)
        assert result.returncode == 2 and "between 0 and 3600 seconds" in result.stderr, result.stderr
        assert not lines_by_check(result.stdout) and "Traceback" not in result.stderr


def test_a_venue_profile_with_a_secret_fails_naming_file_and_line(tmp_path: Path) -> None:
    profile = tmp_path / "venue.toml"
    profile.write_text('name = "Hall"\n\n[settings]\nyoutube_api_key = "AIza"\n', encoding="utf-8")
    result = self_test("--venue", str(profile))
    assert result.returncode == 1
    venue = lines_by_check(result.stdout)["venue"]
    assert venue.startswith("FAIL") and f"{profile}, line 4" in venue and "secret" in venue


@pytest.mark.parametrize(
    ("profile", "tour", "reason"),
    [
        ('name = "X"\ntours = ["t.cicerone"]\n', b"broken", "not a Cicerone bundle"),
        ('name = "X"\n[settings]\ntext_zoom = nan\n', None, "text_zoom"),
        ('name = "X"\n[settings]\nmilestones = ["a"]\n', None, "milestones"),
        ('name = "X"\nviewers = [1, 2]\n', None, "viewer_sources"),
    ],
)
def test_a_venue_profile_that_would_fail_on_site_fails_here(
    profile: str, tour: bytes | None, reason: str, tmp_path: Path
) -> None:
    """A broken default tour or a bad value used to report ok (and fail at the venue's first start)."""
    (tmp_path / "venue.toml").write_text(profile, encoding="utf-8")
    if tour is not None:
        (tmp_path / "t.cicerone").write_bytes(tour)
    result = self_test("--venue", str(tmp_path / "venue.toml"))
    assert result.returncode == 1, result.stdout
    venue = lines_by_check(result.stdout)["venue"]
    assert venue.startswith("FAIL") and reason in venue
    assert "Traceback" not in result.stdout + result.stderr


def test_the_documented_venue_example_passes() -> None:
    result = self_test("--venue", str(ASSETS / "venue-example.toml"))
    assert result.returncode == 0, result.stdout
    assert "profile 'Louvre" in lines_by_check(result.stdout)["venue"]


def test_a_missing_asset_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from console.commands import selftest_cmd

    monkeypatch.setattr(selftest_cmd, "REQUIRED_ASSETS", (*selftest_cmd.REQUIRED_ASSETS, "video/gone.mp4"))
    with pytest.raises(KnownError, match=r"video/gone\.mp4"):
        selftest_cmd.check_assets()


def test_a_missing_translation_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from console.commands import selftest_cmd
    from console.ui import languages

    monkeypatch.setattr(languages, "TRANSLATIONS", "translations-gone")
    with pytest.raises(KnownError, match=r"no cicerone_fr\.qm in .*translations-gone"):
        selftest_cmd.check_languages()


def vlc_folder_like_the_windows_recipe(tmp_path: Path) -> Path:
    """Debian's libvlc laid out as build.ps1 lays VLC out (the names aside: ctypes loads by path)."""
    libraries = sorted(Path("/usr/lib").glob("*/libvlc.so.5"))
    if not libraries:
        pytest.skip("Debian's libvlc5 is not installed")
    system = libraries[0].parent
    folder = tmp_path / "vlc"
    folder.mkdir()
    (folder / "libvlc.dll").symlink_to(system / "libvlc.so.5")
    (folder / "libvlccore.dll").symlink_to(system / "libvlccore.so.9")
    (folder / "plugins").symlink_to(system / "vlc" / "plugins")
    return folder


def test_frozen_start_points_python_vlc_at_the_bundled_libvlc(tmp_path: Path) -> None:
    folder = vlc_folder_like_the_windows_recipe(tmp_path)
    script = (
        "import sys; from pathlib import Path\n"
        "from console.frozen import point_python_vlc_at\n"
        "assert point_python_vlc_at(Path(sys.argv[1]), 'win32')\n"
        "from console.camera.probe import probe\n"
        "frame = probe(sys.argv[2], 10, 300)\n"
        "import vlc\n"
        "print(vlc.dll._name, frame.width)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON_VLC", "VLC_"))}
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(ASSETS / "video" / "demo-clip.mp4")],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(folder / "libvlc.dll"), "640"]


def test_an_incomplete_vlc_folder_is_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """python-vlc calls sys.exit on a path that does not exist: nothing is set unless all is there."""
    from console.frozen import point_python_vlc_at, prepare

    monkeypatch.delenv("PYTHON_VLC_LIB_PATH", raising=False)
    monkeypatch.delenv("PYTHON_VLC_MODULE_PATH", raising=False)
    (tmp_path / "libvlc.dll").write_bytes(b"")
    assert not point_python_vlc_at(tmp_path, "win32")  # no libvlccore.dll, no plugins/
    prepare("win32")  # from source: nothing to do
    assert "PYTHON_VLC_LIB_PATH" not in os.environ and "PYTHON_VLC_MODULE_PATH" not in os.environ
