"""The live console page: clock on top, route | talking points | camera, viewers and notes.

Every action the guide needs is a key a presentation clicker sends (PageDown/PageUp,
F5/Esc, '.') or a single key on the laptop. No dialog ever opens here.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from console.live.controller import LiveController
from console.show.session import Note
from console.ui.banner import BannerArea
from console.ui.clock_bar import ClockBar
from console.ui.notes_panel import NotesPanel
from console.ui.route_list import RouteList
from console.ui.talking_points import TalkingPoints

TICK_MS = 250
KEY_HELP = (
    "F5 go live / resume   ·   PageDown → Space next stop   ·   PageUp ← back   ·   . mark moment   ·   "
    "N note   ·   Ctrl+= / Ctrl+- text size"
)


class LiveView(QWidget):
    """The page. The camera and viewer panes arrive after the first paint (:meth:`install_feeds`): until
    then their places say "starting", so the route and the clock are on screen as early as possible."""

    zoom_changed = Signal(float)

    def __init__(
        self,
        controller: LiveController,
        *,
        images: dict[str, bytes] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clock_bar = ClockBar()
        self.banners = BannerArea()
        self.route = RouteList()
        self.points = TalkingPoints()
        self.points.set_images(images or {})
        self.notes = NotesPanel()
        self.camera_pane: QWidget = _starting("Camera")
        self.viewers_pane: QWidget = _starting("Viewers")

        self._feeds = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.camera_pane)
        right.addWidget(self.viewers_pane)
        right.addWidget(self.notes)
        right.setSizes([300, 260, 300])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.route)
        main.addWidget(self.points)
        main.addWidget(right)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 6)
        main.setStretchFactor(2, 4)
        main.setSizes([520, 700, 460])
        main.setChildrenCollapsible(False)
        self.help = QLabel(KEY_HELP)
        self.help.setObjectName("paneTitle")
        self.help.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.clock_bar)
        layout.addWidget(self.banners)
        inner = QVBoxLayout()
        inner.setContentsMargins(8, 0, 8, 0)
        inner.addWidget(main, 1)
        layout.addLayout(inner, 1)
        layout.addWidget(self.help)

        controller.changed.connect(self.refresh)
        controller.note_saved.connect(self._note_saved)
        controller.problem.connect(lambda text: self.banners.show_banner("problem", text, level="error"))
        controller.busy.connect(self._show_busy)
        self.clock_bar.end_requested.connect(controller.end_show)
        self.notes.box.submitted.connect(self._submit_note)
        self.notes.box.escaped.connect(self.setFocus)
        self.points.zoom_changed.connect(self.zoom_changed)
        self._install_keys()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._tour_shown: tuple[int, int | None] | None = None
        self._waiting_note: str | None = None  # a note in the controller's queue, behind a busy database
        self.refresh()

    def install_feeds(self, camera_pane: QWidget, viewers_pane: QWidget) -> None:
        """Put the camera and viewer panes in the places kept for them, keeping the splitter's sizes."""
        sizes = self._feeds.sizes()
        for index, pane in enumerate((camera_pane, viewers_pane)):
            placeholder = self._feeds.replaceWidget(index, pane)
            if placeholder is not None:
                placeholder.deleteLater()
        self.camera_pane, self.viewers_pane = camera_pane, viewers_pane
        self._feeds.setSizes(sizes)

    # -- keys ----------------------------------------------------------------------------------------
    def _install_keys(self) -> None:
        c = self.controller
        bindings = [
            (("PgDown", "Right", "Space"), c.next_stop),
            (("PgUp", "Left"), c.previous_stop),
            (("F5",), c.go_live),
            (("Esc",), self._escape),
            ((".",), c.mark),
            (("N",), self.focus_note_box),
            (("Ctrl+=", "Ctrl++"), self.points.zoom_in),
            (("Ctrl+-",), self.points.zoom_out),
        ]
        self._shortcuts = []
        for keys, action in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(action)
                self._shortcuts.append(shortcut)

    def _escape(self) -> None:
        """A clicker's "stop presentation" sends Esc: it must never end the show, so it only returns focus."""
        self.setFocus()

    def focus_note_box(self) -> None:
        self.notes.box.setFocus()

    def _submit_note(self, text: str) -> None:
        if not text.strip() or text.strip() == self._waiting_note:
            return  # Enter again on a note that waits for the database would only write it twice
        if self.controller.add_note(text) is not None:
            # Cleared only once saved: a failed save keeps the guide's words in the box.
            self.notes.box.clear()
            self.setFocus()
        elif self.controller.is_waiting:
            self._waiting_note = text.strip()

    def _note_saved(self, note: Note) -> None:
        self.notes.add_note(note)
        self.banners.clear("problem")
        if note.text and note.text == self._waiting_note:
            self._waiting_note = None
            if self.notes.box.text().strip() == note.text:
                self.notes.box.clear()  # it waited for a busy database: its words leave the box now

    def _show_busy(self, busy: bool) -> None:
        if not busy:
            self.banners.clear("busy")
            if not self.controller.is_waiting:
                self._waiting_note = None  # written, or dropped with a storage problem (text kept in the box)
            return
        if "busy" in self.banners.texts():
            return
        self.banners.show_banner(
            "busy",
            "The database is busy: another program (a backup, a script, another Cicerone) holds it locked. "
            "Your presses and notes are kept and written, in order, as soon as it is free.",
            level="warning",
            dismissable=False,
        )

    # -- painting ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.controller
        session = c.session
        tour = c.tour  # the controller's tour is the session's once a show starts or resumes
        shown = (id(tour), session.id if session is not None else None)
        if self._tour_shown != shown:
            self._tour_shown = shown
            self.route.set_tour(tour)
            self.notes.set_notes(tour, session.notes if session is not None else [])
        if c.resumable is not None:
            resumable = c.resumable
            since = datetime.fromtimestamp(resumable.went_live_at or resumable.created_at).strftime("%H:%M")
            stop = (resumable.current_index or 0) + 1
            self.banners.show_banner(
                "resume",
                f"A show was in progress: '{resumable.tour.title}', live since {since}, at stop {stop}. "
                "Press F5 to resume it exactly where it was.",
                level="info",
                actions=[("Resume (F5)", c.go_live)],
                dismissable=False,
            )
        else:
            self.banners.clear("resume")
        self.tick()

    def tick(self) -> None:
        c = self.controller
        clock = c.snapshot()
        session = c.session
        if session is None:
            label = "RESUME? F5" if c.resumable is not None else "READY · F5"
        elif session.ended_at is not None:
            label = "ENDED"
        else:
            label = "REHEARSAL" if session.kind == "rehearsal" else "ON AIR"
        self.clock_bar.show_state(
            clock, label=label, rehearsal=session is not None and session.kind == "rehearsal"
        )
        self.route.set_clock(clock)
        tour = c.tour
        current = clock.current_index if clock is not None else None
        self.points.show_stop(tour, current, with_introduction=current in (None, 0))


def _starting(what: str) -> QLabel:
    label = QLabel(f"{what} starting…")
    label.setObjectName("paneTitle")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
