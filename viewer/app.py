"""The composition root: load the data, make the state and the window, connect them."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

import PySide6  # noqa: F401  - imported before pyqtgraph so it picks this binding
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from geodata.errors import DataError


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names (for QSettings), fonts and style sheet."""
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setOrganizationName("Caspian Atlas")
    app.setApplicationName("Caspian Atlas")
    from viewer.fonts import register_fonts

    font = QFont()
    font.setFamilies(register_fonts())
    font.setPointSizeF(10)
    app.setFont(font)
    qss = Path(str(files("resources") / "styles" / "app.qss"))
    app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app


def main() -> int:
    app = make_app()
    from viewer.atlas import load_atlas
    from viewer.main_window import MainWindow

    try:
        atlas = load_atlas()
    except DataError as exc:
        QMessageBox.critical(None, "Caspian Atlas", f"The bundled data did not load:\n\n{exc}")
        return 2
    window = MainWindow(atlas)
    window.show()
    return app.exec()
