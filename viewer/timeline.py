"""The date control under the map: a month-resolution slider and the date in large type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from geodata.dates import Precision, format_day, format_old_style, format_solar_hijri
from viewer.state import ViewState, from_month_index, month_index


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
        state.date_changed.connect(self._on_date_changed)
        self._on_date_changed(state.date)

    def _on_date_changed(self, day: dt.date) -> None:
        self.gregorian.setText(format_day(day, Precision.MONTH))
        calendars = [format_solar_hijri(day, Precision.MONTH)]
        if old := format_old_style(day):
            calendars.append("Russian Old Style: " + old)
        self.other.setText("  ·  ".join(calendars))


class TimelineSlider(QSlider):
    """A slider over the timeline's months; user input goes through the state."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._state = state
        self.setRange(month_index(state.start), month_index(state.end))
        self.setValue(month_index(state.date))
        self.setPageStep(12)
        self.setSingleStep(1)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(120)
        self.setAccessibleName("Timeline")
        self.valueChanged.connect(self._on_value_changed)  # user → model
        state.date_changed.connect(self._on_date_changed)  # model → view

    def _on_value_changed(self, value: int) -> None:
        self._state.date = from_month_index(value)

    def _on_date_changed(self, day: dt.date) -> None:
        with QSignalBlocker(self):  # no echo
            self.setValue(month_index(day))


class TimelinePanel(QWidget):
    """The slider with the start and end years at its ends and the date display beside it."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = DateDisplay(state)
        self.slider = TimelineSlider(state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.addWidget(self.display)
        layout.addSpacing(12)
        layout.addWidget(QLabel(str(state.start.year)))
        layout.addWidget(self.slider, stretch=1)
        layout.addWidget(QLabel(str(state.end.year)))
