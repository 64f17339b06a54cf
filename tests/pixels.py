"""What a widget really shows: its pixels as Qt renders them, so a test checks the look, not the code."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QWidget


def colours(widget: QWidget) -> Counter[str]:
    """How many pixels of each colour ("#rrggbb") the widget renders."""
    image = widget.grab().toImage()
    return Counter(image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height()))


def shows(widget: QWidget, colour: str, min_pixels: int = 20) -> bool:
    """The widget paints at least a few pixels of exactly this colour (antialiased edges aside)."""
    return colours(widget)[colour.lower()] >= min_pixels
