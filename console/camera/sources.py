"""What can be previewed: capture devices plugged into this machine, network MRLs, files, the demo clip.

Everything a user types goes through :func:`to_mrl`, which either returns an MRL libvlc can open or raises
an :class:`~console.errors.InputError` saying why: no MRL a user can type ends in a traceback.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from console.assets import DEMO_CLIP, asset_path
from console.errors import InputError
from console.messages import QT_TRANSLATE_NOOP

NETWORK_SCHEMES = ("rtsp", "rtsps", "srt", "rtmp", "rtmps", "udp", "rtp", "http", "https", "mms")
DEVICE_SCHEMES = ("v4l2", "dshow", "avcapture", "qtcapture", "screen")
FILE_SCHEMES = ("file",)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


NO_PERMISSION = "no permission to open it (add your user to the 'video' group, then log in again)"


@dataclass(frozen=True)
class Source:
    label: str
    mrl: str
    problem: str = ""  # why it cannot be opened, when that is known before trying


def capture_devices(
    dev: Path = Path("/dev"), sysfs: Path = Path("/sys/class/video4linux"), platform: str = sys.platform
) -> list[Source]:
    """The local cameras libvlc can open here: ``dev/video*`` on Linux (named from ``sysfs``, the ones
    this user may not open marked so), the default device on Windows and macOS."""
    if platform.startswith("win"):
        return [Source("Default camera (DirectShow)", "dshow://")]
    if platform == "darwin":
        return [Source("Default camera (AVFoundation)", "avcapture://")]
    devices = []
    for node in sorted(dev.glob("video*"), key=lambda p: (len(p.name), p.name)):
        if not node.name[len("video") :].isdigit():
            continue
        try:
            name = (sysfs / node.name / "name").read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            name = ""
        # v4l2 opens the node read-write: that is the permission that matters
        problem = "" if os.access(node, os.R_OK | os.W_OK) else NO_PERMISSION
        devices.append(Source(f"{name or 'Camera'} ({node})", f"v4l2://{node}", problem))
    return devices


def demo_source() -> Source:
    return Source("Demo clip", asset_path(DEMO_CLIP).as_uri())


def to_mrl(text: str) -> str:
    """An MRL from what a user typed: a known scheme as is, anything else a path to an existing file."""
    text = text.strip()
    if not text:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "CameraSource", "no camera source given (an MRL such as rtsp://host/stream, or a file)"
            ),
            path=QT_TRANSLATE_NOOP("CameraSource", "camera"),
        )
    if any(ord(c) < 32 for c in text):
        raise InputError(
            QT_TRANSLATE_NOOP("CameraSource", "a camera source cannot contain control characters"),
            path=QT_TRANSLATE_NOOP("CameraSource", "camera"),
        )
    match = _SCHEME.match(text)
    if match is None:
        path = Path(text).expanduser()
        if not path.is_file():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "CameraSource", "no such file, and not an MRL (e.g. rtsp://, srt://, udp://@:1234)"
                ),
                path=text,
            )
        return path.resolve().as_uri()
    scheme = match.group(1).lower()
    if scheme in FILE_SCHEMES:
        path = _file_url_path(text)
        if not path.is_file():
            raise InputError(QT_TRANSLATE_NOOP("CameraSource", "no such file"), path=text)
        return text
    if scheme not in NETWORK_SCHEMES + DEVICE_SCHEMES:
        known = ", ".join(f"{s}://" for s in NETWORK_SCHEMES + DEVICE_SCHEMES + FILE_SCHEMES)
        raise InputError(
            QT_TRANSLATE_NOOP("CameraSource", "unknown source type '{scheme}://' (known: {known})").format(
                scheme=scheme, known=known
            ),
            path=text,
        )
    if scheme in NETWORK_SCHEMES and len(text) <= len(scheme) + 3:
        raise InputError(
            QT_TRANSLATE_NOOP("CameraSource", "the address is missing after the scheme"), path=text
        )
    return text


def is_file(mrl: str) -> bool:
    return mrl.lower().startswith("file://")


def label(mrl: str) -> str:
    """A short name for an MRL, for the pane's messages (a file by its name, the rest as typed)."""
    if is_file(mrl):
        return _file_url_path(mrl).name
    return mrl


def _file_url_path(url: str) -> Path:
    """The local path of a ``file://`` URL (Windows drive letters included)."""
    # urllib.request drags in http.client and email: import it only when a file URL is seen.
    from urllib.request import url2pathname

    return Path(url2pathname(urlparse(url).path))
