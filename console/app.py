"""The composition root: builds the services and the window and wires their signals. Nothing else wires.

The database, settings and tour are decided here; the panes only show what they are given.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import platform
import signal
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from console import __version__, netloop
from console.assets import DEMO_TOUR, ICON_PNG, asset_path
from console.errors import KnownError
from console.formats import load_tour
from console.live.backups import ShowBackups
from console.live.controller import ON_AIR_REFUSAL, LiveController
from console.logs import install_crash_hooks, log_path
from console.settings import Settings, load_settings, save_settings, user_values
from console.show.encoder import EncoderRecord
from console.show.session import SessionKind
from console.show.tour import Tour
from console.show.viewers import ViewerSample
from console.store import (
    ReadOnlyDatabase,
    SessionRepository,
    TourRepository,
    chosen_db_path,
    open_database,
)
from console.store.console_lock import ConsoleLock, DatabaseInUse, acquire_console_lock
from console.translation import error_text, translated
from console.ui.console_window import ConsoleWindow
from console.ui.live_view import LiveView
from console.ui.theme import apply_theme
from console.venue import baked_venue, import_default_tours, venue_settings

if TYPE_CHECKING:
    from console.audience.chat_feed import ChatFeed
    from console.audience.poller import AudiencePoller
    from console.encoder.monitor import EncoderMonitor
    from console.live.questions import QuestionDesk
    from console.remote.service import RemoteService
    from console.ui.camera_pane import CameraPane
    from console.ui.prepare import PrepareView
    from console.ui.remote_panel import RemotePanel
    from console.ui.review import ReviewView
    from console.ui.review_compare import SessionCompareView
    from console.ui.review_search import NotesSearchPane
    from console.ui.viewers_pane import ViewersPane

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the window's words in its language (console/ui/languages.py)
EMPTY_TOUR = Tour(title="No tour yet")
PREPARE_SHUT = str(
    QT_TRANSLATE_NOOP("Console", "Prepare is shut while a show is on air: end the show to edit tours.")
)
REVIEW_SHUT = str(
    QT_TRANSLATE_NOOP("Console", "Review is shut while a show is on air: end the show to review past ones.")
)
FEEDS_FALLBACK_MS = 500
# Python runs signal handlers only between bytecodes: while Qt's loop waits in C, a timer lets Ctrl-C through.
SIGNAL_POLL_MS = 250
QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class Console:
    """Everything one running console holds, so tests can build it exactly as ``run_gui`` does."""

    def __init__(self, args: argparse.Namespace, settings: Settings) -> None:
        self.args = args
        self.settings = settings
        self._shut_down = False
        self.db_path = chosen_db_path(args.db, demo=args.demo)
        # Taken before the database is opened (and maybe migrated): one console per database.
        self.console_lock, refusal = take_console_lock(self.db_path)
        try:
            self.db = open_database(self.db_path)
        except BaseException:
            if self.console_lock is not None:
                self.console_lock.release()
            raise
        if isinstance(self.db, ReadOnlyDatabase):
            refusal = translate(
                "Console",
                "read-only: {reason} ({path}). Tours and past shows can be read here; "
                "no show can start or resume until the database can be written.",
            ).format(reason=translated(self.db.reason), path=self.db_path)
        self._watch_database_locks(self.db_path)
        log.info("database %s; venue %s", self.db_path, settings.venue_name or "(none)")
        self.tours = TourRepository(self.db)
        self.sessions = SessionRepository(self.db)
        tour = self._choose_tour()
        self.controller = LiveController(self.sessions, tour)
        specs = getattr(args, "viewers", None) or settings.viewer_sources or (["demo"] if args.demo else [])
        self.viewer_specs = list(specs)
        # The camera and viewer panes and the poller are built with the feeds, after the first paint.
        self.camera_pane: CameraPane | None = None
        self.viewers_pane: ViewersPane | None = None
        self.poller: AudiencePoller | None = None
        self.chat: ChatFeed | None = None  # the audience's chat and the question desk, with the feeds
        self.questions: QuestionDesk | None = None
        self._quota_restored: object = None  # the YouTube quota count already restored from the database
        self.remote: RemoteService | None = None  # the show-control server, after the first paint
        self.encoder: EncoderMonitor | None = None  # OBS's stream state (--encoder), after the first paint
        self._encoder_session: int | None = None  # the session the encoder's records last went into
        self.remote_panel: RemotePanel | None = None
        self.notes_search: NotesSearchPane | None = None  # Review's tabs, built with Review
        self.session_compare: SessionCompareView | None = None
        self.live_view = LiveView(
            self.controller, images=self.tours.images(tour.id) if tour.id is not None else {}
        )
        self.live_view.points.set_zoom(settings.text_zoom)
        self.live_view.zoom_changed.connect(self._remember_zoom)
        self.window = ConsoleWindow()
        self.window.venue.setText(settings.venue_name)
        self.window.add_mode("Live", self.live_view, translate("Console", "Live"))
        self.prepare_button = self.window.add_mode(
            "Prepare", self._build_prepare, translate("Console", "Prepare")
        )
        self.review_button = self.window.add_mode(
            "Review", self._build_review, translate("Console", "Review")
        )
        self._install_stage()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Themed once the window is whole: one style pass, not one per widget as the tree is built.
            apply_theme(app, settings.theme)
        # Prepare has file pickers and dialogs: while a show is on air it stays shut, so nothing modal
        # can ever come between the guide and the clicker.
        self.controller.changed.connect(self._lock_prepare_on_air)
        self.controller.changed.connect(self._show_title)
        self.window.mode_changed.connect(self._mode_changed)
        self.window.closing.connect(self.shutdown)
        self._show_title()
        self.backups = ShowBackups(self.db_path, settings.backup_dir)
        self.controller.show_ended.connect(lambda _session: self.backups.start())
        self.backups.failed.connect(self._backup_failed, Qt.ConnectionType.QueuedConnection)
        if refusal is not None:
            self.controller.refuse_shows(refusal)
            self.live_view.banners.show_banner("database", refusal, level="error", dismissable=False)
        elif (unfinished := self.sessions.unfinished()) is not None:
            self.controller.offer_resume(unfinished)

    def _install_stage(self) -> None:
        """The stage display (issue 16): its menu on the menu bar, and the window on its remembered screen
        (``--stage SCREEN`` chooses and remembers one, ``--stage off`` none)."""
        from console.ui.stage_display import StageDisplay
        from console.ui.stage_screens import StageScreens

        option = getattr(self.args, "stage", None)
        if option is not None:
            self.settings = save_changes(self.settings, stage_screen="" if option == "off" else option)
        self.stage = StageDisplay(self.controller)
        self.stage_screens = StageScreens(
            self.stage,
            self.window,
            self.live_view.banners,
            screen_name=self.settings.stage_screen,
            viewers=self.settings.stage_viewers,
        )
        self.window.menus.addMenu(self.stage_screens.menu)
        self.stage_screens.chosen.connect(self._remember_stage_screen)
        self.stage_screens.viewers_chosen.connect(self._remember_stage_viewers)
        self.window.closing.connect(self.stage.close)

    def _backup_failed(self, reason: str) -> None:
        self.live_view.banners.show_banner("backup", reason, level="warning")

    def _watch_database_locks(self, db_path: Path) -> None:
        """Keep SQLite's locks on the database for the console's life (issue 11: a file dialog dropped them).

        File dialogs hide and refuse the database's files; on Linux a guard lock and a watchdog make sure
        no other process can take the WAL away, and say so in a banner if the console had to reopen it.
        """
        from console.live.lock_watchdog import LockWatchdog
        from console.store.lock_watch import LockWatch
        from console.ui.file_dialogs import protect_database

        protect_database(db_path)
        self.lock_watch = LockWatch.for_database(self.db)
        self.lock_watchdog: LockWatchdog | None = None
        if self.lock_watch is not None:
            self.lock_watchdog = LockWatchdog(self.lock_watch.check)
            self.lock_watchdog.recovered.connect(
                lambda text, level: self.live_view.banners.show_banner("database-lock", text, level=level)
            )
            self.lock_watchdog.start()

    @property
    def prepare_view(self) -> PrepareView:
        from console.ui.prepare import PrepareView

        page = self.window.page("Prepare")
        assert isinstance(page, PrepareView)
        return page

    def _build_prepare(self) -> PrepareView:
        """Prepare mode, built the first time it is opened (a guide on set may never open it)."""
        from console.prepare.workspace import Workspace
        from console.ui.prepare import PrepareView

        view = PrepareView(Workspace(self.db))
        view.rehearse_requested.connect(lambda tour_id: self.open_in_live(tour_id, "rehearsal"))
        view.open_live_requested.connect(lambda tour_id: self.open_in_live(tour_id, "live"))
        tour_id = self.controller.tour.id
        if tour_id is not None:
            view.open_tour(tour_id)
        return view

    @property
    def review_view(self) -> ReviewView:
        from console.ui.review import ReviewView

        page = self.window.page("Review")
        assert isinstance(page, ReviewView)
        return page

    def _build_review(self) -> ReviewView:
        """Review mode, built the first time it is opened, with the notes search and the comparison as tabs
        beside the report. Each reads on a worker with read connections of its own."""
        from console.review.library import ReviewLibrary, SessionRow
        from console.store.notes_search import notes_searcher
        from console.store.session_compare import comparer
        from console.ui.review import ReviewView
        from console.ui.review_compare import SessionCompareView
        from console.ui.review_search import NotesSearchPane

        alert = self.settings.encoder_dropped_percent / 100
        view = ReviewView(ReviewLibrary(self.db_path), dropped_alert=alert)
        self.notes_search = search = NotesSearchPane(notes_searcher(self.db_path))
        search.setObjectName("reviewSearch")
        view.add_tab(search, translate("Console", "Search"))
        search.hitChosen.connect(view.show_note)  # the report of the hit's session, the note chosen
        self.session_compare = compare = SessionCompareView(comparer(self.db_path))
        compare.setObjectName("reviewCompare")
        view.add_tab(compare, translate("Console", "Compare"))

        def listed(rows: list[SessionRow]) -> None:  # the choosers follow the list (a show ended since)
            compare.set_sessions([row.choice() for row in rows])

        view.library.listed.connect(listed)
        return view

    def _lock_prepare_on_air(self) -> None:
        """Prepare and Review follow one rule: shut on air (their file dialogs never meet the clicker); the
        note beside the switch gives Prepare's reason, Review's button its own tooltip."""
        on_air = self.controller.on_air
        self.window.set_mode_lock("Review", translate("Console", REVIEW_SHUT) if on_air else None)
        self.window.set_mode_lock("Prepare", translate("Console", PREPARE_SHUT) if on_air else None)
        if on_air and self.window.stack.currentWidget() is not self.live_view:
            self.window.show_mode("Live")

    def _choose_tour(self) -> Tour:
        if self.args.tour is not None:
            return self.tours.get(self.args.tour)
        if self.args.demo:
            demo = load_tour(asset_path(DEMO_TOUR))
            existing = self.tours.find_by_title(demo.title)
            return self.tours.get(existing if existing is not None else self.tours.add(demo))
        profile = baked_venue()  # an installer made for a venue opens on its tour the first time
        first = import_default_tours(profile, self.tours) if profile is not None else None
        latest = first if first is not None else self.tours.latest_id()
        return self.tours.get(latest) if latest is not None else EMPTY_TOUR

    def _encoder_at_go_live(self) -> None:
        """A show's first encoder record is the state at its go-live (the stream it went out on, and when
        OBS started that stream: the chapters count from there)."""
        session = self.controller.session
        if self.encoder is None or not self.controller.on_air or session is None or session.id is None:
            return
        if session.id != self._encoder_session:
            self._store_encoder(self.encoder.health.record("state", self.encoder.clock()))

    def _store_encoder(self, record: EncoderRecord) -> None:
        """What the encoder said while a session is on air goes into it, beside the viewer samples."""
        session = self.controller.session
        if not self.controller.on_air or session is None or session.id is None:
            return
        self._encoder_session = session.id
        with storage_logged("store an encoder sample"):
            self.sessions.add_encoder_record(session.id, record)

    def _store_sample(self, sample: ViewerSample) -> None:
        """Every sample read while a session is on air goes into it (errors too: they explain the gaps)."""
        session = self.controller.session
        if not self.controller.on_air or session is None or session.id is None:
            return
        with storage_logged("store a viewer sample"):
            self.sessions.add_sample(session.id, sample)

    def _keep_quota(self, poller: AudiencePoller | ChatFeed) -> None:
        """YouTube's quota is per day: today's units so far come from the database, new ones go into it.
        The viewer poller and the chat feed share one count (the chat feed is given the poller's)."""
        if not poller.has_youtube:
            return
        from console.audience.quota import quota_day
        from console.store.quota import QuotaLedger

        ledger = QuotaLedger(self.db)
        today = quota_day(poller.clock())
        if self._quota_restored is not poller.quota:
            self._quota_restored = poller.quota
            with storage_logged("read the YouTube quota spent today"):
                poller.quota.restore(today, ledger.units(today))

        def spend(day: str, units: int) -> None:
            with storage_logged("keep the YouTube quota spent"):
                ledger.spend(day, units)

        poller.quota_spent.connect(spend)

    def open_in_live(self, tour_id: int, kind: SessionKind) -> None:
        """From Prepare: load the tour into the live console (a rehearsal, or for the show) unless on air."""
        if self.controller.on_air:
            # Said where the producer is looking.
            self.prepare_view.show_problem(translate("LiveController", ON_AIR_REFUSAL))
            return
        tour = self.tours.get(tour_id)
        self.live_view.points.set_images(self.tours.images(tour_id))
        self.controller.load(tour, kind)
        self.window.show_mode("Live")
        self.live_view.setFocus()

    def _show_title(self) -> None:
        c = self.controller
        rehearsal = (c.session.kind if c.session is not None else c.kind) == "rehearsal"
        self.window.show_title(c.tour.title, rehearsal=rehearsal, demo=self.args.demo)

    def _mode_changed(self, mode: str) -> None:
        """Back in Live with no tour yet: the tour made in Prepare meanwhile comes in front of the guide.
        In Review: the sessions list is read again (a show may have ended since)."""
        if mode == "Review":
            self.review_view.library.refresh()
        if mode == "Live" and self.controller.tour.id is None and not self.controller.on_air:
            latest = self.tours.latest_id()
            if latest is not None:
                self.live_view.points.set_images(self.tours.images(latest))
                self.controller.load(self.tours.get(latest), "live")
        self._show_title()

    def _remember_zoom(self, zoom: float) -> None:
        self.settings = save_changes(self.settings, text_zoom=zoom)

    def _remember_camera(self, mrl: str) -> None:
        self.settings = save_changes(self.settings, camera_mrl=mrl)

    def _remember_stage_screen(self, name: str) -> None:
        self.settings = save_changes(self.settings, stage_screen=name)

    def _remember_stage_viewers(self, shown: bool) -> None:
        self.settings = save_changes(self.settings, stage_viewers=shown)

    def start(self) -> None:
        self.window.resize(1600, 900)
        self.window.show()
        self.window.activateWindow()
        self.live_view.setFocus()
        self.stage_screens.place()  # after the console: the stage is never the first window shown
        if getattr(self.args, "prepare", False):
            self.window.show_mode("Prepare").setFocus()
        # The live feeds start once the window is on screen: the guide sees the route at once, and
        # building the panes, libvlc's start-up and the first network requests never delay the first paint.
        # Queued: the panes go into the window after the paint has finished, never in the middle of it.
        self.window.first_paint.connect(self._start_feeds, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(FEEDS_FALLBACK_MS, self._start_feeds)  # a window that is never painted

    def _start_feeds(self) -> None:
        if self.camera_pane is not None or self._shut_down:  # started already (paint or fallback timer)
            return
        from console.ui.camera_pane import CameraPane
        from console.ui.viewers_pane import ViewersPane

        self.camera_pane = CameraPane(self.settings, demo=self.args.demo)
        self.camera_pane.source_changed.connect(self._remember_camera)
        self.camera_pane.typing_done.connect(self.live_view.setFocus)
        self.viewers_pane = ViewersPane(None)
        self.live_view.install_feeds(self.camera_pane, self.viewers_pane)
        self.camera_pane.start()
        if self.viewer_specs:
            from console.audience.poller import AudiencePoller

            self.poller = AudiencePoller(self.viewer_specs, self.settings)
            self.poller.sample_read.connect(self._store_sample)
            self._keep_quota(self.poller)
            self.controller.viewers_now = self.poller.current_total
            self.viewers_pane.set_poller(self.poller)
            self.stage.set_poller(self.poller)
            self.poller.start()
        log.info("ready: window shown, camera and %d viewer source(s) started", len(self.viewer_specs))
        self._start_questions()
        self._start_encoder(self.viewers_pane)
        self._start_remote()
        # What start-up built (Qt's wrappers, the modules, the tour) lives as long as the window: Python's
        # full garbage collections stop walking it. Walking it took ~40 ms of the GUI thread at a random key
        # press (a missed frame on air); now a full pass walks only what was made since. Unfrozen at shutdown.
        gc.freeze()

    def _start_questions(self) -> None:
        """The chat sources, the question desk, its pane, the pinned question for the guide and the stage."""
        args = self.args
        specs = (
            getattr(args, "chat", None) or self.settings.chat_sources or (["demo-chat"] if args.demo else [])
        )
        if not specs:
            return
        from console.audience.chat_feed import ChatFeed
        from console.live.questions import QuestionDesk
        from console.settings import question_rules
        from console.store.questions import QuestionLedger
        from console.ui.questions_pane import PinnedQuestion, QuestionsPane, pinned_text

        youtube_viewers = sum(1 for spec in self.poller.specs if spec.kind == "youtube") if self.poller else 0
        self.chat = feed = ChatFeed(
            specs,
            self.settings,
            quota=self.poller.quota if self.poller is not None else None,
            slot_end=self._slot_end,
            viewer_units_per_s=lambda: youtube_viewers / self.settings.viewer_poll_s,
        )
        self._keep_quota(feed)
        rules = question_rules(self.settings)
        self.questions = desk = QuestionDesk(
            self.controller, QuestionLedger(self.db), rules=rules, keep_all=self.settings.chat_keep_all
        )
        feed.message.connect(desk.take)
        self.controller.changed.connect(desk.follow_show)
        desk.follow_show()
        self.live_view.install_questions(QuestionsPane(desk, feed), PinnedQuestion(desk), desk.answer)
        desk.pinned_changed.connect(lambda question: self.stage.show_question(pinned_text(question)))
        feed.start()
        log.info("questions: %d chat source(s) started", len(specs))

    def _slot_end(self) -> float | None:
        """When the show should end (go-live plus the slot): the YouTube chat plans its quota up to then."""
        session = self.controller.session
        if session is None or session.went_live_at is None or not session.tour.slot_s:
            return None
        return session.went_live_at + session.tour.slot_s

    def _start_encoder(self, viewers_pane: ViewersPane) -> None:
        """OBS's own word on the stream (console/encoder), in a line on the viewers' pane; the client runs
        on the network loop thread, the password is looked up there too (a keyring may be slow)."""
        option = getattr(self.args, "encoder", None)
        if option is not None:  # checked by argparse, remembered here like --stage
            self.settings = save_changes(self.settings, encoder="" if option == "off" else option)
        from console.show.encoder_source import parse_encoder

        source = parse_encoder(self.settings.encoder)  # the settings' loader checked it
        if source is None:
            return
        from console.audience.secrets import lookup
        from console.encoder.monitor import EncoderMonitor
        from console.ui.encoder_line import EncoderLine

        self.encoder = EncoderMonitor(
            source,
            lambda: lookup("obs_password"),
            threshold=self.settings.encoder_dropped_percent / 100,
        )
        self.encoder.record.connect(self._store_encoder)
        self.controller.changed.connect(self._encoder_at_go_live)
        viewers_pane.add_line(
            EncoderLine(self.encoder, self.live_view.banners, lambda: self.controller.on_air)
        )
        self.encoder.start()

    def _start_remote(self) -> None:
        """The show-control server (console/remote) on its own thread, and its panel behind the window's
        Remote menu entry. A port that cannot be had is a banner; the show goes on."""

        from console.remote.service import RemoteService, chosen_mode, chosen_port
        from console.ui.languages import window_language
        from console.ui.remote_panel import RemotePanel

        mode = chosen_mode(getattr(self.args, "remote", None), self.settings)
        port = chosen_port(getattr(self.args, "remote_port", None), self.settings)
        self.remote = remote = RemoteService(
            self.controller,
            mode=mode,
            port=port,
            viewers=lambda: self.poller.view() if self.poller is not None else None,
            language=window_language(),
        )
        if self.questions is not None:
            remote.set_questions(self.questions)
        self.remote_panel = panel = RemotePanel(self.window)
        # An entry of the window's menus, in the mode bar's row: there on air too (a phone that lost its
        # pairing), takes no keyboard focus, costs no height.
        action = self.window.menus.addAction(translate("Console", "Remote"))
        action.setObjectName("remoteAction")
        action.triggered.connect(lambda: panel.setVisible(not panel.isVisible()))
        self.remote_action = action
        remote.started.connect(lambda url: panel.show_address(url, remote.token))

        def off(reason: str) -> None:
            panel.show_off(reason)
            self.live_view.banners.show_banner("remote", reason, level="warning")

        remote.failed.connect(off)
        if mode == "off":
            panel.show_off(translate("Console", "Show control is off (--remote off, or the remote setting)."))
        remote.start()

    def show_crash(self, where: str) -> None:
        """A bug caught by the crash hooks: said on screen without a dialog, and the show goes on."""
        text = translate(
            "Console", "Something went wrong inside Cicerone. Details are in {where}. The show goes on."
        ).format(where=where)
        self.live_view.banners.show_banner("crash", text, level="error")
        if self.window.is_built("Prepare"):
            self.prepare_view.show_problem(text)

    def shutdown(self) -> None:
        """Stop and release what holds native resources before Qt and Python tear down (idempotent)."""
        if self._shut_down:
            return
        self._shut_down = True
        gc.unfreeze()  # what the console held may be garbage from now on (a test process goes on)
        if self.camera_pane is not None:
            self.camera_pane.shutdown()
        if self.poller is not None:
            self.poller.stop()
        if self.chat is not None:
            self.chat.stop()
        if self.questions is not None:
            self.questions.stop()  # writes what came since the last flush
        if self.encoder is not None:
            self.encoder.stop()
        if self.remote is not None:
            self.remote.stop()  # waits for the socket to close: no request reaches a closed database
        netloop.shared().stop()  # the network clients (encoder, chat) close their sockets with it
        if self.lock_watchdog is not None and self.lock_watch is not None:
            self.lock_watchdog.stop()
            self.lock_watch.release()  # before the close, so the last connection tidies the WAL away
        if self.window.is_built("Review"):
            self.review_view.library.wait(10_000)  # its read connections closed before the database
            for pane in (self.notes_search, self.session_compare):
                if pane is not None:
                    pane.tasks.wait(10_000)
        self.controller.close()
        self.db.close()
        if self.lock_watch is not None:
            self.lock_watch.closed()
        if self.console_lock is not None:
            self.console_lock.release()
        log.info("shut down: players released, database closed")


def take_console_lock(db_path: Path) -> tuple[ConsoleLock | None, str | None]:
    """The lock that makes this the one console running shows on ``db_path``, or why it is not."""
    try:
        return acquire_console_lock(db_path), None
    except DatabaseInUse as busy:
        return None, translate(
            "Console", "{reason} This window can show the tours but will not start or resume a show."
        ).format(reason=error_text(busy))
    except KnownError as error:  # no lock file can be made anywhere: run, but say it in the log
        log.warning("%s", error.text())
        return None, None


@contextmanager
def storage_logged(what: str) -> Iterator[None]:
    """Around a write the show can do without (a sample, the quota): a failure is logged, never raised."""
    try:
        yield
    except sqlite3.Error as error:
        log.warning("could not %s: %s", what, error)


def save_changes(settings: Settings, **changes: object) -> Settings:
    """Settings with ``changes``, which alone are saved as the user's choice on this machine (a failure to
    save is logged, not fatal: the show goes on with the change in memory)."""
    updated = replace(settings, **changes)  # type: ignore[arg-type]
    try:
        save_settings(changes)
    except (OSError, KnownError) as error:
        log.warning("could not save settings: %s", error)
    return updated


class CrashBridge(QObject):
    """Carries a crash from whichever thread hit it to the window, through a queued signal."""

    crashed = Signal(str)


def log_qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    """Qt's own messages go to the log file (a qFatal is logged before Qt aborts); only criticals and
    fatals reach the terminal too, so a platform plugin's chatter never buries the console's own lines."""
    level = QT_LOG_LEVELS.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message, extra={"file_only": level < logging.ERROR})


def stop_on_signals(app: QApplication) -> QTimer:
    """Ctrl-C (SIGINT) and SIGTERM end the console cleanly: exit 130 or 143, players stopped on the way."""

    def stop(number: int, _frame: object) -> None:
        app.exit(128 + number)

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    poll = QTimer(app)
    poll.timeout.connect(lambda: None)
    poll.start(SIGNAL_POLL_MS)
    return poll


def install_language(app: QApplication, args: argparse.Namespace, settings: Settings) -> list[QTranslator]:
    """The window's language, installed before any widget is built: ``--lang`` (then remembered here), the
    language the user or the venue profile chose, else the system's (see console/ui/languages.py)."""
    from console.ui.languages import chosen_language, install_translators

    option = getattr(args, "lang", None)
    if option:
        save_changes(settings, language=option)
    chose = "language" in user_values() or baked_venue() is not None
    return install_translators(app, chosen_language(option, settings.language if chose else None))


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    qInstallMessageHandler(log_qt_message)
    bridge = CrashBridge(app)
    install_crash_hooks(lambda where: bridge.crashed.emit(str(where)))
    log.info(
        "Cicerone %s on %s, Python %s, Qt platform %s; log %s",
        __version__,
        platform.platform(),
        platform.python_version(),
        app.platformName(),
        log_path(),
    )
    app.setApplicationName("Cicerone")
    app.setOrganizationName("Cicerone")
    app.setDesktopFileName("cicerone")  # the installed cicerone.desktop: its icon in the dock and task bar
    app.setWindowIcon(QIcon(str(asset_path(ICON_PNG))))
    try:
        settings = load_settings(base=venue_settings())
        if getattr(args, "camera", None):  # --camera MRL: checked, then remembered on this machine
            from console.camera.sources import to_mrl

            settings = save_changes(settings, camera_mrl=to_mrl(args.camera))
        install_language(app, args, settings)  # the translators live as children of the app
        console = Console(args, settings)
    except KnownError as error:
        # Not on air yet: a startup problem may be a dialog (but never on a headless platform).
        if app.platformName() not in ("offscreen", "minimal"):
            QMessageBox.critical(None, "Cicerone", error_text(error))
        raise
    if os.environ.get("CICERONE_QUIT_AFTER_PAINT"):
        # Benchmarks: report the time to the first painted window, then quit.
        def painted() -> None:
            wall_ms, cpu_ms = 1000 * (time.perf_counter() - started), 1000 * time.process_time()
            print(f"first-paint-ms {wall_ms:.1f} cpu-ms {cpu_ms:.1f}", flush=True)
            QTimer.singleShot(0, app.quit)

        console.window.first_paint.connect(painted)
    bridge.crashed.connect(console.show_crash)
    app.aboutToQuit.connect(console.shutdown)
    stop_on_signals(app)
    console.start()
    code = int(app.exec())
    if code in (128 + signal.SIGINT, 128 + signal.SIGTERM):
        print(f"cicerone: stopped by {signal.Signals(code - 128).name}", file=sys.stderr)
    return code
