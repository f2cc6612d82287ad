"""The map model, free of Qt: everything a map shows, and the requests made of its view.

Every view binds to one :class:`ViewState`, renders from it and sends the user's input back
through it (or through :mod:`viewer.core.commands`), never to another view. Setters emit only
on a real change, which stops feedback loops between views for free. :meth:`ViewState.frame`
is the frozen copy exports, slides and ``describe`` take; :meth:`ViewState.apply` puts one back.
"""

from __future__ import annotations

import datetime as dt

from psygnal import Signal

from geodata.dates import PartialDate, Precision
from geodata.model import LANGUAGES
from viewer.core.frame import Extent, MapFrame, RasterLook
from viewer.core.visibility import DEFAULT_WINDOW_DAYS, event_window, window_days


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
    layers_changed(frozenset, frozenset)
        The hidden historical kinds and the hidden base layers.
    event_window_changed(int)
        Days either side of the date within which events light up.
    marked_changed(frozenset)
        Features outlined besides the selection (a slide's).
    comparison_changed(frozenset, frozenset)
        Features gained and lost since the date compared with (outlined while comparing).
    extent_requested(object)
        The map should show this area (an :data:`Extent`; ``None`` for the home view).
    focus_requested(float, float)
        The map should bring this longitude and latitude to its middle, keeping the zoom.
    jumped(datetime.date, datetime.date)
        A go-to (an event, a typed date) moved the date from the first to the second.
    raster_look_changed(str, RasterLook)
        A map scan's opacity or placement (over or under the historical features) changed.
    """

    date_changed = Signal(dt.date)
    precision_changed = Signal(Precision)
    language_changed = Signal(str)
    selection_changed = Signal(str)
    layers_changed = Signal(frozenset, frozenset)
    event_window_changed = Signal(int)
    marked_changed = Signal(frozenset)
    comparison_changed = Signal(frozenset, frozenset)
    extent_requested = Signal(object)
    focus_requested = Signal(float, float)
    jumped = Signal(dt.date, dt.date)
    raster_look_changed = Signal(str, RasterLook)

    def __init__(self, start: dt.date, end: dt.date, date: dt.date | None = None) -> None:
        self.start, self.end = start, end
        self._date = self._clamp(date or start)
        self._precision = Precision.MONTH
        self._language = "en"
        self._selection = ""
        self._hidden_kinds: frozenset[str] = frozenset()
        self._hidden_base: frozenset[str] = frozenset()
        self._window_days = DEFAULT_WINDOW_DAYS
        self._marked: frozenset[str] = frozenset()
        self._comparison: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
        self._raster_looks: dict[str, RasterLook] = {}
        self.extent: Extent | None = None
        """The area the map shows now, as the map reports it (``None``: its home view)."""

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
        """Go to a date as precisely as it is known: its day if known, else by month. A jump,
        unlike a step or a scrub: ``jumped(origin, target)`` lets "back" return to the origin."""
        day = Precision.DAY if date.precision is Precision.DAY else Precision.MONTH
        origin = self._date
        self.set_date(date.first_day, day)
        if self._date != origin:
            self.jumped.emit(origin, self._date)

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

    @property
    def hidden_kinds(self) -> frozenset[str]:
        """Historical kinds switched off."""
        return self._hidden_kinds

    @hidden_kinds.setter
    def hidden_kinds(self, value: frozenset[str]) -> None:
        self.set_hidden(frozenset(value), self._hidden_base)

    @property
    def hidden_base(self) -> frozenset[str]:
        """Base layers switched off (``provinces``, ``countries``, ``rivers``, ``graticule``)."""
        return self._hidden_base

    @hidden_base.setter
    def hidden_base(self, value: frozenset[str]) -> None:
        self.set_hidden(self._hidden_kinds, frozenset(value))

    def set_hidden(self, kinds: frozenset[str], base: frozenset[str]) -> None:
        """Switch off historical *kinds* and *base* layers together (one redraw)."""
        if (kinds, base) != (self._hidden_kinds, self._hidden_base):
            self._hidden_kinds, self._hidden_base = kinds, base
            self.layers_changed.emit(kinds, base)

    @property
    def window_days(self) -> int:
        """Days either side of the date within which events light up."""
        return self._window_days

    @window_days.setter
    def window_days(self, value: int) -> None:
        if value != self._window_days:
            self._window_days = value
            self.event_window_changed.emit(value)

    @property
    def marked(self) -> frozenset[str]:
        """Features outlined besides the selection (a slide's highlighted territories)."""
        return self._marked

    @marked.setter
    def marked(self, value: frozenset[str]) -> None:
        if value != self._marked:
            self._marked = value
            self.marked_changed.emit(value)

    @property
    def comparison(self) -> tuple[frozenset[str], frozenset[str]]:
        """Features (gained, lost) outlined while a comparison is on screen."""
        return self._comparison

    @comparison.setter
    def comparison(self, value: tuple[frozenset[str], frozenset[str]]) -> None:
        if value != self._comparison:
            self._comparison = value
            self.comparison_changed.emit(*value)

    def raster_look(self, raster_id: str) -> RasterLook:
        """How the map scan *raster_id* is drawn (the default until the user changes it)."""
        return self._raster_looks.get(raster_id, RasterLook())

    def set_raster_look(self, raster_id: str, look: RasterLook) -> None:
        if look != self.raster_look(raster_id):
            if look == RasterLook():
                del self._raster_looks[raster_id]
            else:
                self._raster_looks[raster_id] = look
            self.raster_look_changed.emit(raster_id, look)

    def request_extent(self, extent: Extent | None) -> None:
        """Ask the map to show *extent* (``None``: its home view)."""
        self.extent_requested.emit(extent)

    def focus(self, lon: float, lat: float) -> None:
        """Ask the map to bring a place to its middle, keeping the zoom."""
        self.focus_requested.emit(lon, lat)

    def frame(self) -> MapFrame:
        """A frozen copy of what the map shows now: for exports, slides and ``describe``."""
        return MapFrame(
            date=self._date,
            language=self._language,
            selection=self._selection,
            hidden_kinds=self._hidden_kinds,
            hidden_base=self._hidden_base,
            extent=self.extent,
            event_window=event_window(self._date, self._window_days),
            marked=self._marked,
            raster_looks=tuple(sorted(self._raster_looks.items())),
        )

    def apply(self, frame: MapFrame) -> None:
        """Show *frame*: a slide, or going back to a frame kept earlier. The date comes first
        (the highlights follow it); the map is asked for the frame's area."""
        self.date = frame.date
        self.language = frame.language
        self.set_hidden(frame.hidden_kinds, frame.hidden_base)
        self.window_days = window_days(frame)
        self.marked = frame.marked
        for raster_id in {*self._raster_looks, *dict(frame.raster_looks)}:
            self.set_raster_look(raster_id, frame.raster_look(raster_id))
        self.selection = frame.selection
        self.request_extent(frame.extent)


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
