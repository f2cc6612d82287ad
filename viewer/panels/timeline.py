"""The timeline strip under the map: eras, territory lifespans and events along a zoomable axis.

The strip is a pyqtgraph plot whose x axis is in decimal years (:mod:`viewer.core.timeline`)
and whose y axis is fixed: rows of eras, lifespans and event ticks, labelled on the left. A
click or a drag sets the date through the :class:`ViewState`; a double click shows the whole
span and leaves the date alone; the wheel, a pinch, or a right or middle drag zoom and pan time
only. Beside it sit the date in large type and a "go to" field.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent, MouseDragEvent
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QNativeGestureEvent, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneWheelEvent,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from events.model import CATEGORIES, Event
from viewer.core import commands, style
from viewer.core.atlas import Atlas
from viewer.core.state import ViewState
from viewer.core.timeline import (
    ERA_ROWS,
    GO_TO_FORMS,
    date_at,
    decimal_year,
    describe_era,
    describe_row,
    events_per_year,
    lifespan_rows,
    nearest_month,
    read_go_to,
    row_segments,
    span_x,
    tick_label,
    year_ticks,
)
from viewer.core.visibility import highlight_window
from viewer.core.wording import digits, translate
from viewer.panels.date_display import DateDisplay

BACKGROUND = "#f6f4ef"
HISTOGRAM = "#e0dbcf"
AXIS_TEXT = "#4a4740"
ERA_TEXT = "#3d3a33"
ERROR = "#b3261e"
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
SIDE_WIDTH = 260


def _pen(colour: str, width: float = 1.0) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)
    return pen


def _font(points: float) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    return font


Ticks = list[tuple[float, list[float]]]
"""What pyqtgraph's ``tickValues`` returns: (spacing, values) per level, coarsest first."""


class YearAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """A time axis labelled in years, and in months once a month is wide enough to name."""

    language = "en"  # the strip sets its state's: the window is rebuilt in a new language

    def tickValues(self, minVal: float, maxVal: float, size: float) -> Ticks:  # noqa: N803
        return year_ticks(minVal, maxVal, size)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        (low, high), _ = self.linkedView().viewRange()
        per_year = self.linkedView().width() / max(high - low, 1e-9)
        return [tick_label(v, spacing, per_year, self.language) for v in values]


class StripViewBox(pg.ViewBox):  # type: ignore[misc]  # pyqtgraph ships no types
    """Left clicks and drags pick a time; a double click shows everything; other drags pan;
    the wheel zooms time only.

    A click picks its time at once (the timeline answers under the hand); a double click,
    which begins with such a click, asks for :attr:`wholeSpanAsked` so the strip can take the
    first click back.

    Signals
    -------
    timePicked(float, float, bool)
        x (decimal year) and y of a click (True) or of a drag (False).
    wholeSpanAsked()
        A double click: the whole span is shown, and the date should stay where it was.
    """

    timePicked = Signal(float, float, bool)
    wholeSpanAsked = Signal()

    def mouseClickEvent(self, ev: MouseClickEvent) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        ev.accept()
        if ev.double():
            self.show_all()
            self.wholeSpanAsked.emit()
        else:
            point = self.mapToView(ev.pos())
            self.timePicked.emit(point.x(), point.y(), True)

    def mouseDragEvent(self, ev: MouseDragEvent, axis: int | None = None) -> None:
        ev.accept()
        if ev.button() == Qt.MouseButton.LeftButton:
            point = self.mapToView(ev.pos())
            self.timePicked.emit(point.x(), point.y(), False)
        else:  # the time under the pointer stays under it
            self.translateBy(x=self.mapToView(ev.lastPos()).x() - self.mapToView(ev.pos()).x())

    def show_all(self) -> None:
        """Zoom out to the whole timeline."""
        self.setXRange(*self.state["limits"]["xLimits"], padding=0)

    def wheelEvent(self, ev: QGraphicsSceneWheelEvent, axis: int | None = None) -> None:
        if ev.orientation() == Qt.Orientation.Horizontal:  # a sideways swipe pans
            (low, high), _ = self.viewRange()
            self.translateBy(x=-ev.delta() / 1200 * (high - low))
            ev.accept()
        else:
            super().wheelEvent(ev, axis)

    def zoom_at(self, factor: float, x: float) -> None:
        """Show *factor* times more detail around *x* (a pinch)."""
        self.scaleBy(x=1 / factor, center=QPointF(x, 0))


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
        """Each row's segments as stripes, one per colour, cut by a hairline at each change."""
        low, high = self._x_span
        stripes, cuts = [], []
        for index, row in enumerate(self.rows):
            y = self._row_y(index)
            for segment in row_segments(row):
                start, end = self._x(segment.start, low), self._x(segment.end, high)
                height = BAR_HEIGHT / len(segment.colours)
                for k, colour in enumerate(segment.colours):
                    centre = y + BAR_HEIGHT / 2 - (k + 0.5) * height
                    stripes.append((start, end, centre, colour, height))
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
            return next((describe_era(e) for e in ERA_ROWS[row][1] if e.covers(day)), "")
        if y >= self._row_base:
            row = min(int((self._era_base - GAP - y) // ROW_PITCH), len(self.rows) - 1)
            return describe_row(self.rows[max(row, 0)], day, language)
        lines = [
            f"{e.date.label()} — {e.title.get(language)} ({CATEGORIES[e.category]})"
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
        self.field.setToolTip(self.tr("Type {}, then press Enter (Ctrl+G)").format(GO_TO_FORMS))
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
            date = read_go_to(self.field.text(), (self._state.start, self._state.end))
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
    """

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

    def focus_go_to(self) -> None:
        """Put the cursor in the go-to field, its text selected (for Ctrl+G)."""
        self.go_to.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.go_to.field.selectAll()
