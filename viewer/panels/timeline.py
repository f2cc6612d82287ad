"""The timeline panel under the map: the date in large type, a "go to" field, and the strip.

This module lays the panel out and reads the typed date; the strip itself (eras, lifespans
and events along a zoomable axis, and what a click or a drag on it does) is
:mod:`viewer.panels.strip_plot`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from viewer.core.atlas import Atlas
from viewer.core.state import ViewState
from viewer.core.timeline import GO_TO_FORMS, read_go_to
from viewer.core.wording import translate
from viewer.panels.date_display import DateDisplay
from viewer.panels.strip_plot import StripPlot

ERROR = "#b3261e"
SIDE_WIDTH = 260


class GoToDate(QWidget):
    """A field that takes a date as people write it and moves the timeline there on Enter.

    Signals
    -------
    dateChosen()
        The field moved the date (the window gives the keys back to the map).
    """

    dateChosen = Signal()

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.field = QLineEdit(placeholderText=self.tr("Go to date…"), clearButtonEnabled=True)
        forms = translate("Timeline", GO_TO_FORMS, state.language)
        self.field.setToolTip(self.tr("Type {}, then press Enter (Ctrl+G)").format(forms))
        self.field.setAccessibleName(self.tr("Go to date"))
        # PySide6's stubs omit inherited Qt properties as keywords (objectName)
        self.error: QLabel = QLabel(objectName="goToError", wordWrap=True)  # type: ignore[call-overload]
        self.error.setStyleSheet(f"color: {ERROR}; font-size: 8pt;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        self.field.returnPressed.connect(self._on_return_pressed)
        self.field.textEdited.connect(self._clear_error)

    def _on_return_pressed(self) -> None:
        if not self.field.text().strip():
            return
        try:
            span = (self._state.start, self._state.end)
            date = read_go_to(self.field.text(), span, self._state.language)
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            self.field.setStyleSheet(f"QLineEdit {{ border: 1px solid {ERROR}; }}")
            return
        self._clear_error()
        self._state.go_to(date)
        self.field.selectAll()
        self.dateChosen.emit()

    def _clear_error(self, *_: object) -> None:
        self.error.hide()
        self.field.setStyleSheet("")


class TimelineStrip(QWidget):
    """The panel under the map: the date, the go-to field, optional controls, and the strip.

    Parameters
    ----------
    controls
        A widget shown under the go-to field (the playback bar).

    Signals
    -------
    dateChosen()
        A date was typed into the go-to field and gone to (the window returns focus to the map).
    """

    dateChosen = Signal()

    def __init__(
        self,
        atlas: Atlas,
        state: ViewState,
        controls: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.display = DateDisplay(state)
        self.display.other.setWordWrap(True)
        self.display.ensurePolished()
        self.display.other.setMinimumHeight(2 * self.display.other.fontMetrics().lineSpacing())
        self.go_to = GoToDate(state)
        self.go_to.dateChosen.connect(self.dateChosen)
        self.plot = StripPlot(atlas, state)
        self.plot.setAccessibleName(self.tr("Timeline"))
        side = QWidget()
        height = round(self.plot.top) + 44
        # A fixed size stops a new date's width from relaying out the whole window (~1 ms
        # a step: QLayout passes every size change up to the main window, measured).
        side.setFixedSize(SIDE_WIDTH, height - 10)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.display)
        column.addWidget(self.go_to)
        if controls is not None:
            column.addWidget(controls)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 4)
        layout.addWidget(side)
        layout.addWidget(self.plot, stretch=1)
        self.setFixedHeight(height)

    @property
    def visible_window(self) -> tuple[dt.date, dt.date]:
        """The first and last days the strip shows."""
        return self.plot.visible_window

    def show_all(self) -> None:
        """Show the whole span of time (Time › Whole timeline)."""
        self.plot.box.show_all()

    @property
    def go_to_text(self) -> str:
        """What is typed in the go-to field (kept when the window is rebuilt)."""
        return self.go_to.field.text()

    @go_to_text.setter
    def go_to_text(self, text: str) -> None:
        self.go_to.field.setText(text)

    def focus_go_to(self) -> None:
        """Put the cursor in the go-to field, its text selected (for Ctrl+G)."""
        self.go_to.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.go_to.field.selectAll()
