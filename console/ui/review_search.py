"""Review's notes search: a field and the notes of every session that hold its words, the words marked.

The search itself is handed in (``search(query, limit)``, e.g. ``console.store.notes_search.notes_searcher``):
it runs on the task queue's worker with its own read connection, never on the GUI thread, which owns the live
show's connection. Typing waits for a short pause before searching; a search asked for while one runs waits
for it, and only the latest query's answer is shown. Activating a hit (click, Enter) emits ``hitChosen``.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.show.durations import format_clock
from console.show.note_search import NoteHit, NoteSearchResult
from console.tasks import TaskQueue
from console.ui.languages import number
from console.ui.session_labels import session_date, session_kind
from console.ui.theme import active

Search = Callable[[str, int], NoteSearchResult]
ModelIndex = QModelIndex | QPersistentModelIndex

TYPING_PAUSE_MS = 250
SHOWN_HITS = 200
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the NoteHit of a row
MARKED_ROLE = Qt.ItemDataRole.UserRole + 2  # the note's excerpt as HTML, its matches marked


class HitModel(QAbstractTableModel):
    """The hits as rows: when (the session's date and kind), tour, stop, show time, the note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: tuple[NoteHit, ...] = ()
        self._cells: list[tuple[str, ...]] = []

    def set_hits(self, hits: tuple[NoteHit, ...]) -> None:
        """The cells' texts are made once here: the view asks for each many times (sizing every column to
        its contents over 200 hits asked for them a hundred thousand times, 25 ms a search)."""
        self.beginResetModel()
        self.hits = hits
        self._cells = [self._texts(hit) for hit in hits]
        self.endResetModel()

    def _texts(self, hit: NoteHit) -> tuple[str, ...]:
        if hit.stop_number is None:
            stop = "—"
        else:
            stop = self.tr("{number}. {title}").format(number=hit.stop_number, title=hit.stop_title or "")
        return (
            f"{session_date(hit.session_at)} · {session_kind(hit.session_kind)}",
            hit.tour_title,
            stop,
            "—" if hit.show_s is None else format_clock(hit.show_s),
            hit.snippet().text,
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Session"), self.tr("Tour"), self.tr("Stop"), self.tr("Show time"), self.tr("Note"))[
            section
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:  # first: asked for most, by far
            return self._cells[index.row()][index.column()] if index.isValid() else None
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == MARKED_ROLE:
            return _marked_html(hit)
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return hit.text
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):  # titles that may give way: whole here
            return self._cells[index.row()][column]
        return None


def _marked_html(hit: NoteHit) -> str:
    """The excerpt as HTML, each match bold on the theme's highlight (bold: not by colour alone)."""
    colours = active()
    excerpt = hit.snippet()
    pieces, position = [], 0
    for start, end in excerpt.spans:
        pieces.append(html.escape(excerpt.text[position:start]))
        pieces.append(
            f'<b style="background-color:{colours.accent_fill};color:{colours.accent_fill_text}">'
            f"{html.escape(excerpt.text[start:end])}</b>"
        )
        position = end
    pieces.append(html.escape(excerpt.text[position:]))
    return "".join(pieces)


class MarkedTextDelegate(QStyledItemDelegate):
    """Paints a cell's ``MARKED_ROLE`` HTML (the note with its matches marked) in place of its plain text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        marked = index.data(MARKED_ROLE)
        if not isinstance(marked, str):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(marked)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group))
        painter.save()
        painter.translate(rect.left(), rect.top() + max(0.0, (rect.height() - document.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()


class NotesSearchPane(QWidget):
    """A search field over every session's notes and the hits, newest session first."""

    hitChosen = Signal(int, float)  # the session's id and the note's show time (s)

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.tasks = TaskQueue(self)
        self._asked = ""  # the latest query asked for
        self._waiting: str | None = None  # a query asked for while another ran
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setObjectName("notesSearchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Search the notes of every session"))
        self.field.setToolTip(
            self.tr(
                'Notes holding every word, in any order; "two words" in quotes as one phrase. '
                "Words of one or two characters (画, 蒙娜) are found too."
            )
        )
        layout.addWidget(self.field)
        self.status = QLabel()
        self.status.setObjectName("notesSearchStatus")
        layout.addWidget(self.status)
        self.model = HitModel(self)
        self.table = QTableView()
        self.table.setObjectName("notesSearchHits")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, MarkedTextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the others: _fit_columns
        self.model.modelReset.connect(self._fit_columns)
        layout.addWidget(self.table, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        self.field.textEdited.connect(lambda _text: self._pause.start())
        self.field.returnPressed.connect(self.search_now)
        self.table.clicked.connect(self._choose)
        self.table.activated.connect(self._choose_by_key)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The columns at their contents' width, unless the notes shown would then get less than their width
        or a third of the table: then the tour's and the stop's give way (elided, whole in their tooltips),
        never below their titles. The notes are measured only then (200 long notes cost milliseconds)."""
        header = self.table.horizontalHeader()
        widths = [max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(4)]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        room = self.table.viewport().width()
        if room - sum(widths) >= max(room // 3, header.sectionSizeHint(4)):
            return  # a third of the table or more left for the notes
        note = max(min(room // 3, self.table.sizeHintForColumn(4)), header.sectionSizeHint(4))
        spare = room - widths[0] - widths[3] - note
        wanted = widths[1] + widths[2]
        if wanted > spare > 0:
            for column in (1, 2):
                share = spare * widths[column] // wanted
                self.table.setColumnWidth(column, max(header.sectionSizeHint(column), share))

    def search_now(self) -> None:
        """Search for the field's text now (Enter, or the end of a pause in typing)."""
        self._pause.stop()
        query = self.field.text()
        self._asked = query
        if not query.strip():
            self._waiting = None
            self.model.set_hits(())
            self.status.clear()
            return
        if self.tasks.busy:
            self._waiting = query
            return
        self._run(query)

    def _run(self, query: str) -> None:
        self.status.setText(self.tr("Searching…"))
        search = self._search
        self.tasks.run(
            self.tr("Searching the notes"),
            lambda _progress: search(query, SHOWN_HITS),
            lambda result: self._answered(query, result),
            lambda reason: self._failed(query, reason),
        )

    def _next(self) -> bool:
        """Run the query asked for while the last one ran; True when there was one."""
        waiting, self._waiting = self._waiting, None
        if waiting is None:
            return False
        if waiting == self._asked:
            self._run(waiting)
            return True
        return False

    def _answered(self, query: str, result: object) -> None:
        if self._next() or query != self._asked:
            return  # a newer query is on its way: this answer is stale
        assert isinstance(result, NoteSearchResult)
        self.model.set_hits(result.hits)
        shown = len(result.hits)
        if not result.terms:
            self.status.setText(self.tr("Type a word to search for"))
        elif not shown:
            self.status.setText(self.tr("No note holds every word"))
        elif result.more:
            self.status.setText(
                self.tr("The first {count} notes, newest session first: add a word to narrow them").format(
                    count=number(shown)
                )
            )
        else:
            self.status.setText(self.tr("%n note(s) found", "", shown))

    def _failed(self, query: str, reason: str) -> None:
        if self._next() or query != self._asked:
            return
        self.model.set_hits(())
        self.status.setText(self.tr("The search failed: {reason}").format(reason=reason))

    def _choose_by_key(self, index: QModelIndex) -> None:
        """Enter on a hit (a double click activates too, after the click that already chose it)."""
        if QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, NoteHit):
            self.hitChosen.emit(hit.session_id, hit.show_s if hit.show_s is not None else 0.0)
