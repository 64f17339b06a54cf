"""The live console page: clock on top, route | talking points | camera, viewers and notes.

Every action the guide needs is a key a presentation clicker sends (PageDown/PageUp,
F5/Esc, '.', arrows) or a single key on the laptop (N note, L the talking points' language). No dialog
ever opens here.

The page is laid out for its width (see SIZE_CLASSES): the talking points always keep at least
55 % of it; the camera, viewers and notes give way first, then stack under the route. Text sizes
follow the window through theme.on_air_sheet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from console.live.controller import NEW_SHOW_CONFIRM_S, LiveController, ShowSummary
from console.show.durations import format_clock
from console.show.session import Note
from console.translation import translated
from console.ui.banner import BannerArea
from console.ui.clock_bar import ClockBar, clock_time
from console.ui.languages import number
from console.ui.notes_panel import NotesPanel
from console.ui.route_list import RouteList
from console.ui.talking_points import TalkingPoints
from console.ui.theme import on_air_scale, on_air_sheet

translate = QCoreApplication.translate
TICK_MS = 250
KEY_HELP = str(
    QT_TRANSLATE_NOOP(
        "LiveView",
        "F5 go live / resume   ·   PageDown → Space next stop   ·   PageUp ← back   ·   ↓ ↑ scroll   ·   "
        ". mark moment   ·   N note   ·   Ctrl+= / Ctrl+- text size",
    )
)
KEY_HELP_SHORT = str(
    QT_TRANSLATE_NOOP(
        "LiveView", "F5 live · PgDn next · PgUp back · ↓↑ scroll · . mark · N note · Ctrl± size"
    )
)
# Said after the key help for a tour in several content languages only (elsewhere L does nothing).
KEY_HELP_LANGUAGE = str(QT_TRANSLATE_NOOP("LiveView", "L talking-points language"))
KEY_HELP_LANGUAGE_SHORT = str(QT_TRANSLATE_NOOP("LiveView", "L language"))
# Widths of (route, talking points, camera/viewers/notes) by size class, the widest class first. The
# talking points never go under 55 %; below 1280 px the feeds leave their column and stack under the route.
SIZE_CLASSES: tuple[tuple[int, tuple[int, int, int]], ...] = (
    (1600, (26, 57, 17)),
    (1280, (25, 57, 18)),
    (0, (42, 58, 0)),
)
# A page lower than this stacks the feeds too, whatever its width: a column of camera, viewers and notes
# needs the height. And that column never holds the window taller than a small screen: its panes are
# clipped at the bottom rather than the window growing past the screen.
STACK_BELOW_HEIGHT = 620
FEEDS_MIN_HEIGHT = 240
# Below this page height the column has no room for five panes (at 1280x720 and 1920x1080 the viewers and
# the encoder overlapped and the camera shrank to a strip): the questions and the notes then share one place
# as tabs (N brings the notes forward).
SHARE_BELOW_HEIGHT = 1200
# Lower still (1280x720) the viewers and the encoder join them: the camera keeps its place above the tabs.
CROWDED_BELOW_HEIGHT = 800
# The column's panes, in proportion, when they are (re)placed: the camera first, it is the guide's check.
FEED_WEIGHTS = {"camera": 5, "viewers": 4, "questions": 3, "notes": 2}
# The mark key: '.' on a US layout; a clicker sends the same key code, which a French AZERTY layout
# reads as ':' (or ';' with some drivers). All three mark.
MARK_KEYS = (".", ":", ";")


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
        self.camera_pane: QWidget = _starting(self.tr("Camera"))
        self.viewers_pane: QWidget = _starting(self.tr("Viewers"))
        self.questions_pane: QWidget | None = None  # the audience's questions, when a chat source is set

        self._feeds = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.camera_pane)
        right.addWidget(self.viewers_pane)
        right.addWidget(self.notes)
        right.setSizes([300, 260, 300])
        right.setChildrenCollapsible(False)
        right.setMinimumHeight(FEEDS_MIN_HEIGHT)
        self._left = QSplitter(Qt.Orientation.Vertical)
        self._left.addWidget(self.route)
        self._left.setChildrenCollapsible(False)
        self._tabs = QTabWidget()  # the feeds on a small screen (see _place_feeds)
        self._tabs.setObjectName("feedTabs")
        self._tabs.setDocumentMode(True)
        self._talk_tabs = QTabWidget()  # the questions and the notes, sharing the column on a low screen
        self._talk_tabs.setObjectName("talkTabs")
        self._talk_tabs.setDocumentMode(True)
        self._talk_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._shared = 0  # how much shares the column's last place as tabs: 0 nothing, 1 questions and notes,
        # 2 the viewers too
        self._main = main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self._left)
        main.addWidget(self.points)
        main.addWidget(right)
        main.setChildrenCollapsible(False)
        self.help = QLabel(self.tr(KEY_HELP))
        self.help.setObjectName("keyHelp")
        self.help.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help.setWordWrap(True)
        self.size_class: int | None = None  # the lower bound of the class laid out (a key of SIZE_CLASSES)
        self.scale = 0.0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.clock_bar)
        layout.addWidget(self.banners)
        inner = QVBoxLayout()
        inner.setContentsMargins(8, 0, 8, 0)
        inner.addWidget(main, 1)
        layout.addLayout(inner, 1)
        self._foot = foot = QVBoxLayout()  # the key help; on a narrow window, the time rescue's advice too
        foot.setContentsMargins(8, 0, 8, 0)
        foot.addWidget(self.help)
        layout.addLayout(foot)

        controller.changed.connect(self.refresh)
        controller.language_changed.connect(self._show_language)
        controller.note_saved.connect(self._note_saved)
        controller.problem.connect(lambda text: self.banners.show_banner("problem", text, level="error"))
        controller.busy.connect(self._show_busy)
        self.clock_bar.end_requested.connect(controller.end_show)
        self.notes.box.submitted.connect(self._submit_note)
        self.notes.box.escaped.connect(self.setFocus)
        self.points.zoom_changed.connect(self.zoom_changed)
        self._install_keys()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._summary: ShowSummary | None = None

        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._tour_shown: tuple[int, int | None] | None = None
        self._waiting_note: str | None = None  # a note in the controller's queue, behind a busy database
        self._shown_index: int | None = None  # the stop on show (None: the first, before go-live)
        self.refresh()

    def install_feeds(self, camera_pane: QWidget, viewers_pane: QWidget) -> None:
        """Put the camera and viewer panes in the places kept for them, keeping the splitter's sizes."""
        for placeholder in (self.camera_pane, self.viewers_pane):
            placeholder.hide()
            placeholder.setParent(None)
            placeholder.deleteLater()
        self.camera_pane, self.viewers_pane = camera_pane, viewers_pane
        self._place_feeds()  # and the column shared out afresh
        self._apply_scale(force=True)  # the new panes take the page's sizes

    def install_questions(self, pane: QWidget, pinned: QWidget, answer: Callable[[], object]) -> None:
        """The audience's questions: the pane among the feeds, the pinned one under the talking points, and
        Q (answered) for the guide."""
        self.questions_pane = pane
        layout = self.points.layout()
        if layout is not None:
            layout.addWidget(pinned)
        self._place_feeds()
        shortcut = QShortcut(QKeySequence("Q"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(answer)
        shortcut.setEnabled(self.isVisible())
        self._shortcuts.append(shortcut)
        self._apply_scale(force=True)

    def _place_feeds(self) -> None:
        """Camera, viewers and notes: one above the other beside the talking points, or, on a small screen,
        stacked as tabs under the route (one shown at a time; N brings the notes forward)."""
        panes = (
            (self.camera_pane, self.tr("Camera")),
            (self.viewers_pane, self.tr("Viewers")),
            *(() if self.questions_pane is None else ((self.questions_pane, self.tr("Questions")),)),
            (self.notes, self.tr("Notes")),
        )
        if self.size_class == 0:
            if self._tabs.count() == len(panes) and self._tabs.widget(0) is self.camera_pane:
                return
            self._tabs.clear()  # the tabs only: their pages live on
            for pane, name in panes:
                self._tabs.addTab(pane, name)
            self._left.addWidget(self._tabs)
            self._tabs.show()
            self._feeds.hide()
        else:
            shared: tuple[QWidget, ...] = ()
            if self.questions_pane is not None and self._shared:
                shared = (self.questions_pane, self.notes)
                shared += (self.viewers_pane,) if self._shared == 2 else ()
            self._talk_tabs.clear()
            for pane, name in panes:
                if pane in shared:
                    self._talk_tabs.addTab(pane, name)
                    pane.setVisible(pane is shared[-1])  # one page at a time: the tabs show the rest
                else:
                    self._feeds.addWidget(pane)
                    pane.show()  # the tabs hid all but their current page
            if shared:
                self._feeds.addWidget(self._talk_tabs)
                self._talk_tabs.setCurrentWidget(shared[-1])  # the viewers, else the notes
            self._talk_tabs.setVisible(bool(shared))
            self._main.insertWidget(2, self._feeds)
            self._feeds.show()
            self._tabs.hide()
            self._share_out_feeds()

    def _share_out_feeds(self) -> None:
        """The column's height in FEED_WEIGHTS' proportions (each pane's minimum kept by the splitter)."""
        weights: dict[QWidget | None, int] = {
            self.camera_pane: FEED_WEIGHTS["camera"],
            self.viewers_pane: FEED_WEIGHTS["viewers"],
            self._talk_tabs: FEED_WEIGHTS["questions"] + FEED_WEIGHTS["notes"],
            self.notes: FEED_WEIGHTS["notes"],
        }
        if self.questions_pane is not None:
            weights[self.questions_pane] = FEED_WEIGHTS["questions"]
        shares = [weights.get(self._feeds.widget(i), 1) for i in range(self._feeds.count())]
        total = max(self._feeds.height(), FEEDS_MIN_HEIGHT)
        self._feeds.setSizes([total * share // sum(shares) for share in shares])

    # -- size ----------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()
        self.lay_out(self.width(), self.height())

    def _apply_scale(self, *, force: bool = False) -> None:
        window = self.window()  # the screen the guide sees, not the page under the mode bar
        scale = on_air_scale(window.width(), window.height())
        if scale == self.scale and not force:
            return
        self.scale = scale
        self.setStyleSheet(on_air_sheet(scale))  # only on a real change: a style pass over the page
        self.points.set_scale(scale)

    def lay_out(self, width: int, height: int) -> None:
        """Lay the panes out for ``width`` x ``height``: the talking points keep their share, the feeds
        give way."""
        lower, shares = next(entry for entry in SIZE_CLASSES if width >= entry[0])
        if height < STACK_BELOW_HEIGHT:
            lower, shares = SIZE_CLASSES[-1]
        shared = 2 if height < CROWDED_BELOW_HEIGHT else 1 if height < SHARE_BELOW_HEIGHT else 0
        self.clock_bar.set_compact(lower == 0, self._foot, self.help)
        if lower != self.size_class or shared != self._shared:
            self.size_class, self._shared = lower, shared
            self._place_feeds()
            self._show_key_help()
        total = sum(self._main.sizes()) or width
        self._main.setSizes([total * share // sum(shares) for share in shares if share])

    def _show_key_help(self) -> None:
        """The keys in a line (a short one on a small screen); L too when there is a language to switch to."""
        wide = self.size_class != 0  # None: not laid out yet, as wide as it comes
        parts = [self.tr(KEY_HELP) if wide else self.tr(KEY_HELP_SHORT)]
        if len(self.controller.tour.content_languages) > 1:
            parts.append(self.tr(KEY_HELP_LANGUAGE) if wide else self.tr(KEY_HELP_LANGUAGE_SHORT))
        self.help.setText(("   ·   " if wide else " · ").join(parts))

    # -- keys ----------------------------------------------------------------------------------------
    def _install_keys(self) -> None:
        c = self.controller
        bindings = [
            (("PgDown", "Right", "Space"), c.next_stop),
            (("PgUp", "Left"), c.previous_stop),
            (("Down",), self.points.page_down),
            (("Up",), self.points.page_up),
            (("F5",), c.go_live),
            (("Esc",), self._escape),
            (MARK_KEYS, c.mark),
            (("N",), self.focus_note_box),
            (("L",), c.cycle_language),
            (("A",), c.adopt_advice),
            (("Ctrl+=", "Ctrl++"), self.points.zoom_in),
            (("Ctrl+-",), self.points.zoom_out),
        ]
        # Window-wide, so a click on the mode bar or a pane never leaves the clicker dead; live only while
        # this page is shown (Prepare shares the window). A text field still types: it claims printable keys.
        self._shortcuts = []
        for keys, action in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(action)
                self._shortcuts.append(shortcut)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)

    def _escape(self) -> None:
        """A clicker's "stop presentation" sends Esc: it never ends the show; it returns focus and
        forgets a first F5 after an ended show (so F5, Esc, F5 does not start a new one)."""
        self.controller.cancel_new_show()
        self.setFocus()

    def _start_new_show(self) -> None:
        self.controller.start_new_show()
        self.setFocus()

    def focus_note_box(self) -> None:
        for tabs in (self._tabs, self._talk_tabs):
            if tabs.indexOf(self.notes) >= 0:
                tabs.setCurrentWidget(self.notes)
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
            self.tr(
                "The database is busy: another program (a backup, a script, another Cicerone) holds it "
                "locked. Your presses and notes are kept and written, in order, as soon as it is free."
            ),
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
            self._show_key_help()
        self.route.set_language(c.language)
        if c.resumable is not None:
            resumable = c.resumable
            since = clock_time(resumable.went_live_at or resumable.created_at)
            stop = (resumable.current_index or 0) + 1
            self.banners.show_banner(
                "resume",
                self.tr(
                    "A show was in progress: '{tour}', live since {since}, at stop {stop}. "
                    "Press F5 to resume it exactly where it was."
                ).format(tour=resumable.tour.title, since=since, stop=number(stop)),
                level="info",
                actions=[(self.tr("Resume (F5)"), c.go_live)],
                dismissable=False,
            )
        else:
            self.banners.clear("resume")
        if tour.id is None and not tour.stops:
            self.banners.show_banner(
                "no-tour",
                self.tr(
                    "No tour in this database yet. Make one in Prepare, import one with "
                    "'cicerone tour import FILE', or start with 'cicerone --demo'."
                ),
                level="info",
                dismissable=False,
            )
        else:
            self.banners.clear("no-tour")
        summary = c.summary()
        if summary != self._summary:
            if summary is not None and self._summary is None:
                self.setFocus()  # End show was clicked: the keyboard comes back to the show, not the note box
            self._summary = summary
        self.tick()

    def _show_language(self) -> None:
        """L: the talking points and the route's titles in the language now up; nothing else changed."""
        language = self.controller.language
        self.route.set_language(language)
        current = self._shown_index
        self.points.show_stop(
            self.controller.tour, current, with_introduction=current in (None, 0), language=language
        )

    def tick(self) -> None:
        c = self.controller
        clock = c.snapshot()
        session = c.session
        rehearsal = (session.kind if session is not None else c.kind) == "rehearsal"
        if session is None:
            label = self.tr("RESUME? F5") if c.resumable is not None else self.tr("READY · F5")
        elif session.ended_at is not None:
            label = self.tr("ENDED")
        else:
            label = self.tr("REHEARSAL") if rehearsal else self.tr("ON AIR")
        self.clock_bar.show_state(clock, label=label, rehearsal=rehearsal, ended=c.ended)
        self.route.set_clock(clock, ended=c.ended)
        self._show_advice()
        self._show_summary()
        tour = c.tour
        current = clock.current_index if clock is not None else None
        self._shown_index = current
        self.points.show_stop(tour, current, with_introduction=current in (None, 0), language=c.language)

    def _show_advice(self) -> None:
        """The time rescue: the line in the clock bar, the adopted (else proposed) targets in the route."""
        c = self.controller
        advice = c.advice()
        line = advice.line() if advice is not None else None
        proposed = advice.targets() if advice is not None and advice.late_s > 0 else {}
        adopted = c.session.adopted if c.session is not None and c.session.is_live else {}
        self.clock_bar.show_advice(
            translated(line) if line else "",
            adopted=bool(proposed) and proposed == adopted,
            late=advice is not None and advice.late_s > 0,
        )
        self.route.set_targets(adopted or proposed)

    def summary_text(self, summary: ShowSummary) -> str:
        """The ENDED strip's figures in the window's language (plurals and numbers in its forms)."""
        length, slot = format_clock(summary.length_s), format_clock(summary.slot_s)
        if summary.kind == "rehearsal":
            ended = self.tr("Rehearsal ended: {length} of a {slot} slot")
        else:
            ended = self.tr("Show ended: {length} of a {slot} slot")
        # lupdate reads a plural's count only from a plain name, not an attribute.
        note_count, mark_count, stop_count = summary.notes, summary.marks, summary.stop_count
        notes = self.tr("%n note(s)", "", note_count)
        if mark_count:
            notes = self.tr("{notes}, {marks}").format(
                notes=notes, marks=self.tr("%n mark(s)", "", mark_count)
            )
        visited = self.tr("{visited} of %n stop(s)", "", stop_count)
        lines = [
            ended.format(length=length, slot=slot),
            visited.format(visited=number(summary.stops_visited)),
            notes,
        ]
        if summary.peak_viewers is not None:
            lines.append(self.tr("peak {count} viewers").format(count=number(summary.peak_viewers)))
        text = "  ·  ".join(lines)
        if summary.session_id is not None:
            text += "\n" + self.tr("Session {id}, to export: {command}").format(
                id=summary.session_id, command=f"cicerone session export {summary.session_id}"
            )
        return text

    def _show_summary(self) -> None:
        """The ENDED strip: the show in figures, the way to its export, and the only ways to a new show."""
        summary = self._summary if self.controller.ended else None
        if summary is None:
            self.banners.clear("ended")
            return
        text = self.summary_text(summary)
        if self.controller.new_show_asked:
            text += "  ·  " + self.tr(
                "F5 AGAIN within %n s starts a new show (Esc cancels)", "", round(NEW_SHOW_CONFIRM_S)
            )
        else:
            text += "  ·  " + self.tr("a new show: the button, or F5 twice")
        if self.banners.texts().get("ended") != text:
            self.banners.show_banner(
                "ended",
                text,
                level="info",
                actions=[(self.tr("Start a new show"), self._start_new_show)],
                dismissable=False,
            )


def _starting(what: str) -> QLabel:
    label = QLabel(translate("LiveView", "{pane} starting…").format(pane=what))
    label.setObjectName("paneTitle")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
