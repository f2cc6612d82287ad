"""The paths the map's layers draw, with the pen and brush of each feature's style.

Kept apart from :mod:`viewer.map.territory_layer`, which draws these items into a picture of
the view: the legend and exports build the same pens and brushes without that layer.

The territories' paths are plain records (:class:`TerritoryRecords`), not graphics items: the
layer draws them itself, and 37,500 ``QGraphicsPathItem`` with their own pens and brushes
held ~115 MB at 100 times the real data. A date change switches them by index arrays.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from viewer.core.style import FeatureStyle, territory_style
from viewer.map.paths import FullPaths, PathSources

if TYPE_CHECKING:
    from geodata.dataset import TerritoryDataset
    from viewer.map.territory_layer import TerritoryLayer

SITE_RADIUS = 9000.0
"""A site (a point) is drawn as a disc of 9 km radius."""
FAST_PEN_WIDTH = 1.5
"""Without antialiasing a line narrower than this covers one pixel almost everywhere."""


def pen_for(style: FeatureStyle, width_scale: float = 1.0) -> QPen:
    """The outline pen of a style at its true width (exports, the legend's swatches)."""
    pen = QPen(QColor(style.colour), style.line_width * width_scale)
    pen.setCosmetic(True)  # pyqtgraph #533: wide non-cosmetic pens are slow
    if style.dash:
        pen.setDashPattern(list(style.dash))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def screen_pen(pen: QPen) -> QPen:
    """*pen* as the map draws it on screen, where nothing is antialiased.

    A cosmetic line under :data:`FAST_PEN_WIDTH` looks the same drawn 1 px wide, and at 1 px
    Qt strokes it on its fast path instead of filling an outline of the stroke: the USSR's
    4,700-vertex border took 11 ms at 1.2 px with round joins and 0.4 ms at 1 px (measured).
    Dashes keep their length in pixels.
    """
    if pen.widthF() >= FAST_PEN_WIDTH or pen.widthF() <= 1.0:
        return pen
    fast = QPen(pen)
    if pen.style() == Qt.PenStyle.CustomDashLine:
        fast.setDashPattern([d * pen.widthF() for d in pen.dashPattern()])
    fast.setWidthF(1.0)
    return fast


PATTERNS = {"hatch": Qt.BrushStyle.BDiagPattern, "dots": Qt.BrushStyle.Dense6Pattern}
"""The Qt brush of each fill pattern a style may ask for."""


def brush_for(style: FeatureStyle) -> QBrush:
    """The fill of a style: translucent, hatched, dotted, or none."""
    colour = QColor(style.colour)
    if style.pattern:
        colour.setAlphaF(0.55)
        return QBrush(colour, PATTERNS[style.pattern])  # patterns are cosmetic in Qt 6
    if style.fill_alpha <= 0:
        return QBrush(Qt.BrushStyle.NoBrush)
    colour.setAlphaF(style.fill_alpha)
    return QBrush(colour)


class LayerItem(QGraphicsPathItem):
    """A base layer's path drawn by a :class:`TerritoryLayer`, not by the scene (it is in
    none).

    It keeps the path, pen, brush and z of a layer, as exports read them; switching it on
    or off (the Layers dock) redraws the layer's picture.
    """

    def __init__(
        self, path: QPainterPath, pen: QPen | None = None, brush: QBrush | None = None
    ) -> None:
        super().__init__(path)
        self.setPen(pen or QPen(Qt.PenStyle.NoPen))
        self.setBrush(brush or QBrush(Qt.BrushStyle.NoBrush))
        self.canvas: TerritoryLayer | None = None

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - the Qt name, called from Python
        if visible != self.isVisible():
            super().setVisible(visible)
            if self.canvas is not None:
                self.canvas.redraw()


class StoredPathItem(QGraphicsPathItem):
    """One of a :class:`TerritoryRecords`' paths as a graphics item, for exports and tests:
    a snapshot made when asked for (its path made from the shared, bounded store,
    :class:`~viewer.map.paths.FullPaths`), in no scene; switching it changes nothing drawn."""

    def __init__(self, records: TerritoryRecords, index: int) -> None:
        super().__init__()
        self.setPen(records.pens[index])
        self.setBrush(records.brushes[index])
        self.setZValue(float(records.z[index]))
        self.setVisible(bool(records.visible[index]))
        self._paths, self._index = records.paths, index

    def path(self) -> QPainterPath:
        return self._paths[self._index]


class TerritoryRecords:
    """The territories' paths in drawing order (z, then the data's order), as arrays.

    Pens and brushes are shared by every path of a look. Each territory has a row of its
    paths' indices (-1 past its last), so a date change switches the paths of the
    territories that came or went, and finds where they draw, without a loop over paths.

    Parameters
    ----------
    dataset
        The historical territories.
    """

    def __init__(self, dataset: TerritoryDataset) -> None:
        looks: dict[tuple[FeatureStyle, int], tuple[QPen, QBrush]] = {}
        ordered: list[tuple[float, int, int, bool, QPen, QBrush]] = []
        shapes = dataset.projected
        for t, territory in enumerate(dataset):
            style = territory_style(territory)
            for n, (outline, pen, brush) in enumerate(item_parts(shapes.kind(t), style)):
                look = looks.setdefault((style, n), (pen or _NO_PEN, brush or _NO_BRUSH))
                ordered.append((style.z, len(ordered), t, outline, *look))
        disc = np.array([-SITE_RADIUS, -SITE_RADIUS, SITE_RADIUS, SITE_RADIUS])
        bounds = shapes.bounds + disc  # a site's disc
        ordered.sort(key=lambda o: o[:2])
        owner = np.array([o[2] for o in ordered], dtype=np.intp)  # each path's territory
        self.sources = PathSources(shapes, owner, [o[3] for o in ordered], SITE_RADIUS)
        """What each path is made from, as :mod:`viewer.map.paths` makes paths."""
        self.paths = FullPaths(self.sources)
        self.pens: list[QPen] = [o[4] for o in ordered]
        self.brushes: list[QBrush] = [o[5] for o in ordered]
        self.z = np.array([o[0] for o in ordered], dtype=float)
        self.bounds = bounds[owner].reshape(-1, 4)
        """Where each path may draw, in map metres: its territory's box (x0, y0, x1, y1)."""
        self.visible = np.zeros(len(ordered), dtype=bool)
        self._territory_bounds = bounds
        self._position = {t.id: k for k, t in enumerate(dataset)}
        counts = np.bincount(owner, minlength=len(dataset))
        self._parts = np.full((len(dataset), max(counts.max(initial=0), 1)), -1, dtype=np.intp)
        order = np.argsort(owner, kind="stable")  # by territory, in drawing order
        rank = np.arange(len(order)) - (np.cumsum(counts) - counts)[owner[order]]
        self._parts[owner[order], rank] = order

    def __len__(self) -> int:
        return len(self.z)

    def indices(self, territory_ids: Collection[str]) -> np.ndarray:
        """The indices of the territories' paths (drawing order within each territory)."""
        rows: np.ndarray = self._parts[self._rows(territory_ids)].ravel()
        return rows[rows >= 0]

    def switch(self, territory_ids: Collection[str], visible: bool) -> None:
        """Show or hide the territories' paths."""
        self.visible[self.indices(territory_ids)] = visible

    def area(self, territory_ids: Collection[str]) -> QRectF:
        """Where the territories draw, in map metres."""
        return box(self._territory_bounds[self._rows(territory_ids)])

    def items(self, territory_ids: Collection[str]) -> list[StoredPathItem]:
        """The territories' paths as graphics items (snapshots, see :class:`StoredPathItem`)."""
        return [StoredPathItem(self, int(k)) for k in np.sort(self.indices(territory_ids))]

    def _rows(self, territory_ids: Collection[str]) -> np.ndarray:
        position = self._position
        rows: np.ndarray = np.fromiter(
            (position[i] for i in territory_ids), dtype=np.intp, count=len(territory_ids)
        )
        return rows


_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


def box(bounds: np.ndarray) -> QRectF:
    """The rectangle holding every x0, y0, x1, y1 row of *bounds* (none: an empty one)."""
    if not len(bounds):
        return QRectF()
    x0, y0 = bounds[:, :2].min(axis=0)
    x1, y1 = bounds[:, 2:].max(axis=0)
    return QRectF(QPointF(x0, y0), QPointF(x1, y1))


def item_parts(kind: str, style: FeatureStyle) -> list[tuple[bool, QPen | None, QBrush | None]]:
    """A fill and, for polygons (and sites' discs), a separate outline so the stroke is not
    drawn twice, for a shape of *kind* (``"MultiPolygon"``).

    Each is whether it is the shape's outline (its paths are made from these:
    :mod:`viewer.map.paths`), its pen and its brush.
    """
    if kind in ("LineString", "MultiLineString"):
        return [(False, pen_for(style), None)]
    return [(False, None, brush_for(style)), (True, pen_for(style), None)]
