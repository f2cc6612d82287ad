"""The window on any screen: never larger than the screen, whole on it, the map first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from viewer.app.layout import DEFAULT_SIZE, MapOnly, compact, fit_inside, opening_geometry

SCREENS = {
    "netbook": QRect(0, 0, 1024, 600 - 32),  # a panel takes 32 px
    "projector": QRect(0, 0, 1280, 720),
    "laptop": QRect(0, 0, 1366, 768 - 40),
    "desktop": QRect(0, 0, 1920, 1080 - 40),
    "second monitor": QRect(1920, 0, 2560, 1440),
}


@pytest.mark.parametrize("screen", SCREENS)
def test_the_window_opens_inside_the_screen(screen):
    available = SCREENS[screen]
    frame = QSize(2, 30)  # borders and a title bar
    opened = opening_geometry(available, frame)
    assert available.contains(opened)
    assert opened.width() + frame.width() <= available.width()
    assert opened.height() + frame.height() <= available.height()
    assert opened.size() == DEFAULT_SIZE.boundedTo(available.size() - frame)


def test_a_window_saved_on_a_large_monitor_reopens_whole_on_a_netbook():
    saved = QRect(2100, 200, 1800, 1100)
    fitted = fit_inside(saved, SCREENS["netbook"], QSize(2, 30))
    assert SCREENS["netbook"].contains(fitted)
    assert fitted.size() == QSize(1022, 538)


def test_a_window_that_fits_is_left_where_it_was():
    saved = QRect(100, 50, 900, 500)
    assert fit_inside(saved, SCREENS["desktop"]) == saved


def test_narrow_screens_take_one_column_of_docks():
    assert compact(SCREENS["netbook"]) and compact(SCREENS["projector"])
    assert compact(SCREENS["laptop"]) and not compact(SCREENS["desktop"])


def test_map_only_hides_the_docks_and_brings_back_the_same_ones(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("map"))
    docks = {}
    for name in ("timeline", "layers", "events", "story"):
        docks[name] = QDockWidget(name, window)
        docks[name].setWidget(QLabel(name))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, docks[name])
    docks["story"].hide()
    window.show()
    qtbot.waitExposed(window)
    map_only = MapOnly()
    map_only.toggle(window, True, keep=(docks["timeline"],))
    assert map_only.on
    assert [d.isVisible() for d in docks.values()] == [True, False, False, False]
    map_only.toggle(window, False)
    assert not map_only.on
    assert [d.isVisible() for d in docks.values()] == [True, True, True, False]
