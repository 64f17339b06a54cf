"""Every field of one stop: the facts, the duration, the image, and the talking points in Markdown.

The form only reports edits (``edited``, ``image_chosen``); the view turns them into undo
commands. ``show_stop`` refills it without echoing edits back.

On a tour in several languages a switcher at the top chooses the language edited. In a translation the
text fields and the talking points are that language's, the main language's text shown read-only above each
(and as the placeholder of an empty one), so the translator sees what to translate; the duration and the
picture, shared by every language, are edited in the main language only.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QEvent, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.errors import InputError
from console.formats.images import image_problem
from console.formats.markdown import format_show_time
from console.formats.text import read_bytes
from console.show.durations import format_duration, parse_duration, parse_positive_duration
from console.show.limits import MAX_IMAGE_BYTES, MAX_STOP_S
from console.show.tour import Stop, StopText, rescue_problem
from console.translation import error_text, translated
from console.ui.elided_label import ElidedLabel
from console.ui.file_dialogs import is_protected, open_file_name

TEXT_FIELDS = (
    ("title", str(QT_TRANSLATE_NOOP("StopForm", "Title"))),
    ("location", str(QT_TRANSLATE_NOOP("StopForm", "Location"))),
    ("artist", str(QT_TRANSLATE_NOOP("StopForm", "Artist"))),
    ("date", str(QT_TRANSLATE_NOOP("StopForm", "Date"))),
    ("medium", str(QT_TRANSLATE_NOOP("StopForm", "Medium"))),
)
IMAGE_FILTER = str(QT_TRANSLATE_NOOP("StopForm", "Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"))


class FieldHint(QLabel):
    """The line under a field where its problem shows: its height (``lines`` of its font, whatever font the
    theme gives it) is kept while empty and a long reason wraps inside it, so a message appearing neither
    moves the rows below nor widens the panel."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.lines)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)  # all of it, where a narrow window cuts the reserved lines short

    def hasHeightForWidth(self) -> bool:
        return False  # its height is fixed: a long reason must not make the scrolling form taller

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


def field_hint(name: str, lines: int = 2) -> FieldHint:
    hint = FieldHint(lines)
    hint.setObjectName(name)
    return hint


class MainText(ElidedLabel):
    """The main language's text of a field, read-only above its translation: one line, cut with an ellipsis
    to the width it is given (never widening the panel), the whole of it in the tooltip."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(vertical=QSizePolicy.Policy.Fixed, parent=parent)
        self.setObjectName(name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_text(self, code: str, text: str) -> None:
        self.set_full_text(f"{code}: {text or '—'}", tooltip=text)


class ImageDrop(QLabel):
    """The stop's picture; drop an image file (or image data) on it, or click it and paste one (Ctrl+V)."""

    dropped = Signal(str, bytes)  # file name, bytes
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageDrop")
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # 120 px where there is room; down to the two buttons beside it where there is not (Prepare at
        # 1280x720 in Chinese, whose font is taller).
        self.setMinimumHeight(72)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # to paste into; the Tab order stays the fields'

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), 120))

    def show_image(self, name: str, data: bytes | None) -> None:
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.setPixmap(QPixmap())
            self.setText(
                self.tr("'{name}' is missing — drop a picture here").format(name=name)
                if name
                else self.tr("Drop a picture here")
            )
            return
        self.setPixmap(
            QPixmap.fromImage(image).scaled(
                240, 160, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.offer_mime(event.mimeData()):
            event.acceptProposedAction()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        clipboard = QGuiApplication.clipboard()
        if event.matches(QKeySequence.StandardKey.Paste) and clipboard is not None:
            mime = clipboard.mimeData()
            if mime is not None and self.offer_mime(mime, "pasted.png"):
                event.accept()
                return
        super().keyPressEvent(event)

    def offer_mime(self, mime: QMimeData, name: str = "dropped.png") -> bool:
        """A picture dropped or pasted: a local file (checked as a picked one) or image data, kept as
        ``name``. False: neither."""
        for url in mime.urls():
            if url.isLocalFile():
                self.offer_file(Path(url.toLocalFile()))
                return True
        if mime.hasImage():
            self.offer_image(mime.imageData(), name)
            return True
        return False

    def offer_image(self, picture: object, name: str = "dropped.png") -> None:
        """Image data dropped (from a browser, a screenshot tool): kept as a PNG, checked as a file is."""
        image = picture.toImage() if isinstance(picture, QPixmap) else picture
        if not isinstance(image, QImage) or image.isNull():
            self.refused.emit(self.tr("The dropped data is not a picture Cicerone can show"))
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs say bytes; PySide6 refuses them here (ValueError) and takes str.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        data = bytes(buffer.data().data())
        problem = image_problem(data)
        if problem is not None:
            reason = translated(problem)
            self.refused.emit(self.tr("{name}: {reason}").format(name=name, reason=reason))
            return
        self.dropped.emit(name, data)

    def offer_file(self, path: Path) -> None:
        """Check a picked or dropped file is a picture we can store, then report it."""
        if is_protected(path):  # reading the open database here would drop SQLite's locks on it
            self.refused.emit(
                self.tr("{name}: this is the open database, not a picture").format(name=path.name)
            )
            return
        try:
            data = read_bytes(path, MAX_IMAGE_BYTES)  # a FIFO or a device is refused, never waited on
        except InputError as error:
            self.refused.emit(error_text(error))
            return
        problem = image_problem(data)
        if problem is not None or QImage.fromData(data).isNull():
            reason = translated(problem) if problem else self.tr("not a picture Cicerone can show")
            self.refused.emit(self.tr("{name}: {reason}").format(name=path.name, reason=reason))
            return
        self.dropped.emit(path.name, data)


PLAN_FIELDS = ("duration_s", "min_s", "latest_s", "optional")
"""The fields of the main language only (hidden while a translation is edited) that a min is checked with."""


class StopForm(QWidget):
    """The stop's fields in reading order, which is also the Tab order (Title, Duration, Location, Artist,
    Date, Medium, Image, Talking points). A field's problem shows in a line reserved under it, so typing
    an invalid duration moves and resizes nothing."""

    edited = Signal(str, object)  # Stop field name, new value (in the language edited: see ``language``)
    image_chosen = Signal(str, bytes)
    image_cleared = Signal()
    problem = Signal(str)
    language_chosen = Signal(str)  # the language to edit (the main one's code for the main text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.main = ""  # the tour's main language
        self.language = ""  # the translation being edited; empty: the main language
        self._stop: Stop | None = None
        self.hint = QLabel()
        self.hint.setObjectName("stopFormHint")
        self.hint.setWordWrap(True)
        self.body = QWidget()  # every field: disabled (visibly) while there is no stop to edit
        self.body.setObjectName("stopFormBody")
        self.languages_row = self._build_switcher()
        form = QFormLayout()
        self.form_layout = form
        self.fields: dict[str, QLineEdit] = {}
        self.main_texts: dict[str, MainText] = {}
        for name, label in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"stop_{name}")
            edit.textEdited.connect(lambda text, name=name: self._edited(name, text))
            self.fields[name] = edit
            self.main_texts[name] = MainText(f"main_{name}")
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(self.main_texts[name])
            cell.addWidget(edit)
            form.addRow(self.tr(label), cell)
        self.duration = QLineEdit()
        self.duration.setObjectName("stop_duration")
        self.duration.setPlaceholderText(self.tr("e.g. 6m, 7m 30s, 6:30"))
        self.duration.textEdited.connect(self._duration_edited)
        self.duration_hint = field_hint("durationHint")
        duration_cell = QVBoxLayout()
        duration_cell.setSpacing(2)
        duration_cell.addWidget(self.duration)
        duration_cell.addWidget(self.duration_hint)
        form.insertRow(1, self.tr("Duration"), duration_cell)
        self.duration_cell = duration_cell
        self.rescue_cell = self._build_rescue()
        form.insertRow(2, self.tr("When late"), self.rescue_cell)

        self.image = ImageDrop()
        self.image.dropped.connect(self.image_chosen)
        self.image.refused.connect(self.problem)
        self.pick = QPushButton(self.tr("Pick…"))
        self.pick.setObjectName("stop_image_pick")
        self.pick.clicked.connect(self._pick_image)
        self.clear_image = QPushButton(self.tr("No image"))
        self.clear_image.setObjectName("stop_image_clear")
        self.clear_image.clicked.connect(self.image_cleared)
        image_buttons = QVBoxLayout()
        image_buttons.addWidget(self.pick)
        image_buttons.addWidget(self.clear_image)
        image_buttons.addStretch(1)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image, 1)
        image_row.addLayout(image_buttons)
        form.addRow(self.tr("Image"), image_row)
        self.image_row = image_row

        self.points = QPlainTextEdit()
        self.points.setObjectName("stop_talking_points")
        self.points.textChanged.connect(self._points_changed)
        self.main_points = QPlainTextEdit()  # the main language's, above its translation
        self.main_points.setObjectName("mainTalkingPoints")
        self.main_points.setReadOnly(True)
        self.main_points.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes from field to field it edits
        self.preview = QTextBrowser()
        self.preview.setObjectName("talkingPointsPreview")
        self.preview.setOpenExternalLinks(False)
        editor = QSplitter(Qt.Orientation.Vertical)
        editor.addWidget(self.main_points)
        editor.addWidget(self.points)
        editor.addWidget(self.preview)

        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.languages_row)
        body.addLayout(form)
        self.points_label = QLabel()
        self.points_label.setObjectName("talkingPointsLabel")
        body.addWidget(self.points_label)
        body.addWidget(editor, 1)
        scroll = QScrollArea()  # on a short screen the fields scroll rather than push the window past it
        scroll.setObjectName("stopFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        # Only the height scrolls: the fields keep the width they need beside the vertical bar.
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(self.body.minimumSizeHint().width() + bar)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        self.set_tab_order()
        self._show_mode()
        self.body.setEnabled(False)

    def _build_rescue(self) -> QVBoxLayout:
        """What the stop can give when the show runs long: its ``min:``, ``optional:`` and ``latest:``."""
        self.minimum = QLineEdit()
        self.minimum.setObjectName("stop_min")
        self.minimum.setPlaceholderText(self.tr("min: fixed"))
        self.minimum.setToolTip(self.tr("The shortest acceptable time; empty: the planned duration"))
        self.minimum.textEdited.connect(self._min_edited)
        self.optional = QCheckBox(self.tr("May be skipped"))
        self.optional.setObjectName("stop_optional")
        self.optional.toggled.connect(lambda on: self._edited("optional", on))
        self.latest = QLineEdit()
        self.latest.setObjectName("stop_latest")
        self.latest.setPlaceholderText(self.tr("latest start: any"))
        self.latest.setToolTip(self.tr("The latest show time the stop may start, e.g. 1:30:00"))
        self.latest.textEdited.connect(self._latest_edited)
        self.rescue_hint = field_hint("rescueHint", 1)
        row = QHBoxLayout()
        row.addWidget(self.minimum, 1)
        row.addWidget(self.latest, 1)
        row.addWidget(self.optional)
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addLayout(row)
        cell.addWidget(self.rescue_hint)
        return cell

    def _min_edited(self, text: str) -> None:
        if not text.strip():
            self._rescue_edited("min_s", None)
            return
        try:
            self._rescue_edited("min_s", parse_positive_duration(text, at_most_s=MAX_STOP_S))
        except ValueError as error:
            self.rescue_hint.setText(error_text(error))

    def _latest_edited(self, text: str) -> None:
        if not text.strip():
            self._rescue_edited("latest_s", None)
            return
        try:
            self._rescue_edited("latest_s", parse_duration(text))
        except ValueError as error:
            self.rescue_hint.setText(error_text(error))

    def _rescue_edited(self, name: str, value: int | None) -> None:
        """Report the value only when the stop can take it (a min longer than the plan is told, not kept)."""
        if self._stop is not None:
            changed = (
                replace(self._stop, min_s=value) if name == "min_s" else replace(self._stop, latest_s=value)
            )
            problem = rescue_problem(changed)
            if problem is not None:
                self.rescue_hint.setText(translated(problem))
                return
        self.rescue_hint.clear()
        self._edited(name, value)

    def _build_switcher(self) -> QWidget:
        row = QWidget()
        row.setObjectName("stopLanguageRow")
        self.language_box = QComboBox()
        self.language_box.setObjectName("stopLanguage")
        self.language_box.setToolTip(self.tr("The language of the stop's text being edited"))
        self.language_box.activated.connect(
            lambda index: self.language_chosen.emit(str(self.language_box.itemData(index)))
        )
        self.completeness = QLabel()
        self.completeness.setObjectName("languageCompleteness")
        self.completeness.setToolTip(
            self.tr("Stops whose title and talking points are translated, per language")
        )
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Editing"))
        label.setBuddy(self.language_box)
        layout.addWidget(label)
        layout.addWidget(self.language_box)
        layout.addWidget(self.completeness, 1)
        row.hide()  # a tour in one language shows no switcher
        return row

    def set_languages(self, codes: tuple[str, ...], editing: str) -> None:
        """The tour's content languages (main first) in the switcher, ``editing`` chosen (empty: the main)."""
        self.main = codes[0] if codes else ""
        self.language = editing if editing in codes[1:] else ""
        box = self.language_box
        box.blockSignals(True)
        try:
            box.clear()
            for position, code in enumerate(codes):
                box.addItem(self.tr("{code} (main)").format(code=code) if position == 0 else code, code)
            box.setCurrentIndex(codes.index(self.language) if self.language else 0)
        finally:
            box.blockSignals(False)
        self.languages_row.setVisible(len(codes) > 1)
        self._show_mode()

    def set_completeness(self, counts: dict[str, tuple[int, int]]) -> None:
        """Per translation language, the stops translated out of all: "fr 12/12 · zh 9/12"."""
        self.completeness.setText(
            " · ".join(f"{code} {done}/{total}" for code, (done, total) in counts.items())
        )

    def _show_mode(self) -> None:
        """The rows a translation edits, and the main language's text above each; shared rows hidden."""
        translating = bool(self.language)
        for reference in self.main_texts.values():
            reference.setVisible(translating)
        self.main_points.setVisible(translating)
        self.form_layout.setRowVisible(self.duration_cell, not translating)
        self.form_layout.setRowVisible(self.rescue_cell, not translating)
        self.form_layout.setRowVisible(self.image_row, not translating)
        if translating:
            self.points_label.setText(
                self.tr("Talking points in {code} ({main} above, preview below)").format(
                    code=self.language, main=self.main
                )
            )
            self.points.setPlaceholderText("")
        else:
            self.points_label.setText(self.tr("Talking points (Markdown, preview below)"))
            self.points.setPlaceholderText(
                self.tr("Talking points, in Markdown: **bold**, *italic*, - lists, ### headings")
            )

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them: the order they are read in."""
        fields = self.fields
        return [
            fields["title"],
            self.duration,
            self.minimum,
            self.latest,
            self.optional,
            fields["location"],
            fields["artist"],
            fields["date"],
            fields["medium"],
            self.pick,
            self.clear_image,
            self.points,
        ]

    def set_tab_order(self) -> None:
        chain = self.tab_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def set_hint(self, text: str) -> None:
        """What to do while there is no stop to edit ("press New"); empty hides it."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def show_stop(self, stop: Stop | None, images: dict[str, bytes]) -> None:
        """Fill the form from ``stop`` (None: empty and disabled) without reporting edits."""
        self._filling = True
        try:
            self.body.setEnabled(stop is not None)
            stop = stop or Stop(title="", duration_s=0)
            self._stop = stop
            text = self._text(stop)
            for name, edit in self.fields.items():
                if edit.text() != getattr(text, name):
                    edit.setText(getattr(text, name))
                edit.setPlaceholderText(getattr(stop, name) if self.language else "")
                self.main_texts[name].show_text(self.main, getattr(stop, name))
            duration = format_duration(stop.duration_s) if stop.duration_s else ""
            if self.duration_hint.text() == "" or not self.duration.hasFocus():
                self.duration.setText(duration)
                self.duration_hint.clear()
            self._show_rescue(stop)
            if self.points.toPlainText() != text.talking_points:
                self.points.setPlainText(text.talking_points)
            self.preview.setMarkdown(text.talking_points or stop.talking_points)
            if self.language:
                self.points.setPlaceholderText(stop.talking_points)
                if self.main_points.toPlainText() != stop.talking_points:
                    self.main_points.setPlainText(stop.talking_points)
            self.image.show_image(stop.image, images.get(stop.image))
        finally:
            self._filling = False

    def _show_rescue(self, stop: Stop) -> None:
        """The min, latest and optional fields, left alone while a half-typed value is being explained."""
        if not (self.minimum.hasFocus() and self.rescue_hint.text()):
            self.minimum.setText(format_duration(stop.min_s) if stop.min_s is not None else "")
        if not (self.latest.hasFocus() and self.rescue_hint.text()):
            self.latest.setText(format_show_time(stop.latest_s) if stop.latest_s is not None else "")
        if not (self.minimum.hasFocus() or self.latest.hasFocus()):
            self._show_rescue_problem()
        self.optional.setChecked(stop.optional)

    def _text(self, stop: Stop) -> Stop | StopText:
        """What the fields show: the stop itself, or its text in the translation edited (empty where none)."""
        if not self.language:
            return stop
        return stop.translation(self.language) or StopText()

    def _edited(self, name: str, value: object) -> None:
        if not self._filling:
            if name in PLAN_FIELDS and self._stop is not None:
                # The form is not refilled from its own edits: a min is checked against the plan just typed.
                self._stop = replace(self._stop, **{name: value})  # type: ignore[arg-type]
            self.edited.emit(name, value)

    def _duration_edited(self, text: str) -> None:
        try:
            seconds = parse_positive_duration(text, at_most_s=MAX_STOP_S)
        except ValueError as error:
            self.duration_hint.setText(
                error_text(error) if text.strip() else self.tr("a stop needs a duration")
            )
            return
        self.duration_hint.clear()
        self._edited("duration_s", seconds)
        if not (self.minimum.hasFocus() or self.latest.hasFocus()):
            self._show_rescue_problem()

    def _show_rescue_problem(self) -> None:
        """Under When late, why the stop's min cannot stand (a plan made shorter than it), else nothing: the
        min is kept, the stop fixed at its plan until one of them changes."""
        problem = rescue_problem(self._stop) if self._stop is not None else None
        if problem is not None:
            self.rescue_hint.setText(translated(problem))
        else:
            self.rescue_hint.clear()

    def _points_changed(self) -> None:
        text = self.points.toPlainText()
        # What the guide will read: a translation not yet written reads in the main language.
        self.preview.setMarkdown(text or (self._stop.talking_points if self.language and self._stop else ""))
        self._edited("talking_points", text)

    def _pick_image(self) -> None:
        path = open_file_name(self, self.tr("Pick the stop's picture"), self.tr(IMAGE_FILTER))
        if path:
            self.image.offer_file(Path(path))
