"""The paths the map's layers draw, with the pen and brush of each feature's style.

Kept apart from :mod:`viewer.map.territory_layer`, which draws these items into a picture of
the view: the legend and exports build the same pens and brushes without that layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem
from shapely.geometry.base import BaseGeometry

from viewer.core.style import FeatureStyle

if TYPE_CHECKING:
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
    """A path drawn by a :class:`TerritoryLayer`, not by the scene (it is in none).

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


class StoredPathItem(LayerItem):
    """A layer item whose path is kept in a shared, bounded store and made when asked for
    (:class:`~viewer.map.paths.FullPaths`): a territory's full path is seldom drawn."""

    def __init__(
        self, paths: Sequence[QPainterPath], index: int, pen: QPen | None, brush: QBrush | None
    ) -> None:
        super().__init__(QPainterPath(), pen, brush)
        self._paths, self._index = paths, index

    def path(self) -> QPainterPath:
        return self._paths[self._index]


def item_parts(
    geometry: BaseGeometry, style: FeatureStyle
) -> list[tuple[BaseGeometry, bool, QPen | None, QBrush | None]]:
    """A fill and, for polygons, a separate outline so the stroke is not drawn twice.

    Each is the geometry it draws, whether it is that geometry's outline (its paths are
    made from these: :mod:`viewer.map.paths`), its pen and its brush.
    """
    if geometry.geom_type in ("Point", "MultiPoint"):
        geometry = geometry.buffer(SITE_RADIUS)
    if geometry.geom_type in ("LineString", "MultiLineString"):
        return [(geometry, False, pen_for(style), None)]
    return [(geometry, False, None, brush_for(style)), (geometry, True, pen_for(style), None)]
