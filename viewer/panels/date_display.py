"""The current date in large type, in the calendars our users read it in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from geodata.dates import format_day, format_old_style, format_solar_hijri
from viewer.core.state import ViewState


class DateDisplay(QWidget):
    """The current date in Gregorian and Solar Hijri (and Old Style before February 1918)."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.gregorian = QLabel(objectName="dateGregorian")
        self.other = QLabel(objectName="dateOther")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.gregorian)
        layout.addWidget(self.other)
        state.date_changed.connect(self._show_date)
        state.precision_changed.connect(self._show_date)
        self._show_date()

    def _show_date(self, *_: object) -> None:
        """The day whenever the user is at a day (go-to, an event), else the month."""
        day, precision = self._state.date, self._state.precision
        self.gregorian.setText(format_day(day, precision))
        calendars = [format_solar_hijri(day, precision)]
        if old := format_old_style(day):
            calendars.append("Russian Old Style: " + old)
        self.other.setText("\n".join(calendars))
