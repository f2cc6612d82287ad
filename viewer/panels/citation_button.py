"""The details panel's "Copy citation": the works the page cites, for a reference manager.

A tool button whose menu names the formats (BibTeX, CSL-JSON, RIS); choosing one puts the
works on the clipboard. It is reached with Tab and opened with Space, like any menu button,
and it is disabled while the page cites nothing (no selection, or a user's unsourced feature).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from viewer.core.citations import CITE_FORMAT_NAMES, CITE_FORMATS, Work, format_works


class CitationButton(QToolButton):
    """Copies the works it was last given, in the format chosen from its menu.

    Signals
    -------
    copied(str)
        What was copied, as a one-line note for the status bar.
    """

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._works: list[Work] = []
        self.setText(self.tr("Copy citation"))
        self.setAccessibleName(self.tr("Copy citation"))
        self.setToolTip(self.tr("Copy the sources of what is shown, for a reference manager"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = QMenu(self)
        for format in CITE_FORMATS:
            menu.addAction(CITE_FORMAT_NAMES[format]).setData(format)
        menu.triggered.connect(self._on_triggered)
        self.setMenu(menu)
        self.setEnabled(False)

    def set_works(self, works: list[Work]) -> None:
        """What a copy will hold: the works the page shown cites."""
        self._works = works
        self.setEnabled(bool(works))

    def copy(self, format: str) -> None:
        """Put the works on the clipboard in *format* (one of ``CITE_FORMATS``)."""
        QGuiApplication.clipboard().setText(format_works(self._works, format))
        note = self.tr("Copied %n citation(s) as {}", "", len(self._works))
        self.copied.emit(note.format(CITE_FORMAT_NAMES[format]))

    def _on_triggered(self, action: QAction) -> None:
        self.copy(action.data())
