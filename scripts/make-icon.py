#!/usr/bin/env python3
"""Draw Cicerone's icon with QPainter and write the sizes every installer wants into assets/icons/.

Run it again after changing the drawing: ``.venv/bin/python scripts/make-icon.py``. It writes PNGs
(16 to 1024 px, for the Linux desktop entry and the window), ``cicerone.ico`` (Windows, PNG-compressed
entries) and ``cicerone.icns`` (macOS, PNG entries), so no platform tool is needed to make them.
The generated files are committed: a build never draws.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "assets" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def draw(size: int) -> QImage:
    """A dark rounded tile, an amber 'C' like a lens ring, and the red on-air dot."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(4, 4, 92, 92), 20, 20)
    painter.fillPath(tile, QColor("#1d2126"))
    ring = QPen(QColor("#f0b429"), 13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(ring)
    painter.drawArc(QRectF(22, 22, 56, 56), 40 * 16, 280 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#e5484d"))
    painter.drawEllipse(QPointF(50, 50), 10, 10)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNGs (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in pngs.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[bytes, bytes]) -> bytes:
    """An ICNS file whose entries are PNGs (macOS 10.7 and later)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(blob)) + blob for kind, blob in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    rendered = {size: png_bytes(draw(size)) for size in PNG_SIZES}
    for size, blob in rendered.items():
        (OUT / f"cicerone-{size}.png").write_bytes(blob)
    (OUT / "cicerone.ico").write_bytes(ico({size: rendered[size] for size in ICO_SIZES}))
    (OUT / "cicerone.icns").write_bytes(icns({kind: rendered[size] for kind, size in ICNS_TYPES.items()}))
    print(f"wrote {len(rendered)} PNGs, cicerone.ico and cicerone.icns to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
