"""The window on any screen: it opens inside the screen, the map keeps most of the space, and
one key gives the whole window to the map.

A 1024×600 netbook, a 1280×720 projector and a 1366×768 laptop must all show the whole window.
The window is sized to the screen's available area (never larger), side docks share one
column on narrow screens so the map is not squeezed between two, and the layout the window
was built with is kept so View › Reset layout can always return to it (by the window).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

DEFAULT_SIZE = QSize(1500, 940)
"""The window's size on a screen with room for it."""
COMPACT_WIDTH = 1400
"""Screens narrower than this get one column of docks, on the right, beside the map."""
NO_FRAME = QSize(0, 0)
SIDE_SHARE = 0.28
"""The most of the window's width the side column takes on a compact screen."""


def opening_geometry(available: QRect, frame: QSize = NO_FRAME) -> QRect:
    """Where a window opens on a screen with *available* area (minus the window *frame*):
    the default size if it fits, else the whole available area; centred."""
    room = available.size() - frame
    size = DEFAULT_SIZE.boundedTo(room)
    rect = QRect(available.topLeft(), size)
    rect.moveCenter(available.center())
    return rect


def fit_inside(geometry: QRect, available: QRect, frame: QSize = NO_FRAME) -> QRect:
    """*geometry* moved (and shrunk if need be) so all of it is on the screen: a window saved
    on a large monitor reopens whole on a laptop."""
    room = available.size() - frame
    rect = QRect(geometry.topLeft(), geometry.size().boundedTo(room))
    left = min(max(rect.left(), available.left()), available.right() - rect.width() + 1)
    top = min(max(rect.top(), available.top()), available.bottom() - rect.height() + 1)
    rect.moveTopLeft(QPoint(left, top))
    return rect


def compact(available: QRect) -> bool:
    """Whether a screen is too narrow for docks on both sides of the map."""
    return available.width() < COMPACT_WIDTH


def one_column(window: QMainWindow, left: QDockWidget, right: QDockWidget) -> None:
    """Move the *left* dock into a tab beside *right*, so the map spans from the left edge."""
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, left)
    window.tabifyDockWidget(right, left)
    right.raise_()
    width = max(int(window.width() * SIDE_SHARE), right.minimumSizeHint().width())
    window.resizeDocks([right], [width], Qt.Orientation.Horizontal)


class MapOnly:
    """One key to give the map the whole window, and the same key to bring the docks back.

    The docks visible when the map took over are remembered, so the same ones return. The
    window is passed in, not kept: a window that owned a helper holding it would outlive its
    close in a reference cycle.
    """

    def __init__(self) -> None:
        self._hidden: list[QDockWidget] = []

    @property
    def on(self) -> bool:
        return bool(self._hidden)

    def toggle(self, window: QMainWindow, on: bool, keep: tuple[QDockWidget, ...] = ()) -> None:
        if on and not self._hidden:
            self._hidden = [
                d for d in window.findChildren(QDockWidget) if d.isVisible() and d not in keep
            ]
            for dock in self._hidden:
                dock.hide()
        elif not on and self._hidden:
            for dock in self._hidden:
                dock.show()
            self._hidden = []
