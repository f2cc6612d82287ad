"""The composition root: load the data, make the state and the window, connect them."""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import PySide6  # noqa: F401  - imported before pyqtgraph so it picks this binding
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from geodata.collector import start_up_done
from geodata.errors import DataError
from viewer import __version__
from viewer.app import crash_dialog, desktop_entry
from viewer.app.help import OverviewDialog, first_run, show_dialog
from viewer.app.i18n import chosen_language, install_english_unless_chosen, install_language
from viewer.app.main_window import MainWindow
from viewer.core.atlas import Atlas, load_atlas
from viewer.core.atomic import signals_clean_up
from viewer.core.user_data import UserData
from viewer.export.headless import drawing_app
from viewer.panels.problems import show_problems
from viewer.panels.undo import WindowUndo


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names (for QSettings), fonts and style sheet."""
    app = drawing_app(argv or sys.argv)
    app.setOrganizationName("Caspian Atlas")
    app.setApplicationName("Caspian Atlas")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(desktop_entry.APP_ID)  # Wayland matches the window to the menu entry
    icon = QPixmap()
    icon.loadFromData(desktop_entry.icon_svg(), "SVG")
    app.setWindowIcon(QIcon(icon))
    from viewer.map.fonts import register_fonts

    font = QFont()
    font.setFamilies(register_fonts())
    font.setPointSizeF(10)
    app.setFont(font)
    qss = Path(str(files("resources") / "styles" / "app.qss"))
    app.setStyleSheet(qss.read_text(encoding="utf-8"))
    install_english_unless_chosen()
    return app


class AtlasController(QObject):
    """Owns the user's added files and the window, rebuilding the window when the data changes.

    A user's layer or events reach every view (map, legend, timeline, lists, exports) because
    the window is rebuilt on the combined atlas; the date, docks and geometry carry over
    through the settings, so to the user the window simply gains the layer.
    """

    def __init__(self, atlas: Atlas, settings: QSettings, language: str | None = None) -> None:
        super().__init__()
        self.settings = settings
        self._saved_language = settings.value("language")
        self.launch_language = chosen_language(settings, language)
        install_language(self.launch_language)
        settings.setValue("language", self.launch_language)  # the window starts in it
        self.user_data, notices = UserData.from_settings(atlas, settings.value("user_files"))
        self.window: MainWindow | None = None
        self.undo: WindowUndo | None = None  # made with the first window, kept by the rest
        self._open_window()
        if notices:
            title = QCoreApplication.translate("AtlasController", "Some added files no longer load")
            show_problems(self.window, title, notices, self.launch_language)

    def _open_window(self) -> None:
        old = self.window
        if old is not None:
            old.save_settings()
        self.window = MainWindow(
            self.user_data.combined(),
            settings=self.settings,
            user_data=self.user_data,
            undo=self.undo,
        )
        if self.undo is None:  # Edit › Undo outlives the window: it can undo adding a file
            self.undo = self.window.undo
            self.undo.setParent(self)
        self.window.userDataChanged.connect(self._on_user_data_changed)
        self.window.state.language_changed.connect(self._on_language_changed)
        if old is not None:  # the story being edited carries over
            story = old.story_dock
            self.window.story_dock.set_story(story.story, story.path, story.modified)
            story.set_story(story.story, story.path, False)  # so closing the old one asks nothing
            _carry_over_controls(old, self.window)
        self.window.show()
        if old is not None:
            old.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            old.close()

    def _on_user_data_changed(self) -> None:
        self.settings.setValue("user_files", self.user_data.to_settings())
        self._open_window()

    def _on_language_changed(self, language: str) -> None:
        """A language chosen in View › Language: the interface is rebuilt in it at once, as it
        is for an added file (date, docks and story carry over), once the menu has closed."""
        install_language(language)
        QTimer.singleShot(0, self._open_window)

    def forget_launch_language(self) -> None:
        """``--lang`` held for its launch only: unless the user chose another language in the
        menu, the saved choice stays what it was before."""
        if self.settings.value("language") == self.launch_language:
            if self._saved_language is None:
                self.settings.remove("language")
            else:
                self.settings.setValue("language", self._saved_language)


def _carry_over_controls(old: MainWindow, new: MainWindow) -> None:
    """What the settings do not keep carries over to the rebuilt window too: adding a layer
    must not turn Loop off, forget the playback speed, empty the Go-to field or the search box,
    or round the date to its month."""
    new.playback.loop = old.playback.loop
    new.playback.speed = old.playback.speed
    new.timeline.go_to_text = old.timeline.go_to_text
    new.event_list.query = old.event_list.query
    new.state.set_date(old.state.date, old.state.precision)
    for raster in new.atlas.rasters:  # a scan keeps its opacity and placement
        new.state.set_raster_look(raster.id, old.state.raster_look(raster.id))


def main(language: str | None = None) -> int:
    """The window; *language* (``--lang``) overrides the saved language for this launch."""
    app = make_app()
    crash_dialog.install()
    settings = QSettings()
    install_language(chosen_language(settings, language))  # for a problem while loading
    try:
        atlas = load_atlas()
    except DataError as exc:
        message = QCoreApplication.translate(
            "Application", "The bundled data did not load:\n\n{problems}"
        )
        title = QCoreApplication.translate("Application", "Caspian Atlas")
        QMessageBox.critical(None, title, message.format(problems=exc))
        return 2
    controller = AtlasController(atlas, settings, language)
    start_up_done()
    if first_run(settings):
        show_dialog(OverviewDialog(settings, controller.window))
    with _signals_reach_python(app), signals_clean_up():  # no half-written file survives a kill
        code = app.exec()
    if language is not None:
        controller.forget_launch_language()
    del controller
    return code


@contextlib.contextmanager
def _signals_reach_python(app: QApplication) -> Iterator[None]:
    """Wake Qt's event loop when a signal arrives, so that Python's handler runs at once.

    Python runs a handler only between its own instructions; an idle window runs none, so a
    SIGTERM would wait for the next click. The signal's byte on a socket wakes the loop.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: reader.recv(64))  # the handler runs before this returns
    previous = signal.set_wakeup_fd(writer.fileno())
    try:
        yield
    finally:
        signal.set_wakeup_fd(previous)
        notifier.setEnabled(False)
        reader.close()
        writer.close()
