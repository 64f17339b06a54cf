"""The open tour's own fields: title, slot, content languages, introduction.

While a translation language is being edited (Prepare's language switcher), the title and the introduction
are that language's, the main language's text showing through as the placeholder where none is written.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.prepare.languages import CodesProblem, parse_codes
from console.show.durations import format_duration, parse_positive_duration
from console.show.limits import MAX_SLOT_S
from console.show.tour import Tour, TourText, language_tag
from console.translation import error_text
from console.ui.prepare.stop_form import field_hint


class TourForm(QWidget):
    edited = Signal(str, object)  # tour field (title, introduction in the language edited; slot_s), new value
    # Both applied once their field is left (Enter, Tab), checked as typed:
    main_language_edited = Signal(str)  # the main language's code (or empty)
    languages_edited = Signal(object)  # the translation languages, a tuple of codes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.title = QLineEdit()
        self.title.setObjectName("tour_title")
        self.title.textEdited.connect(self._title_edited)
        self.editing = ""  # the translation language the title and introduction are in; empty: the main one
        self.slot = QLineEdit()
        self.slot.setObjectName("tour_slot")
        self.slot.setPlaceholderText(self.tr("e.g. 1h 30m (empty: no slot)"))
        self.slot.textEdited.connect(self._slot_edited)
        self.slot_hint = field_hint("slotHint", lines=1)
        self.language = QLineEdit()
        self.language.setObjectName("tour_language")
        self.language.setPlaceholderText(self.tr("e.g. en"))
        self.language.setToolTip(self.tr("The main language: the one the stops are written in first"))
        self.language.setMaximumWidth(self.fontMetrics().horizontalAdvance("zh-Hans") * 2)
        self.language.textEdited.connect(lambda text: self._check_main(text))
        self.language.editingFinished.connect(self._main_finished)
        self.translated = QLineEdit()
        self.translated.setObjectName("tour_translations")
        self.translated.setPlaceholderText(self.tr("translations, e.g. fr, zh"))
        self.translated.setToolTip(
            self.tr("The languages the stops are translated into, by code, comma-separated (Enter applies)")
        )
        self.translated.textEdited.connect(lambda text: self._check_codes(text))
        self.translated.editingFinished.connect(self._translations_finished)
        self.languages_hint = field_hint("languagesHint", lines=1)
        self._tour: Tour | None = None
        self.introduction = QPlainTextEdit()
        self.introduction.setObjectName("tour_introduction")
        self.introduction.setPlaceholderText(self.tr("Introduction (Markdown), said before the first stop"))
        self.introduction.setMaximumHeight(80)
        self.introduction.textChanged.connect(
            lambda: self._emit("introduction", self.introduction.toPlainText())
        )
        slot_row = QVBoxLayout()  # the slot's problem shows under it, moving nothing (see ``field_hint``)
        slot_row.setSpacing(2)
        slot_row.addWidget(self.slot)
        slot_row.addWidget(self.slot_hint)
        codes = QHBoxLayout()
        codes.addWidget(self.language)
        codes.addWidget(self.translated, 1)
        languages_row = QVBoxLayout()
        languages_row.setSpacing(2)
        languages_row.addLayout(codes)
        languages_row.addWidget(self.languages_hint)
        self.title_label = QLabel(self.tr("Tour"))
        self.introduction_label = QLabel(self.tr("Introduction"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.title_label, self.title)
        layout.addRow(self.tr("Slot"), slot_row)
        layout.addRow(self.tr("Languages"), languages_row)
        layout.addRow(self.introduction_label, self.introduction)
        self.setEnabled(False)

    def show_tour(self, tour: Tour | None, editing: str = "") -> None:
        """Fill the form from ``tour``, its title and introduction in ``editing`` (empty: the main one)."""
        self._filling = True
        try:
            self.setEnabled(tour is not None)
            self._tour = tour
            if tour is None:
                tour = Tour(title="")
            self.editing = editing if editing and editing != tour.main_language else ""
            text = (
                (tour.translation(self.editing) or TourText())
                if self.editing
                else TourText(tour.title, tour.introduction)
            )
            shown = f" ({self.editing})" if self.editing else ""
            self.title_label.setText(self.tr("Tour") + shown)
            self.introduction_label.setText(self.tr("Introduction") + shown)
            self.title.setPlaceholderText(tour.title if self.editing else "")
            self.introduction.setPlaceholderText(
                tour.introduction
                if self.editing
                else self.tr("Introduction (Markdown), said before the first stop")
            )
            if self.title.text() != text.title:
                self.title.setText(text.title)
            if (language_tag(self.language.text()) or self.language.text()) != tour.main_language:
                self.language.setText(tour.main_language)  # not while it already says it ("zh_CN" for zh-CN)
            if not self.translated.hasFocus():
                self.translated.setText(", ".join(tour.content_languages[1:]))
                self.languages_hint.clear()
            if not self.slot.hasFocus():
                self.slot.setText(format_duration(tour.slot_s) if tour.slot_s else "")
                self.slot_hint.clear()
            if self.introduction.toPlainText() != text.introduction:
                self.introduction.setPlainText(text.introduction)
        finally:
            self._filling = False

    def _emit(self, name: str, value: object) -> None:
        if not self._filling:
            self.edited.emit(name, value)

    def _title_edited(self, text: str) -> None:
        if self.editing or text.strip():  # a translated title may go back to empty: the main one stands in
            self._emit("title", text)

    # -- the content languages -------------------------------------------------------------------
    def _check_main(self, text: str) -> str | None:
        code = language_tag(text) if text.strip() else ""
        translated = self._translations_now()
        if code is None:
            self._say(CodesProblem("bad", text.strip()))
        elif code and code.casefold() in (known.casefold() for known in translated):
            self._say(CodesProblem("main", code))
        elif not code and translated:
            self.languages_hint.setText(self.tr("a tour with translations needs its main language"))
        else:
            self.languages_hint.clear()
            return code
        return None

    def _main_finished(self) -> None:
        """Applied once the field is left (Enter, Tab): "eng" on the way to "english" is a code too."""
        code = self._check_main(self.language.text())
        if code is not None and self._tour is not None and code != self._tour.main_language:
            self.main_language_edited.emit(code)

    def _translations_now(self) -> tuple[str, ...]:
        return self._tour.content_languages[1:] if self._tour is not None else ()

    def _check_codes(self, text: str) -> tuple[str, ...] | None:
        main = self._tour.main_language if self._tour is not None else ""
        codes, problem = parse_codes(text, main)
        if problem is not None:
            self._say(problem)
            return None
        if codes and not language_tag(main):  # none yet, or a name from before codes ("English")
            self.languages_hint.setText(self.tr("first give the main language's code (e.g. en)"))
            return None
        self.languages_hint.clear()
        return codes

    def _translations_finished(self) -> None:
        codes = self._check_codes(self.translated.text())
        if codes is not None and codes != self._translations_now() and not self._filling:
            self.languages_edited.emit(codes)

    def _say(self, problem: CodesProblem) -> None:
        reasons = {
            "bad": self.tr("'{code}' is not a language code (e.g. en, fr, zh-Hans)"),
            "twice": self.tr("{code} is listed twice"),
            "main": self.tr("{code} is the main language"),
            "many": self.tr("at most {code} translations"),
        }
        self.languages_hint.setText(reasons[problem.kind].format(code=problem.code))

    def _slot_edited(self, text: str) -> None:
        if not text.strip():
            self.slot_hint.clear()
            self._emit("slot_s", None)
            return
        try:
            seconds = parse_positive_duration(text, at_most_s=MAX_SLOT_S)
        except ValueError as error:
            self.slot_hint.setText(error_text(error))
            return
        self.slot_hint.clear()
        self._emit("slot_s", seconds)
