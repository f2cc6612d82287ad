"""The current date in large type, in the calendars our users read it in."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.core.local_dates import heading
from viewer.core.state import ViewState

HEADING_PT = 22.0
"""The large first line's type size, when the date fits the column in it."""
SMALLEST_HEADING_PT = 13.0
"""The least it shrinks to for a long date (a Russian reader's Old Style day, with its
"(ст. ст.)", was cut off at 22 pt in the column beside the timeline)."""


class DateDisplay(QWidget):
    """The current date in Gregorian and Solar Hijri (and Old Style before February 1918),
    the reader's own calendar first (:func:`viewer.core.local_dates.heading`).

    ``gregorian`` is the large first line (the name predates the other languages' orders);
    its type shrinks so that the whole date fits the display's width. Its size is set here,
    not in the style sheet: a widget's own style sheet set at each date would re-polish it,
    and this is done on every step of a scrub."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        # PySide6's stubs omit inherited Qt properties as keywords (objectName)
        self.gregorian: QLabel = QLabel(objectName="dateGregorian")  # type: ignore[call-overload]
        self.other: QLabel = QLabel(objectName="dateOther")  # type: ignore[call-overload]
        self.gregorian.setMinimumWidth(1)  # the type shrinks instead of the column widening
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.gregorian)
        layout.addWidget(self.other)
        state.date_changed.connect(self._show)
        state.precision_changed.connect(self._show)
        state.language_changed.connect(self._show)
        self._show()

    def _show(self, *_: object) -> None:
        """The day whenever the user is at a day (go-to, an event), else the month, in the
        reader's calendars."""
        first, others = heading(self._state.date, self._state.language, self._state.precision)
        self.gregorian.setText(first)
        self.other.setText(others)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The heading's type at its full size, or smaller until the date fits the width."""
        font = QFont(self.gregorian.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(HEADING_PT)
        needs = QFontMetricsF(font).horizontalAdvance(self.gregorian.text())
        room = self.gregorian.contentsRect().width()
        if needs > room > 0:
            shrunk = int(2 * HEADING_PT * 0.97 * room / needs) / 2  # half points, a margin
            font.setPointSizeF(max(SMALLEST_HEADING_PT, shrunk))
        if font != self.gregorian.font():
            self.gregorian.setFont(font)
