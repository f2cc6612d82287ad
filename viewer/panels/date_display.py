"""The current date in large type, in the calendars our users read it in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.core.local_dates import heading
from viewer.core.state import ViewState


class DateDisplay(QWidget):
    """The current date in Gregorian and Solar Hijri (and Old Style before February 1918),
    the reader's own calendar first (:func:`viewer.core.local_dates.heading`).

    ``gregorian`` is the large first line (the name predates the other languages' orders)."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        # PySide6's stubs omit inherited Qt properties as keywords (objectName)
        self.gregorian: QLabel = QLabel(objectName="dateGregorian")  # type: ignore[call-overload]
        self.other: QLabel = QLabel(objectName="dateOther")  # type: ignore[call-overload]
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
