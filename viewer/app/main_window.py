"""The main window: its menus and what their items do, on the panes, status bar and
remembered state that :class:`viewer.app.docked_window.DockedWindow` lays out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from geodata.dates import Precision
from geodata.rasters import RASTER_SUFFIXES
from viewer.app.docked_window import DockedWindow
from viewer.app.help import fill_help_menu
from viewer.app.layout import MapOnly
from viewer.core import commands
from viewer.core.atlas import Atlas
from viewer.core.credits import about_html
from viewer.core.date_history import DateHistory
from viewer.core.user_data import UserData
from viewer.map.territory_layer import FADE_MS
from viewer.panels.problems import show_problems
from viewer.panels.recent import RecentFiles, last_folder, remember_folder
from viewer.panels.undo import AddFiles, RemoveFile, WindowUndo

if TYPE_CHECKING:  # the export modules load on first export, not at start-up
    from viewer.export.snapshot import SnapshotRenderer

_VECTOR_AND_EVENTS = (".geojson", ".json", ".gpkg", ".shp", ".kml", ".fgb", ".csv", ".yaml", ".yml")
OPEN_PATTERNS = " ".join(f"*{suffix}" for suffix in (*_VECTOR_AND_EVENTS, *RASTER_SUFFIXES))


class MainWindow(DockedWindow):
    """The application window; receives loaded data, never loads files itself.

    Signals
    -------
    userDataChanged()
        The user added or removed a file of their own (the app rebuilds on the new data).
    """

    userDataChanged = Signal()

    def __init__(
        self,
        atlas: Atlas,
        settings: QSettings | None = None,
        fade_ms: int = FADE_MS,
        user_data: UserData | None = None,
        undo: WindowUndo | None = None,
    ) -> None:
        super().__init__(atlas, settings, fade_ms, undo)
        self.user_data = user_data
        self.undo.files = self  # file steps add and remove through this window now
        self._export_renderer: SnapshotRenderer | None = None
        self.map_only = MapOnly()
        self.history = DateHistory()
        self.state.jumped.connect(self.history.jumped)
        self.recent_layers = RecentFiles(self.settings, "layers")
        self._make_menus()

    # ------------------------------------------------------------------ menus
    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if self.user_data is not None:
            open_action = file_menu.addAction(self.tr("&Open your layer or events…"))
            open_action.setShortcut(QKeySequence.StandardKey.Open)
            open_action.triggered.connect(self._open_files)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        if self.user_data is not None:
            self.remove_menu = file_menu.addMenu(self.tr("&Remove an added file"))
            for path in self.user_data.paths:
                action = self.remove_menu.addAction(path.name)
                action.setData(str(path))
                action.setToolTip(str(path))
            self.remove_menu.setEnabled(bool(self.user_data.paths))
            self.remove_menu.triggered.connect(self._remove_file)
        file_menu.addSeparator()
        for action in (
            self.story_controller.new_action,
            self.story_controller.open_action,
            self.story_controller.save_action,
            self.story_controller.save_as_action,
            self.story_controller.handout_action,
            self.story_controller.pictures_action,
            self.story_controller.citations_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        export = file_menu.addAction(self.tr("&Export map…"))
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self._export)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        copy = edit.addAction(self.tr("&Copy map"))
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(self._copy_map)

        view = self.menuBar().addMenu(self.tr("&View"))
        for text, shortcut, slot in (
            (self.tr("&Reset view"), "Ctrl+0", self.map.reset_view),
            (self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self._zoom_in),
            (self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self._zoom_out),
        ):
            action = view.addAction(text)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
        self.full_screen_action = view.addAction(self.tr("&Full screen"))
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._on_full_screen)
        self.map_only_action = view.addAction(self.tr("&Map only"))
        self.map_only_action.setShortcut(QKeySequence("F9"))
        self.map_only_action.setCheckable(True)
        self.map_only_action.toggled.connect(self._on_map_only)
        view.addAction(self.tr("Reset &layout")).triggered.connect(self._reset_layout)
        view.addSeparator()
        language = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (
            ("en", "English"),
            ("fa", "فارسی"),
            ("ru", "Русский"),
        ):
            action = QAction(name, self, checkable=True, checked=code == self.state.language)
            action.setData(code)
            group.addAction(action)
            language.addAction(action)
        group.triggered.connect(self._on_language_action)
        self.language_group = group
        view.addSeparator()
        view.addAction(self.layers_dock.toggleViewAction())
        view.addAction(self.events_dock.toggleViewAction())
        view.addAction(self.details_dock.toggleViewAction())
        view.addAction(self.compare_dock.toggleViewAction())
        view.addAction(self.story_dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self.story_controller.present_action)
        view.addAction(self.story_controller.present_here_action)

        time_menu = self.menuBar().addMenu(self.tr("&Time"))
        self.playback.fill_menu(time_menu)
        time_menu.addSeparator()
        find = time_menu.addAction(self.tr("&Find event…"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find_event)
        compare = time_menu.addAction(self.tr("&Compare with another date…"))
        compare.triggered.connect(self._show_compare)
        go_to = time_menu.addAction(self.tr("&Go to date…"))
        go_to.setShortcut(QKeySequence("Ctrl+G"))
        go_to.triggered.connect(self.timeline.focus_go_to)
        self.timeline.dateChosen.connect(self.map.setFocus)  # arrow keys move the date
        self.back_action = time_menu.addAction(self.tr("&Back to where I was"))
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.triggered.connect(self._go_back)
        self.forward_action = time_menu.addAction(self.tr("Forward &again"))
        self.forward_action.setShortcut(QKeySequence("Alt+Right"))
        self.forward_action.triggered.connect(self._go_forward)
        time_menu.addAction(self.tr("Whole &timeline")).triggered.connect(self.timeline.show_all)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        fill_help_menu(self, help_menu, self.settings)
        help_menu.addAction(self.tr("&About Caspian Atlas")).triggered.connect(self._about)

    # ------------------------------------------------------------------ slots
    def _zoom_in(self) -> None:
        self.map.zoom(1.25)

    def _zoom_out(self) -> None:
        self.map.zoom(0.8)

    def _on_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _reset_layout(self) -> None:
        """The docks as the window first arranged them for this screen."""
        self.map_only_action.setChecked(False)
        self.restoreState(self.default_layout)
        self.share_side_column()

    def _on_map_only(self, on: bool) -> None:
        self.map_only.toggle(self, on, keep=(self.timeline_dock,))

    def _go_back(self) -> None:
        self._retrace(self.history.back)

    def _go_forward(self) -> None:
        self._retrace(self.history.forward)

    def _retrace(self, step: Callable[[dt.date], dt.date | None]) -> None:
        """Back (or forward) along the user's jumps; the status bar says when there are none."""
        day = step(self.state.date)
        if day is None:
            self._on_status_message(self.tr("No jump to retrace that way"))
            return
        self.state.set_date(day, Precision.DAY if day.day != 1 else Precision.MONTH)

    def _on_language_action(self, action: QAction) -> None:
        self.state.language = action.data()

    def _open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open your layer or events"),
            last_folder(self.settings, "layers", Path.home()),
            self.tr("Layers, events and map scans ({})").format(OPEN_PATTERNS)
            + ";;"
            + self.tr("All files (*)"),
        )
        if paths:
            remember_folder(self.settings, "layers", Path(paths[0]))
            self.add_paths([Path(name) for name in paths])

    def _fill_recent(self) -> None:
        """List the layers not added now, then the stories, most recent first; refilled each
        time the menu opens, so a story saved a minute ago is there."""
        self.recent_menu.clear()
        added = {p.resolve() for p in self.user_data.paths} if self.user_data else set()
        layers = [p for p in self.recent_layers.paths() if p not in added]
        if self.user_data is None:
            layers = []
        current = self.story_dock.path.resolve() if self.story_dock.path else None
        stories = [p for p in self.story_controller.recent.paths() if p != current]
        for path in layers:
            self._recent_action(path, partial(self.add_paths, [path]))
        if layers and stories:
            self.recent_menu.addSeparator()
        for path in stories:
            self._recent_action(path, partial(self._open_recent_story, path))
        if not (layers or stories):
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _recent_action(self, path: Path, slot: Callable[[], None]) -> None:
        action = self.recent_menu.addAction(path.name)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda: slot())  # not the checked flag the signal carries

    def _open_recent_story(self, path: Path) -> None:
        if self.story_controller.maybe_save():  # never lose an unsaved story
            self.story_controller.open_path(path)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files as File › Open does (checked, problems shown, remembered as recent), as
        one step Edit › Undo can take back."""
        if len(paths) == 1:
            what = self.tr("Add “{}”").format(paths[0].name)
        else:
            what = self.tr("Add %n file(s)", "", len(paths))
        self.undo.push(AddFiles(self.undo, paths, what))

    def _remove_file(self, action: QAction) -> None:
        path = Path(action.data())
        self.undo.push(RemoveFile(self.undo, path, self.tr("Remove “{}”").format(path.name)))

    def change_files(
        self, add: list[Path], remove: list[Path], places: Mapping[Path, int] | None = None
    ) -> tuple[list[Path], dict[Path, int]]:
        """Remove, then add, the user's files, showing what went wrong; the paths really
        added, and those removed with their places in the list before (a file that relied
        on a removed one goes too); *places* puts added files back at theirs. The window is
        rebuilt on the new data afterwards, so this is the last thing a window does."""
        assert self.user_data is not None  # file steps are made only with user data
        before = self.user_data.paths
        for path in remove:
            notices = commands.remove_file(self.user_data, path)
            if notices:
                title = self.tr("Files that relied on it were removed too")
                show_problems(self, title, notices, self.state.language)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcomes = commands.add_files(self.user_data, add, places)
        finally:
            QApplication.restoreOverrideCursor()
        for outcome in outcomes:
            if outcome.problems:
                if outcome.added:
                    done = self.tr("{} was added, with changes")
                else:
                    done = self.tr("{} was not added")
                heading = done.format(outcome.path.name)
                show_problems(self, heading, outcome.problems, self.state.language)
            if outcome.added:
                self.recent_layers.add(outcome.path)
        after = self.user_data.paths
        removed = {p: place for place, p in enumerate(before) if p not in after}
        if removed or any(outcome.added for outcome in outcomes):
            self.userDataChanged.emit()
        return [p for p in after if p not in before], removed

    def _renderer(self) -> SnapshotRenderer:
        """The offscreen renderer for exports, built on first use (~0.3 s) and kept."""
        if self._export_renderer is None:
            from viewer.export.snapshot import SnapshotRenderer

            self._export_renderer = SnapshotRenderer(self.atlas)
        return self._export_renderer

    def _export(self) -> None:
        from viewer.export.dialog import ExportDialog

        dialog = ExportDialog(self.atlas, self.state, self._renderer(), parent=self)
        dialog.start_folder = last_folder(self.settings, "exports", Path.home())
        dialog.exported.connect(self._on_exported)
        dialog.exec()
        dialog.deleteLater()

    def _on_exported(self, path: str) -> None:
        remember_folder(self.settings, "exports", Path(path))
        self.statusBar().showMessage(self.tr("Saved {}").format(path), 8000)

    def _copy_map(self) -> None:
        from viewer.export.dialog import copy_map_to_clipboard

        copy_map_to_clipboard(self.atlas, self.state, self._renderer())
        self.statusBar().showMessage(self.tr("Map copied to the clipboard (1920 × 1080)"), 4000)

    def _find_event(self) -> None:
        self.events_dock.show()
        self.events_dock.raise_()
        self.event_list.focus_search()

    def _show_compare(self) -> None:
        self.compare_dock.show()
        self.compare_dock.raise_()
        self.resizeDocks(
            [self.events_dock, self.compare_dock], [300, 600], Qt.Orientation.Vertical
        )  # its lists need the room more than the event list does

    def about_box(self) -> QMessageBox:
        """Help › About, in the window's language (made here, shown by the menu's action)."""
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Caspian Atlas"), "", parent=self)
        box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_html(self.state.language))
        # our own button: Qt's "OK" has no Persian in qtbase_fa
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def _about(self) -> None:
        self.about_box().exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.story_controller.maybe_save():  # never lose an unsaved story
            event.ignore()
            return
        self.save_settings()
        if self._export_renderer is not None:
            self._export_renderer.close()
        super().closeEvent(event)
