"""The Qt application a renderer draws in, for scripts with no window.

The renderer's offscreen map is a widget, so drawing needs a :class:`QApplication`; a script
(``python -m viewer export``) needs one without the window's names, icon and style sheet,
and without a display. The window's composition root (:mod:`viewer.app.application`) makes
its application through :func:`drawing_app` too, so both draw with the same fonts and cache.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication

from viewer.map.fonts import register_fonts

PIXMAP_CACHE_KB = 48 * 1024
"""Room for the labels' picture of a full-screen map at twice the pixels (33 MB), the timeline's
pictures and the label sprites of the dates around (Qt's default, 10 MB, holds too few). The
map's layers keep their own picture: with 96 MB, scrubbing a hundred copies of the data filled
it all, and clearing it then gave 97 MB back (measured)."""


def drawing_app(argv: list[str] | None = None) -> QApplication:
    """The application (made if there is none), its pixmap cache sized, our fonts registered."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    register_fonts()
    return app


def headless_app() -> QApplication:
    """:func:`drawing_app` for a script: offscreen on a Linux machine with no display.

    Only before the first application is made does the platform matter; a test's or the
    window's application is used as it is.
    """
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return drawing_app(sys.argv[:1])
