"""Review mode: the sessions (newest first) and, for the one chosen, its chart, every stop's figures, the
whole show and the notes, with its exports.

Everything is read by :class:`~console.review.library.ReviewLibrary` on a worker with a connection of its own;
this page only shows what comes back. The right side is a tab widget: the report is the first tab, and other
ways to look at the past (a search over every note, two sessions side by side) go in as tabs of their own
through :meth:`ReviewView.add_tab`.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.reporting.chart import ChartOptions
from console.reporting.documents import (
    all_question_headers,
    all_question_rows,
    note_headers,
    note_rows,
    show_figures,
    stop_headers,
    stop_row,
)
from console.review.library import EXPORT_KINDS, ExportKind, ReviewLibrary, SessionRow
from console.show.durations import format_clock
from console.show.encoder import DROPPED_ALERT
from console.show.report import Report
from console.ui.elided_label import ElidedLabel
from console.ui.file_dialogs import save_file_name
from console.ui.prepare.message_strip import MessageStrip
from console.ui.prepare.progress import ProgressStrip
from console.ui.review.chart_widget import ChartWidget

SUFFIXES: dict[ExportKind, str] = {
    "pdf": "pdf",
    "html": "html",
    "png": "png",
    "csv": "csv",
    "chapters": "txt",
}
STANDS_OUT_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    return table


def _fill(
    table: QTableWidget, rows: list[list[str]], bold: Collection[int] = (), numbers_from: int | None = None
) -> None:
    """Put ``rows`` in ``table``: rows in ``bold`` stand out, columns from ``numbers_from`` on align right."""
    table.setRowCount(len(rows))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if numbers_from is not None and c >= numbers_from:
                item.setTextAlignment(right)
            if r in bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setData(STANDS_OUT_ROLE, True)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class ReviewView(QWidget):
    def __init__(
        self, library: ReviewLibrary, parent: QWidget | None = None, *, dropped_alert: float = DROPPED_ALERT
    ) -> None:
        super().__init__(parent)
        self.dropped_alert = dropped_alert  # the encoder's amber threshold (the setting), marked on the chart
        self.setObjectName("reviewView")  # the theme's room for its tables' headers (a title never cut)
        self.library = library
        self.report: Report | None = None
        self._rows: list[SessionRow] = []
        self._wanted_note: tuple[int, float] | None = None  # a search hit's session and show time, to show
        self._build()
        library.listed.connect(self._listed)
        library.peak_found.connect(self._peak_found)
        library.opened.connect(self._opened)
        library.exported.connect(self._exported)
        library.failed.connect(lambda reason: self.messages.show_message(reason, "error"))

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(10, 8, 4, 10)
        heading = QHBoxLayout()
        title = QLabel(self.tr("SESSIONS"))
        title.setObjectName("paneTitle")
        heading.addWidget(title)
        heading.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.library.refresh)
        heading.addWidget(self.refresh_button)
        column.addLayout(heading)
        self.sessions = _table(
            [self.tr("Date"), self.tr("Tour"), self.tr("Kind"), self.tr("Length"), self.tr("Peak")]
        )
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the tour's title takes what is left
        self.sessions.itemSelectionChanged.connect(self._chosen)
        column.addWidget(self.sessions, 1)
        # Under the list, where there is room: what the worker is doing, and what it did or why it could not.
        self.progress = ProgressStrip(self.library.queue)
        column.addWidget(self.progress)
        self.messages = MessageStrip()
        column.addWidget(self.messages)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.report_page = self._report_page()
        self.tabs.addTab(self.report_page, self.tr("Report"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 1480])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    def _report_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        # Elided, the whole in its tooltip: a long title never pushes the export buttons off a small screen.
        self.heading = ElidedLabel()
        self.heading.set_full_text(self.tr("Choose a session on the left."))
        self.heading.setObjectName("reviewHeading")
        top.addWidget(self.heading, 1)
        self.per_source = QCheckBox(self.tr("A line per source"))
        self.per_source.toggled.connect(self._options_changed)
        top.addWidget(self.per_source)
        self.export_buttons: dict[ExportKind, QPushButton] = {}
        labels = {
            "pdf": self.tr("PDF…"),
            "html": self.tr("HTML…"),
            "png": self.tr("PNG…"),
            "csv": self.tr("CSV…"),
            "chapters": self.tr("Chapters…"),
        }
        for kind in EXPORT_KINDS:
            button = QPushButton(labels[kind])
            button.setEnabled(False)
            button.setToolTip(self.tr("Export this session's report"))
            button.clicked.connect(lambda _checked=False, k=kind: self._ask_export(k))
            self.export_buttons[kind] = button
            top.addWidget(button)
        layout.addLayout(top)
        self.chart = ChartWidget()
        self.chart.note_chosen.connect(self.choose_note)
        self.stops = _table(stop_headers())
        self.show_table = _table([self.tr("The whole show"), ""])
        self.show_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.notes = _table(note_headers())
        self.notes.horizontalHeader().setStretchLastSection(True)
        self.notes.itemSelectionChanged.connect(self._note_selected)
        # The audience's questions beside the notes, only for a session that had any (a chat source).
        self.questions = _table(all_question_headers())
        self.questions.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # the text
        self.questions.hide()
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.show_table)
        lower.addWidget(self.notes)
        lower.addWidget(self.questions)
        lower.setStretchFactor(1, 2)
        lower.setSizes([440, 900])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.chart)
        body.addWidget(self.stops)
        body.addWidget(lower)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setStretchFactor(2, 2)
        body.setSizes([320, 200, 200])  # the tables keep a few rows in sight at 1280x720
        layout.addWidget(body, 1)
        return page

    def add_tab(self, page: QWidget, label: str) -> int:
        """Another way to look at the past, beside the report (the notes search, a comparison), inside the
        same margins as the report."""
        layout, report = page.layout(), self.report_page.layout()
        if layout is not None and report is not None:
            layout.setContentsMargins(report.contentsMargins())
        return self.tabs.addTab(page, label)

    # The library's answers

    def _listed(self, rows: list[SessionRow]) -> None:
        chosen = self.chosen_session()
        self._rows = rows
        self.sessions.blockSignals(True)
        _fill(self.sessions, [self._session_cells(row) for row in rows])
        self.sessions.blockSignals(False)
        self._keep_columns_in_sight()
        for r, row in enumerate(rows):
            if row.id == chosen:
                self.sessions.selectRow(r)
        wanted = self._wanted_note  # a hit in a session the list did not hold yet; gone since (deleted):
        # nothing to show, and no endless refresh
        if wanted is not None and wanted[0] != chosen and not self._choose_session(wanted[0], refresh=False):
            self._wanted_note = None

    def _keep_columns_in_sight(self) -> None:
        """The list never narrower than its columns with the tour's at its title's width: on a small screen
        the splitter gives the report less rather than squeezing the tour to nothing."""
        header = self.sessions.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != 1)
        tour = max(header.sectionSizeHint(1), header.fontMetrics().horizontalAdvance("M" * 6))
        frame = 2 * self.sessions.frameWidth() + self.sessions.verticalScrollBar().sizeHint().width()
        self.sessions.setMinimumWidth(others + tour + frame)

    def _session_cells(self, row: SessionRow) -> list[str]:
        when = datetime.fromtimestamp(row.started_at).strftime("%Y-%m-%d %H:%M")
        kind = self.tr("rehearsal") if row.kind == "rehearsal" else self.tr("show")
        if row.length_s is None:
            length = self.tr("never live")
        else:
            length = (
                format_clock(row.length_s)
                if row.ended
                else self.tr("{length} (never ended)").format(length=format_clock(row.length_s))
            )
        return [when, row.tour, kind, length, "…"]

    def _peak_found(self, session_id: int, peak: int | None) -> None:
        for r, row in enumerate(self._rows):
            item = self.sessions.item(r, 4)
            if row.id == session_id and item is not None:
                item.setText("–" if peak is None else f"{peak:,}")

    def chosen_session(self) -> int | None:
        rows = self.sessions.selectionModel().selectedRows()
        return self._rows[rows[0].row()].id if rows and rows[0].row() < len(self._rows) else None

    def _chosen(self) -> None:
        session_id = self.chosen_session()
        if session_id is not None:
            self.library.open(session_id)

    def _opened(self, report: Report) -> None:
        if report.session.id != self.chosen_session():
            return  # the producer has chosen another one meanwhile
        self.report = report
        session = report.session
        kind = self.tr("Rehearsal") if session.kind == "rehearsal" else self.tr("Show")
        started = session.went_live_at if session.went_live_at is not None else session.created_at
        self.heading.set_full_text(
            self.tr("{kind} of {tour}, {when}").format(
                kind=kind,
                tour=session.tour.title,
                when=datetime.fromtimestamp(started).strftime("%Y-%m-%d %H:%M"),
            )
        )
        self.chart.show_report(report, self._options())
        rows = [stop_row(report, stop) for stop in report.stops]
        stands_out = {r for r, (_, out) in enumerate(rows) if out}
        _fill(self.stops, [cells for cells, _ in rows], stands_out, numbers_from=2)
        _fill(self.show_table, [list(pair) for pair in show_figures(report)])
        _fill(self.notes, note_rows(report))
        _fill(self.questions, all_question_rows(report))
        self.questions.setVisible(bool(report.questions))
        for button in self.export_buttons.values():
            button.setEnabled(True)
        if self._wanted_note is not None and self._wanted_note[0] == session.id:
            self._choose_wanted_note()

    def _options(self) -> ChartOptions:
        return ChartOptions(sources=self.per_source.isChecked(), dropped_alert=self.dropped_alert)

    def _options_changed(self) -> None:
        self.chart.show_report(self.report, self._options())

    def choose_note(self, index: int) -> None:
        """A tick clicked on the chart (or a search hit): its note, chosen and in sight in the list."""
        item = self.notes.item(index, 0)
        if item is not None:
            self.notes.selectRow(index)
            self.notes.scrollToItem(item)

    def _note_selected(self) -> None:
        """The note chosen in the list is marked on the chart: where it falls in the curve and the stops."""
        rows = self.notes.selectionModel().selectedRows()
        self.chart.mark_note(rows[0].row() if rows else None)

    def show_note(self, session_id: int, show_s: float) -> None:
        """A note found by the search: its session's report in front, the note chosen in the list and marked
        on the chart. The report is read on the worker as any other; the note is chosen when it comes."""
        self.tabs.setCurrentWidget(self.report_page)
        self._wanted_note = (session_id, show_s)
        if self.report is not None and self.report.session.id == session_id:
            self._choose_wanted_note()
        elif self.chosen_session() != session_id:  # when chosen already, its report is on its way
            self._choose_session(session_id)

    def _choose_session(self, session_id: int, *, refresh: bool = True) -> bool:
        """Select ``session_id`` in the list (its report is read then); False when the list lacks it, which
        is read again when ``refresh`` (a session newer than the list: chosen once listed)."""
        found = next((r for r, row in enumerate(self._rows) if row.id == session_id), None)
        if found is None:
            if refresh:
                self.library.refresh()
            return False
        self.sessions.selectRow(found)
        item = self.sessions.item(found, 0)
        if item is not None:
            self.sessions.scrollToItem(item)
        return True

    def _choose_wanted_note(self) -> None:
        """The note nearest the hit's show time (the search and the report read the same stored notes)."""
        assert self.report is not None and self._wanted_note is not None
        show_s = self._wanted_note[1]
        self._wanted_note = None
        times = [(abs((note.show_s or 0.0) - show_s), index) for index, note in enumerate(self.report.notes)]
        if times:
            self.choose_note(min(times)[1])

    # Exports

    def _ask_export(self, kind: ExportKind) -> None:
        """Review is shut on air (as Prepare): a file dialog here never comes between a guide and a show."""
        if self.report is None:
            return
        session = self.report.session
        started = session.went_live_at if session.went_live_at is not None else session.created_at
        suggested = f"{session.tour.title} {datetime.fromtimestamp(started):%Y-%m-%d}.{SUFFIXES[kind]}"
        path, _chosen = save_file_name(
            self, self.tr("Export the report"), suggested, f"{kind.upper()} (*.{SUFFIXES[kind]})"
        )
        if path:
            self.export_to(kind, path)

    def export_to(self, kind: ExportKind, path: str | Path) -> None:
        if self.report is not None:
            self.library.export(self.report, kind, str(path), self._options())

    def _exported(self, path: str) -> None:
        self.messages.show_message(self.tr("Written: {path}").format(path=path), "info")
