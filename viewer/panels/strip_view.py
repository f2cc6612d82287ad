"""The timeline strip's view of time: its year axis, and how the pointer moves along it.

Apart from what the strip draws (:mod:`viewer.panels.strip_plot`): these two pyqtgraph pieces
know nothing of eras or events. The axis labels decimal years (:mod:`viewer.core.timeline`);
the view box turns clicks, drags, the wheel and pinches into picked times, pans and zooms of
time only.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent, MouseDragEvent
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsSceneWheelEvent

from viewer.core.timeline import tick_label, year_ticks

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
