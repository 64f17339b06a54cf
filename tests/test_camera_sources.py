"""The capture-device picker lists /dev/video* nodes: tested on a folder of nodes made for the test.

No camera is plugged into the test machines (and v4l2loopback needs a kernel module a container cannot
load), so opening a real v4l2 device is not tested here: the listing, naming and permission check are.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import tempfile
from pathlib import Path

import pytest

from console.camera.sources import NO_PERMISSION, capture_devices


@pytest.fixture
def nodes() -> object:
    """A dev folder with video0, video2, video10 (readable) and video1 (no permission), a sysfs with names.

    In a world-readable temporary folder, so that a test running as root can list it as another user.
    """
    root = Path(tempfile.mkdtemp(prefix="cicerone-v4l2-"))
    root.chmod(0o755)
    dev, sysfs = root / "dev", root / "sys"
    dev.mkdir(mode=0o755)
    for index in (0, 1, 2, 10):
        (dev / f"video{index}").touch()
        (dev / f"video{index}").chmod(
            0o000 if index == 1 else 0o666
        )  # crw-rw---- root:video, for an outsider
        (sysfs / f"video{index}").mkdir(parents=True)
    (dev / "videocodec").touch()  # not a video node: ignored
    (sysfs / "video0" / "name").write_text("HD Pro Webcam C920\n", encoding="utf-8")
    (sysfs / "video2" / "name").write_text("USB Capture HDMI\n", encoding="utf-8")
    for folder in sysfs.rglob("*"):
        folder.chmod(0o755 if folder.is_dir() else 0o644)
    sysfs.chmod(0o755)
    yield dev, sysfs
    shutil.rmtree(root)


def listing_as_a_user(dev: Path, sysfs: Path) -> list[tuple[str, str, str]]:
    """capture_devices() as a user without root's override of file permissions (root: in a forked child
    that becomes ``nobody``; the interpreter itself may not be executable by nobody, so no new process)."""
    if os.geteuid() != 0:
        return [(s.mrl, s.label, s.problem) for s in capture_devices(dev, sysfs, "linux")]
    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's coverage is not collected)
        try:
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            rows = [(s.mrl, s.label, s.problem) for s in capture_devices(dev, sysfs, "linux")]
            os.write(write_end, json.dumps(rows).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(child, 0)
    return [tuple(row) for row in json.loads(data)]


def test_video_nodes_are_listed_in_number_order_with_their_names(nodes: tuple[Path, Path]) -> None:
    dev, sysfs = nodes
    listed = listing_as_a_user(dev, sysfs)
    assert [mrl for mrl, _, _ in listed] == [f"v4l2://{dev}/video{n}" for n in (0, 1, 2, 10)]
    labels = {mrl.rsplit("/", 1)[1]: label for mrl, label, _ in listed}
    assert labels["video0"] == f"HD Pro Webcam C920 ({dev}/video0)"
    assert labels["video2"] == f"USB Capture HDMI ({dev}/video2)"
    assert labels["video10"] == f"Camera ({dev}/video10)"  # no name in sysfs


def test_a_node_this_user_cannot_open_says_so(nodes: tuple[Path, Path]) -> None:
    dev, sysfs = nodes
    problems = {mrl.rsplit("/", 1)[1]: problem for mrl, _, problem in listing_as_a_user(dev, sysfs)}
    assert problems["video1"] == NO_PERMISSION
    assert problems["video0"] == problems["video2"] == problems["video10"] == ""


def test_no_nodes_no_devices_and_other_platforms_get_their_default_camera(tmp_path: Path) -> None:
    assert capture_devices(tmp_path, tmp_path, "linux") == []
    assert [s.mrl for s in capture_devices(tmp_path, tmp_path, "win32")] == ["dshow://"]
    assert [s.mrl for s in capture_devices(tmp_path, tmp_path, "darwin")] == ["avcapture://"]
