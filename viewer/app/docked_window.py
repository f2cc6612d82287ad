"""The main window's panes: the map, the timeline under it and the docks around it (layers,
events, details, comparison, the story), the status bar's readouts, fitted to the screen and
remembered between runs.

A base class apart from :class:`viewer.app.main_window.MainWindow`, which adds the menus and
what their items do: arranging and remembering the panes is one job, the commands another.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabBar, QWidget

from geodata.model import LANGUAGES, Territory
from viewer.app.i18n import system_language
from viewer.app.layout import compact, fit_inside, one_column, opening_geometry
from viewer.core import commands
from viewer.core.atlas import SPAN, Atlas
from viewer.core.state import ViewState
from viewer.core.wording import digits
from viewer.map.fonts import register_fonts
from viewer.map.map_view import MapView, here_plain
from viewer.map.territory_layer import FADE_MS
from viewer.panels.compare import CompareView
from viewer.panels.details import DetailsPanel
from viewer.panels.event_list import EventList
from viewer.panels.layers import LayersPanel
from viewer.panels.playback import Playback, PlaybackBar
from viewer.panels.timeline import TimelineStrip
from viewer.panels.undo import WindowUndo
from viewer.story.editor import StoryEditor

DEFAULT_DATE = dt.date(1946, 2, 1)
SHORT_SCREEN = 800
"""Screens less tall than this show Details as a tab beside Events, not under it, and the
side column runs down beside the timeline."""
DETAILS_SHARE = 0.45
"""Details' part of the column it shares with Events: sized to its content it opened ~70 px
tall at 1920×1080, a line and a half of a description."""
TAB_COLUMN_LIMIT = 0.36
"""The most of the window's width a column of tabbed docks takes to show its labels whole."""
WINDOW_FRAME = QSize(16, 40)
"""About what a window manager adds around a window (borders and title bar), kept free."""


class DockedWindow(QMainWindow):
    """The map, the timeline and the docks, wired to one view state."""

    def __init__(
        self,
        atlas: Atlas,
        settings: QSettings | None = None,
        fade_ms: int = FADE_MS,
        undo: WindowUndo | None = None,
    ) -> None:
        super().__init__()
        self.atlas = atlas
        self.settings = settings or QSettings()
        self.state = ViewState(*SPAN, date=self._saved_date())
        self.undo = undo or WindowUndo(self.state, self)
        self.undo.state = self.state  # a stack carried over from a rebuilt window acts here now
        language = self.settings.value("language", system_language())
        self.state.language = language if language in LANGUAGES else "en"  # before any words
        self.setWindowTitle(
            self.tr("Caspian Atlas — Iran and its northern neighbour, 1800 to today")
        )
        self.map = MapView(atlas, self.state, register_fonts(), fade_ms=fade_ms)
        self.setCentralWidget(self.map)
        self.playback = Playback(atlas, self.state, parent=self)
        self.timeline = TimelineStrip(atlas, self.state, controls=PlaybackBar(self.playback))
        self.timeline_dock = self._make_timeline_dock()
        self.layers_dock = self._make_layers_dock()
        self._make_side_docks()
        self.story_dock = StoryEditor(self.atlas, self.state, self.settings, self.undo, parent=self)
        self.story_controller = self.story_dock.controller
        self.addDockWidget(self._side(end=True), self.story_dock)
        self.tabifyDockWidget(self.events_dock, self.story_dock)
        self.story_dock.hide()  # File › New/Open story shows it
        self.story_dock.statusMessage.connect(self._on_status_message)
        self._coords = QLabel()
        self.statusBar().addPermanentWidget(self._coords)
        self.available = self.screen().availableGeometry()
        if compact(self.available):  # a laptop or projector: the map spans from the edge
            one_column(self, self.layers_dock, self.events_dock)
        if self.available.height() < SHORT_SCREEN:  # details as a tab: the map keeps height
            self.tabifyDockWidget(self.events_dock, self.details_dock)
            self.events_dock.raise_()
            self._column_to_the_bottom()
        self._fitted = False
        self.default_layout = self.saveState()  # as built for this screen: View › Reset layout
        self.map.cursorMoved.connect(self._on_cursor_moved)
        self.map.territoryClicked.connect(lambda found: commands.select(self.state, found))
        self.map.hereClicked.connect(self._on_here_clicked)
        self._here: list[Territory] = []  # what the last click on the map found
        self.state.language_changed.connect(self._on_language_changed)
        self.map.eventClicked.connect(self._on_event_clicked)
        self._restore_window()

    # ------------------------------------------------------------------ building
    def _side(self, end: bool) -> Qt.DockWidgetArea:
        """Where a line of text starts or ends: layers at the start, events at the end, so a
        right-to-left (Persian) window mirrors the docks; Qt does not swap the areas itself."""
        left = end == self.isRightToLeft()
        return (
            Qt.DockWidgetArea.LeftDockWidgetArea if left else Qt.DockWidgetArea.RightDockWidgetArea
        )

    def _state_key(self) -> str:
        """The docks' saved layout, one per direction (a mirrored layout is not restored into
        the other direction's window)."""
        return "windowStateRightToLeft" if self.isRightToLeft() else "windowState"

    def _make_timeline_dock(self) -> QDockWidget:
        """The timeline spans the window's full width under the map and the side docks."""
        # PySide6's stubs omit inherited Qt properties as keywords (objectName)
        dock: QDockWidget = QDockWidget(self.tr("Timeline"), self, objectName="timelineDock")  # type: ignore[call-overload]
        dock.setWidget(self.timeline)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        dock.setTitleBarWidget(QWidget())  # no title bar: it is part of the window
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.playback.statusMessage.connect(self._on_status_message)
        return dock

    def _column_to_the_bottom(self) -> None:
        """On a short screen the side column runs down beside the timeline, not above it:
        under a full-width timeline the event list kept ~110 px at 1024×600, one card; beside
        it, it has the window's height. The timeline gives up the column's width, the map
        nothing."""
        end = self._side(end=True)
        right = end == Qt.DockWidgetArea.RightDockWidgetArea
        corner = Qt.Corner.BottomRightCorner if right else Qt.Corner.BottomLeftCorner
        self.setCorner(corner, end)

    def _make_layers_dock(self) -> QDockWidget:
        # PySide6's stubs omit inherited Qt properties as keywords (objectName)
        dock: QDockWidget = QDockWidget(self.tr("Layers and legend"), self, objectName="layersDock")  # type: ignore[call-overload]
        self.layers = LayersPanel(self.atlas, self.state, self.undo)
        self.kind_boxes, self.base_boxes = self.layers.kind_boxes, self.layers.base_boxes
        self.legend = self.layers.legend
        self.legend.follow(self.map.pictureShown)  # a date's rows come with its picture
        dock.setWidget(self.layers)
        self.addDockWidget(self._side(end=False), dock)
        return dock

    def _make_side_docks(self) -> None:
        """Events and details side by side on the right; compare tabbed with details."""
        self.event_list = EventList(self.atlas, self.state)
        self.details = DetailsPanel(self.atlas, self.state)
        self.compare = CompareView(self.atlas, self.state)
        # PySide6's stubs omit inherited Qt properties as keywords (objectName)
        self.events_dock = QDockWidget(self.tr("Events"), self, objectName="eventsDock")  # type: ignore[call-overload]
        self.events_dock.setWidget(self.event_list)
        self.details_dock = QDockWidget(self.tr("Details"), self, objectName="detailsDock")  # type: ignore[call-overload]
        self.details_dock.setWidget(self.details)
        self.compare_dock = QDockWidget(self.tr("Compare dates"), self, objectName="compareDock")  # type: ignore[call-overload]
        self.compare_dock.setWidget(self.compare)
        end_side = self._side(end=True)
        self.addDockWidget(end_side, self.events_dock)
        self.addDockWidget(end_side, self.details_dock)
        self.splitDockWidget(self.events_dock, self.details_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.details_dock, self.compare_dock)
        self.compare_dock.hide()  # opened from Time › Compare; its outlines show only then
        self.details_dock.raise_()
        self.resizeDocks([self.events_dock, self.details_dock], [560, 340], Qt.Orientation.Vertical)
        self.event_list.eventActivated.connect(self.details_dock.raise_)
        self.details.eventActivated.connect(self.details_dock.raise_)
        self.details.statusMessage.connect(self._on_status_message)

    # ------------------------------------------------------------------ status bar and clicks
    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _on_cursor_moved(self, lon: float, lat: float) -> None:
        north = self.tr("{:.2f}° N") if lat >= 0 else self.tr("{:.2f}° S")
        text = north.format(abs(lat)) + "  " + self.tr("{:.2f}° E").format(lon)
        self._coords.setText(digits(text, self.state.language))

    def _on_here_clicked(self, here: list[Territory]) -> None:
        self._here = here
        if here:
            self.statusBar().showMessage(here_plain(here, self.state.language), 12000)

    def _on_language_changed(self, language: str) -> None:
        """A click's message still on show is said again in the new language."""
        others = (here_plain(self._here, lang) for lang in LANGUAGES if lang != language)
        if self._here and self.statusBar().currentMessage() in others:
            self.statusBar().showMessage(here_plain(self._here, language), 12000)

    def _on_event_clicked(self, event_id: str) -> None:
        """A marker clicked: the event is shown, and its details brought forward."""
        commands.go_to_event(self.state, self.atlas, event_id)
        self.details_dock.raise_()

    # ------------------------------------------------------------------ persistence
    def _saved_date(self) -> dt.date:
        try:
            return dt.date.fromisoformat(str(self.settings.value("date", "")))
        except ValueError:
            return DEFAULT_DATE

    def _bytes_setting(self, key: str) -> QByteArray:
        """A saved byte string, or an empty one if the settings file holds anything else."""
        value = self.settings.value(key)
        if isinstance(value, bytes | bytearray):
            return QByteArray(bytes(value))
        return value if isinstance(value, QByteArray) else QByteArray()

    def _restore_window(self) -> None:
        """The saved geometry and docks, the whole window always on the screen it opens on."""
        if self.restoreGeometry(self._bytes_setting("geometry")):
            self.setGeometry(fit_inside(self.geometry(), self.available, WINDOW_FRAME))
        else:
            self.setGeometry(opening_geometry(self.available, WINDOW_FRAME))
        # False if there is none or it is unreadable: the docks then open as built
        self._restored = self.restoreState(self._bytes_setting(self._state_key()))
        hidden = self.settings.value("hiddenLayers", [])
        names = set(hidden) if isinstance(hidden, list) else set()
        self.state.set_hidden(
            frozenset(names & set(self.kind_boxes)), frozenset(names & set(self.base_boxes))
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the screen once the docks' real sizes are known: before the first show a
        window's minimum counts docks that stay hidden, and can be taller than the screen."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.setGeometry(fit_inside(self.geometry(), self.available, WINDOW_FRAME))
            if not self._restored:
                self.share_side_column()

    def share_side_column(self) -> None:
        """Give Details its share of the column under Events (:data:`DETAILS_SHARE`), once
        the column's height is known; tabbed beside Events (a short screen) it has it all.
        A column of tabs is widened until their labels are whole, once they are laid out."""
        QTimer.singleShot(0, self, self._widen_for_tabs)
        if self.details_dock in self.tabifiedDockWidgets(self.events_dock):
            return
        column = self.events_dock.height() + self.details_dock.height()
        details = round(column * DETAILS_SHARE)
        docks = [self.events_dock, self.details_dock]
        self.resizeDocks(docks, [column - details, details], Qt.Orientation.Vertical)

    def _widen_for_tabs(self) -> None:
        """Elided tab labels ("Layers and le…", "رویدا…") cannot be read; the column takes
        the few pixels they need, up to :data:`TAB_COLUMN_LIMIT` of the window."""
        for bar in self.findChildren(QTabBar):
            short = bar.sizeHint().width() - bar.width()
            if bar.isVisible() and short > 0:
                widest = round(self.width() * TAB_COLUMN_LIMIT)
                width = min(self.events_dock.width() + short, widest)
                self.resizeDocks([self.events_dock], [width], Qt.Orientation.Horizontal)

    def save_settings(self) -> None:
        """Remember the window, its docks, the date, the language and the layers shown."""
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue(self._state_key(), self.saveState())
        self.settings.setValue("date", self.state.date.isoformat())
        self.settings.setValue("language", self.state.language)
        hidden = sorted(self.state.hidden_kinds | self.state.hidden_base)
        self.settings.setValue("hiddenLayers", hidden)
