"""Where the stage display goes: full screen on the screen chosen in the console's menu, remembered by name.

No dialog: the choice is a menu on the console's menu bar, usable on air. When that screen goes away
(unplugged, a projector switched off) the window comes to the primary screen as an ordinary, smaller window
lowered behind the console, so it never covers what the guide drives; a banner on the console says so. When a
screen of the remembered name comes back, the window returns there, full screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from console.ui.banner import BannerArea
from console.ui.stage_display import StageDisplay

BANNER_KEY = "stage-screen"
FALLBACK_SHARE = 3  # away from its screen, the window is a third of the primary screen's width and height


def screen_named(name: str) -> QScreen | None:
    return next((screen for screen in QGuiApplication.screens() if screen.name() == name), None)


class StageScreens(QObject):
    """Places ``stage`` on the screen named ``screen_name`` ("" is off) and keeps it there as screens come and
    go. ``chosen`` and ``viewers_chosen`` carry the guide's choices out, for the settings."""

    chosen = Signal(str)
    viewers_chosen = Signal(bool)

    def __init__(
        self,
        stage: StageDisplay,
        console: QWidget,
        banners: BannerArea,
        *,
        screen_name: str = "",
        viewers: bool = False,
    ) -> None:
        super().__init__(stage)
        self.stage = stage
        self.console = console
        self.banners = banners
        self.screen_name = screen_name
        self.fallback = False  # the stage is on the primary screen, waiting for its own
        stage.set_viewers_shown(viewers)
        # Never the keyboard: should the platform activate the stage anyway, the console takes it back.
        stage.activated.connect(console.activateWindow, Qt.ConnectionType.QueuedConnection)
        self.menu = self._build_menu()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)

    # -- the guide's choice ----------------------------------------------------------------------------------
    def choose(self, name: str) -> None:
        """Show the stage full screen on screen ``name`` ("" hides it), and remember the choice."""
        self.screen_name = name
        self.place()
        self.chosen.emit(name)

    def show_viewers(self, shown: bool) -> None:
        self.stage.set_viewers_shown(shown)
        self.viewers_chosen.emit(shown)

    def _build_menu(self) -> QMenu:
        """The console's way to the stage display: a menu of the screens, for the window's menu bar."""
        menu = QMenu(self.tr("Stage display"))
        menu.aboutToShow.connect(lambda: self._fill_menu(menu))
        self._fill_menu(menu)  # filled now too, so a menu never opened still lists its entries
        return menu

    def _fill_menu(self, menu: QMenu) -> None:
        """The screens as they are now (they come and go), the chosen one checked; the console's own screen
        says so (the stage is only a window behind the console there)."""
        menu.clear()
        group = QActionGroup(menu)
        off = menu.addAction(self.tr("Off"))
        entries: list[tuple[QAction, str]] = [(off, "")]
        own = self.console.screen()
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            label = f"{screen.name()}  ({size.width()}×{size.height()})"
            if screen is own:
                label = self.tr("{screen} — the console's screen").format(screen=label)
            entries.append((menu.addAction(label), screen.name()))
        if self.screen_name and screen_named(self.screen_name) is None:
            gone = menu.addAction(self.tr("{screen} (not connected)").format(screen=self.screen_name))
            entries.append((gone, self.screen_name))
        for action, name in entries:
            action.setCheckable(True)
            action.setChecked(name == self.screen_name)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, name=name: self.choose(name))
        menu.addSeparator()
        viewers = menu.addAction(self.tr("Show the viewer total"))
        viewers.setCheckable(True)
        viewers.setChecked(self.stage.viewers_shown)
        viewers.toggled.connect(self.show_viewers)

    # -- placing ---------------------------------------------------------------------------------------------
    def place(self) -> None:
        """Put the stage where the choice and the screens connected now say."""
        if not self.screen_name:
            self.fallback = False
            self.banners.clear(BANNER_KEY)
            self.stage.hide()
            return
        screen = screen_named(self.screen_name)
        if screen is None:
            self._to_primary(
                self.tr(
                    "The stage screen '{screen}' is not connected: the stage display waits behind the "
                    "console and returns to that screen when it is back."
                ).format(screen=self.screen_name)
            )
            return
        if screen is self.console.screen():
            self._to_primary(
                self.tr(
                    "'{screen}' is the console's own screen: full screen there, the stage display would hide "
                    "the console. It waits behind the console; choose another screen in its menu."
                ).format(screen=self.screen_name)
            )
            return
        self.fallback = False
        self.banners.clear(BANNER_KEY)
        stage = self.stage
        if stage.isFullScreen() and stage.screen() is not screen:
            stage.showNormal()  # a window manager moves a full-screen window only once it is normal again
        stage.setScreen(screen)
        stage.setGeometry(screen.geometry())  # with no window manager (bare X) the geometry is all it gets
        # Not showFullScreen(): that also activates the window, and the keyboard must stay with the console.
        stage.setWindowState(Qt.WindowState.WindowFullScreen)
        stage.show()

    def _to_primary(self, reason: str) -> None:
        """An ordinary window on the primary screen, in its lower right corner, lowered behind the console."""
        self.fallback = True
        primary = QGuiApplication.primaryScreen()
        stage = self.stage
        if stage.isFullScreen():
            stage.showNormal()
        area = primary.availableGeometry()
        width, height = area.width() // FALLBACK_SHARE, area.height() // FALLBACK_SHARE
        stage.setScreen(primary)
        stage.setGeometry(area.x() + area.width() - width, area.y() + area.height() - height, width, height)
        stage.show()
        stage.lower()  # behind the console: the guide's window stays whole
        self.banners.show_banner(BANNER_KEY, reason, level="warning")

    def _screen_removed(self, screen: QScreen) -> None:
        if self.screen_name and screen.name() == self.screen_name:
            self._to_primary(
                self.tr(
                    "The stage screen '{screen}' was disconnected: the stage display waits behind the "
                    "console and returns to that screen when it is back."
                ).format(screen=self.screen_name)
            )

    def _screen_added(self, screen: QScreen) -> None:
        if self.screen_name and screen.name() == self.screen_name:
            self.place()
