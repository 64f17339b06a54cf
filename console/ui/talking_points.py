"""The current stop: its title, artwork facts and talking points, large enough to read from two metres.

In the content language the guide chose (L): its code on a badge beside the title, and an amber line over the
talking points naming what the main language still stands in for.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.show.durations import format_clock
from console.show.tour import Stop, Tour
from console.ui import theme
from console.ui.content_languages import badge, fallback_marker, is_translation, localized
from console.ui.languages import number

MIN_ZOOM, MAX_ZOOM = 0.6, 2.5


class TalkingPoints(QFrame):
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pane")
        self.zoom = 1.0
        self.scale = 1.0  # the window's on-air scale (theme.on_air_scale); the guide's zoom multiplies it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        self.position = QLabel("")
        self.position.setObjectName("paneTitle")
        self.title = QLabel("")
        self.title.setWordWrap(True)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.position)
        titles.addWidget(self.title)
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        theme.set_state(self.facts, "tone", "dim")
        titles.addWidget(self.facts)
        header.addLayout(titles, 1)
        # Which language is up, readable from two metres: shown for a tour in several languages only.
        self.language_badge = QLabel("")
        self.language_badge.setObjectName("languageBadge")
        self.language_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_badge.hide()
        header.addWidget(self.language_badge, 0, Qt.AlignmentFlag.AlignTop)
        self.image = QLabel()
        self.image.setFixedSize(0, 0)
        header.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.fallback = QLabel("")
        self.fallback.setWordWrap(True)
        theme.set_state(self.fallback, "tone", "warn")
        self.fallback.hide()
        layout.addWidget(self.fallback)
        self.points = QTextBrowser()
        self.points.setOpenLinks(False)
        self.points.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.points, 1)
        self.next_label = QLabel("")
        self.next_label.setWordWrap(True)
        theme.set_state(self.next_label, "tone", "accent")
        layout.addWidget(self.next_label)
        self._shown: tuple[Tour, int | None, bool, str] | None = None
        self._images: dict[str, bytes] = {}
        self._apply_zoom()

    def set_images(self, images: dict[str, bytes]) -> None:
        self._images = images

    def set_zoom(self, zoom: float) -> None:
        zoom = round(min(MAX_ZOOM, max(MIN_ZOOM, zoom)), 2)
        if zoom == self.zoom:
            return
        self.zoom = zoom
        self._apply_zoom()
        self.zoom_changed.emit(zoom)

    def set_scale(self, scale: float) -> None:
        """Follow the window's size; the guide's own zoom is kept on top of it."""
        if scale != self.scale:
            self.scale = scale
            self._apply_zoom()

    def page_down(self) -> None:
        """↓ on the clicker: the next screenful of talking points."""
        self.points.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)

    def page_up(self) -> None:
        self.points.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.1)

    def _apply_zoom(self) -> None:
        size = theme.on_air_px("points", self.scale) * self.zoom
        self.title.setFont(_pixel_font(size * 1.45))
        self.facts.setFont(_pixel_font(size * 0.8, bold=False))
        font = self.points.font()
        font.setPixelSize(max(1, round(size)))
        self.points.setFont(font)
        self.points.document().setDefaultFont(font)
        self.next_label.setFont(_pixel_font(size * 0.75, bold=False))
        self.language_badge.setFont(_pixel_font(size))
        self.fallback.setFont(_pixel_font(size * 0.7))
        if self._shown is not None:
            tour, index, intro, language = self._shown
            self._shown = None
            self.show_stop(tour, index, with_introduction=intro, language=language)

    def show_stop(
        self, tour: Tour, index: int | None, *, with_introduction: bool = False, language: str = ""
    ) -> None:
        """Show stop ``index`` (None: the first stop, as a preview before the show) in content language
        ``language`` ("": the tour's main one)."""
        key = (tour, index, with_introduction, language)
        if self._shown == key:
            return
        self._shown = key
        several = len(tour.content_languages) > 1
        self.language_badge.setVisible(several)
        if several:
            shown_language = language if language in tour.content_languages else tour.main_language
            self.language_badge.setText(badge(shown_language))
            self.language_badge.setToolTip(
                self.tr("Talking points in {language}; L switches").format(language=badge(shown_language))
            )
        if not tour.stops:
            self.fallback.hide()
            self.position.setText(tour.title.upper())
            self.title.setText(self.tr("This tour has no stops yet"))
            self.facts.setText("")
            self.points.setMarkdown("")
            self.next_label.setText("")
            return
        shown = index if index is not None else 0
        stop, missing = localized(tour, tour.stops[shown], language)
        marker = fallback_marker(tour, missing)
        self.fallback.setText(marker)
        self.fallback.setVisible(bool(marker))
        position = self.tr("STOP {number} OF {count} · PLANNED {planned}").format(
            number=number(shown + 1),
            count=number(len(tour.stops)),
            planned=format_clock(stop.duration_s),
        )
        self.position.setText(
            self.tr("UP FIRST · {position}").format(position=position) if index is None else position
        )
        self.title.setText(stop.title)
        self.facts.setText(_facts_html(stop))
        self._show_image(stop)
        markdown = stop.talking_points
        introduction = _introduction(tour, language)
        if with_introduction and introduction:
            markdown = f"{introduction}\n\n---\n\n{markdown}"
        self.points.setMarkdown(markdown)
        self.points.verticalScrollBar().setValue(0)  # a new stop starts at its first line
        following = shown + 1
        if following < len(tour.stops):
            after, _ = localized(tour, tour.stops[following], language)
            self.next_label.setText(
                self.tr("Next ›  {title}").format(title=after.title)
                + (f"  ·  {after.location}" if after.location else "")
            )
        else:
            self.next_label.setText(self.tr("Last stop: then the closing words."))

    def _show_image(self, stop: Stop) -> None:
        data = self._images.get(stop.image) if stop.image else None
        pixmap = QPixmap()
        if data is None or not pixmap.loadFromData(data):
            self.image.clear()
            self.image.setFixedSize(0, 0)
            return
        scaled = pixmap.scaled(
            220, 220, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.image.setFixedSize(scaled.size())
        self.image.setPixmap(scaled)


def _introduction(tour: Tour, language: str) -> str:
    """The tour's introduction in ``language`` (the main language's where it has none)."""
    text = tour.translation(language) if is_translation(tour, language) else None
    return text.introduction if text is not None and text.introduction else tour.introduction


def _pixel_font(pixels: float, *, bold: bool = True) -> QFont:
    font = theme.big_font(12, bold=bold)
    font.setPixelSize(max(1, round(pixels)))
    return font


def _facts_html(stop: Stop) -> str:
    """The facts on one line, the artist brighter: it is the fact a guide says first."""
    parts = [
        f"<span style='color:{theme.active().text}'>{html.escape(value)}</span>"
        if label == "Artist"
        else html.escape(value)
        for label, value in stop.facts()
    ]
    return " &nbsp;·&nbsp; ".join(parts)
