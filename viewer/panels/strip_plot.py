"""The timeline strip's plot: eras, territory lifespans and events along a zoomable axis.

Apart from the panel around it (:mod:`viewer.panels.timeline`, the date and the go-to field)
and from its axis and pointer handling (:mod:`viewer.panels.strip_view`): this module draws
the rows and answers them. The x axis is in decimal years (:mod:`viewer.core.timeline`) and
the y axis is fixed: rows of eras, lifespans and event ticks, labelled on the left. A click or
a drag sets the date through the :class:`ViewState`; a double click shows the whole span and
leaves the date alone.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QNativeGestureEvent, QPen
from PySide6.QtWidgets import QGraphicsItem, QToolTip, QWidget

from events.model import CATEGORIES, Event
from viewer.core import commands, style
from viewer.core.atlas import Atlas
from viewer.core.local_dates import date_text
from viewer.core.state import ViewState
from viewer.core.timeline import (
    ERA_ROWS,
    date_at,
    decimal_year,
    describe_era,
    describe_row,
    events_per_year,
    lifespan_rows,
    nearest_month,
    row_segments,
    row_stripes,
    span_x,
)
from viewer.core.visibility import highlight_window
from viewer.core.wording import digits, translate
from viewer.panels.strip_view import StripViewBox, YearAxis

BACKGROUND = "#f6f4ef"
HISTOGRAM = "#e0dbcf"
AXIS_TEXT = "#4a4740"
ERA_TEXT = "#3d3a33"
MIN_YEARS = 2.0
"""The narrowest time window the strip zooms to."""
# The rows, in y units (a pixel each at the strip's fixed height), from the bottom up.
EVENT_TOP = 36.0
TICK_HEIGHTS = {1: 36.0, 2: 22.0, 3: 12.0}
ROW_PITCH = 11.0
BAR_HEIGHT = 6.0
ERA_HEIGHT = 15.0
GAP = 5.0
HIT_PIXELS = 4.0
"""How near (in pixels) the pointer must be to an event tick to pick it."""


def _pen(colour: str, width: float = 1.0) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)
    return pen


def _font(points: float) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    return font


class StripPlot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no types
    """The strip's plot: era bands, lifespan bars, the event histogram and ticks, the cursor.

    Its zoom sets the model's event window: events light up within ~1/40 of the time shown.
    """

    def __init__(self, atlas: Atlas, state: ViewState, parent: QWidget | None = None) -> None:
        self.box = StripViewBox(enableMenu=False)
        axes = {"bottom": YearAxis("bottom"), "left": pg.AxisItem("left")}
        axes["bottom"].language = state.language
        super().__init__(parent, background=BACKGROUND, viewBox=self.box, axisItems=axes)
        self._state, self._atlas = state, atlas
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right, always
        # pyqtgraph makes the plot's (unused) options menu without a parent: it would outlive
        # the strip as a top-level widget. Parented, it goes with the strip.
        options = self.getPlotItem().ctrlMenu
        options.setParent(self, options.windowFlags())
        self._span = (state.start, state.end)
        self._x_span = span_x(self._span)
        self._events = [e for e in atlas.events if state.start <= e.date.first_day <= state.end]
        self._event_x = np.array([decimal_year(e.date.first_day) for e in self._events])
        self._per_year = events_per_year(e.date.first_day for e in self._events)
        self.rows = lifespan_rows(atlas.history)
        self._row_base = EVENT_TOP + GAP
        self._era_base = self._row_base + ROW_PITCH * len(self.rows) + GAP
        self.top = self._era_base + len(ERA_ROWS) * (ERA_HEIGHT + 1)
        self._setup_axes()
        self._add_histogram()
        self.event_ticks = self._add_event_ticks()
        self._add_lifespans()
        self._era_spans: dict[str, tuple[float, float]] = {}
        self.era_labels = self._add_eras()
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=_pen(style.TEXT, 2))
        self.cursor.setZValue(20)
        self.box.addItem(self.cursor, ignoreBounds=True)
        self.box.timePicked.connect(self._on_time_picked)
        self.box.wholeSpanAsked.connect(self._undo_last_click)
        self._before_click: tuple[dt.date, str] | None = None
        self.box.sigXRangeChanged.connect(self._on_x_range_changed)
        self.box.sigResized.connect(self._place_era_labels)
        state.date_changed.connect(self._on_date_changed)
        self._on_date_changed(state.date)

    # ------------------------------------------------------------------ building
    def _words(self, text: str) -> str:
        """A row's or era's name (core tables, context "Timeline") in the state's language."""
        return translate("Timeline", text, self._state.language)

    def _setup_axes(self) -> None:
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        self.box.disableAutoRange()
        self.box.setMouseEnabled(x=True, y=False)
        low, high = self._x_span
        self.box.setLimits(
            xMin=low, xMax=high, minXRange=MIN_YEARS, maxXRange=high - low,
            yMin=0, yMax=self.top, minYRange=self.top, maxYRange=self.top,
        )  # fmt: skip
        self.box.setRange(xRange=(low, high), yRange=(0, self.top), padding=0)
        left, bottom = item.getAxis("left"), item.getAxis("bottom")
        for axis in (left, bottom):
            axis.setStyle(tickFont=_font(7.5), tickTextOffset=4)
            axis.setPen(_pen(style.COUNTRY_BORDER))
            axis.setTextPen(_pen(AXIS_TEXT))
        for axis in (left, bottom):  # the cursor's repaint reaches them: replay, not redraw
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        left.setWidth(86)
        left.setStyle(tickLength=0)
        bottom.setStyle(tickLength=-4, textFillLimits=[(0, 0.95)])  # tick_label thins them
        ticks = [(EVENT_TOP / 2, self.tr("Events"))]
        ticks += [(self._row_y(i), self._words(row.label)) for i, row in enumerate(self.rows)]
        ticks += [(self._era_y(i), self._words(label)) for i, (label, _) in enumerate(ERA_ROWS)]
        left.setTicks([ticks, []])
        self.row_labels = [label for _, label in ticks]

    def _add_static(self, item: QGraphicsItem) -> None:
        """Add an item that moves only with the view; kept as a picture (device cache).

        Moving the cursor repaints the strip around it, and replaying every bar and tick
        there cost ~2.5 ms on each date change; from the pictures it is a blit (measured).
        """
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.box.addItem(item, ignoreBounds=True)

    def _row_y(self, index: int) -> float:
        """The centre of lifespan row *index* (0 is the top row)."""
        return self._row_base + ROW_PITCH * (len(self.rows) - index - 0.5)

    def _era_y(self, index: int) -> float:
        return self.top - (ERA_HEIGHT + 1) * index - ERA_HEIGHT / 2

    def _x(self, day: int | None, open_end: float) -> float:
        """A day's x (an ordinal), clipped to the timeline; ``None`` (open) is *open_end*."""
        low, high = self._x_span
        if day is None:
            return open_end
        if day < self._span[0].toordinal():
            return low
        return high if day > self._span[1].toordinal() else decimal_year(dt.date.fromordinal(day))

    def _add_histogram(self) -> None:
        if self._per_year:
            counts = np.array(list(self._per_year.values()))
            heights = counts / counts.max() * EVENT_TOP * 0.9
            bars = pg.BarGraphItem(
                x0=list(self._per_year), width=1.0, y0=0, height=heights, brush=HISTOGRAM,
                pen=pg.mkPen(None),
            )  # fmt: skip
            self._add_static(bars)

    def _add_event_ticks(self) -> dict[str, pg.PlotCurveItem]:
        ticks: dict[str, pg.PlotCurveItem] = {}
        for category in CATEGORIES:
            chosen = [e for e in self._events if e.category == category]
            if chosen:
                x = np.repeat([decimal_year(e.date.first_day) for e in chosen], 2)
                y = np.ravel([(0.0, TICK_HEIGHTS.get(e.importance, 12.0)) for e in chosen])
                pen = _pen(style.CATEGORY_COLOURS[category], 1.5)
                ticks[category] = pg.PlotCurveItem(x, y, connect="pairs", pen=pen)
                ticks[category].setZValue(5)
                self._add_static(ticks[category])
        return ticks

    def _add_lifespans(self) -> None:
        """Each row's stripes, one per colour, cut by a hairline where its segments start."""
        low, high = self._x_span
        stripes, cuts = [], []
        for index, row in enumerate(self.rows):
            y = self._row_y(index)
            segments = row_segments(row)
            for stripe in row_stripes(segments):
                height = BAR_HEIGHT / stripe.of
                centre = y + BAR_HEIGHT / 2 - (stripe.k + 0.5) * height
                start, end = self._x(stripe.start, low), self._x(stripe.end, high)
                stripes.append((start, end, centre, stripe.colour, height))
            for segment in segments:
                start = self._x(segment.start, low)
                cuts += [(start, y - BAR_HEIGHT / 2), (start, y + BAR_HEIGHT / 2)]
        if stripes:
            self._add_bars(stripes, pen=pg.mkPen(None))
            xs, ys = zip(*cuts, strict=True)
            hairlines = pg.PlotCurveItem(list(xs), list(ys), connect="pairs", pen=_pen(BACKGROUND))
            self._add_static(hairlines)

    def _add_bars(self, bars: list[tuple[float, float, float, str, float]], pen: QPen) -> None:
        """Rectangles given as (x0, x1, y centre, colour, height)."""
        x0, x1, y, colours, heights = zip(*bars, strict=True)
        item = pg.BarGraphItem(
            x0=list(x0), x1=list(x1), y=list(y), height=list(heights),
            brushes=[QColor(c) for c in colours], pen=pen,
        )  # fmt: skip
        self._add_static(item)

    def _add_eras(self) -> dict[str, pg.TextItem]:
        low, high = self._x_span
        bars, labels = [], {}
        for index, (_, eras) in enumerate(ERA_ROWS):
            for era in eras:
                start, end = (d.toordinal() if d else None for d in (era.start, era.end))
                span = (self._x(start, low), self._x(end, high))
                bars.append((*span, self._era_y(index), era.colour, ERA_HEIGHT))
                label = pg.TextItem(self._words(era.name), color=ERA_TEXT, anchor=(0, 0.5))
                label.setFont(_font(7.5))
                label.setPos(span[0], self._era_y(index))
                label.setZValue(10)
                self._add_static(label)
                labels[era.name] = label
                self._era_spans[era.name] = span
        self._add_bars(bars, pen=_pen(BACKGROUND))
        return labels

    # ------------------------------------------------------------------ reacting
    def _pixels_per_year(self) -> float:
        (low, high), _ = self.box.viewRange()
        return float(max(self.box.width(), 1.0) / max(high - low, 1e-9))

    def _place_era_labels(self, *_: object) -> None:
        """Keep each era's name at the left of its visible part; hide it where it cannot fit."""
        (low, high), _ = self.box.viewRange()
        per_year = self._pixels_per_year()
        for name, label in self.era_labels.items():
            start, end = self._era_spans[name]
            first, last = max(start, low), min(end, high)
            label.setVisible((last - first) * per_year >= label.boundingRect().width() + 8)
            label.setPos(first + 3 / per_year, label.pos().y())

    def _on_x_range_changed(self, *_: object) -> None:
        self._place_era_labels()
        first, last = self.visible_window
        self._state.window_days = highlight_window(first.toordinal(), last.toordinal())

    @property
    def visible_window(self) -> tuple[dt.date, dt.date]:
        """The first and last days the strip shows (the map scales its event window to it)."""
        (low, high), _ = self.box.viewRange()
        last = date_at(high) - dt.timedelta(days=1)
        return max(date_at(low), self._span[0]), min(last, self._span[1])

    def _on_date_changed(self, day: dt.date) -> None:
        x = decimal_year(day)
        self.cursor.setValue(x)
        (low, high), _ = self.box.viewRange()
        width = high - low
        if x > high:  # playback ran off the right: turn the page, keep the zoom
            self.box.setXRange(x - 0.1 * width, x + 0.9 * width, padding=0)
        elif x < low:
            self.box.setXRange(x - 0.9 * width, x + 0.1 * width, padding=0)

    def _on_time_picked(self, x: float, y: float, click: bool) -> None:
        self._before_click = (self._state.date, self._state.selection) if click else None
        event = self.events_near(x)[:1] if click and y <= EVENT_TOP else []
        if event:  # a click on a tick goes to its event
            commands.go_to_event(self._state, self._atlas, event[0].id)
        else:
            self._state.date = nearest_month(x)

    def _undo_last_click(self) -> None:
        """A double click only shows the whole span: its first click's date is taken back."""
        if self._before_click is not None:
            self._state.date, self._state.selection = self._before_click
            self._before_click = None

    def events_near(self, x: float, pixels: float = HIT_PIXELS) -> list[Event]:
        """Events whose tick is within *pixels* of *x*, nearest first."""
        distance = np.abs(self._event_x - x) * self._pixels_per_year()
        order = np.argsort(distance, kind="stable")
        return [self._events[i] for i in order if distance[i] <= pixels]

    # ------------------------------------------------------------------ tooltips and gestures
    def describe(self, x: float, y: float) -> str:
        """What lies under a point of the strip, for its tooltip."""
        day, language = date_at(x), self._state.language
        if y >= self._era_base:
            row = min(int((self.top - y) // (ERA_HEIGHT + 1)), len(ERA_ROWS) - 1)
            return next((describe_era(e, language) for e in ERA_ROWS[row][1] if e.covers(day)), "")
        if y >= self._row_base:
            row = min(int((self._era_base - GAP - y) // ROW_PITCH), len(self.rows) - 1)
            return describe_row(self.rows[max(row, 0)], day, language)
        lines = [
            f"{date_text(e.date, language)} — {e.title.get(language)} "
            f"({translate('Categories', CATEGORIES[e.category], language)})"
            for e in self.events_near(x, pixels=3 * HIT_PIXELS)[:6]
        ]
        count = self.tr("%n event(s)", "", self._per_year.get(day.year, 0))
        return "\n".join([*lines, digits(f"{day.year}: ", language) + count])

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            scene = self.mapToScene(event.pos())
            point = self.box.mapSceneToView(scene)
            text = self.describe(point.x(), point.y())
            if self.box.sceneBoundingRect().contains(scene) and text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            scene = self.mapToScene(event.position().toPoint())
            self.box.zoom_at(1 + event.value(), self.box.mapSceneToView(scene).x())
            return True
        return bool(super().viewportEvent(event))
