"""A tour's picture must be a picture: PNG, JPEG, WebP or GIF, whatever its file is called.

Qt writes the pictures here (the test may load QtGui; ``console.formats`` checks headers in plain Python,
so the command line never loads Qt to import a tour), and Qt reads back what the check accepts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from console.errors import InputError
from console.formats import load_tour
from console.formats.images import image_problem
from tests.helpers import PNG

# The smallest GIF: header, a 1x1 logical screen with a 2-colour table, one image, the trailer.
GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\x00\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def qt_picture(kind: str, quality: int = -1, alpha: bool = False) -> bytes:
    image = QImage(3, 2, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 30, 128 if alpha else 255))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind, quality)  # type: ignore[call-overload]  # the stub wants bytes; str works
    return bytes(data.data())


PICTURES = {
    "png": lambda: PNG,
    "qt-png": lambda: qt_picture("PNG"),
    "jpeg": lambda: qt_picture("JPEG"),
    "webp-lossy": lambda: qt_picture("WEBP", 80),
    "webp-alpha": lambda: qt_picture("WEBP", 80, alpha=True),
    "gif": lambda: GIF,
}


@pytest.mark.parametrize("kind", sorted(PICTURES))
def test_every_kind_of_picture_is_accepted_and_qt_agrees(kind: str) -> None:
    data = PICTURES[kind]()
    assert image_problem(data) is None
    assert not QImage.fromData(data).isNull()


@pytest.mark.parametrize(
    "data",
    [
        b"root:x:0:0:root:/root:/bin/bash\n",
        b"",
        b"\x89PNG\r\n\x1a\n",  # a signature and nothing more
        PNG[:16] + bytes(17),  # IHDR with a width and height of zero
        b"\xff\xd8\xff\xe0\x00\x02",  # a JPEG start with no frame
        b"RIFF\x00\x00\x00\x00WEBPJUNK" + bytes(20),
        b"GIF89a\x00\x00\x00\x00",
        b"BM" + bytes(60),  # a BMP: a picture, but not one the console takes
    ],
)
def test_what_is_no_picture_of_a_taken_kind_is_refused(data: bytes) -> None:
    assert image_problem(data)


@pytest.mark.parametrize("target", ["/etc/passwd", "/etc/hostname"])
def test_a_link_to_a_system_file_named_like_a_picture_is_refused(tmp_path: Path, target: str) -> None:
    if not Path(target).is_file():
        pytest.skip(f"{target} is not on this system")
    (tmp_path / "mona.png").symlink_to(target)
    script = tmp_path / "tour.md"
    script.write_text("---\ntitle: T\n---\n## A\nduration: 5m\nimage: mona.png\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_tour(script)
    assert caught.value.line == 6 and "it is not a picture" in caught.value.reason


@pytest.mark.parametrize("kind", ["jpeg", "webp-lossy", "gif"])
def test_a_script_takes_every_kind_of_picture(tmp_path: Path, kind: str) -> None:
    (tmp_path / "pic").write_bytes(PICTURES[kind]())  # no suffix: the bytes decide, not the name
    script = tmp_path / "tour.md"
    script.write_text("---\ntitle: T\n---\n## A\nduration: 5m\nimage: pic\n", encoding="utf-8")
    assert load_tour(script).images == {"pic": PICTURES[kind]()}
