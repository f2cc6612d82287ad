"""The view's state, free of Qt: the current date, language, selection and layer toggles.

Widgets never change their own state first: they call these setters, and every view
(including the one the user touched) updates from the signal. Setters emit only on a real
change, which stops feedback loops between widgets for free.
"""

from __future__ import annotations

import datetime as dt

from psygnal import Signal

from geodata.dates import PartialDate, Precision
from geodata.model import LANGUAGES


class ViewState:
    """What the user is looking at.

    Signals
    -------
    date_changed(datetime.date)
    precision_changed(Precision)
        How precisely the user is at the date changed (see :attr:`precision`); it is set
        before ``date_changed`` is emitted, so a view of the date can read both.
    language_changed(str)
    selection_changed(str)
        The id of the selected event or territory, or "" for none.
    """

    date_changed = Signal(dt.date)
    precision_changed = Signal(Precision)
    language_changed = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, start: dt.date, end: dt.date, date: dt.date | None = None) -> None:
        self.start, self.end = start, end
        self._date = self._clamp(date or start)
        self._precision = Precision.MONTH
        self._language = "en"
        self._selection = ""

    def _clamp(self, day: dt.date) -> dt.date:
        return min(max(day, self.start), self.end)

    @property
    def date(self) -> dt.date:
        return self._date

    @date.setter
    def date(self, value: dt.date) -> None:
        """A date reached by months (scrubbing, stepping, playback): shown to the month."""
        self.set_date(value, Precision.MONTH)

    @property
    def precision(self) -> Precision:
        """DAY when the user is at a day (a day typed into Go-to, an event known to the day),
        MONTH when they got here by months: the date heading shows as much as this."""
        return self._precision

    def set_date(self, value: dt.date, precision: Precision) -> None:
        value = self._clamp(value)
        date_moved, precision_moved = value != self._date, precision != self._precision
        self._date, self._precision = value, precision
        if precision_moved:
            self.precision_changed.emit(precision)
        if date_moved:
            self.date_changed.emit(value)

    def go_to(self, date: PartialDate) -> None:
        """Go to a date as precisely as it is known: its day if known, else by month."""
        day = Precision.DAY if date.precision is Precision.DAY else Precision.MONTH
        self.set_date(date.first_day, day)

    @property
    def day(self) -> int:
        """The current date as an ordinal, the unit of the datasets' indexes."""
        return self._date.toordinal()

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}; use one of {LANGUAGES}")
        if value != self._language:
            self._language = value
            self.language_changed.emit(value)

    @property
    def selection(self) -> str:
        return self._selection

    @selection.setter
    def selection(self, value: str) -> None:
        if value != self._selection:
            self._selection = value
            self.selection_changed.emit(value)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day *months* later (clamped to the month's length)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    following = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last = (following - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, min(day.day, last))


def month_index(day: dt.date) -> int:
    """Months since year 0: the timeline's integer unit."""
    return day.year * 12 + day.month - 1


def from_month_index(index: int) -> dt.date:
    """The first day of a month index (inverse of :func:`month_index`)."""
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1)
