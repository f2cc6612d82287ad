"""The bundled fonts, registered before any text is drawn (headless systems may have none)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication

REFERENCE_DPI = 96.0
"""The logical DPI at which the map's pixel sizes (scale bar, pointer boxes) are given."""


def dpi_scale() -> float:
    """The screen's logical DPI over 96: how much larger than at 96 dpi it draws text set in
    points. Qt sizes such text by the primary screen's logical DPI, so the map's furniture,
    given in pixels, is multiplied by this to keep with its text on any screen."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInch() / REFERENCE_DPI if screen is not None else 1.0


def text_direction(right_to_left: bool) -> Qt.LayoutDirection:
    """Qt's direction for text that reads right to left or not: set on a painter, it keeps
    a label in its own order whatever direction the painter inherited from its window."""
    return Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight


@cache
def register_fonts() -> list[str]:
    """Register the bundled fonts; return the family fallback list (Latin/Cyrillic, Persian)."""
    folder = Path(str(files("resources") / "fonts"))
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    families.sort(key=lambda f: "Arabic" in f)  # Latin first, Persian as the fallback
    return families
