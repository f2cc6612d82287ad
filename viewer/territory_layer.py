"""Historical territories on the map: one cached path item each, shown by date with a fade.

A date change costs a set difference and a few ``setVisible``/``setOpacity`` calls; paths are
built once (pyqtgraph's customGraphicsItem pattern), never rebuilt while scrubbing.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QTimeLine, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from geodata.dataset import TerritoryDataset
from viewer.paths import geometry_to_path, outline_path
from viewer.style import FeatureStyle, territory_style

FADE_MS = 180


def pen_for(style: FeatureStyle, width_scale: float = 1.0) -> QPen:
    """The outline pen of a style (cosmetic: thin pens keep repaints fast)."""
    pen = QPen(QColor(style.colour), style.line_width * width_scale)
    pen.setCosmetic(True)  # pyqtgraph #533: wide non-cosmetic pens are slow
    if style.dash:
        pen.setDashPattern(list(style.dash))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def brush_for(style: FeatureStyle) -> QBrush:
    """The fill of a style: translucent, hatched, or none."""
    colour = QColor(style.colour)
    if style.hatch:
        colour.setAlphaF(0.55)
        return QBrush(colour, Qt.BrushStyle.BDiagPattern)  # patterns are cosmetic in Qt 6
    if style.fill_alpha <= 0:
        return QBrush(Qt.BrushStyle.NoBrush)
    colour.setAlphaF(style.fill_alpha)
    return QBrush(colour)


def _make_items(geometry, style: FeatureStyle) -> list[QGraphicsPathItem]:
    """A fill item and, for polygons, a separate outline so the stroke is not drawn twice."""
    if geometry.geom_type in ("Point", "MultiPoint"):
        geometry = geometry.buffer(9000)  # a site: a small disc of 9 km radius
    if geometry.geom_type in ("LineString", "MultiLineString"):
        line = QGraphicsPathItem(geometry_to_path(geometry))
        line.setPen(pen_for(style))
        line.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        return [line]
    fill = QGraphicsPathItem(geometry_to_path(geometry))
    fill.setPen(QPen(Qt.PenStyle.NoPen))
    fill.setBrush(brush_for(style))
    edge = QGraphicsPathItem(outline_path(geometry))
    edge.setPen(pen_for(style))
    edge.setBrush(QBrush(Qt.BrushStyle.NoBrush))
    return [fill, edge]


class TerritoryLayer(QObject):
    """Draws the territories valid on a day and fades them in and out.

    Signals
    -------
    shownChanged(frozenset)
        The ids drawn changed (after a date change or a layer toggle).

    Parameters
    ----------
    view_box
        Where items are added (``ignoreBounds`` so the view never jumps).
    dataset
        The historical territories.
    fade_ms
        Fade duration; 0 switches instantly (tests, exports).
    """

    shownChanged = Signal(object)

    def __init__(
        self, view_box: pg.ViewBox, dataset: TerritoryDataset, fade_ms: int = FADE_MS
    ) -> None:
        super().__init__()
        self.dataset = dataset
        self._items: dict[str, list[QGraphicsPathItem]] = {}
        for territory, projected in zip(dataset, dataset.projected, strict=True):
            style = territory_style(territory)
            items = _make_items(projected, style)
            for item in items:
                item.setZValue(style.z)
                # Repainting big hatched fills cost ~15 ms a frame; cached, a date change blits.
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                item.setVisible(False)
                item.setOpacity(0.0)
                view_box.addItem(item, ignoreBounds=True)
            self._items[territory.id] = items
        self._shown: frozenset[str] = frozenset()
        self._kind_hidden: set[str] = set()
        self._fading_in: set[str] = set()
        self._fading_out: set[str] = set()
        self._timeline = QTimeLine(max(fade_ms, 1), self)
        self._timeline.setEasingCurve(self._timeline.easingCurve().Type.InOutQuad)
        self._timeline.valueChanged.connect(self._on_fade_step)
        self._timeline.finished.connect(self._on_fade_finished)
        self.fade_ms = fade_ms

    @property
    def shown(self) -> frozenset[str]:
        """Ids currently drawn (or fading in)."""
        return self._shown

    @property
    def hidden_kinds(self) -> frozenset[str]:
        """Kinds the user switched off in the Layers dock."""
        return frozenset(self._kind_hidden)

    def items(self, territory_id: str) -> list[QGraphicsPathItem]:
        return self._items[territory_id]

    def show_day(self, day: int) -> None:
        """Show what is valid on *day* (an ordinal), respecting hidden kinds."""
        ids = frozenset(
            i for i in self.dataset.valid_ids(day) if self.dataset[i].kind not in self._kind_hidden
        )
        self._apply(ids)

    def set_kind_visible(self, kind: str, visible: bool, day: int) -> None:
        (self._kind_hidden.discard if visible else self._kind_hidden.add)(kind)
        self.show_day(day)

    def _apply(self, ids: frozenset[str]) -> None:
        """Diff against what is shown; touch only what changed (ndv's _apply_changes)."""
        entering, leaving = ids - self._shown, self._shown - ids
        self._shown = ids
        if not entering and not leaving:
            return
        self.shownChanged.emit(ids)
        if self.fade_ms <= 0:
            self._set(entering, 1.0, visible=True)
            self._set(leaving, 0.0, visible=False)
            return
        self._fading_in = (self._fading_in - leaving) | entering
        self._fading_out = (self._fading_out - entering) | leaving
        self._set(entering, None, visible=True)
        self._timeline.stop()
        self._timeline.start()

    def _set(self, ids: set[str] | frozenset[str], opacity: float | None, visible: bool) -> None:
        for territory_id in ids:
            for item in self._items[territory_id]:
                if opacity is not None:
                    item.setOpacity(opacity)
                item.setVisible(visible)

    def _on_fade_step(self, value: float) -> None:
        for territory_id in self._fading_in:
            for item in self._items[territory_id]:
                item.setOpacity(max(item.opacity(), value))
        for territory_id in self._fading_out:
            for item in self._items[territory_id]:
                item.setOpacity(min(item.opacity(), 1.0 - value))

    def _on_fade_finished(self) -> None:
        self._set(self._fading_in, 1.0, visible=True)
        self._set(self._fading_out, 0.0, visible=False)
        self._fading_in, self._fading_out = set(), set()

    def finish_fades(self) -> None:
        """Jump every running fade to its end (before an export or a measurement)."""
        if self._timeline.state() == QTimeLine.State.Running:
            self._timeline.stop()
            self._on_fade_finished()
