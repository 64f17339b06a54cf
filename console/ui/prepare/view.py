"""Prepare mode: the producer's tour editor (tours | stops and budget | the stop's fields).

Every edit is an undo command on one ``QUndoStack`` and is written to SQLite the moment it is
made, so killing the app mid-edit loses nothing. Slow work (import, export, run-sheet) runs on
the :class:`TaskQueue`. Prepare is never on air, so it may ask with dialogs; the window switches
to Live through ``rehearse_requested`` / ``open_live_requested``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.formats import EXPORT_SUFFIXES, load_tour, save_tour
from console.formats.runsheet import paint_runsheet, runsheet_document
from console.prepare.commands import (
    AddTour,
    AppendStops,
    DeleteTour,
    EditStop,
    EditTour,
    InsertStop,
    MoveStop,
    RemoveStop,
    SetDurations,
    SetImage,
    SetLanguages,
    SetMinimums,
)
from console.prepare.languages import (
    CompletenessCount,
    LanguageState,
    dropped_translations,
    with_languages,
    with_tour_text,
)
from console.prepare.workspace import Workspace
from console.show.rehearsal import minimum_offers, proposals
from console.show.tour import Stop, StopText, Tour
from console.tasks import TaskQueue
from console.ui.file_dialogs import open_file_name, save_file_name
from console.ui.prepare.budget import BudgetBar
from console.ui.prepare.csv_import import CsvChoice, CsvImportDialog
from console.ui.prepare.message_strip import MessageStrip
from console.ui.prepare.progress import ProgressStrip
from console.ui.prepare.rehearsal import RehearsalDialog
from console.ui.prepare.stop_form import StopForm
from console.ui.prepare.stop_model import StopModel
from console.ui.prepare.tour_form import TourForm
from console.ui.prepare.tour_list import TourList

IMPORT_FILTER = str(
    QT_TRANSLATE_NOOP("PrepareView", "Tour files (*.md *.markdown *.txt *.json *.csv *.cicerone)")
)
EXPORT_FILTERS = {
    "md": str(QT_TRANSLATE_NOOP("PrepareView", "Tour script (*.md)")),
    "json": str(QT_TRANSLATE_NOOP("PrepareView", "JSON tour (*.json)")),
    "csv": str(QT_TRANSLATE_NOOP("PrepareView", "Spreadsheet, Excel or Google Sheets (*.csv)")),
    "bundle": str(QT_TRANSLATE_NOOP("PrepareView", "Tour bundle for a venue (*.cicerone)")),
    "pdf": str(QT_TRANSLATE_NOOP("PrepareView", "Run-sheet PDF (*.pdf)")),
}


class StopTable(QTableView):
    """The route: drag a stop to move it; Alt+Up/Down moves the selected one."""

    def __init__(self, model: StopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in ((0, 44), (1, 70), (2, 80), (4, 28), (5, 28)):
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)


class PrepareView(QWidget):
    rehearse_requested = Signal(int)  # tour id: run it as a rehearsal session
    open_live_requested = Signal(int)  # tour id: open it in Live mode
    tour_opened = Signal(object)  # tour id or None

    def __init__(self, space: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareView")
        self.space = space
        space.setParent(self)
        self.undo_stack = QUndoStack(self)
        self.space.undo_stack = self.undo_stack
        self.space.storage_failed.connect(self._storage_failed)
        self._row_to_keep: int | None = None  # after a failed write the tour is read again, in place
        self._own_edit = False
        self.editing = ""  # the translation language being edited; empty: the main language
        self.completeness = CompletenessCount()
        self.strip = MessageStrip()
        self.message = self.strip.label  # the text shown now; visible while a message shows
        self._failures = 0  # storage failures so far: an import that failed to store says nothing of success
        self.csv_dialog: CsvImportDialog | None = None  # the CSV import question open now (for tests)
        self.runner = TaskQueue(self)
        self.progress = ProgressStrip(self.runner)

        self.tours = TourList()
        self.tour_form = TourForm()
        self.budget = BudgetBar()
        self.model = StopModel(self.space, self)
        self.table = StopTable(self.model)
        self.form = StopForm()
        self.toolbar = self._build_toolbar()
        self._build_layout()
        self._connect()
        self.refresh_tours()
        self._show_current_stop()  # on a first start: the fields disabled, and the hint to press New

    # -- building ----------------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name or text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("prepareToolbar")
        stack = self.undo_stack
        # Fixed labels (what would be undone is the tooltip), so the buttons never resize and shove the bar.
        undo = self._action(self.tr("Undo"), stack.undo, "Ctrl+Z", "undo")
        redo = self._action(self.tr("Redo"), stack.redo, "Ctrl+Shift+Z", "redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, can_change, text_change, verb in (
            (undo, stack.canUndoChanged, stack.undoTextChanged, self.tr("Undo {what}")),
            (redo, stack.canRedoChanged, stack.redoTextChanged, self.tr("Redo {what}")),
        ):
            action.setEnabled(False)
            can_change.connect(action.setEnabled)
            text_change.connect(
                lambda text, action=action, verb=verb: action.setToolTip(verb.format(what=text))
            )
            bar.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        self._action(self.tr("New tour"), self.new_tour, "Ctrl+N", "newTour")
        self._action(self.tr("Dismiss the message"), self.strip.dismiss, "Esc", "dismissMessage")
        bar.addSeparator()
        bar.addAction(
            self._action(self.tr("Import…"), self._import_dialog, QKeySequence.StandardKey.Open, "import")
        )
        bar.addAction(self._action(self.tr("Export…"), self._export_dialog, "Ctrl+E", "export"))
        bar.addAction(
            self._action(self.tr("Export PDF…"), lambda: self._export_dialog("pdf"), None, "exportPdf")
        )
        bar.addAction(self._action(self.tr("Print…"), self.print_runsheet, "Ctrl+P", "print"))
        bar.addSeparator()
        bar.addAction(self._action(self.tr("Rehearse"), self._rehearse, None, "rehearse"))
        offer = self.offer_rehearsal_durations
        from_rehearsal = self._action(self.tr("Durations from rehearsal…"), offer, None, "fromRehearsal")
        bar.addAction(from_rehearsal)
        bar.addAction(self._action(self.tr("Go live"), self._go_live, None, "goLive"))
        return bar

    def _build_layout(self) -> None:
        stop_buttons = QGridLayout()  # two by two: the route keeps its width on a 1024 px screen
        self.stop_buttons: dict[str, QPushButton] = {}
        for place, (name, label, slot) in enumerate(
            (
                ("add", self.tr("Add stop"), self.add_stop),
                ("remove", self.tr("Remove"), self.remove_stop),
                ("up", self.tr("Move up (Alt+↑)"), lambda: self.move_current(-1)),
                ("down", self.tr("Move down (Alt+↓)"), lambda: self.move_current(1)),
            )
        ):
            button = QPushButton(label)
            button.setObjectName(f"stop_{name}_button")
            button.clicked.connect(slot)
            stop_buttons.addWidget(button, *divmod(place, 2))
            self.stop_buttons[name] = button
        self.table.addAction(self._table_action(self.tr("Move up"), lambda: self.move_current(-1), "Alt+Up"))
        self.table.addAction(
            self._table_action(self.tr("Move down"), lambda: self.move_current(1), "Alt+Down")
        )
        delete = QKeySequence.StandardKey.Delete
        self.table.addAction(self._table_action(self.tr("Remove stop"), self.remove_stop, delete))
        self.table.addAction(self._table_action(self.tr("Add stop"), self.add_stop, "Insert"))

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.tour_form)
        middle_layout.addWidget(self.budget)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addLayout(stop_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tours)
        splitter.addWidget(middle)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.strip)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)

    def _table_action(self, text: str, slot: Any, shortcut: Any) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        return action

    def _connect(self) -> None:
        space = self.space
        space.tours_changed.connect(self.refresh_tours)
        space.tour_loaded.connect(self._tour_loaded)
        space.tour_changed.connect(self._tour_fields_changed)
        space.stop_changed.connect(self._stop_changed)
        space.stops_changed.connect(self._stops_reset)
        space.stop_inserted.connect(self._select_after_change)
        space.stop_removed.connect(self._select_after_change)
        space.stop_moved.connect(self._stop_moved)
        self.model.move_requested.connect(self.request_move)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current_stop())
        self.tours.selected.connect(self.open_tour)
        self.tours.search_changed.connect(lambda _text: self.refresh_tours())
        self.tours.new_requested.connect(self.new_tour)
        self.tours.duplicate_requested.connect(self.duplicate_tour)
        self.tours.rename_requested.connect(self._rename_dialog)
        self.tours.delete_requested.connect(self.delete_tour)
        self.tour_form.edited.connect(self._tour_edited)
        self.tour_form.main_language_edited.connect(self._main_language_edited)
        self.tour_form.languages_edited.connect(self.set_translation_languages)
        self.form.language_chosen.connect(self.edit_language)
        self.form.edited.connect(self._stop_edited)
        self.form.image_chosen.connect(self.set_image)
        self.form.image_cleared.connect(lambda: self._stop_edited("image", ""))
        self.form.problem.connect(self.show_problem)

    # -- tours -------------------------------------------------------------------------------------
    def refresh_tours(self) -> None:
        self.tours.show_tours(self.space.search(self.tours.search.text()), self.space.tour_id)

    def open_tour(self, tour_id: int | None) -> None:
        if tour_id != self.space.tour_id:
            self.space.open(tour_id)

    def new_tour(self) -> None:
        self.undo_stack.push(AddTour(self.space, Tour(title=self.tr("New tour")), self.tr("new tour")))

    def duplicate_tour(self, tour_id: int) -> None:
        original = self.space.get(tour_id, with_images=True)
        copy = replace(
            original,
            id=None,
            title=self.tr("{title} (copy)").format(title=original.title),
            images=dict(original.images),
        )
        self.undo_stack.push(
            AddTour(self.space, copy, self.tr("duplicate '{title}'").format(title=original.title))
        )

    def rename_tour(self, tour_id: int, title: str) -> None:
        if title.strip():
            old = self.space.get(tour_id).title
            self.undo_stack.push(EditTour(self.space, tour_id, "title", old, title.strip()))

    def _rename_dialog(self, tour_id: int) -> None:
        old = self.space.get(tour_id).title
        title, ok = QInputDialog.getText(self, self.tr("Rename the tour"), self.tr("Title"), text=old)
        if ok:
            self.rename_tour(tour_id, title)

    def delete_tour(self, tour_id: int) -> None:
        title = self.space.get(tour_id).title
        self.undo_stack.push(DeleteTour(self.space, tour_id, title))
        self.show_problem(
            self.tr("Deleted '{title}'. Undo (Ctrl+Z) brings it back.").format(title=title), level="info"
        )

    def _tour_loaded(self) -> None:
        tour = self.space.tour
        self._show_languages()  # the language edited stays chosen from tour to tour where both have it
        self.tour_form.show_tour(tour, self.editing)
        self.budget.show_tour(tour)
        self.refresh_tours()
        row, self._row_to_keep = self._row_to_keep, None
        if tour is not None and tour.stops:
            self.select_row(row if row is not None and row < len(tour.stops) else 0)
        self._show_current_stop()
        self.tour_opened.emit(self.space.tour_id)

    def _tour_fields_changed(self) -> None:
        was = self.editing
        self._show_languages()
        if not self._own_edit or was != self.editing:
            self.tour_form.show_tour(self.space.tour, self.editing)
        if was != self.editing:  # the language edited was taken off the tour
            self._show_current_stop()
        self.budget.show_tour(self.space.tour)

    def _tour_edited(self, field: str, value: object) -> None:
        tour = self.space.tour
        if tour is None or tour.id is None:
            return
        if self.editing and field in ("title", "introduction"):
            translations = with_tour_text(tour, self.editing, **{field: str(value)})
            part = f"{self.editing} {field}"
            old = tour.translations
            self._push_own(EditTour(self.space, tour.id, "translations", old, translations, part))
            return
        self._push_own(EditTour(self.space, tour.id, field, getattr(tour, field), value))

    # -- content languages -------------------------------------------------------------------------
    def edit_language(self, code: str) -> None:
        """Edit the stops' (and the tour's) text in ``code``: a translation, or the main language."""
        tour = self.space.tour
        self.editing = code if tour is not None and code in tour.content_languages[1:] else ""
        self._show_languages()
        self.tour_form.show_tour(tour, self.editing)
        self._show_current_stop()

    def _show_languages(self) -> None:
        """The switcher, the completeness count and the stop list's marks, for the open tour's languages."""
        tour = self.space.tour
        codes = tour.content_languages if tour is not None else ()
        if self.editing not in codes[1:]:
            self.editing = ""
        self.form.set_languages(codes, self.editing)
        self.model.set_language(self.editing)
        self._show_completeness()

    def _show_completeness(self) -> None:
        tour = self.space.tour
        self.form.set_completeness(self.completeness.count(tour) if tour is not None else {})

    def _main_language_edited(self, code: str) -> None:
        tour = self.space.tour
        if tour is None or tour.id is None or code == tour.main_language:
            return
        new = with_languages(tour, code, tour.content_languages[1:])
        self._push_own(SetLanguages(self.space, tour.id, LanguageState.of(tour), new, main=True))

    def set_translation_languages(self, codes: tuple[str, ...]) -> None:
        """The languages the tour is translated into. One taken off loses its translations in the same undo
        step (the strip says so): Prepare is not on air, and undo is its way to take a change back."""
        tour = self.space.tour
        if tour is None or tour.id is None or codes == tour.content_languages[1:]:
            return
        gone, losing = dropped_translations(tour, codes)
        new = with_languages(tour, tour.main_language, codes)
        command = SetLanguages(self.space, tour.id, LanguageState.of(tour), new, main=False)
        if not gone:
            self.undo_stack.push(command)
            return
        self._push_then_say(
            command,
            self.tr(
                "Took {languages} off the tour with the translations of %n stop(s). "
                "Undo (Ctrl+Z) brings them back.",
                "",
                losing,
            ).format(languages=", ".join(gone)),
        )

    # -- stops -------------------------------------------------------------------------------------
    def current_row(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_stop(self) -> tuple[int, Stop] | None:
        row = self.current_row()
        tour = self.space.tour
        if tour is None or row is None or not 0 <= row < len(tour.stops):
            return None
        return row, tour.stops[row]

    def _show_current_stop(self) -> None:
        current = self._current_stop()
        images = self.space.tour.images if self.space.tour is not None else {}
        self.form.show_stop(current[1] if current else None, images)
        has = current is not None
        if self.space.tour is None:
            hint = self.tr("No tour open: press New (Ctrl+N) to start one, or Import… (Ctrl+O) a script.")
        elif not self.space.tour.stops:
            hint = self.tr("This tour has no stops yet: press Add stop (Insert).")
        else:
            hint = ""
        self.form.set_hint(hint)
        for name in ("remove", "up", "down"):
            self.stop_buttons[name].setEnabled(has)
        self.stop_buttons["add"].setEnabled(self.space.tour is not None)

    def _select_after_change(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            self.select_row(max(0, min(row, count - 1)))
        self._show_current_stop()
        self.budget.show_tour(self.space.tour)
        self._show_completeness()

    def _stop_moved(self, _source: int, target: int) -> None:
        """A move changes no total: select the moved stop now, redo the warnings after the repaint."""
        self.select_row(target)
        QTimer.singleShot(0, lambda: self.budget.show_tour(self.space.tour))

    def _stop_changed(self, row: int) -> None:
        if row == self.current_row() and not self._own_edit:
            self._show_current_stop()
        self.budget.show_tour(self.space.tour)
        self._show_completeness()

    def _stops_reset(self) -> None:
        """Several stops changed at once (the model was reset): the stop that was selected stays selected."""
        row, self._row_to_keep = self._row_to_keep, None
        count = self.model.rowCount()
        if count and self.current_row() is None:
            self.select_row(min(row if row is not None else 0, count - 1))
        self._show_current_stop()
        self.budget.show_tour(self.space.tour)
        self._show_completeness()

    def _push_own(self, command: Any) -> None:
        """Push an edit made in a form: the form already shows it, so it is not refilled."""
        self._own_edit = True
        try:
            self.undo_stack.push(command)
        finally:
            self._own_edit = False

    def _stop_edited(self, field: str, value: Any) -> None:
        current = self._current_stop()
        tour_id = self.space.tour_id
        if current is None or tour_id is None:
            return
        row, stop = current
        if self.editing and field in StopText.__dataclass_fields__:
            text = replace(stop.translation(self.editing) or StopText(), **{field: value})
            new = stop.with_translation(self.editing, text)
            self._push_own(EditStop(self.space, tour_id, row, stop, new, field, self.editing))
            return
        self._push_own(EditStop(self.space, tour_id, row, stop, replace(stop, **{field: value}), field))
        if field == "image":
            self._show_current_stop()

    def edit_stop(self, row: int, **values: Any) -> None:
        """Change fields of the stop at ``row`` as one undo step (the API the tests and scripts use)."""
        tour = self.space.tour
        assert tour is not None and tour.id is not None
        stop = tour.stops[row]
        self.undo_stack.push(EditStop(self.space, tour.id, row, stop, replace(stop, **values), None))

    def add_stop(self, stop: Stop | None = None) -> None:
        tour = self.space.tour
        if tour is None or tour.id is None:
            return
        row = self.current_row()
        position = len(tour.stops) if row is None else row + 1
        new = stop or Stop(title=self.tr("New stop"), duration_s=0)
        self.undo_stack.push(InsertStop(self.space, tour.id, position, new))

    def remove_stop(self) -> None:
        current = self._current_stop()
        if current is not None and self.space.tour_id is not None:
            self.undo_stack.push(RemoveStop(self.space, self.space.tour_id, *current))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row is not None:
            self.request_move(row, row + delta)

    def request_move(self, source: int, target: int) -> None:
        tour = self.space.tour
        if tour is None or tour.id is None or source == target:
            return
        if 0 <= source < len(tour.stops) and 0 <= target < len(tour.stops):
            self.undo_stack.push(MoveStop(self.space, tour.id, source, target))

    def set_image(self, filename: str, data: bytes) -> None:
        current = self._current_stop()
        tour_id = self.space.tour_id
        if current is None or tour_id is None:
            return
        name = self.space.unique_image_name(tour_id, filename)
        self.undo_stack.push(SetImage(self.space, tour_id, current[0], current[1], name, data))
        self._show_current_stop()

    # -- messages ----------------------------------------------------------------------------------
    def _storage_failed(self, text: str) -> None:
        self._failures += 1
        self._row_to_keep = self.current_row()
        self.show_problem(text)

    def show_problem(self, text: str, level: str = "error") -> None:
        """Say it in the message strip (``level`` "info" for what succeeded); it fades, or Esc."""
        self.strip.show_message(text, level)

    def _push_then_say(self, command: Any, success: str) -> None:
        """Push ``command`` and say ``success`` unless its write failed (the strip then says why)."""
        failures = self._failures
        self.undo_stack.push(command)
        if self._failures == failures:
            self.show_problem(success, level="info")

    # -- files -------------------------------------------------------------------------------------
    def import_file(self, path: str | Path, *, title: str | None = None, slot_s: int | None = None) -> None:
        """Parse off the GUI thread, then store in one transaction (one undo step) on it."""
        path = Path(path)
        self.runner.run(
            self.tr("Importing {name}…").format(name=path.name),
            lambda _progress: load_tour(path, title=title, slot_s=slot_s),
            lambda tour: self.add_imported(path, tour, CsvChoice(False, tour.title, tour.slot_s)),
            self.show_problem,
        )

    def offer_import(self, path: str | Path) -> None:
        """Import a picked file; a spreadsheet is read first, then the producer says what it is for."""
        path = Path(path)
        if path.suffix.lower() != ".csv":
            self.import_file(path)
            return
        self.runner.run(
            self.tr("Reading {name}…").format(name=path.name),
            lambda _progress: load_tour(path),
            lambda tour: self._ask_about_csv(path, tour),
            self.show_problem,
        )

    def ask_about_csv(self, path: Path, tour: Tour) -> CsvImportDialog:
        """The CSV dialog (a preview; new tour or append), open without blocking; it imports when accepted."""
        current = self.space.tour.title if self.space.tour is not None else None
        dialog = CsvImportDialog(path, tour, current, self)
        dialog.accepted.connect(lambda: self.add_imported(path, tour, dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _ask_about_csv(self, path: Path, tour: Tour) -> None:
        self.csv_dialog = self.ask_about_csv(path, tour)  # the one open now, for a test to answer

    def add_imported(self, path: Path, tour: Tour, choice: CsvChoice) -> None:
        """Store what was read: a new tour, or stops after the open tour's last one (one undo step)."""
        stop_count = len(tour.stops)  # a plain name: lupdate reads a plural's count from no other
        current = self.space.tour
        if choice.append and current is not None and current.id is not None:
            command: Any = AppendStops(
                self.space, current.id, tour, self.tr("add the stops of {name}").format(name=path.name)
            )
            self._push_then_say(
                command,
                self.tr("Added %n stop(s) from {name} to {title}", "", stop_count).format(
                    name=path.name, title=current.title
                ),
            )
            return
        new = replace(tour, title=choice.title, slot_s=choice.slot_s)
        self._push_then_say(
            AddTour(self.space, new, self.tr("import {name}").format(name=path.name)),
            self.tr("Imported %n stop(s) into {title}", "", stop_count).format(title=new.title),
        )

    def export_file(self, path: str | Path, fmt: str) -> None:
        tour_id = self.space.tour_id
        if tour_id is None:
            return
        tour = self.space.get(tour_id, with_images=True)
        path = Path(path)
        database = self.space.database_file()
        protect = [database] if database else []
        self.runner.run(
            self.tr("Writing {name}…").format(name=path.name),
            lambda progress: save_tour(tour, fmt, path, progress=progress, protect=protect),
            lambda _result: self.show_problem(self.tr("Saved {path}").format(path=path), level="info"),
            self.show_problem,
        )

    def _import_dialog(self) -> None:
        path = open_file_name(self, self.tr("Import a tour"), self.tr(IMPORT_FILTER))
        if path:
            self.offer_import(path)

    def _export_dialog(self, fmt: str | None = None) -> None:
        tour = self.space.tour
        if tour is None:
            return
        formats = [fmt] if fmt else list(EXPORT_FILTERS)
        filters = ";;".join(self.tr(EXPORT_FILTERS[name]) for name in formats)
        path, chosen = save_file_name(self, self.tr("Export the tour"), f"{tour.title}", filters)
        if not path:
            return
        fmt = (
            next(name for name in formats if self.tr(EXPORT_FILTERS[name]) == chosen)
            if chosen
            else formats[0]
        )
        if not path.lower().endswith(EXPORT_SUFFIXES[fmt]):
            path += EXPORT_SUFFIXES[fmt]
        self.export_file(path, fmt)

    def print_runsheet(self) -> None:
        tour_id = self.space.tour_id
        if tour_id is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        tour = self.space.get(tour_id, with_images=True)
        self.runner.run(
            self.tr("Printing the run-sheet…"),
            lambda progress: paint_runsheet(
                runsheet_document(tour), printer, footer=tour.title, progress=progress
            ),
            lambda pages: self.show_problem(
                self.tr("Sent %n page(s) to the printer", "", pages), level="info"
            ),
            self.show_problem,
        )

    # -- rehearsal and live ------------------------------------------------------------------------
    def _rehearse(self) -> None:
        if self.space.tour_id is not None:
            self.rehearse_requested.emit(self.space.tour_id)

    def _go_live(self) -> None:
        if self.space.tour_id is not None:
            self.open_live_requested.emit(self.space.tour_id)

    def offer_rehearsal_durations(self) -> None:
        """After a rehearsal: show each stop's rehearsed time and set the ticked ones as the plan."""
        tour = self.space.tour
        if tour is None or tour.id is None:
            return
        session = self.space.latest_rehearsal(tour.id)
        if session is None:
            self.show_problem(
                self.tr("This tour has not been rehearsed yet: press Rehearse first."), level="info"
            )
            return
        offers = proposals(session, tour)
        minimums = minimum_offers(self.space.rehearsals(tour.id), tour)
        if not offers and not minimums:
            self.show_problem(
                self.tr("The last rehearsal took what the plan says, stop by stop."), level="info"
            )
            return
        dialog = RehearsalDialog(offers, session, self, minimums=minimums)
        if dialog.exec() == RehearsalDialog.DialogCode.Accepted:
            self.apply_durations(dialog.chosen())
            self.apply_minimums(dialog.chosen_minimums())

    def apply_minimums(self, minimums: dict[int, int]) -> None:
        """The fastest rehearsals as the stops' minimums (never above a plan: a plan just set from a slower
        rehearsal keeps its stop fixed at it); one undo step."""
        tour = self.space.tour
        if tour is None or tour.id is None:
            return
        new: dict[int, int | None] = {
            position: seconds
            for position, seconds in minimums.items()
            if seconds < tour.stops[position].duration_s
        }
        if not new:
            return
        old = {position: tour.stops[position].min_s for position in new}
        self._row_to_keep = self.current_row()
        self._push_then_say(
            SetMinimums(self.space, tour.id, old, new),
            self.tr("Set %n minimum(s) from the fastest rehearsals", "", len(new)),
        )

    def apply_durations(self, durations: dict[int, int]) -> None:
        tour = self.space.tour
        if tour is None or tour.id is None or not durations:
            return
        old = {position: tour.stops[position].duration_s for position in durations}
        self._row_to_keep = self.current_row()
        duration_count = len(durations)
        self._push_then_say(
            SetDurations(self.space, tour.id, old, durations),
            self.tr("Set %n planned duration(s) from the rehearsal", "", duration_count),
        )
