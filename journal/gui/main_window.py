"""The main window: it composes the panes, the actions and the remembered layout; no more.

Sites on the left; on the right the alert banner and tabs (timeline, charts, alerts, daily
check, labs, care log, visits, hand function). Panes talk through the session's signals, commands live in
`window_commands`, menus come from the registry in `actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from journal.core.folder.paths import default_journal_dir, demo_journal_dir
from journal.core.language import Words
from journal.core.operations import Changes
from journal.gui import actions as registry
from journal.gui.commands import window_commands as cmd
from journal.gui.commands.photo_keeper import PhotoKeeper
from journal.gui.commands.undo_view import follow_undo
from journal.gui.feeds.alerts_feed import AlertsFeed
from journal.gui.feeds.outside_changes import OutsideChanges
from journal.gui.feeds.thumbnails import ThumbnailCache
from journal.gui.indicator_style import fit_indicators
from journal.gui.panes.lazy_pane import LazyPane
from journal.gui.panes.sites_pane import SitesPane
from journal.gui.panes.timeline_pane import TimelinePane
from journal.gui.widgets.targets import fit_for_stiff_hands

if TYPE_CHECKING:
    from journal.gui.session import JournalSession

FAILURE_SHOWN_MS = 10000


class MainWindowWords(Words):
    "The window's title and its tabs' names."


def journal_title(folder: Path) -> str:
    """The window's title; Qt adds the application's name after it on Linux and Windows."""
    if folder == demo_journal_dir():
        return MainWindowWords.tr("Demo journal (made-up data)")
    if folder == default_journal_dir():
        return MainWindowWords.tr("My journal")
    return folder.name


PaneBuilder = Callable[["JournalSession", QWidget], QWidget]


def _records(name: str) -> PaneBuilder:
    def build(session: JournalSession, parent: QWidget) -> QWidget:
        from journal.gui.panes import records

        pane: QWidget = getattr(records, name)(session, parent)
        return pane

    return build


def _charts(session: JournalSession, parent: QWidget) -> QWidget:
    from journal.gui.panes.charts_pane import ChartsPane

    return ChartsPane(session, parent)


def _alerts(session: JournalSession, parent: QWidget) -> QWidget:
    from journal.gui.panes.alerts_pane import AlertsPane

    return AlertsPane(session, parent)


def _for_session(build: PaneBuilder, session: JournalSession) -> Callable[[QWidget], QWidget]:
    return lambda parent: build(session, parent)


# key, tab title, builder (the timeline is built with the window; the others when first shown)
TABS: tuple[tuple[str, str, PaneBuilder | None], ...] = (
    ("timeline", MainWindowWords.mark("&Timeline"), None),
    ("charts", MainWindowWords.mark("C&harts"), _charts),
    ("alerts", MainWindowWords.mark("&Alerts"), _alerts),
    ("daily", MainWindowWords.mark("&Daily check"), _records("DailyPane")),
    ("labs", MainWindowWords.mark("&Labs"), _records("LabsPane")),
    ("care", MainWindowWords.mark("Ca&re log"), _records("CarePane")),
    ("visits", MainWindowWords.mark("&Visits"), _records("VisitsPane")),
    ("hand", MainWindowWords.mark("Ha&nd function"), _records("HandPane")),
)


class MainWindow(QMainWindow):
    # Restoring a backup replaces the journal's folder: whoever opened the journal (the
    # JournalHost) closes it, restores and opens it again.
    restore_requested = Signal()
    # Encrypting, decrypting ("encrypt", "decrypt", "passphrase"): the host closes and reopens too.
    crypt_requested = Signal(str)

    def __init__(
        self, session: JournalSession, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            fit_indicators(app)  # a style or dark palette chosen after the application was made
        self.session = session
        self.settings = settings or QSettings()
        self.undo_stack: QUndoStack = session.undo_stack  # the panes push onto it through the session
        self.photo_keeper = PhotoKeeper(session, self.undo_stack, self)
        self.editor: Any = None
        self.compare: Any = None
        self.setWindowTitle(journal_title(session.journal.folder))
        self.thumbnails = ThumbnailCache(self)
        self.alerts_feed = AlertsFeed(session, self)
        self.alerts_feed.start(self)  # before the panes are built: they show no alert until it answers
        self.outside_changes = OutsideChanges(session, self)  # the command line's writes show up here
        self.outside_changes.start()

        self.sites = SitesPane(session, self.thumbnails, self._alert_counts())
        self.timeline = TimelinePane(session, self.thumbnails)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_keys: list[str] = []
        for key, source, build in TABS:
            title = MainWindowWords.tr(source)
            page = (
                self.timeline
                if build is None
                else LazyPane(_for_session(build, session), title.replace("&", ""))
            )
            self.tabs.addTab(page, title)
            self.tab_keys.append(key)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.banner = self._alert_banner()
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.sites)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 900])
        self.setCentralWidget(self.splitter)

        self.commands = registry.build(self)
        follow_undo(self)  # after an undo or redo, show the entry it changed
        timeline_actions = registry.scoped(self.commands, "timeline")
        self.timeline.addActions(timeline_actions)
        self.timeline.set_actions(
            [
                self.commands[k]
                for k in ("new_entry", "edit_entry", "delete_entry", "view_photo", "compare")
                if k in self.commands
            ]
        )
        self.sites.set_context_actions(
            [
                self.commands[k]
                for k in (
                    "new_entry",
                    "site_settings",
                    "rename_site",
                    "resolve_site",
                    "archive_site",
                    "delete_site",
                )
            ]
        )
        self.sites.add_button.clicked.connect(self.commands["add_site"].trigger)
        self.sites.log_requested.connect(lambda site_id: cmd.new_entry(self, site_id))
        self.timeline.entry_activated.connect(lambda entry_id: cmd.edit_entry(self, entry_id))
        if "view_photo" in self.commands:
            self.timeline.photo_activated.connect(lambda photo: cmd.open_photo(self, photo))
        self.statusBar().addPermanentWidget(QLabel(str(session.journal.folder)))
        # The banner keeps saying it until a check succeeds; the status line only for a while.
        self.alerts_feed.failed.connect(
            lambda message: self.statusBar().showMessage(message, FAILURE_SHOWN_MS)
        )
        session.step_failed.connect(lambda message: self.statusBar().showMessage(message, FAILURE_SHOWN_MS))
        session.site_selected.connect(lambda _site: self._update_actions())
        self.timeline.model.modelReset.connect(self._update_actions)
        self.timeline.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        fit_for_stiff_hands(self)  # the panes built lazily are fitted as they are built (LazyPane)
        self._restore_layout()
        self.sites.load()
        self._update_actions()

    # -- composition helpers ----------------------------------------------------------------------
    def _alert_counts(self) -> Callable[[], dict[int, int]]:
        from journal.gui.feeds.alerts_source import open_alert_count_by_site

        return lambda: open_alert_count_by_site(self.session)

    def _alert_banner(self) -> QWidget:
        from journal.gui.widgets.alert_banner import AlertBanner

        banner = AlertBanner(self.session)
        banner.show_requested.connect(lambda: self.show_tab("alerts"))
        banner.retry_requested.connect(self.alerts_feed.refresh)
        return banner

    def show_tab(self, key: str) -> QWidget | None:
        if key not in self.tab_keys:
            return None
        index = self.tab_keys.index(key)
        self.tabs.setCurrentIndex(index)
        page = self.tabs.widget(index)
        return page.pane() if isinstance(page, LazyPane) else page

    def data_replaced(self) -> None:
        """After an import or a restore: every pane reloads what it shows."""
        self.undo_stack.clear()  # its records may no longer exist
        self.session.notify(Changes.everything())

    def _update_actions(self) -> None:
        registry.update_enabled(
            self.commands,
            self.session.current_site_id is not None,
            self.timeline.current_entry() is not None,
            bool(self.timeline.current_photos()),
        )

    # -- remembered layout ---------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self._fit_to_screen()
        for key, target in (
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                target(value)
        tab = self.settings.value("window/tab")
        if isinstance(tab, str) and tab in self.tab_keys and tab != "charts":
            self.tabs.setCurrentIndex(self.tab_keys.index(tab))

    def _fit_to_screen(self) -> None:
        """A size saved on a larger screen (or the first run's default on a small one) is fitted
        to the screen the window opens on, so no edge or button is out of reach."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = 8  # the window manager's frame is not known before the window is shown
        width = min(self.width(), room.width() - frame)
        height = min(self.height(), room.height() - frame - 24)  # and its title bar
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, 1), max(height, 1))
            self.move(room.topLeft())

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/tab", self.tab_keys[self.tabs.currentIndex()])
        self.settings.sync()

    def forget_undo(self) -> None:
        """Nothing can be undone any more (the window closes, the journal is closed): the photo
        files only the undo steps kept are deleted (PhotoKeeper), while the journal is open."""
        self.undo_stack.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.outside_changes.stop()
        self.alerts_feed.wait()  # its worker reads the journal's folder, which may be closed next
        self.forget_undo()
        super().closeEvent(event)
